"""The count of an option, asked of an order: "A321neo 옵션 몇 대야?" over "확정 구매 18대에
추가 구매 권리(옵션) 6대를 더해 최대 24대" is 6대, the figure written with the option word,
not the firm 18대 nor the total 24대; "20대의 옵션계약" writes it before the word.  When the
question asks the option's count and a candidate is written so, those candidates take the
belief of the others; else nothing changes.

Words: resources/answer_types.toml [candidates_options].
"""

from __future__ import annotations

import functools
import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asks_option", "option_counts"]


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return answer_type_tables()["candidates_options"]


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    table = _table()
    words = "|".join(map(re.escape, sorted(table["words"], key=len, reverse=True)))
    between = "|".join(map(re.escape, table["between"]))
    # "옵션 6대", "(옵션) 6대", "옵션 구매 20대": the word, then the figure
    before = re.compile(rf"(?:{words})\)?\s*(?:(?:{between})\s*)?$")
    # "20대의 옵션계약", "6대를 추가 구매할 수 있는 옵션": the figure, then the word in its phrase
    after = re.compile(rf"^[^(]*?(?:{words})")
    return before, after


#: where the phrase after a figure ends: punctuation, another figure, or a particle joining the
#: next item ("18대에 추가 구매 권리(옵션) 6대", "30대 확정주문과 20대의 옵션계약")
_PHRASE_END = re.compile(r"[,.;]|\d|(?:에|과|와|및|에다)\s")


def asks_option(q: Question, asked: Asked) -> bool:
    """A count asked of an option ("옵션 몇 대", "옵션계약은 몇 대인가").

    >>> from kg.resolve import Extraction
    >>> from search.question import analyze_question
    >>> from search.answer_types import read_asked
    >>> q = analyze_question("한빛해운 옵션은 몇 척인가?", Extraction())
    >>> asks_option(q, read_asked(q.tokens))
    True
    """
    if asked.kind != "number" or asked.wh != "몇":
        return False
    flat = re.sub(r"\s+", "", q.text)
    return any(re.sub(r"\s+", "", w) in flat for w in _table()["words"])


def _written_with_option(text: str, start: int, end: int) -> bool:
    before, after = _patterns()
    # the figure itself: from its first digit (a candidate may begin with words: "확정 구매 18대")
    first = re.search(r"\d", text[start:end])
    at = start + first.start() if first else start
    phrase = text[end : end + 30]
    cut = _PHRASE_END.search(phrase)
    phrase = phrase[: cut.start()] if cut else phrase
    # a bracket right after a figure breaks it down ("50대(옵션 20대 포함)"): no option's count
    return bool(before.search(text[max(0, at - 16) : at]) or after.search(phrase))


def option_counts(q: Question, asked: Asked, ri: ReaderInput, cands: list[Candidate]):
    """The candidates written with the option word, with the belief of the others, when the
    option's count is asked; ``cands`` unchanged otherwise.

    "대한항공 옵션계약은 몇 대인가?" over "30대 확정주문과 20대의 옵션계약을 체결했다": 20대.
    """
    if not cands or not asks_option(q, asked):
        return cands
    kept = [
        c
        for c in cands
        if c.span is not None
        and _written_with_option(ri.passages[c.passage].text, c.span.start, c.span.end)
    ]
    return believed(kept, cands)
