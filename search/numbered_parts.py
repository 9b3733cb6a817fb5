"""A figure of a numbered part asked ("오창 1공장의 부지 면적은?", "2호기 건설비는?") is not one
whose sentence writes the same part by another number ("2공장은 33만㎡ 부지에"): news numbers
plants, reactors, phases and rounds ("1공장", "3호기", "2단계", "2차") and writes each one's
figures in sentences that name it, or in the sentences after one that does in its paragraph
("2공장은 12만㎡ 부지에 들어섰으며 …. 투자비는 3200억 원이다").  s20-trust42: the first
plant's area was answered with the second plant's 33만㎡ at 0.84.  A sentence of a paragraph
that writes the part by no number keeps its figures; when every figure is another part's, the
text does not give the one asked.

>>> from search.passages import sentence_tokens
>>> asked_parts(sentence_tokens("세진 오창 1공장의 부지 면적은?"))
[('1', '공장')]
>>> other_part("2공장은 33만㎡ 부지에 들어서며", [("1", "공장")])
True
>>> other_part("1공장과 2공장을 합치면 9만t", [("1", "공장")])
False
>>> other_part("투자비는 3200억 원이다", [("1", "공장")]) is None
True
"""

from __future__ import annotations

import itertools
import re

from .belief import believed
from .passages import earlier_in_paragraph
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token

__all__ = ["asked_parts", "of_asked_part", "other_part"]

#: a part's number: one or two digits, no year or amount
_NUMBER = re.compile(r"\d{1,2}")
#: the kinds of answer a part's figure gives
_FIGURES = frozenset({"money", "number", "date"})


def asked_parts(tokens: list[Token]) -> list[tuple[str, str]]:
    """The numbered parts the question writes: a number of one or two digits with a noun glued
    to it ("1공장" -> ("1", "공장"))."""
    return [
        (t.form, nxt.form)
        for t, nxt in itertools.pairwise(tokens)
        if t.tag == "SN"
        and _NUMBER.fullmatch(t.form)
        and nxt.tag in {"NNG", "NNB"}
        and len(nxt.form) >= 2
        and nxt.start == t.end
    ]


def other_part(text: str, parts: list[tuple[str, str]]) -> bool | None:
    """``text`` writes an asked part's noun by another number and never by the asked one
    (True), by the asked one (False), or by no number at all (None)."""
    said = None
    for number, noun in parts:
        written = re.findall(rf"(?<!\d)(\d{{1,2}})\s?{re.escape(noun)}", text)
        if written and number not in written:
            return True
        said = False if written else said
    return said


def of_asked_part(q: Question, snap, asked, ri: ReaderInput, cands: list[Candidate]):
    """The figures whose sentence does not write another part than the one asked, with the
    belief of the others; none when every one does."""
    if asked.kind not in _FIGURES or not cands:
        return cands
    parts = asked_parts(q.tokens)
    if not parts:
        return cands
    kept = [c for c in cands if not _of_other_part(snap, ri.passages[c.passage], parts)]
    return believed(kept, cands) if kept else []


def _of_other_part(snap, p, parts) -> bool:
    """The passage, or the nearest sentence before it in its paragraph that writes a part by a
    number ("2공장은 12만㎡ 부지에 들어섰으며 …. 투자비는 3200억 원이다"), writes another part."""
    for o in (p, *earlier_in_paragraph(snap, p.sentence_id)):
        said = other_part(o.text, parts)
        if said is not None:
            return said
    return False
