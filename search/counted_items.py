"""How many items a list question asks for, when it says so: "자회사 두 곳은 어디 어디인가?"
asks two, "장관 세 명은 누구인가?" three (a number word or digits before a counter of
[units] count, right after the head noun), and "가야선이 잇는 두 도시는?" two (a number word
right before the head noun, which is then its own counter).  An answer of exactly that many
items is the list asked, and its belief is that of all its items (search/choice.py listed).

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> from search.answer_types import read_asked
>>> toks = tokens_of(kiwi().tokenize("분사한 자회사 두 곳은 어디 어디인가?"))
>>> asked_count(toks, read_asked(toks).head_index)
2
>>> toks = tokens_of(kiwi().tokenize("가야선이 잇는 두 도시는?"))
>>> asked_count(toks, read_asked(toks).head_index)
2
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["asked_count", "counted_head"]


def asked_count(toks: list[Token], head_i: int) -> int:
    """The number of items the question counts after its head noun, or right before it;
    0 when it counts none."""
    if n := counted_head(toks, head_i):
        return n  # "두 도시", "세 나라"
    numbers = answer_type_tables()["counted_items"]["numbers"]
    if head_i < 0 or head_i + 2 >= len(toks):
        return 0
    number, counter = toks[head_i + 1], toks[head_i + 2]
    if counter.form not in answer_type_tables()["units"]["count"]:
        return 0
    if number.tag == "SN" and number.form.isdigit():
        return int(number.form)
    if number.tag == "MM":
        return numbers.get(number.form, 0)
    return 0


def counted_head(toks: list[Token], head_i: int) -> int:
    """The number word right before the head noun ("두 도시", "세 나라"), as a number; 0 when
    there is none ("2대 주주" counts no shareholders, "이 도시" is no number)."""
    if 0 < head_i < len(toks) and toks[head_i - 1].tag == "MM":
        return answer_type_tables()["counted_items"]["numbers"].get(toks[head_i - 1].form, 0)
    return 0
