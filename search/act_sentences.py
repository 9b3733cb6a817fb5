"""The sentence that writes a yes/no question's act, and how its own clause states it.

A yes/no question asks one act ("…을 24시간 운영하나?" -> 운영, search/pending_acts.py
asked_act).  A sentence that writes that act with the question's things ("주말과 공휴일에는
지금처럼 소아응급실을 24시간 운영한다") answers it more directly than one that names the same
parties and denies something else ("평일 야간에는 소아 응급환자를 받지 않기로 했다"), so
search/yes_no.py lets its plain 예 overrule a 아니오 read from another sentence.

The act's own clause is read, from the act to the connective or final ending that closes it:
a negation there ("짓지 않는다", "안 짓는다") is 아니오, a hedge ("검토하고 있다", "포함할지는
미정") is neither, a plan or decision ("가동하기로 했다", "늘릴 방침이다") is 예 to a question of
the present or future and none to one asking that it is done, a plain statement (past, present
or future: "포함됐다", "운영한다", "쓰고") is 예.  What follows the clause is about another thing
("가동하고, 냉방기 가동은 줄이기로 했다"; "사임…후임은 미정").

A sentence writes the question's things when it writes every verb and adverb of the question
("모두 설비 투자에 쓰나?": 모두 too) and the head (last noun) of every noun phrase, a head it
writes with no other noun of its own before it ("국내 투자사" is no "해외 투자사"; "계약에" may
be "명칭권 계약에"); a name of the question may be left to the article's topic when the
sentence names no other entity and its own subject, if any, is a stand-in ("회사는").  The
words are data: resources/yes_no_acts.toml.

>>> from search.passages import sentence_tokens
>>> toks = sentence_tokens("새 경기장은 짓지 않는다.")
>>> act_reading(toks, 3)
'no'
>>> act_reading(sentence_tokens("300억 원을 차입금 상환에 쓰고 나머지는 설비에 투자한다."), 7)
'yes'
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .pending_acts import asked_act
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag, quoted_spans

__all__ = ["act_denied", "act_reading", "act_sentence", "writes_act"]

#: the best sentences read for one that writes the act (retrieval puts the answering one first)
_TOP = 3
#: nouns, numbers and foreign words that make a question's noun phrase
_NOMINAL = {"NNG", "NNP", "NNB", "SN", "SL", "XR"}
#: verbs of the question a sentence must write too (light verbs aside)
_VERBS = {"VV", "VA"}
_LIGHT = {"하", "되", "있", "이"}
#: particles that mark a clause's own subject
_SUBJECT = {"이", "가", "은", "는"}
#: particles between a question's object and its act ("경기장을 짓나?", "경기장은 짓나?")
_OBJECT_MARKS = {"JKO", "JKS", "JX"}
#: the most morphemes between a sentence's object and its act ("경기장/은/짓", "체육관/은/내년/에/짓")
_OBJECT_REACH = 6
#: entity types of a party: a sentence naming another denies the act of someone else
_PARTIES = {"Company", "Organization", "Person", "Investor"}


def _table() -> dict:
    return resource_table("yes_no_acts.toml")["acts"]


@dataclass(frozen=True)
class _Asked:
    """What a sentence must write: the act's forms, each verb's and adverb's forms, the heads
    of the noun phrases (with the question's nouns that may stand before them), the names
    (entity ids)."""

    act: frozenset[str]
    verbs: tuple[frozenset[str], ...]
    heads: tuple[frozenset[str], ...]
    nouns: frozenset[str]
    names: tuple[str, ...]
    doers: tuple[str, ...]


def _alike(form: str) -> frozenset[str]:
    """A form with the words a text states it with ([yes_no] alike: 투자 / 참여)."""
    pairs = answer_type_tables()["yes_no"]["alike"]
    return frozenset({form} | {b for x, y in pairs for a, b in ((x, y), (y, x)) if a == form})


def _read_question(q: Question, named: list[str]) -> _Asked | None:
    act = asked_act(q.tokens)
    if not act or act in _LIGHT or any(t.form in _table()["negation"] for t in q.tokens):
        return None  # "…하지 않나?" asks the other way round
    spans = [s for (eid, _), s in zip(q.entities, q.spans) if eid in named]
    in_name = [any(s <= t.start < e for s, e in spans) for t in q.tokens]
    # "인수 뒤에도 남나?": 인수 must be written too, 뒤 may be said otherwise ("인수가 끝나면")
    skip = set(answer_type_tables()["yes_no"]["timed"]) | set(_table()["already"])
    verbs, heads, nouns, phrase = [], [], set(), []
    for k, (t, name) in enumerate(zip([*q.tokens, None], [*in_name, False])):
        tag = base_tag(t.tag) if t is not None else ""
        if tag == "NNB" and k and q.tokens[k - 1].tag == "ETM":
            continue  # "받을 수 있나?", "간 적이 있나?": the ending's frame, not a thing
        if name and tag in _NOMINAL:
            nouns.add(t.form)  # a name may stand before a head ("최민호 대표")
        if t is not None and not name and tag in _NOMINAL | {"XSN"} and t.form not in skip:
            phrase.append(t)  # "명칭/권/계약": a suffix stays inside its phrase
            continue
        if own := [x.form for x in phrase if x.tag != "XSN"]:
            heads.append(_alike(own[-1]))
            nouns.update(own)
        phrase = []
        if t is not None and not name and tag in _VERBS and t.form not in _LIGHT:
            verbs.append(_alike(t.form))
        elif t is not None and tag == "MAG" and t.form not in skip:
            verbs.append(_alike(t.form))  # "모두 설비 투자에 쓰나?": 모두 must be written too
    acts = _alike(act)
    return _Asked(
        act=acts,
        verbs=tuple(v for v in verbs if not v & acts),
        heads=tuple(h for h in heads if not h & acts),
        nouns=frozenset(nouns),
        names=tuple(named),
        doers=tuple(e for e, particle in q.entities if e in named and particle in _table()["doer"]),
    )


def writes_act(q: Question, h: Hit) -> bool:
    """Whether sentence ``h`` writes the act the yes/no question asks ("운영" of "운영하나?").

    >>> from search.question import analyze_question
    >>> from kg.resolve import Extraction
    >>> q = analyze_question("주말에도 소아응급실을 운영하나?", Extraction())
    >>> writes_act(q, Hit(sentence_id="d#1", doc_id="d", text="평일 밤에는 받지 않는다.", score=1))
    False
    """
    act = asked_act(q.tokens)
    acts = _alike(act) if act else frozenset()
    return any(t.form in acts for t in sentence_tokens(h.text))


def _writes_head(toks: list[Token], head: frozenset[str], nouns: frozenset[str]) -> bool:
    """The sentence writes the phrase's head with no noun of another thing right before it."""
    for i, t in enumerate(toks):
        if t.form in head:
            before = toks[i - 1] if i else None
            if before is None or base_tag(before.tag) not in _NOMINAL or before.form in nouns:
                return True
    return False


def _covers(a: _Asked, toks: list[Token], h: Hit, names: Callable[[Hit, str], bool]) -> bool:
    forms = {t.form for t in toks}
    if not all(v & forms for v in a.verbs):
        return False
    if not all(_writes_head(toks, head, a.nouns) for head in a.heads):
        return False
    if any(_done_to(h, e) for e in a.doers):
        return False  # "B사가 A사를 인수했다" for "A사가 B사를 인수했나?"
    unnamed = [e for e in a.names if not names(h, e)]
    if not unnamed:
        return True
    # a name left to the article's topic: only where the sentence names nobody else and its own
    # subject, if any, is one of the question's words or a stand-in ("회사는")
    if any(e["id"] not in a.names for e in h.entities):
        return False
    own = a.nouns | set(_table()["stand_ins"])
    return all(
        x.form in own
        for x, p in itertools.pairwise(toks)
        if base_tag(x.tag) in {"NNG", "NNP"} and p.tag in {"JKS", "JX"} and p.form in _SUBJECT
    )


def _done_to(h: Hit, eid: str) -> bool:
    """The sentence writes the entity with a particle of the act's object or source."""
    marks = _table()["not_doer"]
    return any(
        e["id"] == eid and any(h.text.startswith(m, e["end"]) for m in marks) for e in h.entities
    )


def _act_at(a: _Asked, toks: list[Token]) -> int | None:
    """The act written nearest the question's words (the most of them since the clause began)."""
    ends = set(_table()["clause_ends"])
    words = a.nouns | {f for v in a.verbs for f in v}
    best, best_n, start = None, -1, 0
    for i, t in enumerate(toks):
        if t.form in a.act and base_tag(t.tag) in {"NNG", "VV", "VA", "XR"}:
            n = sum(x.form in words for x in toks[start:i])
            if n > best_n:
                best, best_n = i, n
        if t.tag == "EC" and t.form in ends:
            start = i + 1
    return best


def _own_clause(toks: list[Token], at: int) -> list[Token]:
    """The act's own clause after it: up to a connective ending (not one a helping verb
    follows: "운영하고 있다") or a final one, or a headline's mark ("사임…후임은 미정")."""
    table = _table()
    ends, marks = set(table["clause_ends"]), set(table["clause_marks"])
    out = []
    for i in range(at + 1, len(toks)):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.tag == "EC" and t.form in ends and (nxt is None or nxt.tag != "VX"):
            break
        if t.tag in {"EF", "SF"} or t.form in marks:
            break
        out.append(t)
    return out


def act_reading(toks: list[Token], at: int) -> str:
    """How the sentence ``toks`` states the act written at ``at``: ``no`` (denied in its own
    clause, or done in its place by another: "연임 대신"), ``hedge`` (weighed, open, expected,
    reported by others, or the clause it closes denies something: "해당하지 않는다고
    판단했다"), ``when`` (only the time of another thing: "인수 뒤에도"), ``plan`` (planned or
    decided), ``yes``."""
    table = _table()
    nxt = toks[at + 1].form if at + 1 < len(toks) else ""
    if nxt in table["instead"]:
        return "no"
    if nxt in table["timed"]:
        return "when"
    if at and toks[at - 1].tag.startswith("MAG") and toks[at - 1].form in table["negation_before"]:
        return "no"
    clause = _own_clause(toks, at)
    forms = [t.form for t in clause]
    harmless = set(table["harmless"])
    denied = [i for i, f in enumerate(forms) if f in table["negation"]]
    if any(harmless & set(forms[max(0, i - 3) : i]) for i in denied):
        return "hedge"  # "차질 없이", "인수하는 데 그치지 않고"
    if denied:
        return "no"
    if (
        any(f in table["hedge"] or f in table["condition"] for f in forms)
        or any(t.tag == "EC" and t.form in table["hedge_endings"] for t in clause)
        or _turned(toks, at + 1 + len(clause))
    ):
        return "hedge"
    if any(t.form in table["negation"] for t in toks[_clause_start(toks, at) : at]):
        return "hedge"  # "기술이 핵심기술에 해당하지 않는다고 판단했다" asks no 판단
    rest = [t.form for t in toks[at + 1 :]]
    pairs = [tuple(p) for p in table["plan_pairs"]]
    if any(f in table["plan"] for f in rest) or any(
        tuple(rest[i : i + 2]) in pairs for i in range(len(rest))
    ):
        return "plan"
    return "yes"


def _turned(toks: list[Token], end: int) -> bool:
    """The act's clause ends with a contrast the next clause turns ("…계획이었지만 무산됐다")."""
    return end < len(toks) and toks[end].tag == "EC" and toks[end].form in _table()["contrast"]


def _clause_start(toks: list[Token], at: int) -> int:
    """Where the act's clause begins: after the last connective ending before it."""
    ends = set(_table()["clause_ends"])
    return next(
        (i + 1 for i in range(at - 1, -1, -1) if toks[i].tag == "EC" and toks[i].form in ends),
        0,
    )


def _past(toks: list[Token], at: int) -> bool:
    """The act's own clause is written in the past ("운영했다")."""
    past = set(answer_type_tables()["yes_no"]["past_marks"])
    return any(t.tag == "EP" and t.form in past for t in _own_clause(toks, at))


def _asks_done(q: Question) -> bool:
    """The question asks that the act is done or goes on now ("가동했나?", "이미 가동하고
    있나?"), not that it is planned ("가동하기로 했나?") or will be ("가동되나?")."""
    table = _table()
    forms = [t.form for t in q.tokens]
    pairs = [tuple(p) for p in table["plan_pairs"]]
    if any(f in table["plan"] for f in forms) or any(
        tuple(forms[i : i + 2]) in pairs for i in range(len(forms))
    ):
        return False
    past = set(answer_type_tables()["yes_no"]["past_marks"])
    return any(f in table["already"] for f in forms) or any(
        t.tag == "EP" and t.form in past for t in q.tokens
    )


def act_sentence(
    q: Question, hits: list[Hit], named: list[str], names: Callable[[Hit, str], bool]
) -> tuple[str, Hit] | None:
    """The verdict (``yes`` / ``no``) of the best sentences that write the question's act with
    its things, and the first of them; None when none does, or they disagree, or one only
    weighs it.  ``names(h, eid)`` says whether sentence ``h`` names entity ``eid``.

    "주말에는 한길대병원 소아응급실을 24시간 운영하나?" -> ("yes", "주말과 공휴일에는 지금처럼
    소아응급실을 24시간 운영한다.")
    """
    if q.english:
        return None
    a = _read_question(q, named)
    if a is None:
        return None
    done = _asks_done(q)
    now = any(t.form in _table()["now"] for t in q.tokens)
    read: list[tuple[str, Hit]] = []
    for h in hits[:_TOP]:
        quoted = quoted_spans(h.text)
        every = sentence_tokens(h.text)
        toks = [t for t in every if not any(s <= t.start < e for s, e in quoted)]
        at = _act_at(a, toks)
        if at is not None and act_reading(toks, at) == "no":
            read.append(("no", h))  # the act denied, of whatever it says: no plain 예 beside it
            continue
        if not _covers(a, toks, h, names):
            continue
        if at is None:
            # only someone's quoted words write it: "인수 검토한 바 없다"
            if _act_at(a, every) is not None:
                read.append(("hedge", h))
            continue
        reading = act_reading(toks, at)
        if reading == "when":
            continue
        if reading == "plan":
            reading = "hedge" if done else "yes"
        if reading == "yes" and now and _past(toks, at):
            reading = "hedge"  # "지금도 운영하나?" / "2019년까지 운영했다"
        read.append((reading, h))
    verdicts = {r for r, _ in read}
    if len(verdicts) != 1 or "hedge" in verdicts:
        return None
    return read[0]


def _asked_object(q: Question) -> str:
    """The noun right before the question's act and its particle ("새 경기장을 짓나?" -> 경기장);
    "" when the act follows no object."""
    act = asked_act(q.tokens)
    toks = q.tokens
    for i in range(2, len(toks)):
        if toks[i].form == act and toks[i - 1].tag in _OBJECT_MARKS:
            if base_tag(toks[i - 2].tag) in _NOMINAL:
                return toks[i - 2].form
    return ""


def act_denied(q: Question, hits: list[Hit], named: list[str]) -> Hit | None:
    """The first of the best sentences that denies the question's act of its object ("새
    경기장은 짓지 않는다" for "인천시는 대회를 위해 새 경기장을 짓나?"), naming no party the
    question does not; None when none does, or one of them states the act of it.

    The sentence need not write the question's other things (the subject may be left to the
    article's topic, "대회를 위해" to the paragraph): the object and the act written together
    and denied are what the question asks.
    """
    if q.english:
        return None
    act, obj = asked_act(q.tokens), _asked_object(q)
    if not act or act in _LIGHT or not obj:
        return None
    if any(t.form in _table()["negation"] for t in q.tokens):
        return None
    acts = _alike(act)
    denied, stated = [], False
    for h in hits[:_TOP]:
        if any(e["type"] in _PARTIES and e["id"] not in named for e in h.entities):
            continue
        quoted = quoted_spans(h.text)
        toks = [t for t in sentence_tokens(h.text) if not any(s <= t.start < e for s, e in quoted)]
        for i, t in enumerate(toks):
            if t.form not in acts or base_tag(t.tag) not in {"NNG", "VV", "VA", "XR"}:
                continue
            if not any(x.form == obj for x in toks[max(0, i - _OBJECT_REACH) : i]):
                continue
            reading = act_reading(toks, i)
            if reading == "no":
                denied.append(h)
            elif reading in {"yes", "plan"}:
                stated = True
    return denied[0] if denied and not stated else None
