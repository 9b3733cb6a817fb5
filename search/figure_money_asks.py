"""Money asked by a bare noun: talk drops the object's particle ("솔라온에너지 벌써 돈 얼마나
넣었대?", "공장 짓는 데 비용 얼마나 들어?"), and the noun of money written right before 얼마나
still says what is measured.  Such a question asks an amount of money, never a count ("발전소
14곳"), a rate, a length of time or a measure; a question of how much a thing changed
("통행료 얼마나 내려?") may be answered by a rate and is left alone.  The nouns of money are the
heads resources/answer_types.toml reads as money ([heads], [money_endings]); a figure's family is
read by search/unit_families.py.

>>> from kg.resolve import Extraction
>>> from search.question import analyze_question
>>> def asks(text):
...     return money_object(analyze_question(text, Extraction()))
>>> asks("솔라온에너지 벌써 돈 얼마나 넣었대?"), asks("비용 얼마나 들어?")
(True, True)
>>> asks("통행료 얼마나 내려?"), asks("판매자 몇 곳이 돈 못 받았어?"), asks("직원 얼마나 돼?")
(False, False, False)
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .changes import asks_change
from .figures import is_figure
from .money_heads import money_ending
from .question import Question
from .reader import Candidate
from .unit_families import figure_family

__all__ = ["money_object", "not_money"]

#: the interrogatives of an amount a bare noun of money may stand right before
_AMOUNTS = frozenset({"얼마나", "얼마"})
#: the tags of that noun
_NOUNS = frozenset({"NNG", "NNP"})
#: the family a figure answering such a question is of (search/unit_families.py)
_MONEY = "money"


def money_object(q: Question) -> bool:
    """The question writes a noun of money right before 얼마/얼마나, with no particle between
    ("돈 얼마나"), and asks no change's size."""
    if q.english:
        return False
    heads = answer_type_tables()["heads"]
    toks = q.tokens
    for i in range(1, len(toks)):
        noun = toks[i - 1]
        if toks[i].form not in _AMOUNTS or noun.tag not in _NOUNS or noun.end != toks[i].start - 1:
            continue
        if heads.get(noun.form) == _MONEY or money_ending(noun.form):
            return not asks_change(q)
    return False


def not_money(c: Candidate) -> bool:
    """``c`` is a figure of another family than money ("14곳", "30%", "3년"); a figure of no
    family written ("43") is not."""
    if not is_figure(c):
        return False
    family = figure_family(c.text)
    return bool(family) and family != _MONEY
