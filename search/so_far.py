"""A figure asked "so far" is a running total: "물결바이오가 지금까지 유치한 투자금은?", "그동안
판매된 대수는?", "현재까지 모인 기부금은?" ask what every round or year adds up to.  News writes
one as a total ("누적 투자 유치액은 350억 원", "총 350억 원", "모두 12만 대") or with a word of so
far in its sentence ("지금까지 12만 대를 팔았다", "그동안 350억 원을 유치했다"); a figure of one
round ("시리즈B에서 200억 원을 확보했다") is no answer, and with no figure of a total the text
does not say.  The words are data: resources/answer_types.toml [so_far] and [totals] written.

>>> written_so_far("이로써 누적 투자 유치액은 350억 원이 됐다.", 19)
True
>>> written_so_far("회사는 지금까지 12만 대를 팔았다.", 12)
True
>>> written_so_far("시리즈B 투자 유치에서 200억 원을 확보했다.", 13)
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .totals import written_total

__all__ = ["asks_so_far", "so_far_figures", "written_so_far"]


def asks_so_far(q: Question) -> bool:
    """The question asks a figure so far ("지금까지", "그동안", "현재까지"), spaces aside."""
    flat = re.sub(r"\s+", "", q.text)
    return not q.english and any(w in flat for w in answer_type_tables()["so_far"]["asked"])


def written_so_far(text: str, start: int) -> bool:
    """The figure starting at ``start`` is written as a total ("누적 … 350억 원", "총 350억 원")
    or a word of so far stands before it in its sentence ("지금까지 12만 대")."""
    tables = answer_type_tables()
    if written_total(text, start, tuple(tables["totals"]["written"])):
        return True
    before = re.sub(r"\s+", "", text[:start])
    return any(w in before for w in tables["so_far"]["written"])


def so_far_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A figure asked so far: the figures written as a total or so far, with the belief of the
    others; none when the text writes no such figure (only one round's)."""
    if not asks_so_far(q):
        return cands
    figures = [c for c in cands if is_figure(c) and c.span is not None]
    if not figures:
        return cands
    kept = [c for c in figures if written_so_far(ri.passages[c.passage].text, c.span.start)]
    return believed(kept, cands) if kept else []
