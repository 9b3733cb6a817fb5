"""A question written as a headline: a noun phrase with no interrogative and no ending
("하이로드게임즈 신임 CFO", "한려조선해양 수주잔고", "메이플린 지분을 판 창업자").

Users type these as they would a search box; the reader's probability runs lower on them (no
"누구", no "얼마" to type the answer): its answers under the no-answer line were right 5 of 8
times on the dev gold, against 4 of 40 for full questions.  The reader reports this as a
calibration signal (``headline``, search/calibration.py); a weight for it fitted by leaving gold
rounds out (2026-11-30) lifted 2 right answers over the line and 1-4 wrong ones over 0.8, so the
shipped calibration gives it none until a refit on more rounds says otherwise.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> is_headline(tokens_of(kiwi().tokenize("한려조선해양 수주잔고")))
True
>>> is_headline(tokens_of(kiwi().tokenize("한려조선해양의 수주잔고는?")))
False
>>> is_headline(tokens_of(kiwi().tokenize("한려조선해양 수주잔고 얼마")))
False

A headline's asked phrase runs over its topic too: no particle parts "세종 자율주행 셔틀" from
"노선 길이" as "세종 자율주행 셔틀의 노선 길이는?" would, so every noun of it is read as a
qualifier the figure's sentence must write (search/qualifiers.py).  The sentence writes the
topic in its own words ("11.4km 구간에서 자율주행 셔틀버스": no 노선; "2조 1000억 원을 투입":
no 투자), so, when no figure's sentence writes them all, it may leave out one of two or more
such nouns, one that names no identifier (a word with a Latin letter or a digit, "시리즈A",
picks which one of several and stays required).
Spent rounds 9 and 11 lost three headline figures so (none of the 14 full questions this rule
rightly leaves unanswered in rounds 7-14 is a headline).

>>> spared(["자율", "주행", "셔틀", "노선"], ["노선"])
True
>>> spared(["시리즈a", "투자"], ["시리즈a"])
False
>>> spared(["투자"], ["투자"])
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables

__all__ = ["is_headline", "spared"]

#: the Kiwi tags a headline may end on: a noun, a name, a Latin word, a number or a noun suffix
_NOUN_ENDS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN"})
#: a qualifier that names one of several things ("시리즈a", "2공장"), which no sentence writes otherwise
_IDENTIFIER = re.compile(r"[a-z0-9]")


def is_headline(tokens) -> bool:
    """The question's Kiwi tokens end on a noun (punctuation aside) and hold no interrogative
    ([interrogatives] of resources/answer_types.toml)."""
    words = [t for t in tokens if t.tag in _NOUN_ENDS or not t.tag.startswith("S")]
    if not words or words[-1].tag not in _NOUN_ENDS:
        return False
    asking = answer_type_tables()["interrogatives"]
    return not any(t.form.casefold() in asking for t in words)


def spared(words: list[str], unwritten: list[str]) -> bool:
    """A headline question's figure may stand with ``unwritten`` left out of its sentence: one
    of two or more qualifiers ``words``, naming no identifier (see the module docstring)."""
    return len(words) >= 2 and len(unwritten) == 1 and not _IDENTIFIER.search(unwritten[0])
