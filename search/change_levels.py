"""A question that asks no change asks a level: Korean news writes a change next to the level
it changed to, and the change is no answer to the level asked.  Three shapes real news keeps
writing, each read here (what a verb of change is and what asks a change: search/changes.py):

- a change, a word of time or size, then the level: "온누리 상품권 예산은 673억원 늘어난 내년
  4580억원" answers "온누리 상품권 예산은?" with 4580억원 (search/change_amounts.py reads the
  level written right after the verb only);
- a change stated as the verb of its clause, the level written elsewhere with the same unit:
  "총 15건의 기술을 수출했다. … 계약건수는 1건 늘었다" answers "기술수출 건수는?" with 15건;
- the old level of a change, written with 에서, a few words before the new one written with
  (으)로: "기존 수주액 841억원에서 현재는 1688억원으로" answers "현재 수주액은?" with 1688억원
  (a question with a word of the old level, "기존 수주액은?", keeps 841억원).

>>> level_after("예산은 673억원 늘어난 내년 4580억원이다", 4, 9)
True
>>> stated_change("계약건수는 1건 늘었다", 6, 8)
True
>>> old_level("기존 841억원에서 현재는 1688억원으로 늘었다", 3, 8)
True
"""

from __future__ import annotations

import functools
import re

from .belief import believed
from .change_amounts import changes_to
from .change_ends import asked_end
from .changes import asks_change, change_after, change_nouns
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table

__all__ = ["change_levels", "level_after", "level_span", "old_level", "stated_change"]


def _levels() -> dict:
    return resource_table("changes.toml")["levels"]


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.cache
def _between() -> re.Pattern:
    """A space, and maybe one word of time or size and a space, before a level."""
    return re.compile(rf"\s+(?:(?:{_alt(_levels()['between'])})\s+)?")


@functools.cache
def _to_end() -> re.Pattern:
    """에서, then maybe a word of the present ("현재는"), before the new level of a change."""
    return re.compile(rf"\s*에서\s+(?:(?:{_alt(_levels()['between_ends'])})\s+)?")


def level_after(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` a change written before the level it changed to,
    maybe with a word of time or size between ("673억원 늘어난 내년 4580억원")?"""
    return changes_to(text, start, end) or level_span(text, end) is not None


def level_span(text: str, end: int) -> tuple[int, int] | None:
    """Where the level is written that the change ending at ``end`` changed to ("673억원 늘어난
    내년 4580억원": 4580억원's start and end), or None when none follows it."""
    m = change_after(text, end)
    if m is None or not m["word"] or not _modifier(m["word"]):
        return None
    gap = _between().match(text, m.end())
    level = figure_pattern().match(text, gap.end()) if gap else None
    return (level.start(), level.end()) if level else None


def _modifier(word: str) -> bool:
    """A verb written as a modifier, its last syllable closed by ㄴ ("늘어난", "오른")."""
    last = ord(word[-1]) - 0xAC00
    return 0 <= last < 11172 and last % 28 == 4


def stated_change(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` the size of a change, a verb of change after it
    ("1건 늘었다", "20% 늘어난 매출")?"""
    return change_after(text, end) is not None


def old_level(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` the old level of a change, written with 에서 before
    the new level written with (으)로 ("841억원에서 현재는 1688억원으로")?"""
    gap = _to_end().match(text, end)
    if gap is None:
        return False
    new = figure_pattern().match(text, gap.end())
    return new is not None and re.match(r"\s*(?:으로|로)(?![가-힣])", text[new.end() :]) is not None


def _unit(figure: str) -> str:
    """The unit a figure is counted in, past its number and magnitudes ("15건" -> "건",
    "9천266억원" -> "원")."""
    m = re.search(r"([^\d\s.,십백천만억조]+)\s*$", figure.strip())
    return m.group(1) if m else ""


def _asks_a_change(q: Question) -> bool:
    """The question asks a change: search/changes.py's reading, a word of change in it
    ("증가한 건수"), or a noun of one ("증원 규모")."""
    text = re.sub(r"\s+", "", q.text)
    nouns = [*change_nouns(), *_levels()["asked_nouns"]]
    return asks_change(q) or bool(asked_end(q)) or any(w in text for w in nouns)


def change_levels(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures of a change (and the old levels of a change) when the question asks
    none, with their belief; a stated change goes only when a figure of its unit that is no
    change is left; all of them when nothing else is left.

    >>> change_levels(Question(text="매출은 얼마나 늘었나?"), None, [])
    []
    """
    if not cands or _asks_a_change(q):
        return cands
    old_asked = any(w in q.text for w in _levels()["old_words"])

    def text_of(c: Candidate) -> str:
        return ri.passages[c.passage].text

    def dropped(c: Candidate) -> bool:
        if not is_figure(c):
            return False
        text, s, e = text_of(c), c.span.start, c.span.end
        return level_after(text, s, e) or (not old_asked and old_level(text, s, e))

    kept = [c for c in cands if not dropped(c)]
    changes = {
        id(c) for c in kept if is_figure(c) and stated_change(text_of(c), c.span.start, c.span.end)
    }
    if any(is_figure(c) and id(c) not in changes for c in kept):
        kept = [c for c in kept if id(c) not in changes]
    return believed(kept, cands) if kept else cands
