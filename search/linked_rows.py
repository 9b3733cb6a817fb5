"""The rows of a sentence with the items reporters link to them by words rather than by 와/과 or
commas: "한빛증권을 비롯해 누리연금·바른공제회가 참여한다" (one row of three), "가온전자를
비롯한 대성유통, 청림물산", "한빛은행과 누리증권 외에 바른캐피탈도", "누리증권뿐 아니라
바른캐피탈도", "한빛은행은 물론 누리증권도", and 와/과 the tagger read as "with" ("관제
소프트웨어 '한결 맵'과 배차 소프트웨어 '한결 플로우'를").  The item before the linking word and
the item after it stand in one row (search/head_lists.py rows_of reads the rows as written).
Such a row may join things of two kinds ("누리와 협약을 맺었다": 누리, 협약): its reader takes
only the items of its answer's kind (search/asked_rows.py).  The linking words are data:
resources/asked_rows.toml ``links``.

>>> from search.passages import sentence_tokens
>>> text = "이번 투자에는 한빛증권을 비롯해 누리연금·바른공제회가 참여한다."
>>> [[text[a:b] for a, b in row] for row in linked_rows(sentence_tokens(text))]
[['한빛증권', '누리연금', '바른공제회']]
"""

from __future__ import annotations

import functools

from .head_lists import rows_of
from .resource_tables import resource_table
from .spans import Token, base_tag

__all__ = ["linked_rows"]

#: the tags of the words an item is written with (as rows_of reads them)
_ITEM = frozenset({"NNG", "NNP", "SL", "SH", "SN"})
#: the tags that may stand between a linking word and the item after it ("비롯+하+어",
#: "외+에+도", "뿐 아니+라")
_BETWEEN = ("XS", "XR", "VV", "VCN", "E", "J")
#: how many of them may
_GAP = 4
#: how many words a quoted name, or the words naming an item, may hold
_QUOTED = 8

Span = tuple[int, int]


@functools.cache
def _links() -> frozenset[str]:
    return frozenset(resource_table("asked_rows.toml")["links"])


def _quoted_before(toks: tuple[Token, ...], j: int) -> Span | None:
    """The quoted name whose closing mark is ``toks[j]``, else None."""
    if not toks[j].tag.startswith("SSC"):
        return None
    k = next((k for k in range(j - 1, max(j - _QUOTED, 0) - 1, -1) if toks[k].tag == "SSO"), -1)
    return (toks[k + 1].start, toks[j - 1].end) if 0 <= k < j - 1 else None


def _item_before(toks: tuple[Token, ...], i: int) -> Span | None:
    """The item written right before the linking word ``toks[i]``, past one particle: a quoted
    name or a run of nouns."""
    j = i - 1
    if j >= 0 and toks[j].tag.startswith("J") and not toks[i].tag.startswith("J"):
        j -= 1  # "한빛증권을 비롯해"; "증권뿐", "'한결 맵'과": the link is itself the particle
    if j < 0:
        return None
    if (quoted := _quoted_before(toks, j)) is not None:
        return quoted
    k = j
    while k >= 0 and base_tag(toks[k].tag) in _ITEM:
        k -= 1
    return (toks[k + 1].start, toks[j].end) if k < j else None


def _item_after(toks: tuple[Token, ...], i: int) -> Span | None:
    """The item the linking word ``toks[i]`` opens onto, a few endings and particles after it:
    the words up to the next particle, or the quoted name among them ("배차 소프트웨어
    '한결 플로우'를": 한결 플로우)."""
    j = i + 1
    while j < len(toks) and j - i <= _GAP and toks[j].tag.startswith(_BETWEEN):
        j += 1
    if j - i > _GAP:
        return None
    k, quoted = j, None
    while k < len(toks) and k - j < _QUOTED:
        if toks[k].tag == "SSO" and (close := _closing(toks, k)) > k + 1:
            quoted, k = (toks[k + 1].start, toks[close - 1].end), close + 1
        elif base_tag(toks[k].tag) in _ITEM:
            k += 1
        else:
            break
    if quoted is not None:
        return quoted
    return (toks[j].start, toks[k - 1].end) if k > j else None


def _closing(toks: tuple[Token, ...], i: int) -> int:
    """The index of the mark closing the quote opened at ``toks[i]``, else -1."""
    end = min(len(toks), i + _QUOTED)
    return next((k for k in range(i + 1, end) if toks[k].tag.startswith("SSC")), -1)


def _holding(rows: list[list[Span]], span: Span) -> list[Span]:
    """The row with an item overlapping ``span``, else the span as a row of its own."""
    a, b = span
    return next((r for r in rows if any(s < b and a < e for s, e in r)), [span])


def linked_rows(toks: tuple[Token, ...]) -> list[list[Span]]:
    """Every row of ``rows_of``, the rows and items linked by a linking word joined into one
    (each item as the character span of its words)."""
    rows = [list(r) for r in rows_of(toks)]
    for i, t in enumerate(toks):
        if t.form not in _links():
            continue
        before, after = _item_before(toks, i), _item_after(toks, i)
        if before is None or after is None:
            continue
        head, rest = _holding(rows, before), _holding(rows, after)
        if head is rest:
            continue
        rows = [r for r in rows if r is not head and r is not rest] + [head + rest]
    return rows
