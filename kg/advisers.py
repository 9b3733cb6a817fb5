"""Advisers and lead managers told by their role: ``광장은 한빛제약의 누리바이오 인수 자문을
맡았다`` and ``노스PE는 법무법인 정률과 대운회계법인의 자문을 받았다``.

Deal news names who advised whom through the role noun (자문, 주관) rather than a verb of
partnership: the adviser is the topic or subject of a verb of taking the role on (맡다,
담당하다, 마무리하다, or 자문했다 itself), the client the name with 의 in the noun phrase
the role closes ("LG생활건강의 CNP코스메틱스 인수 자문"); or the client is the topic of
받다 and the advisers the names with 의 before the role ("A와 B의 자문을 받았다").  Each
adviser is its client's PARTNER_OF (tests/gold/README.md: an underwriter or adviser is
PARTNER_OF the company it serves); whether both ends are organisations is decided when every
mention is typed.  The words are data: ``[advisers]`` in grammar.toml.

Two more shapes of real deal news (realext38): the role as the topic and the adviser the subject
of 맡다 after it ("한빛제약의 누리바이오 인수 자문은 광장이 맡았다"), and a law firm that
represented its client, the client the object of 대리하다 ("광장은 이번 거래에서 한빛제약을
대리했다"; the verbs in ``[represented]``).
"""

from __future__ import annotations

import functools

from .clause import SentenceView
from .coordination import eff_role
from .model import RelationCandidate
from .resources import load_table

__all__ = ["adviser_relations"]

# tokens that close the clause a role belongs to
_CLAUSE_ENDS = {"EF", "EC", "ETM", "SF"}
# particles between the role noun and its verb: "자문을 맡았다", "자문도 맡았다", "자문, … 자문을"
_ROLE_PARTICLES = {"을", "를", "도", ","}


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    t = load_table("grammar.toml").get("advisers", {})
    missing = [k for k in ("roles", "take", "receive") if not t.get(k)]
    if missing:
        raise ValueError(f"grammar.toml [advisers] needs {', '.join(missing)}: lists of Kiwi forms")
    return {k: frozenset(t[k]) for k in ("roles", "take", "receive")}


def _verb_after(view: SentenceView, k: int) -> str:
    """'take', 'receive' or '': what the verb after the role noun at token k does with it."""
    toks, table = view.toks, _table()
    j = k + 1
    if j < len(toks) and toks[j].tag == "XSV" and toks[j].form == "하":
        return "take"  # "자문했다"
    while j < len(toks) and toks[j].form in _ROLE_PARTICLES:
        j += 1
    if j >= len(toks):
        return ""
    t = toks[j]
    verb = t.tag == "VV" or (t.tag == "NNG" and j + 1 < len(toks) and toks[j + 1].tag == "XSV")
    if verb and t.form in table["take"]:
        return "take"
    if verb and t.form in table["receive"]:
        return "receive"
    return ""


def _clause_start(view: SentenceView, k: int) -> int:
    j = k - 1
    while j >= 0 and view.toks[j].tag not in _CLAUSE_ENDS:
        j -= 1
    return j + 1


def _listed(view: SentenceView, names: list[int], particles: set[str]) -> list[int]:
    """The names marked by one of ``particles`` with the names listed before each ("A와 B의":
    A is joined to B by 와, its own particle)."""
    out: list[int] = []
    for x in reversed(names):
        particle = eff_role(view, x)[1]
        joined = out and view.mentions[x].role == "JC" and names.index(out[0]) == names.index(x) + 1
        if particle in particles or joined:
            out.insert(0, x)
    return out


def _clause_end(view: SentenceView, k: int) -> int:
    """The first token after token k that closes its clause (len(toks) when none does)."""
    j = k + 1
    while j < len(view.toks) and view.toks[j].tag not in _CLAUSE_ENDS:
        j += 1
    return j


def _topic_role(view: SentenceView, k: int, sentence_id: str) -> list[RelationCandidate]:
    """ "A의 B 인수 자문은 X가 맡았다": the role noun at token k as the topic, the adviser the
    subject of the verb of taking it on; nothing when the role is no topic."""
    toks, table = view.toks, _table()
    if k + 1 >= len(toks) or toks[k + 1].form not in {"은", "는"}:
        return []
    end = _clause_end(view, k + 1)
    if not any(toks[j].form in table["take"] for j in range(k + 2, end)):
        return []  # "자문은 아직 정해지지 않았다": no verb of taking the role on
    names = [x for x in view.mention_ids if view.first_tok[x] < k]
    owners = _listed(
        view, [x for x in names if view.first_tok[x] >= _clause_start(view, k)], {"의"}
    )
    after = [x for x in view.mention_ids if k < view.first_tok[x] < end]
    advisers = _listed(view, after, {"이", "가"})
    return [
        RelationCandidate("PARTNER_OF", a, o, sentence_id, "adviser", 0.8)
        for a in view.expand(advisers)
        for o in view.expand(owners[:1])
        if a != o
    ]


def _represented(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """ "광장은 이번 거래에서 한빛제약을 대리했다": the topic PARTNER_OF the object of 대리하다;
    "광장은 A를, 세종은 B를 각각 대리했다": each topic with the objects after it."""
    toks = view.toks
    verbs = frozenset(load_table("grammar.toml").get("represented", {}).get("verbs", []))
    out = []
    for k, t in enumerate(toks):
        if t.tag != "NNG" or t.form not in verbs or view.inside(k):
            continue
        if k + 1 >= len(toks) or toks[k + 1].tag not in {"XSV", "XSA"}:
            continue  # "김 대리": a rank, no verb
        names = [x for x in view.mention_ids if _clause_start(view, k) <= view.first_tok[x] < k]
        topics = _listed(view, names, {"은", "는", "이", "가"})
        clients = _listed(view, names, {"을", "를"})
        for i, a in enumerate(topics):
            upto = view.first_tok[topics[i + 1]] if i + 1 < len(topics) else k
            mine = [c for c in clients if view.first_tok[a] < view.first_tok[c] < upto]
            out.extend(
                RelationCandidate("PARTNER_OF", x, c, sentence_id, "adviser", 0.8)
                for x in view.expand([a])
                for c in view.expand(mine)
                if x != c
            )
    return out


def adviser_relations(view: SentenceView, sentence_id: str) -> list[RelationCandidate]:
    """PARTNER_OF from each adviser a clause names by its role to the client it serves.

    "광장은 한빛제약의 누리바이오 인수 자문을 맡았다": 광장 PARTNER_OF 한빛제약."""
    toks, roles = view.toks, _table()["roles"]
    out = _represented(view, sentence_id)
    for k, t in enumerate(toks):
        if t.tag != "NNG" or t.form not in roles or view.inside(k):
            continue
        out.extend(_topic_role(view, k, sentence_id))
        mode = _verb_after(view, k)
        if not mode:
            continue
        lo = _clause_start(view, k)
        names = [x for x in view.mention_ids if lo <= view.first_tok[x] < k]
        topics = _listed(view, names, {"은", "는", "이", "가"})
        owners = _listed(view, names, {"의"})
        if not topics or not owners or view.first_tok[owners[0]] < view.first_tok[topics[0]]:
            continue
        # "A와 B는 C와 D의 상장을 공동주관한다": every member of each list
        heads = [x for x in topics if view.first_tok[x] < view.first_tok[owners[0]]]
        for head in view.expand(heads):
            for o in view.expand(owners):
                s, c = (head, o) if mode == "take" else (o, head)
                if s != c:
                    out.append(RelationCandidate("PARTNER_OF", s, c, sentence_id, "adviser", 0.8))
    return out
