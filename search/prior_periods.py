"""A figure bracketed after an earlier period is that period's: "수주누계는 512억원으로 전년
동기(310억원) 대비 65% 증가" answers "전년 동기 수주누계는?" with 310억원, and "3분기
수주누계는?" with 512억원, never with the earlier period's 310억원.  The words of an earlier
period are data (resources/answer_types.toml [prior_periods]).

>>> bracketed_prior("512억원으로 전년 동기(310억원) 대비", 14, ("전년 동기",))
True
>>> bracketed_prior("512억원으로 전년 동기(310억원) 대비", 0, ("전년 동기",))
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

__all__ = ["asks_prior", "bracketed_prior", "prior_figures", "prior_words"]


def prior_words() -> tuple[str, ...]:
    """The words of an earlier period ([prior_periods])."""
    return tuple(answer_type_tables()["prior_periods"]["words"])


def bracketed_prior(text: str, start: int, words: tuple[str, ...]) -> bool:
    """The figure at ``start`` opens a bracket written right after an earlier period."""
    before = re.sub(r"\s+", "", text[max(0, start - 12) : start])
    return any(before.endswith(re.sub(r"\s+", "", w) + "(") for w in words)


def asks_prior(q: Question) -> bool:
    """The question writes an earlier period ("전년 동기", "지난해 같은 기간"), spaces aside."""
    flat = re.sub(r"\s+", "", q.text)
    return any(re.sub(r"\s+", "", w) in flat for w in prior_words())


def _names_part(q: Question) -> bool:
    """The question names a quarter or a half of its own ("지난해 4분기") and no quarter
    before ("직전 분기")."""
    flat = re.sub(r"\s+", "", q.text)
    before = answer_type_tables()["prior_periods"]["quarter_before"]
    if any(re.sub(r"\s+", "", w) in flat for w in before):
        return False
    parts = answer_type_tables()["part_periods"].values()
    return any(re.search(w, q.text) for ws in parts for w in ws)


def prior_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """An earlier period asked: the figures bracketed after it, with the belief of the others
    (all of them when none is); else no figure bracketed after an earlier period."""
    words = prior_words()
    prior = [
        is_figure(c) and bracketed_prior(ri.passages[c.passage].text, c.span.start, words)
        for c in cands
    ]
    if asks_prior(q):
        if _names_part(q):
            # "지난해 4분기 점유율은?" names its period: "이전 분기(64%)" of a 3분기 story is not it
            before = tuple(answer_type_tables()["prior_periods"]["quarter_before"])
            prior = [
                p and not bracketed_prior(ri.passages[c.passage].text, c.span.start, before)
                for c, p in zip(cands, prior)
            ]
        kept = [c for c, p in zip(cands, prior) if p]
        return believed(kept, cands) if kept else cands
    kept = [c for c, p in zip(cands, prior) if not p]
    return believed(kept, cands) if kept else cands
