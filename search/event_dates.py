"""The date of the asked event: a question asking when a thing was founded or released
("말벗AI 설립 시기", "바로봇 3 출시 시기") is answered by a date whose predicate is one of that
event's ("2020년 3월 ... 말벗AI를 세웠다"), not by the date of a plan or of another event
written in a sentence about the same thing ("말벗AI는 2027년 상반기 ... 지사를 열 계획이다").
The events' predicates are the knowledge graph's (kg/resources/predicates.toml: the frame whose
``date_relation`` the question asks)."""

from __future__ import annotations

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .spans import Token, base_tag

__all__ = [
    "asked_event",
    "asks_range",
    "event_dated",
    "event_stems",
    "first_predicate",
    "not_reported",
    "noun_after",
    "writes_named",
]

#: tags of a predicate's own word: a verb or adjective, or a noun that 하다/되다 makes one
_VERBAL = ("VV", "VA")
_MAKES_VERB = ("XSV", "XSA")
#: the tags a date's span ends on: its number or counter ("2025년 1월", "2017")
_DATE_ENDS = frozenset({"SN", "NNB"})
#: how many morphemes after the predicate a plan word may stand ("세울/ㄹ 계획")
_PLAN_REACH = 4


def event_stems(relation: str) -> frozenset[str]:
    """The predicates that state the event of the date relation ``relation`` (FOUNDED_IN ->
    설립, 창업, 세우, ...); empty when it is no date relation.

    >>> "세우" in event_stems("FOUNDED_IN"), bool(event_stems("WORKED_AT"))
    (True, False)
    """
    frames = resources().frame_of.values()
    return frozenset(s for f in frames if f.date_relation == relation for s in f.stems)


def first_predicate(tokens: list[Token], after: int) -> tuple[str, int]:
    """The first predicate after token ``after`` and its index: a verb's stem, or the noun
    that 하다/되다 makes a verb ("설립/NNG 되/XSV" -> 설립); the copula ("동료였던") is passed
    over.  ("", -1) when there is none."""
    for i in range(after + 1, len(tokens)):
        t = tokens[i]
        tag = base_tag(t.tag)
        if tag in _VERBAL:
            return t.form, i
        if tag in _MAKES_VERB and i > 0 and tokens[i - 1].tag.startswith("N"):
            return tokens[i - 1].form, i
    return "", -1


def noun_after(tokens: list[Token], last: int) -> str:
    """The common noun written right after the date ending at token ``last``, which names its
    event when it is one of the event's ("2025년 1월 출시 이후 병원 30곳이 도입했다": the
    date is of 출시, not of 도입); "" when none follows or the span goes on past its number or
    counter ("2022년 12월 지점 | 설립": 설립 is the branch's)."""
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    dated = 0 <= last < len(tokens) and tokens[last].tag in _DATE_ENDS
    return after.form if dated and after is not None and after.tag == "NNG" else ""


def writes_named(ri: ReaderInput, c: Candidate) -> bool:
    """The candidate's sentence writes a name the question gives: a date with only an event's
    noun after it ("A는 2024년 5월 출시 이후") is of the thing that sentence is about, no other."""
    p = ri.passages[c.passage]
    flat = name_key(p.text)
    return any(e.get("id") in ri.named for e in p.entities) or any(
        len(k) >= 2 and k in flat for k in ri.named_names
    )


def _planned(tokens: list[Token], at: int) -> bool:
    """A plan word right after the predicate ("세울 계획이다", "출시할 예정"): it has not
    happened."""
    plan = answer_type_tables()["yes_no"]["plan"]
    return any(t.form in plan for t in tokens[at + 1 : at + 1 + _PLAN_REACH])


def _last_predicate(tokens: list[Token], before: int) -> str:
    """The predicate right before token ``before`` ("공개했다고 | 2025년 12월 2일 밝혔다")."""
    for i in range(before - 1, -1, -1):
        t = tokens[i]
        tag = base_tag(t.tag)
        if tag in _VERBAL:
            return t.form
        if tag in _MAKES_VERB and i > 0 and tokens[i - 1].tag.startswith("N"):
            return tokens[i - 1].form
    return ""


def _event(
    stems: frozenset[str], tokens: list[Token], first: int, last: int, named: bool
) -> tuple[bool, bool]:
    """Whether the date at tokens ``first``..``last`` is of the event (its predicate is one of
    ``stems``: the first after it, or the one before it when a verb of saying follows: "X를
    공개했다고 2025년 12월 2일 밝혔다"; or, in a sentence writing the asked thing, ``named``,
    the event's noun right after it), and whether it is only planned."""
    stem, at = first_predicate(tokens, last)
    if stem in stems:
        return True, _planned(tokens, at)
    if named and noun_after(tokens, last) in stems:  # "2025년 1월 출시 이후 … 도입했다"
        return True, _planned(tokens, last + 1)
    said = answer_type_tables()["event_dates"]["saying"]
    return stem in said and _last_predicate(tokens, first) in stems, False


def event_dated(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The date candidates whose predicate is the asked event's; all of them when none is, or
    when the question asks no dated event."""
    stems = event_stems(q.relation) if q.relation else frozenset()
    if not stems:
        return [] if cands and _unwritten_event(q, ri) else cands
    stated, done = [], []
    for c in cands:
        if c.span is None or "cand=date" not in c.features:
            continue  # "동료 4명과 함께 세운": a count is no date of the event
        toks = ri.passages[c.passage].tokens
        of_event, planned = _event(stems, toks, c.span.first, c.span.last, writes_named(ri, c))
        if of_event:
            stated.append(c)
            if not planned:
                done.append(c)
    # what happened before what is only planned ("세울 계획이다"), unless only a plan is told
    # ("정식 출시는 2025년 9월 ... 출시될 예정이다")
    # the others take their belief away (moving it made answers to questions the text cannot
    # answer confident: "크로니클 오브 아르카는 언제 출시됐어?" 0.67 -> 0.86 on the dev gold)
    if stated:
        return done or stated
    return cands if _tells_event(q.relation, ri, cands) else []


def asked_event(toks) -> str:
    """The event a "언제" question asks the date of by a noun made a passive verb ("언제
    착공됐나?" -> 착공); "" when it asks by a verb of its own ("언제 세웠나?"), by an act on an
    object ("언제 운전을 시작하나?") or asks no 언제."""
    toks = list(toks)
    at = next((i for i, t in enumerate(toks) if t.form == "언제"), None)
    if at is None:
        return ""
    for a, b in zip(toks[at + 1 :], toks[at + 2 :], strict=False):
        # the subject's own event, passive ("착공/되"); not an act on an object ("상업 운전을
        # 시작하나": the text may write the act in other words, "상업운전에 들어간다")
        if a.tag == "NNG" and b.tag in _MAKES_VERB and b.form == "되" and len(a.form) >= 2:
            return a.form
    return ""


def _unwritten_event(q: Question, ri: ReaderInput) -> bool:
    """A question asking the date of an event no relation reads ("거가대교는 언제
    착공됐나?") whose event noun no sentence read writes: the dates read are of other events
    (its opening "13일 개통"), and the text does not say when it happened."""
    event = asked_event(q.tokens)
    if not event or q.english:
        return False
    # "언제부터 시작되나?": "다음 달 15일부터 판매한다" writes the start with 부터
    since = answer_type_tables()["dates"]["range_words"][0]
    start = event in answer_type_tables()["event_dates"]["starts"]
    return not any(
        event in "".join(p.text.split()) or (start and since in p.text) for p in ri.passages
    )


def _tells_event(relation: str, ri: ReaderInput, cands: list[Candidate]) -> bool:
    """Some sentence with a date read writes one of the event's predicates at all: when
    none does ("에어로로마는 언제 설립됐나?" of a story that writes only when the deal's
    deliveries run, "2028년부터 … 공급한다"), the text does not say when the event was, and
    a date of another event is no answer.  A sentence that writes the event in a way the
    date rule misses ("2019년 문을 열고 … 설립 허가를 받았다") keeps every date."""
    dated = {c.passage for c in cands if c.span is not None and "cand=date" in c.features}
    if not dated:
        return True  # no date read: nothing to judge here
    # the event's predicates and the other words it is told by (resources/event_words.toml)
    words = event_stems(relation) | set(
        resource_table("event_words.toml").get(relation, {}).get("words", [])
    )
    return any(w in words for i in dated for w in _verb_words(ri.passages[i].tokens))


#: the connective endings between a verb and the auxiliary Kiwi reads out of one written verb
_JOINS = frozenset({"어", "아", "여"})


def _verb_words(toks) -> list[str]:
    """The sentence's morphemes, and each verb Kiwi reads as a verb, a connective and an
    auxiliary joined into the one verb it is written as ("내놨다": 내 + 어 + 놓 -> 내놓)."""
    toks = list(toks)
    out = [t.form for t in toks]
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        if a.tag == "VV" and b.tag == "EC" and b.form in _JOINS and c.tag == "VX":
            out.append(a.form + c.form)
    return out


def not_reported(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the dates of saying ("다음 달 16일부터 셔틀 시범운행을 시작한다고 1일 밝혔다": 1일
    is when it was said) when other dates are read and the question asks no saying ("언제 시작하나?", not
    "언제 밝혔나?"); those left take the belief of the dates dropped."""
    said = set(answer_type_tables()["event_dates"]["saying"])
    if any(t.form in said for t in q.tokens):
        return cands
    dates = [c for c in cands if c.span is not None and "cand=date" in c.features]
    kept = [c for c in dates if not _of_saying(ri.passages[c.passage].tokens, c, said, dates)]
    if not kept or len(kept) == len(dates):
        return cands
    dropped = {id(c) for c in dates} - {id(c) for c in kept}
    return believed([c for c in cands if id(c) not in dropped], cands)


def _of_saying(tokens: list[Token], c: Candidate, said: set[str], dates: list[Candidate]) -> bool:
    """The date stands between a reported clause and its verb of saying ("시작한다고 | 1일 |
    밝혔다") and the reported clause writes a date of its own ("다음 달 16일부터"): without one
    the event is as old as the saying ("X를 공개했다고 2025년 6월 24일 밝혔다")."""
    stem, _ = first_predicate(tokens, c.span.last)
    before = tokens[c.span.first - 1] if c.span.first > 0 else None
    quoted = before is not None and before.tag == "EC" and before.form.endswith("고")
    own = any(d.passage == c.passage and d.span.last < c.span.first for d in dates)
    return stem in said and quoted and own


def asks_range(text: str) -> bool:
    """The question asks from when until when ("언제부터 언제까지", [dates] range_words)."""
    return all(w in text for w in answer_type_tables()["dates"]["range_words"])
