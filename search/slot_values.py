"""A yes/no question's slots compared with the text's: the question writes a value in a slot of
its act, and the sentences stating the same act write another value there and never the asked
one ("자금을 신약 개발에 쓰나?" / "300억 원은 차입금 상환에, 나머지는 설비 투자에 쓴다";
"지분을 국내 증권사에 파나?" / "미국 사모펀드 블루웨이캐피털에 매각한다"; "가계 대출을 위한
은행인가?" / "소상공인을 위한 인터넷전문은행"; "주식으로 받나?" / "전액 현금으로 받는다").

A slot is a noun phrase with the particle or marker that gives its role (to / at / with /
object) and the act it belongs to: the first predicate after it in its clause, or the nouns a
"위한"/"전용" phrase modifies.  The to, at and with slots are compared; an object only says
which act a sentence states (another way of disposing of the asked money).  The asked value written in any of the best sentences that state
the act keeps the answer (one of a list, or the part the text names: "일부는 차입금 상환에").
A value that only names a kind ("국내 기업", "신제품") is never contradicted (a US fund is a
foreign company).  A thing asked to be kept ("수익금을 회사가 갖나?") is contradicted by a
sentence giving all of it away ("수익금 전액을 … 기부한다").  The particles, markers and acts
are data: resources/yes_no_slots.toml.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .polarity import polarity
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import base_tag

__all__ = ["Slot", "other_value", "read_slots"]

# morphemes a noun phrase is made of; 의 and 과 join two of them into one value ("굿즈의 판매
# 수익금", "소상공인과 자영업자")
_NOUNS = {"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "SW", "XPN", "XSN"}  # SW: "20%"
_JOINS = {"JKG", "JC"}
_LIST_DOTS = {"·", "ㆍ", "/"}  # "중소기업·소상공인 특화"
# the morphemes that name a value (numbers and units say how much, not which)
_VALUE = {"NNG", "NNP", "SL", "SH"}
# a number's units of time: they say when, which other modules compare
_TIME_UNITS = {"년", "월", "일", "분기", "시"}
# the roles compared: where a thing goes or what it is for, where, with whom.  An object is the
# thing asked about, which news names in many ways ("에어리 시리즈" / "에어리 전용 앱"): it only
# says which act a sentence states ("수익금을 … 기부한다")
_COMPARED = {"to", "at", "with"}


@dataclass(frozen=True)
class Slot:
    """A value written in a role of an act: ``words`` name the value, ``acts`` the predicate (or
    the nouns of a "위한" phrase) it belongs to."""

    role: str
    words: frozenset[str]
    acts: frozenset[str]


@functools.cache
def _table() -> dict:
    return resource_table("yes_no_slots.toml")


def read_slots(toks) -> list[Slot]:
    """The slots of a tokenized sentence or question, in order.

    >>> [(s.role, sorted(s.words), sorted(s.acts)) for s in read_slots(sentence_tokens(
    ...     "회사는 300억 원을 차입금 상환에 쓴다."))]
    [('to', ['상환', '차입금'], ['쓰'])]
    """
    out, i = [], 0
    while i < len(toks):
        if toks[i].tag not in _NOUNS:
            i += 1
            continue
        if toks[i].form in _table()["markers"]["clause_value"] and i and toks[i - 1].tag == "ETM":
            j = i + 1
            slot = _clause_purpose(toks, i, j)  # "차입금을 갚는 데 쓴다"
        else:
            j = _phrase_end(toks, i)
            slot = _slot(toks, i, j)
        if slot is not None:
            out.append(slot)
        i = j
    return out


def _phrase_end(toks, i: int) -> int:
    j = i
    while j < len(toks) and (
        toks[j].tag in _NOUNS
        or (_joins(toks[j]) and j + 1 < len(toks) and toks[j + 1].tag in _NOUNS)
    ):
        j += 1
    return j


def _joins(t) -> bool:
    return t.tag in _JOINS or (t.tag == "SP" and t.form in _LIST_DOTS)


def _slot(toks, i: int, j: int) -> Slot | None:
    """The slot of the noun phrase ``toks[i:j]``, or None when it marks none (a subject, a
    time, a figure)."""
    table = _table()
    times = set(table["words"]["times"])
    # "내년 5월 세종시에서": the place after the time is the value; a time alone is none
    timed = [k for k, t in enumerate(toks[i:j]) if _timed(t, times)]
    phrase = toks[i + timed[-1] + 1 if timed else i : j]
    if not phrase or all(t.form in table["markers"]["after_object"] for t in phrase):
        return None  # "… 대상으로": the marker of the slot before
    cut = next(
        (k for k, t in enumerate(phrase) if k and t.form in table["markers"]["after_value"]), None
    )
    if cut is not None:  # "소상공인 전용 은행": for whom, of the nouns after
        acts = {t.form for t in phrase[cut + 1 :] if t.tag in _VALUE}
        return _made("to", phrase[:cut], acts or _predicate(toks, j))
    if j >= len(toks):
        return None
    mark = toks[j]
    role = table["particles"].get(mark.form) if mark.tag.startswith(("JK", "JC")) else None
    if role is None:
        return None
    after = toks[j + 1] if j + 1 < len(toks) else None
    if role == "object" and after is not None and after.form in table["markers"]["after_object"]:
        return _made("to", phrase, _purposed(toks, j + 1))  # "소상공인을 위한", "…을 대상으로"
    return _made(role, phrase, _predicate(toks, j + 1))


def _timed(t, times: set[str]) -> bool:
    return (t.form in _TIME_UNITS and t.tag in {"NNB", "NNG"}) or t.form in times


def _value_words(toks) -> frozenset[str]:
    """The forms that name a value, a prefix or suffix kept on its noun ("대/XPN 기업": 대기업,
    not the kind 기업; "고령/NNG 층/XSN": 고령층)."""
    out = []
    for prev, t in zip([None, *toks], toks):
        if t.tag in _VALUE:
            out.append(prev.form + t.form if prev is not None and prev.tag == "XPN" else t.form)
        elif t.tag == "XSN" and out and prev is not None and prev.tag in _VALUE:
            out[-1] += t.form  # "고령/NNG 층/XSN": 고령층
    return frozenset(out)


def _made(role: str, phrase, acts: set[str]) -> Slot | None:
    words = _value_words(phrase)
    if not words or not acts:
        return None
    return Slot(role, words, frozenset(acts))


def _clause_purpose(toks, i: int, j: int) -> Slot | None:
    """The slot of "데" at ``toks[i]`` after a modifying clause ("차입금을 갚는 데 쓴다"): the
    clause's nouns and verbs are its value."""
    k = i
    while k and toks[k - 1].tag not in {"JX", "JKS", "SF", "SP", "EC", "EF"}:
        k -= 1
    words = _value_words(toks[k:i]) | {t.form for t in toks[k:i] if base_tag(t.tag) == "VV"}
    acts = _predicate(toks, j + (j < len(toks) and toks[j].tag.startswith("JK")))
    if not words or not acts:
        return None
    return Slot("to", words, frozenset(acts))


def _purposed(toks, k: int) -> set[str]:
    """What "위한"/"위해"/"대상으로" at ``toks[k]`` makes a purpose of: the nouns it modifies
    ("위한 인터넷전문은행") or the predicate after ("위해 쓴다")."""
    k += 1
    while k < len(toks) and (toks[k].form in {"으로", "로", "하"} or toks[k].tag == "EC"):
        if toks[k].tag == "EC":
            return _predicate(toks, k + 1)
        k += 1
    if k < len(toks) and toks[k].tag == "ETM":
        run = toks[k + 1 : _phrase_end(toks, k + 1)]
        return {t.form for t in run if t.tag in _VALUE}
    return _predicate(toks, k)


def _predicate(toks, k: int) -> set[str]:
    """The first predicate from ``toks[k]`` within its clause: a verb ("쓴다"), or the noun of a
    light verb or copula ("가동되나", "은행인가"); empty at a clause's end."""
    table = _table()
    ends = set(answer_type_tables()["yes_no"]["clause_ends"])
    light = set(table["acts"]["light"]) | set(table["markers"]["after_object"])
    for a, b in zip(toks[k:], [*toks[k + 1 :], None]):
        if a.tag == "SF" or (a.tag == "EC" and a.form in ends):
            return set()
        if base_tag(a.tag) in {"VV", "VA"} and a.form not in light:
            return {a.form}
        if a.tag == "NNG" and b is not None and (b.tag in {"XSV", "XSA", "VCP"} or b.form in light):
            return {a.form}
    return set()


def _distinct(slot: Slot) -> frozenset[str]:
    """The slot's words that name which value, not how much of it nor its kind."""
    words = _table()["words"]
    return slot.words - set(words["quantities"]) - set(words["kinds"])


def _alike(acts: frozenset[str]) -> set[str]:
    """The acts and the verbs news writes them with ("쓰" -> 사용, 활용, 투입, ...)."""
    out = set(acts)
    for group in _table()["acts"]["alike"]:
        if acts & set(group):
            out |= set(group)
    return out


def other_value(q: Question, hits: list[Hit]) -> Hit | None:
    """The best sentence that states the question's act with another value in a slot the
    question fills, when no sentence stating the act writes the asked value; else None.

    "한솔바이오는 조달 자금을 신약 개발에 쓰나?" / "조달한 자금 가운데 300억 원을 차입금
    상환에 쓰고, 나머지는 설비 투자에 쓸 계획이다" -> that sentence (아니오)."""
    if (h := _given_away(q, hits)) is not None:
        return h
    asked = read_slots(q.tokens)
    objects = [s for s in asked if s.role == "object"]
    results = set(answer_type_tables()["yes_no"]["result_verbs"])
    for slot in asked:
        words = _distinct(slot)
        if slot.role not in _COMPARED or not words or slot.acts <= results:
            continue
        acts = _alike(slot.acts)
        own = [o for o in objects if o.acts == slot.acts and o is not slot]
        found = _compared(slot, words, acts, own, hits)
        if found is not None:
            return found
    return None


def _given_away(q: Question, hits: list[Hit]) -> Hit | None:
    """The question asks whether a thing is kept ("수익금을 회사가 갖나?", "수익금은 회사 몫으로
    남나?"), and a sentence disposes of all of it ("판매 수익금 전액을 … 단체에 기부한다"): who
    ends up with it is another than the asked."""
    acts = _table()["acts"]
    toks = q.tokens
    if not any(t.form in acts["keeps"] and base_tag(t.tag) in {"VV", "NNG"} for t in toks):
        return None
    things = [
        words
        for i in range(len(toks))
        if toks[i].tag in _NOUNS
        and (i == 0 or toks[i - 1].tag not in _NOUNS)
        and not any(s <= toks[i].start < e for s, e in q.spans)  # a name is who, not what
        and (j := _phrase_end(toks, i)) < len(toks)
        and toks[j].tag in {"JKO", "JX"}
        and (words := _value_words(toks[i:j]) - set(_table()["words"]["kinds"]))
    ]
    disposals, wholes = set(acts["disposals"]), set(acts["wholes"])
    for h in hits if things else []:
        text, forms = h.text.casefold(), {t.form for t in sentence_tokens(h.text)}
        if not forms & wholes or polarity(h.text, disposals) != "yes":
            continue
        if any(all(w.casefold() in text for w in words) for words in things):
            return h
    return None


def _compared(slot: Slot, words, acts: set[str], objects: list[Slot], hits: list[Hit]):
    """The first sentence stating ``acts`` with another value in ``slot``'s role, unless a
    sentence stating them writes ``words``."""
    disposals = set(_table()["acts"]["disposals"])
    other = None
    for h in hits:
        text = h.text.casefold()
        toks = sentence_tokens(h.text)
        forms = {t.form for t in toks}
        # "수익금을 회사 운영에 쓰나?" / "수익금 전액을 … 단체에 기부한다": the same object,
        # another way of disposing of it
        same_object = bool(objects) and all(
            all(w.casefold() in text for w in _distinct(o)) and _distinct(o) for o in objects
        )
        stated = acts | (disposals if same_object and slot.acts & disposals else set())
        if not forms & stated:
            continue
        if all(w.casefold() in text for w in words):
            return None  # the asked value is written with the act
        if other is None and any(
            s.role == slot.role and s.acts & stated and _contrary(words, s)
            for s in read_slots(toks)
        ):
            other = h
    return other


def _contrary(words: frozenset[str], written: Slot) -> bool:
    """A written slot's value is another than the asked ``words``: it names a value, shares no
    word with them, and writes no Latin abbreviation a Korean question may gloss ("R&D와 해외
    영업망 확충에" may be "연구개발에")."""
    other = _distinct(written)
    latin = any(w.isascii() for w in other) and not any(w.isascii() for w in words)
    return bool(other) and not words & written.words and not latin
