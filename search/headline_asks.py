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
"""

from __future__ import annotations

from .answer_types import answer_type_tables

__all__ = ["is_headline"]

#: the Kiwi tags a headline may end on: a noun, a name, a Latin word, a number or a noun suffix
_NOUN_ENDS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN"})


def is_headline(tokens) -> bool:
    """The question's Kiwi tokens end on a noun (punctuation aside) and hold no interrogative
    ([interrogatives] of resources/answer_types.toml)."""
    words = [t for t in tokens if t.tag in _NOUN_ENDS or not t.tag.startswith("S")]
    if not words or words[-1].tag not in _NOUN_ENDS:
        return False
    asking = answer_type_tables()["interrogatives"]
    return not any(t.form.casefold() in asking for t in words)
