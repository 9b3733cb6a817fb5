"""Funding rounds as news reports them: who raised the money, and every investor of the round.

A round is told over several sentences.  One names the company that raised it (``누리AI가 400억원
규모의 시리즈B 투자를 유치했다``); the next ones name the investors without repeating it
(``이번 라운드는 한빛벤처스가 주도했으며 알파캐피털과 베타파트너스도 참여했다``, ``▲한빛벤처스
(300억원) ▲누리캐피털(70억원) 등이 참여했다``, ``기존 투자자인 X도 후속 투자를 단행했다``).
Each investor named as the doer of leading, joining or investing INVESTED_IN the company that
raised the round.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass, field

from .clause import Ending
from .coordination import eff_role
from .model import Mention, RelationCandidate
from .pieces import Tok
from .predicates import predicates
from .relations import negated
from .resources import load_table, resources

__all__ = ["Round", "funding_relations"]


@dataclass
class Round:
    """The company whose round the text is telling (mention indices), kept across sentences;
    before a sentence names one, the organisation the document is about (``document``): a
    profile that says "지난해 시리즈B에는 KT와 X가 합류했다" tells that company's rounds."""

    recipients: list[int] = field(default_factory=list)
    document: list[int] = field(default_factory=list)


def _subjects(view, ids: list[int], mentions: list[Mention]) -> list[int]:
    g = resources().grammar
    out = []
    for i in ids:
        if mentions[i].kind == "date":
            continue
        role, particle = eff_role(view, i)
        if role in {"JKS", "JX"} and particle in (g.particles["subject"] + g.particles["topic"]):
            out.append(i)
    return out


def _predicate_after(toks: list[Tok], start: int, before: int | None = None) -> str:
    """The stem of the first predicate after a character offset ('밝히', '투자하'), if it starts
    before the offset ``before``."""
    return _predicate_at(toks, start, before)[0]


def _predicate_at(toks: list[Tok], start: int, before: int | None = None) -> tuple[str, int]:
    """The stem of the first predicate after a character offset and its token index, or ("",
    -1)."""
    for k, t in enumerate(toks):
        if t.start < start:
            continue
        if before is not None and t.start >= before:
            return "", -1
        if t.tag == "VV":
            return t.form, k
        if t.tag in {"NNG", "NNP"} and k + 1 < len(toks) and toks[k + 1].tag == "XSV":
            return t.form + "하", k
    return "", -1


def _through(toks: list[Tok], ids: list[int], mentions: list[Mention]) -> list[int]:
    """'A가 모회사인 B를 통해 투자했다': B is the investor (A acts through it)."""
    out = []
    for i in ids:
        m = mentions[i]
        if m.particle in {"을", "를"}:
            nxt = [t for t in toks if t.start >= m.end + len(m.particle)][:1]
            if nxt and nxt[0].form == "통하":
                out.append(i)
    return out


def _with_vehicles(view, subjects: list[int], through: list[int]) -> list[int]:
    """The subjects, each that acts through a vehicle replaced by it: in "기존 투자사인 A와 B가
    참여했고, C는 자회사인 D를 통해 합류했다" D stands for C (the subject right before it),
    and A and B, who act in a clause of their own, stay investors."""
    acting = set()
    for v in through:
        before = [i for i in subjects if view.mentions[i].start < view.mentions[v].start]
        if before:
            acting.add(max(before, key=lambda i: view.mentions[i].start))
    return [i for i in subjects if i not in acting] + through


def _targets(view, ids: list[int]) -> list[int]:
    """Names marked as what is invested in ("보이스큐브에 투자했다"): the sentence names its own."""
    target = resources().grammar.particles["target"]
    return [i for i in ids if view.mentions[i].kind == "name" and eff_role(view, i)[1] in target]


def _list_heads(text: str, ids: list[int], mentions: list[Mention]) -> list[int]:
    """The name each bulleted item is about: '▲삼성전자의 CVC인 삼성벤처투자(150억원)' is about
    삼성벤처투자 — the last name of the item before its bracket."""
    bullets = resources().grammar.bullets
    out = []
    # a bullet opens an item at the start or after a space: the hyphen of "MR-200" opens none
    starts = [
        k for k, ch in enumerate(text) if ch in bullets and (k == 0 or text[k - 1].isspace())
    ] + [len(text)]
    for a, b in itertools.pairwise(starts):
        bracket = text.find("(", a, b)
        end = bracket if bracket >= 0 else b
        inside = [i for i in ids if a < mentions[i].start < end and mentions[i].kind == "name"]
        if inside:
            out.append(inside[-1])
    return out


def _hedged(toks: list[Tok]) -> bool:
    """ "투자를 검토하고 있다는 관측", "참여할 것이라고 보도했으나": not an investment made."""
    if any(t.form in resources().grammar.round_hedges and t.tag == "NNG" for t in toks):
        return True
    return any(
        a.tag == "ETM" and a.form == "ᆯ" and b.form == "것" for a, b in itertools.pairwise(toks)
    )


def _reports_other(view, i: int, investors: list[int]) -> bool:
    """ "테크크런치는 이번 라운드를 X가 주도했다고 보도했다": the topic of a reporting verb whose
    reported clause has a subject of its own is the source, not the actor."""
    g = resources().grammar
    final = [p for p in predicates(view.toks) if p.ending is Ending.FINAL]
    if not final or not final[-1].reporting or eff_role(view, i)[1] not in g.particles["topic"]:
        return False
    return any(
        j != i
        and view.first_tok[j] > view.first_tok[i]
        and eff_role(view, j)[1] in g.particles["subject"]
        for j in investors
        if j in view.first_tok
    )


def funding_relations(
    view, text: str, ids: list[int], topic: list[int], state: Round, sentence_id: str
) -> list[RelationCandidate]:
    """INVESTED_IN candidates of one sentence; updates ``state`` when it names the raiser."""
    toks: list[Tok] = view.toks
    mentions = view.mentions
    g = resources().grammar
    # words and two-token verbs ("함께/MAG 하/VV": 함께하)
    forms = {t.form for t in toks} | {a.form + b.form for a, b in itertools.pairwise(toks)}
    raised = _raises(toks) or (
        bool(g.receive_verbs & forms) and any(t.form == "투자" for t in toks)
    )
    if raised:
        return _raised(view, ids, topic, state, sentence_id)
    acts = g.round_acts | g.join_verbs
    recipients = state.recipients
    if not recipients and g.round_named & forms and not _targets(view, ids):
        recipients = state.document  # a profile's rounds: the company it is about
    heads = _list_heads(text, ids, mentions)
    # "신규 투자자로는 ▲A(30억원) ▲B(25억원)가 이름을 올렸다": a bulleted list under a word that
    # names the round's investors is a list of them, whatever verb closes it
    listed = bool(heads) and bool(g.round_named & forms)
    if not recipients or not (g.round_words & forms) or not (acts & forms or listed):
        return []
    if any(t.form in acts and negated(toks, k) for k, t in enumerate(toks)) or _hedged(toks):
        return []  # "대한은행은 이번 라운드에 참여하지 않았다": no investment
    investors = _with_vehicles(view, _subjects(view, ids, mentions), _through(toks, ids, mentions))
    investors += heads
    return _invested(view, investors, recipients, sentence_id, set())


def _raises(toks: list[Tok]) -> bool:
    """Does the sentence say money was raised ("투자를 유치했다", "투자 유치를 했다")?  A raise
    word under a place particle names the round instead ("이번 투자 유치에는 X가 참여했다")."""
    g = resources().grammar
    return any(
        t.form in g.raise_verbs and (k + 1 == len(toks) or toks[k + 1].tag != "JKB")
        for k, t in enumerate(toks)
    )


def _raised(view, ids: list[int], topic: list[int], state: Round, sentence_id: str):
    """A sentence that says a round was raised: the raiser (its topic or subject; with none
    named, the company the round was told of or the text is about, when the sentence names who
    invested) and who invested: "A와 B로부터 유치했다", "X가 주도한 시리즈B에서 투자받았고,
    Y도 참여했다"."""
    mentions, g = view.mentions, resources().grammar
    orgs = {"Company", "Organization"}
    doers = _doers(view, ids)
    # "A와 B로부터 180억원을 유치했다": A too (its role is the list's); "에서" also marks a
    # subject ("서울에서 유치했다" names no investor), so it does not count here
    source = set(g.particles["source"]) - set(g.particles["subject"])
    sources = [x for i in ids if eff_role(view, i)[1] in source for x in view.expand([i])]
    raiser = [i for i in topic if i in ids and mentions[i].voted_type in orgs]
    raiser = raiser or [i for i in _subjects(view, ids, mentions) if mentions[i].voted_type in orgs]
    raiser = [i for i in raiser if i not in doers and i not in sources and not _cost(mentions[i])]
    # "2021년에는 X로부터 투자받았다": no raiser named, the one told before (not when a word
    # the tagger did not take for a name is the subject: "리턴제로는 X로부터 투자를 받았다")
    told = doers or (sources and not _unnamed_subject(view))
    raiser = raiser or (state.recipients or state.document if told else [])
    if not raiser:
        return []
    if mentions[raiser[0]].kind == "coref":
        # "회사가 지금까지 유치한 투자금": the company whose round the text tells, not what
        # the word may point at in the sentence before ("기존 주주인 X는 ...")
        raiser = state.recipients or state.document or sorted(view.expand(raiser[:1]))
    state.recipients = raiser[:1]
    out = [
        RelationCandidate("INVESTED_IN", s, state.recipients[0], sentence_id, "round", 0.8)
        for s in sources
        if s not in state.recipients
    ]
    return out + _invested(view, doers, state.recipients, sentence_id, set(sources))


@functools.lru_cache(maxsize=1)
def _cost_endings() -> tuple[str, ...]:
    return tuple(load_table("cost_nouns.toml")["endings"])


def _cost(m: Mention) -> bool:
    """Is the name a sum of money the tagger took for a company ("총사업비는 3조 원으로")?"""
    return m.text.endswith(_cost_endings())


def _unnamed_subject(view) -> bool:
    """Does a subject or topic particle mark a word other than a date ("리턴제로는")?"""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"])
    dates = [d for d in view.mention_ids if view.mentions[d].kind == "date"]
    return any(
        t.tag in {"JKS", "JX"}
        and t.form in marks
        and not any(view.first_tok[d] <= k < view.next_tok[d] for d in dates)
        for k, t in enumerate(view.toks)
    )


def _doers(view, ids: list[int]) -> list[int]:
    """The subjects that lead or join a round in a sentence that tells who raised it ("X가
    주도한 시리즈B에서 투자받았고, Y도 참여했다"): none when it hedges, and not one whose own
    act is negated ("한결은행은 참여하지 않았다")."""
    g = resources().grammar
    acts = g.round_acts | g.join_verbs
    toks = view.toks
    if _hedged(toks):
        return []
    subjects = _subjects(view, ids, view.mentions)
    own: dict[int, int] = {}
    for i in subjects:
        # its own predicate: "다온랩은 X가 주도한 시리즈B에서" leaves 주도 to X
        later = [view.mentions[j].start for j in subjects if j > i]
        stem, k = _predicate_at(toks, view.mentions[i].end, min(later, default=None))
        if stem in acts or stem.removesuffix("하") in acts:
            own[i] = k
    denied = {k for k, t in enumerate(toks) if t.form in acts and negated(toks, k)}
    if denied - set(own.values()):
        return []  # the round itself is denied ("... 투자받지 못했다")
    return [i for i, k in own.items() if k not in denied]


def _invested(
    view, investors: list[int], recipients: list[int], sentence_id: str, seen: set[int]
) -> list[RelationCandidate]:
    """INVESTED_IN of each organisation among ``investors`` (with what a pronoun stands for)
    in each recipient, but for a source a reporting verb names."""
    mentions = view.mentions
    investors = [x for i in investors for x in view.expand([i])]
    out = []
    for i in investors:
        if (
            i in seen
            or i in recipients
            or mentions[i].voted_type not in {"Company", "Organization"}
        ):
            continue
        if _predicate_after(view.toks, mentions[i].end) in resources().grammar.reporting_verbs or (
            _reports_other(view, i, investors)
        ):
            continue  # "테크크런치가 ... 보도했다": a source, not an investor
        seen.add(i)
        for r in recipients:
            out.append(RelationCandidate("INVESTED_IN", i, r, sentence_id, "round", 0.8))
    return out
