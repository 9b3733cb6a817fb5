"""Questions about what the text never names: a name the knowledge base does not know and
no sentence read writes (one letter off allowed: "샘 올트먼" for "샘 올트만"), or a version of a
known name it does not know ("Claude 2" where the text has Claude 3 only) has no answer.

>>> written_nearly("샘 올트만", "오픈ai의 샘 올트먼 ceo는")
True
"""

from __future__ import annotations

from .english import written_in_hangul
from .graph_answers import unknown_version
from .question import Question
from .reader_input import ReaderInput
from .romanized import written_romanized

__all__ = ["unanswerable", "written_nearly"]


def unanswerable(q: Question, ex, ri: ReaderInput) -> bool:
    """Asked about something this text never names, or about a version it does not know
    ("Claude 2" where the text has Claude 3 only)."""
    if q.unknown_names and not q.entities:
        texts = " ".join(p.text for p in ri.passages).casefold()
        if not any(
            written_nearly(n.casefold(), texts) or (q.english and written_in_hangul(n, texts))
            for n in q.unknown_names
        ) and not (q.english and written_romanized(q.text, texts)):
            return True  # "Pohang" is written as 포항 (search/english.py)
    return bool(unknown_version(q, ex))


def written_nearly(name: str, text: str) -> bool:
    """``name`` is in ``text``, or a spelling of it one letter off ("샘 올트먼" for "샘
    올트만"; names of three letters or more)."""
    if name in text:
        return True
    n = len(name)
    if n < 3:
        return False
    for i in range(len(text) - n + 1):
        if sum(a != b for a, b in zip(name, text[i : i + n])) <= 1:
            return True
    return False
