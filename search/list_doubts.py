"""How far a list answer is trusted: no more than ``DOUBTED`` when the sentence it stands on
writes its items in a row (search/whole_rows.py written_row) that the answer does not match:
the row holds an item of the answer's kind the answer leaves out ("판매는 전국 지역농협과
그린팜상사가 맡는다" answered "그린팜상사" alone), or the answer holds an item outside that row
(an item of another kind or of another sentence joined in); an unnamed item of a row of
parties whose kind no table tells ("전국 하나로마트와 그린팜상사가") counts as left out.  The gold counts such a list
wrong, yet its calibrated confidence comes from the reader's belief in its first item alone
(calibration.json has no weight of a list's own), so a list one item short stood at 0.88.
A list whose sentence writes no row of its items is left as it is.
"""

from __future__ import annotations

from kg.names import name_key

from .question import Question
from .results import Answer
from .whole_rows import written_row

__all__ = ["DOUBTED", "doubted_list"]

#: the highest confidence of a list that does not match its sentence's row: under the 0.8 a
#: confident answer is held to
DOUBTED = 0.75


def _same(item: str, written: str) -> bool:
    """The answer's item names the row's item (either may carry the words describing it)."""
    a, b = name_key(item), name_key(written)
    return bool(a) and bool(b) and (a in b or b in a)


def doubted_list(q: Question, ans: Answer) -> Answer:
    """``ans`` with its confidence held to ``DOUBTED`` when it is a list that leaves out an
    item of its sentence's row or holds one outside it."""
    if ans.answer_type != "list" or not ans.answer or not ans.evidence:
        return ans
    if ans.confidence <= DOUBTED:
        return ans
    items = ans.answer.split(", ")
    row, unsure = written_row(q, ans.evidence[0], items)
    if len(row) + len(unsure) < 2:
        return ans  # the sentence writes no row of the answer's items
    left_out = [w for w in row + unsure if not any(_same(i, w) for i in items)]
    outside = [i for i in items if not any(_same(i, w) for w in row)]
    if left_out or outside:
        ans.confidence = DOUBTED
    return ans
