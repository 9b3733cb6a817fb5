"""The unit asked is the unit answered: a figure's unit belongs to one family (money, count, rate,
time, measure), and a question asks some of them.  "하온반도체가 공장에 들이는 돈은?" asks money and
is never answered by "14만 장" (a count); "주택담보대출 한도는 얼마로 제한되나?" asks a level, no
rate ("2.0%포인트"); "직원은 몇 명인가?" asks a count, no "320억 원".  The units and the words that
decide are data: resources/unit_families.toml.

>>> figure_family("1조2천억 원"), figure_family("14만 장"), figure_family("2.0%포인트")
('money', 'count', 'rate')
>>> figure_family("$3B"), figure_family("9.7대 1"), figure_family("4,126.57")
('money', '', '')
"""

from __future__ import annotations

import re
from itertools import pairwise

from .answer_types import Asked, answer_type_tables, read_asked
from .changes import asks_change
from .measure_nouns import counted_headline, measure_of
from .money_heads import money_ending
from .passages import sentence_tokens
from .question import Question
from .rate_nouns import rate_noun
from .resource_tables import resource_table
from .spans import Token, clause_before

__all__ = [
    "FAMILIES",
    "asked_families",
    "figure_family",
    "foreign_answer",
    "foreign_figure",
    "question_families",
    "written_of_head",
]

FAMILIES = frozenset({"money", "count", "rate", "time", "measure"})

#: the last number of a figure and what is written after it: magnitudes, 여 and spaces aside
_LAST_NUMBER = re.compile(r"\d[\d,.]*(?!.*\d)\s*(?:[천백만억조]\s*)*(?:여\s*)?(.*)$", re.S)
#: the nouns of a noun phrase before 규모 ("시리즈C 투자 규모")
_PHRASE_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "NR"})


def _table() -> dict:
    return resource_table("unit_families.toml")


def figure_family(text: str) -> str:
    """The family of the unit written after ``text``'s last number ("" when none is: a bare
    number, a ratio "9.7대 1", a unit no family lists)."""
    units = _table()["units"]
    first = re.search(r"\d", text)
    if first is None:
        return ""
    if text[: first.start()].rstrip().endswith(tuple(units["money_before"])):
        return "money"
    m = _LAST_NUMBER.search(text)
    after = m.group(1).lstrip() if m else ""
    found = [
        (len(u), family)
        for family in sorted(FAMILIES)
        for u in units[family]
        if after.startswith(u) and not _goes_on(after, u)
    ]
    return max(found)[1] if found else ""


def _goes_on(after: str, unit: str) -> bool:
    """The Latin unit goes on as a longer word ("m" of "mAh", "t" of "tons")."""
    rest = after[len(unit) :]
    return unit.isascii() and unit[-1:].isalpha() and rest[:1].isascii() and rest[:1].isalpha()


def _scope(tokens: list[Token], head_index: int) -> str:
    """The family 규모 takes from the nouns written before it: "투자 규모" money, "채용 규모" a
    count, "" for another ("생산 규모")."""
    table = _table()["asked"]
    heads = answer_type_tables()["heads"]
    nouns = []
    k = head_index - 1
    while k >= 0 and tokens[k].tag in _PHRASE_TAGS:
        nouns.append(tokens[k].form)
        k -= 1
    if any(n in table["count_scopes"] for n in nouns):
        return "count"
    money = any(n in table["money_scopes"] or heads.get(n) == "money" for n in nouns)
    return "money" if money or any(money_ending(n) for n in nouns) else ""


def _after_wh(tokens: list[Token], wh_index: int) -> str:
    """The word right after the interrogative, lower-cased ("many" of "How many")."""
    return tokens[wh_index + 1].form.casefold() if 0 <= wh_index < len(tokens) - 1 else ""


def _names_rate(tokens: list[Token]) -> bool:
    """The question names a rate: a rate's noun ("점유율", "비중") or a word of one ("금리")."""
    words = _table()["asked"]["rate_words"]
    # Kiwi splits a rate's suffix off ("점유/NNG 율/XSN"): the noun is read with it
    nouns = [t.form for t in tokens]
    nouns += [t.form + nxt.form for t, nxt in pairwise(tokens) if nxt.tag == "XSN"]
    return any(rate_noun(n) or any(w in n for w in words) for n in nouns)


def _named(tokens: list[Token], family: str) -> set[str]:
    """``{family}`` when the question names a figure of it by a noun: a count ("직원 수", "층수",
    "판매량", "인원", people counted: "가입자"; search/measure_nouns.py) or a time ("얼마 동안",
    "얼마 만에", "계약 기간", "체공시간"), or by a Latin abbreviation whose family cannot be
    read ("MAU는 얼마인가?" asks a count of users); else the empty set."""
    if any(t.tag == "SL" for t in tokens):
        return {family}
    words = tuple(_table()["asked"][f"{family}_words"])
    kinds = {"count": "people", "time": "duration"}
    nouns = [t.form for t in tokens if t.tag in _PHRASE_TAGS or t.tag == "NNB"]
    named = any(n.endswith(words) or measure_of(n) == kinds[family] for n in nouns)
    return {family} if named else set()


def asked_families(asked: Asked, tokens: list[Token], change: bool = False) -> frozenset[str]:
    """The families a figure answering the question may be of; all of them when the question
    does not say.  ``change``: the question asks how much a thing changed ("얼마나 줄었나"),
    which a rate answers too.

    >>> from search.passages import sentence_tokens
    >>> def fams(text):
    ...     toks = sentence_tokens(text)
    ...     return sorted(asked_families(read_asked(toks), toks))
    >>> fams("공장에 들이는 돈은?"), fams("직원은 몇 명인가?"), fams("점유율은 몇 %인가?")
    (['money'], ['count'], ['rate'])
    >>> fams("대출 한도는 얼마로 제한되나?"), fams("관광객 수는 얼마인가?")
    (['measure', 'money'], ['count', 'measure', 'money'])
    >>> fams("이번에 유치한 투자 규모는?"), fams("올해 채용 규모는?"), len(fams("생산 규모는?"))
    (['money'], ['count'], 5)
    """
    tables = answer_type_tables()
    if asked.kind == "money":
        return FAMILIES if change else frozenset({"money"})
    if asked.kind != "number":
        return FAMILIES
    unit = asked.unit
    if asked.wh in {"몇", "how"} and unit:
        if unit in tables["rates"]["units"] or unit in {"퍼센트", "%"}:
            return frozenset({"rate"})
        if unit in _table()["units"]["count"] or unit in tables["units"]["count"]:
            return frozenset({"count"})
        return FAMILIES
    if change:
        return FAMILIES
    if (
        asked.wh == "how"
        and _after_wh(tokens, asked.wh_index) in _table()["asked"]["counting_words"]
    ):
        return FAMILIES - {"money"}  # "How many floors ...?" is no "약 3000억 원"
    if asked.head == "규모" and (scope := _scope(tokens, asked.head_index)):
        return frozenset({scope})
    if counted_headline(tokens, asked.wh, asked.head):  # "혜택 가맹점 수": no "96%"
        return FAMILIES - {"rate", "money", "time"}
    level = asked.wh in _table()["asked"]["level_interrogatives"]
    if level and not _names_rate(tokens):
        # "한도는 얼마로 제한되나?" is no "2.0%포인트"; "한 상자 얼마야?" no "20마리" (the count
        # in the box) nor "1년", unless a count's or a time's noun is asked ("관광객 수는 얼마",
        # "얼마 동안")
        other = (
            {"rate"} | ({"count"} - _named(tokens, "count")) | ({"time"} - _named(tokens, "time"))
        )
        return FAMILIES - other
    return FAMILIES


def foreign_figure(text: str, families: frozenset[str]) -> bool:
    """``text`` is a figure of a family the question does not ask ("14만 장" for money)."""
    family = figure_family(text)
    return bool(family) and family not in families


def written_of_head(asked: Asked, q_tokens: list[Token], s_tokens: list[Token], at: int) -> bool:
    """The figure at ``at`` is written in a clause that names the asked noun: it is the asked
    measure whatever its unit ("과징금 상한은 2%에서 4%로, 담합은 15%에서 25%로" answers "담합
    과징금 상한은 얼마로 오르나?"), unless the question names the unit itself ("몇 명").  The clause
    runs back from the figure to the last connective or final ending: "한도를 5억 원으로
    제한하고, 스트레스 금리를 … 2.0%포인트로" writes 한도 in 5억 원's clause, not in 2.0%포인트's.

    >>> from search.passages import sentence_tokens
    >>> q = sentence_tokens("대출 한도는 얼마로 제한되나?")
    >>> s = "한도를 5억 원으로 제한하고, 금리를 1.5%포인트에서 2.0%포인트로 올린다."
    >>> written_of_head(read_asked(q), q, sentence_tokens(s), s.index("5억")), written_of_head(
    ...     read_asked(q), q, sentence_tokens(s), s.index("2.0%"))
    (True, False)
    """
    if not asked.head or (asked.wh in {"몇", "how"} and asked.unit):
        return False
    if _one_unit(asked, q_tokens):
        return False
    # the head may be a compound the sentence splits ("생산능력" -> 생산/능력)
    clause = clause_before(s_tokens, at)
    return any(
        "".join(t.form for t in clause[i:j]) == asked.head
        for i in range(len(clause))
        for j in range(i + 1, min(len(clause), i + 3) + 1)
    )


def _one_unit(asked: Asked, q_tokens: list[Token]) -> bool:
    """The asked noun is counted as one ("한 상자", "1병"): a unit whose worth is asked, and a
    figure in its clause is what it holds ("한 상자(20마리)"), not what it is worth."""
    i = asked.head_index
    return 0 < i < len(q_tokens) and q_tokens[i - 1].form in {"한", "1"}


def question_families(question: str) -> frozenset[str]:
    """The families a question asks, read from its text alone (search/answer_agreement.py).

    >>> sorted(question_families("공장에 들이는 돈은?")), len(question_families("가격은 얼마나 올랐나?"))
    (['money'], 5)
    """
    return _read(question)[1]


def foreign_answer(question: str, answer: str, s_tokens: list[Token], at: int) -> bool:
    """``answer``, written at ``at`` of a sentence, is a figure of a family ``question`` does
    not ask, in a clause that does not name the asked noun (search/answer_agreement.py)."""
    toks = sentence_tokens(question)
    asked, families = _read(question)
    return foreign_figure(answer, families) and not written_of_head(asked, toks, s_tokens, at)


def _read(question: str) -> tuple[Asked, frozenset[str]]:
    """What the question asks and the unit families it allows, read from its text alone."""
    toks = sentence_tokens(question)
    asked = read_asked(toks)
    return asked, asked_families(asked, toks, asks_change(Question(text=question, tokens=toks)))
