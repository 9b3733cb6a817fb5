"""Dates in Korean sentences: "2024년", "2024년 3월", "24년 3월 5일" with the value they stand
for ("2024", "2024-03", "2024-03-05"); "10년간" is a span of years, not 2010."""

from __future__ import annotations

import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Tok

__all__ = ["date_mentions"]

_DATE = re.compile(r"(?<![0-9])(\d{4}|\d{2})\s*년(?:\s*(\d{1,2})\s*월)?(?:\s*(\d{1,2})\s*일)?")
#: a dotted or dashed date, with the time a news page stamps after it ("2021.06.01 12:58",
#: "2019-06-05 14:57"): never a name
_STAMP = re.compile(
    r"(?<![0-9.-])\d{4}(?:\.\s?\d{1,2}\.\s?\d{1,2}\.?|-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)


def _date_value(m: re.Match) -> str:
    year = int(m.group(1))
    if len(m.group(1)) == 2:
        year += 2000 if year < 50 else 1900
    value = f"{year:04d}"
    if m.group(2):
        value += f"-{int(m.group(2)):02d}"
        if m.group(3):
            value += f"-{int(m.group(3)):02d}"
    return value


def _a_duration(m: re.Match, text: str) -> bool:
    """Two digits and 년 with no month are a span of years ("최근 10년간", "20년 넘게", "30년
    만에"), unless an apostrophe marks a year ("'19년")."""
    apostrophe = m.start() > 0 and text[m.start() - 1] in "'’‘`"
    return len(m.group(1)) == 2 and not m.group(2) and not apostrophe


def date_mentions(sentence: Sentence, toks: list[Tok], taken: list[bool]) -> list[Mention]:
    """The dates of a sentence with their particles; marks their tokens ``taken``.

    >>> from kg.kiwi import kiwi
    >>> s = Sentence("s0", "d", 0, 0, 0, "2024년 3월에 공개됐다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> [(m.text, m.date) for m in date_mentions(s, toks, [False] * len(toks))]
    [('2024년 3월', '2024-03')]
    >>> s = Sentence("s1", "d", 0, 0, 0, "최근 10년간 '19년 이후 24년 3월까지 늘었다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> [(m.text, m.date) for m in date_mentions(s, toks, [False] * len(toks))]
    [('19년', '2019'), ('24년 3월', '2024-03')]
    >>> s = Sentence("s2", "d", 0, 0, 0, "2021.06.01 12:58 한빛일보 나은결 기자")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> taken = [False] * len(toks)
    >>> date_mentions(s, toks, taken), [t.form for t, x in zip(toks, taken) if x]
    ([], ['2021.06.01', '12:58'])
    >>> s = Sentence("s3", "d", 0, 0, 0, "2019-06-05 14:57")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> taken = [False] * len(toks)
    >>> date_mentions(s, toks, taken), all(taken)
    ([], True)
    """
    text = sentence.text
    for m in _STAMP.finditer(text):  # no date of the story, and no model "2021.06.01 12"
        for k, t in enumerate(toks):
            if m.start() <= t.start < m.end():
                taken[k] = True
    out = []
    for m in _DATE.finditer(text):
        if _a_duration(m, text):
            continue
        mention = Mention(
            sentence.id,
            m.start(),
            m.end(),
            m.group(),
            kind="date",
            date=_date_value(m),
            rule="date",
            votes={"Date": 3.0},
        )
        last = max((k for k, t in enumerate(toks) if t.start < m.end()), default=-1)
        mention.particle, mention.role = particles_after(toks, last, m.end(), text)
        for k, t in enumerate(toks):
            if m.start() <= t.start < m.end():
                taken[k] = True
        out.append(mention)
    return out
