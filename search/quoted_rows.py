"""Lists of quoted titles: "첫 공개작은 어떤 작품들인가?" is answered by every title of the row
"첫 공개작은 '바람의 집', '새벽 식당', '우리 동네 탐정' 세 편이다", not the one the reader
picked.  A row is two or more quoted titles with only a comma, 와/과, a middle dot or 및 between
them (and a short word of kind after it: "'A'와 'B', 예능 'C'"), in a sentence that writes the
question's own words.

>>> [item for item, _, _ in quoted_row("신작은 '바람의 집'과 '새벽 식당'이다.")]
['바람의 집', '새벽 식당']
"""

from __future__ import annotations

import re

from .answer_types import Asked
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import base_tag

__all__ = ["quoted_row", "quoted_row_answer"]

#: a title in single or double quotes, straight or curly
_QUOTED = re.compile(r"['‘\"“]([^'’\"”]{1,40})['’\"”]")
#: what may stand between two titles of one row: a joiner, and after it a short word of the
#: next title's kind ("'A'와 'B', 예능 'C'")
_BETWEEN = re.compile(r"\s*(?:(?:,|와|과|·|및)\s*(?:[가-힣]{1,4}\s+)?)?")
#: a joiner and the words that say the next title's kind ("'A'와 검색 서비스 'B'"), or its
#: modifier clause, as long as a plan's terms ("만 34세 이하 전용으로 월 3만 9000원에 15GB를 주는")
_JOINED = re.compile(r"\s*(?:,|와|과|·|및)\s+(\S.{0,45}?)\s*")
#: the morphemes of the question that point at the row (its content words)
_CONTENT = frozenset({"NNG", "NNP", "SL", "XR", "VV"})
#: how many of the best sentences a row is looked for in
_POOL = 5


def quoted_row(text: str) -> list[tuple[str, int, int]]:
    """The longest row of quoted titles in ``text``: (title, start, end) each, or []."""
    rows, row = [], []
    for m in _QUOTED.finditer(text):
        if row and not _continues(text, row, m.start()):
            rows.append(row)
            row = []
        row.append((m.group(1).strip(), m.start(), m.end()))
    rows.append(row)
    best = max(rows, key=len)
    return best if len(best) >= 2 else []


def _continues(text: str, row: list, start: int) -> bool:
    """The title quoted at ``start`` belongs to ``row``: only a joiner before it, or a joiner
    and words ending in the noun written before the row's first title ("번역 서비스 'A'와
    검색 서비스 'B'": both are 서비스).

    >>> [t for t, _, _ in quoted_row("식각 장비 'A1'과 증착(ALD) 장비 'B2'를 만든다.")]
    ['A1', 'B2']

    Each title may bring its own modifier clause ending in the same word ("주는"):

    >>> [t for t, _, _ in quoted_row("월 2만 원에 5GB를 주는 '바다 미니', 만 65세 이상 "
    ...  "어르신 전용으로 월 2만 5000원에 10GB를 주는 '바다 실버' 등 2종을 내놓는다.")]
    ['바다 미니', '바다 실버']
    """
    between = text[row[-1][2] : start]
    if _BETWEEN.fullmatch(between):
        return True
    before = text[: row[0][1]].split()
    kind = before[-1] if before and re.fullmatch(r"[가-힣]{2,}", before[-1]) else ""
    joined = _JOINED.fullmatch(between)
    return bool(kind and joined and joined.group(1).split()[-1] == kind)


def quoted_row_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """Every title of the row in the best sentence that writes the question's words, for a
    list of things; None when no such sentence holds a row."""
    if asked.kind != "thing":
        return None
    skip = {asked.head_index, asked.wh_index}
    words = {
        t.form
        for i, t in enumerate(q.tokens)
        if base_tag(t.tag) in _CONTENT and i not in skip and len(t.form) >= 2
    }
    best = None
    for rank, h in enumerate(hits[:_POOL]):
        row = quoted_row(h.text)
        if not row or any(title in q.text for title, _, _ in row):
            continue
        near = len(words & {t.form for t in sentence_tokens(h.text)})
        if near and (best is None or near - 0.5 * rank > best[0]):
            best = (near - 0.5 * rank, [title for title, _, _ in row], h)
    if best is None:
        return None
    return said_in(q, best[1], [best[2]], hits, "quoted_row", 0.6)
