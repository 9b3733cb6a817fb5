"""Yes/no questions read on the asked event's own noun.

A yes/no question asks about an event named by a noun of its predicate: its subject or object
("화재가 난 적이 있나?" -> 화재, "가동을 완전히 멈췄나?" -> 가동) or its verbal noun ("파업을
철회했나?" -> 철회).  The best sentence that writes that noun as the head of its phrase decides
by what its own clause says of it:

- denied: a negation after the noun's own verb, the question's verb or a verb of reporting
  ("화재나 인명 피해는 보고되지 않았다", "파업을 철회하지 않았다"), or right after the noun
  ("사고는 없는 것으로 나타났다");
- disclaimed: a verb of denying a claim ("횡령 의혹을 전면 부인했다");
- partial: a question of a whole ("완전히", "모두") and a part of the noun ("가동률을 평소의 60%
  수준으로", "생산 라인 일부만");
- planned: a question of the past and a plan in the noun's clause ("증설을 검토하고 있다").

Each answers 아니오; a negated question ("화재는 없었나?") is answered 예 by a denied one.  A
sentence whose clause states the question's verb without any of these ends the reading: the
other readers decide.  The words are data: resources/yes_no_events.toml.

>>> from search.passages import sentence_tokens as st
>>> q = st("이 결함으로 화재가 난 적이 있나?")
>>> event_nouns(q)
{'화재'}
>>> clause_reading(st("아직 이 결함으로 화재나 사고는 보고되지 않았다."), q)
'denied'
>>> clause_reading(st("지난달 이 결함으로 화재가 났다."), q)
'stated'
"""

from __future__ import annotations

import itertools

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["clause_reading", "event_nouns", "event_verdict"]

#: the best sentences read (retrieval puts the answering one first)
_TOP = 5
#: particles that make a question's noun the subject or object of its predicate
_ARGUMENT = {"JKS", "JKO"}
#: tags of the morphemes that make a noun a verb ("철회/하", "보고/되")
_VERB_SUFFIX = {"XSV", "XSA"}
#: tags of the predicate morphemes of a clause
_VERBAL = {"VV", "VA", "NNG"}
#: verbs that only carry a question's frame ("난 적이 있나", "하나"), no event of their own
_FRAME_VERBS = {"있", "하", "되", "이", "받"}


def _table() -> dict:
    return resource_table("yes_no_events.toml")


def event_nouns(q_tokens: list[Token], names: list[tuple[int, int]] = ()) -> set[str]:
    """The nouns of a question's asked event, none inside the character spans of its
    ``names``: its subject and object nouns, its verbal nouns, and a topic noun right before the
    predicate ("화재는 없었나?").

    >>> event_nouns(sentence_tokens("세온반도체 공장은 파업 기간에 가동을 완전히 멈췄나?"))
    {'가동'}
    >>> sorted(event_nouns(sentence_tokens("노조는 파업을 철회했나?")))
    ['철회', '파업']
    >>> event_nouns(sentence_tokens("이번 사고로 인한 화재는 없었나?"))
    {'화재'}
    """
    last_noun = max((i for i, t in enumerate(q_tokens) if base_tag(t.tag) == "NNG"), default=-1)
    out = set()
    for i, (t, nxt) in enumerate(itertools.pairwise(q_tokens)):
        if any(s <= t.start < e for s, e in names) or base_tag(t.tag) != "NNG":
            continue
        topic = nxt.tag == "JX" and i == last_noun
        if nxt.tag in _ARGUMENT or nxt.tag in _VERB_SUFFIX or topic:
            out.add(t.form)
    return out


def _question_verbs(q_tokens: list[Token]) -> set[str]:
    """The question's own verbs and verbal nouns ("멈추", "나", "철회")."""
    out = {t.form for t in q_tokens if base_tag(t.tag) in {"VV", "VA"}} - _FRAME_VERBS
    return out | {
        t.form
        for t, nxt in itertools.pairwise(q_tokens)
        if base_tag(t.tag) == "NNG" and nxt.tag in _VERB_SUFFIX
    }


def _negations(toks: list[Token]) -> tuple[list[int], bool]:
    """Where a negation denies its clause, and whether one only hedges it: a purpose or a
    condition ("나지 않도록", "합의하지 않으면"); "뿐 아니라" is neither."""
    table = _table()
    out, hedged = [], False
    for i, t in enumerate(toks):
        if t.form not in table["negations"] or base_tag(t.tag) not in {"VX", "VA", "MAG", "VCN"}:
            continue
        if i and toks[i - 1].form in table["not_only"]:
            continue
        after = [u.form for u in toks[i + 1 : i + 3] if u.tag == "EC"]
        if any(f in table["unstated_endings"] for f in after):
            hedged = True
            continue
        out.append(i)
    return out, hedged


def _clause(toks: list[Token], start: int) -> list[Token]:
    """The morphemes from ``start`` to the end of their clause (a connective ending not before an
    auxiliary verb, or the sentence's end)."""
    ends = set(answer_type_tables()["yes_no"]["clause_ends"])
    out = []
    for i in range(start, len(toks)):
        t = toks[i]
        if t.tag in {"SF", "EF"}:
            break
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        out.append(t)
        if t.tag == "EC" and t.form in ends and (nxt is None or nxt.tag != "VX"):
            break
    return out


def _modifiers(q_tokens: list[Token], nouns: set[str]) -> dict[str, str]:
    """The noun a question writes right before each asked noun ("재산 피해가" -> 피해: 재산)."""
    return {
        b.form: a.form
        for a, b in itertools.pairwise(q_tokens)
        if b.form in nouns and base_tag(a.tag) == "NNG" and base_tag(b.tag) == "NNG"
    }


def _noun_run(toks: list[Token], i: int) -> list[str]:
    """The nouns written right before morpheme ``i``, back to the first that is none ("충전소
    추가 설치" -> 충전소, 추가)."""
    run = []
    while i and base_tag(toks[i - 1].tag) == "NNG":
        i -= 1
        run.append(toks[i].form)
    return run


def _head_ends(toks: list[Token], nouns: set[str], modifiers: dict[str, str]) -> int | None:
    """Where the phrase of an asked noun ends, the noun its head ("화재나", "가동률을", "철회하지",
    "횡령 의혹을") and not modified otherwise than in the question ("인명 피해는" is no "재산
    피해", "충전소 추가 설치는" is "충전소 설치"); None when no asked noun heads a phrase."""
    claims = set(_table()["claim_nouns"])
    for i, t in enumerate(toks):
        if base_tag(t.tag) != "NNG" or t.form not in nouns:
            continue
        run = _noun_run(toks, i)
        if t.form in modifiers and run and modifiers[t.form] not in run:
            continue
        j = i + 1
        while j < len(toks) and (toks[j].tag == "XSN" or toks[j].form in claims):
            j += 1
        if j < len(toks) and (toks[j].tag.startswith("J") or toks[j].tag in _VERB_SUFFIX):
            return j
    return None


def _partial(clause: list[Token]) -> bool:
    """A part of the noun: "일부", "절반", a share under 100 % ("60%")."""
    parts = set(_table()["parts"])
    if any(t.form in parts and base_tag(t.tag) == "NNG" for t in clause):
        return True
    return any(
        t.tag == "SN" and nxt.form == "%" and float(t.form.replace(",", "") or 0) < 100
        for t, nxt in itertools.pairwise(clause)
        if t.form.replace(",", "").replace(".", "", 1).isdigit()
    )


def clause_reading(
    toks: list[Token], q_tokens: list[Token], names: list[tuple[int, int]] = ()
) -> str | None:
    """What a sentence's clause of the asked noun says of the event: ``denied``, ``disclaimed``,
    ``partial``, ``planned``, ``expected`` (others only guess it), ``stated`` (the question's
    verb, none of those), or None (the
    sentence writes no asked noun, or says nothing of it); ``names`` are the question's names'
    character spans."""
    table = _table()
    nouns = event_nouns(q_tokens, names)
    at = _head_ends(toks, nouns, _modifiers(q_tokens, nouns))
    if at is None:
        return None
    clause = _clause(toks, at)
    asked = _question_verbs(q_tokens)
    q_forms = {t.form for t in q_tokens}
    forms = {t.form for t in clause}
    if set(answer_type_tables()["yes_no"]["observation"]) & forms:
        return "expected"  # "투자를 검토하고 있다는 관측": others' guess, no verdict
    denying, hedged = _negations(clause)
    if hedged:
        return None  # "화재가 나지 않도록 점검했다": a purpose states nothing
    for k in denying:
        between = {t.form for t in clause[1:k] if base_tag(t.tag) in _VERBAL} - _FRAME_VERBS
        if not between or asked & set(between) or set(table["reports"]) & set(between):
            return "denied"
    if (set(table["denials"]) - q_forms) & forms:
        return "disclaimed"
    if set(table["totality"]) & q_forms and _partial(clause):
        return "partial"
    past = any(t.tag == "EP" for t in q_tokens)
    if past and (set(table["plans"]) - q_forms) & forms:
        return "planned"
    return "stated" if asked & forms else None


def _of_others(h: Hit, names: set[str]) -> bool:
    """The sentence names things, none of them the question's (by id or as written): it is about
    others ("C사는 투자를 하지 않았다" for "A사가 투자했나?")."""
    if not h.entities:
        return False
    return not any(e["id"] in names for e in h.entities) and not any(
        n in h.text for n in names if len(n) >= 2
    )


def _negated(q_tokens: list[Token]) -> bool:
    """The question asks that the event did not happen ("화재는 없었나?", "멈추지 않았나?")."""
    return bool(_negations(q_tokens)[0])


def event_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """("no" | "yes", the sentence) when the best sentence that writes the asked event's noun
    denies it, disclaims it, gives it only in part or only plans it; None when none does before
    one states it or only expects it.

    >>> from search.question import Question
    >>> from search.results import Hit
    >>> q = Question(text="베가 결함으로 화재가 난 적이 있나?")
    >>> q.tokens = sentence_tokens(q.text)
    >>> h = Hit(doc_id="d", sentence_id="s1", text="화재나 사고는 보고되지 않았다.", score=1.0)
    >>> event_verdict(q, [h])[0]
    'no'
    """
    negated = _negated(q.tokens)
    names = {eid for eid, _ in q.entities} | {q.text[s:e] for s, e in q.spans}
    for h in hits[:_TOP]:
        if _of_others(h, names):
            continue
        reading = clause_reading(sentence_tokens(h.text), q.tokens, q.spans)
        if reading in {"stated", "expected"}:
            return None
        if reading == "denied":
            return ("yes" if negated else "no"), h
        if reading in {"disclaimed", "partial", "planned"} and not negated:
            return "no", h
    return None
