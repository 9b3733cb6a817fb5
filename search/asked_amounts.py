"""Yes/no questions that write an amount the text writes otherwise ("로지아의 시리즈C 규모는
300억 원이었나?" / "250억 원 규모의 시리즈C 투자를 유치했다"; "3분기 매출은 900억 원이었나?" /
"3분기 매출 820억 원을 기록했다").

The asked amount is a number with its unit (money, a count, a rate).  When none of the best
sentences writes it (by value: "1조 2천억 원" is "1조 2,000억원") and one of them writes the
question's act with another amount of the same unit, the text gives the thing another amount: 아니오.  The sentence must write the asked
act ("투입하나?" / "4천500억 원을 투입해"; "매출은 …이었나?" / "매출 820억 원"); the names may
be left to the article's topic.  An amount the question bounds or
estimates ("100억 원 이상", "약 300억 원") is left to the other readers, and so is a sentence
of the asked act that writes a range ("200억~300억 원").  The asked amount written only as
others' expectation of another act ("연 2.25%까지 내릴 가능성이 높다" for "기준금리를 연
2.25%로 낮췄나?") does not count as written.  The words are data: resources/yes_no_amounts.toml.

>>> amounts("1조 2,000억원을 투자했고 지분 15.5%를 샀다.")
[(1200000000000.0, '원'), (15.5, '%')]
>>> amounts("매출은 3조 4천억 원이었고, 직원은 1만 2천 명이었나?")
[(3400000000000.0, '원'), (12000.0, '명')]
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .figures import figure_pattern
from .passages import sentence_tokens
from .pending_acts import asked_act
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import base_tag

__all__ = ["amounts", "other_amount"]

#: the best sentences read for another amount (all are read for the asked one)
_TOP = 5
#: the tags of a unit's morpheme ("원/NNB", "%/SW", "명/NNB")
_UNIT_TAGS = {"NNB", "NNG", "SW"}
#: a number and its magnitudes: one within a group ("2천"), one of groups ("억")
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([천백]?)\s*([조억만]?)")


def _table() -> dict:
    return resource_table("yes_no_amounts.toml")


def _units() -> list[str]:
    tables = answer_type_tables()
    units = [*tables["units"]["money"], *tables["units"]["count"], *tables["rates"]["units"]]
    return sorted(units, key=len, reverse=True)


def _value(figure: str) -> tuple[float, str] | None:
    """(value, unit) of one written figure ("1조 2,000억원" -> (1.2e12, "원")); None for a range
    or a figure with no unit of money, count or rate."""
    if any(mark in figure for mark in answer_type_tables()["figures"]["range_marks"]):
        return None
    unit = next((u for u in _units() if figure.rstrip().endswith(u)), None)
    if unit is None:
        return None
    body = figure.rstrip()[: -len(unit)]
    mags = _table()["magnitudes"]
    total, group = 0.0, 0.0
    for number, small, big in _NUMBER.findall(body):
        group += float(number.replace(",", "")) * (mags[small] if small else 1)
        if big:  # "1조 2천억": 1 x 조, then (2 x 천) x 억
            total, group = total + group * mags[big], 0.0
    total += group
    return (total, "원" if unit in {"억원", "만원"} else unit) if total else None


def _unit_ends(text: str) -> str:
    """``text`` with a space after every unit a word goes on from ("3조 4천억 원이었고" ->
    "3조 4천억 원 이었고"): a figure is read up to a word's end or a particle."""
    units = set(_units())
    ends = [t.end for t in sentence_tokens(text) if t.form in units and t.tag in _UNIT_TAGS]
    for end in sorted(ends, reverse=True):
        text = text[:end] + " " + text[end:]
    return text


def amounts(text: str) -> list[tuple[float, str]]:
    """The (value, unit) of every figure ``text`` writes with a unit (a range counts as none)."""
    out = []
    for m in figure_pattern().finditer(_unit_ends(text)):
        fig = m.group(0)
        if any(mark in fig for mark in answer_type_tables()["figures"]["range_marks"]):
            out.append((float("nan"), ""))  # a range: may hold any amount
            continue
        value = _value(re.sub(r"(억|만)원$", r"\1 원", fig))
        if value is not None:
            out.append(value)
    return out


def _own_words(q: Question) -> list[str]:
    """The question's nouns and verbs outside its names and its amount."""
    return [
        t.form
        for t in q.tokens
        if base_tag(t.tag) in {"NNG", "VV"}
        and not any(s <= t.start < e for s, e in q.spans)
        and t.form not in _table()["magnitudes"]
    ]


def _only_expected(h: Hit, words: list[str]) -> bool:
    """Whether a sentence writes an amount as others' expectation of another act, never the
    asked act itself ("연 2.25%까지 내릴 가능성이 높다" for "기준금리를 연 2.25%로 낮췄나?")."""
    expected = any(w in h.text for w in answer_type_tables()["yes_no"]["observation"])
    return expected and not _writes(h.text, words)


def _writes(text: str, words: list[str]) -> bool:
    """Whether a sentence writes every word, as written or as a morpheme ("낮추" in "낮췄다")."""
    forms = {t.form for t in sentence_tokens(text)}
    return all(w in text.casefold() or w in forms for w in words)


def other_amount(q: Question, hits: list[Hit]) -> Hit | None:
    """The best sentence that writes the question's words with another amount of the asked
    unit, when none of the best sentences writes the asked amount; else None.

    "로지아의 시리즈C 규모는 300억 원이었나?" / "로지아가 250억 원 규모의 시리즈C 투자를
    유치했다" -> that sentence (아니오)."""
    asked = [a for a in amounts(q.text) if a[1]]
    if len(asked) != 1 or any(t.form in _table()["bounds"] for t in q.tokens):
        return None
    value, unit = asked[0]
    # the asked act ("투입하나?", "매출은 …이었나?") names what the amount is of; the other words
    # may be left to the article's topic ("회사는 4천500억 원을 투입해")
    act = asked_act(q.tokens)
    words = [act.casefold()] if act else [w.casefold() for w in _own_words(q)]
    other = None
    for rank, h in enumerate(hits):
        written = amounts(h.text)
        if any(u == unit and abs(v - value) < 1e-9 * max(v, 1) for v, u in written):
            if not _only_expected(h, words):
                return None  # the asked amount is written
            continue
        if any(not u for _, u in written) and _writes(h.text, words):
            return None  # a range of the asked act, which may hold the amount
        if other is None and rank < _TOP and any(u == unit for _, u in written):
            other = h if _writes(h.text, words) else None
    return other
