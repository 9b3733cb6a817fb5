"""Figures given "respectively" (각각) to a list of names: "A와 B의 D램 점유율은 각각 34%, 26%로
집계됐다" gives A 34% and B 26%, so "B의 D램 점유율은?" is answered by the figure at B's place in
the row, not the first one.  Korean news writes the names once, joined by 와/과/·/쉼표/및, then
각각 and the figures in the same order; when the counts agree the places pair them.

>>> _row_after("점유율은 각각 34%, 26%로 집계됐다.", 7)
[(8, 11), (13, 16)]
"""

from __future__ import annotations

import re
from functools import cache

from kg.names import name_key

from .answer_types import answer_type_tables
from .belief import believed
from .figures import figure_pattern, is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["respective_figures", "respective_row"]

#: the word that gives each name of a row its own figure, in order
_EACH = "각각"
#: what joins the names of a row ("A와 B", "A·B", "A, B 및 C"), and the figures of one; a
#: name may carry its Latin or Hanja form in brackets ("바람(Baram)과 누리(Nuri) 공장에")
_JOIN = re.compile(r"^\)?\s*(?:\([^()\d]*\))?\s*(?:와|과|및|,|·|그리고)?\s*$")


def _rank_unit() -> str:
    """A rank's counter, which figure_pattern does not read ("2위, 5위, 7위": 위, 등)."""
    return "|".join(map(re.escape, answer_type_tables()["ranks"]["units"]))


@cache
def _measures() -> frozenset[str]:
    """What may stand between 각각 and its figures: nothing, or a word of what they measure
    ([attributes] of resources/answer_types.toml: "각각 매출 302조원, 142조원")."""
    words = {w for ws in answer_type_tables()["attributes"].values() for w in ws}
    return frozenset({"", *words})


@cache
def _figure_join() -> re.Pattern:
    """What joins the figures of a row, a rank's counter closing each ("34%, 26%", "1위와 3위")."""
    return re.compile(rf"^(?:{_rank_unit()})?\s*(?:,|·|와|과|및)?\s*$")


@cache
def _each_after() -> re.Pattern:
    """각각 written right after a row of figures, past its particle ("1370만원을 각각")."""
    return re.compile(rf"(?:{_rank_unit()})?\s*(?:을|를|이|가|은|는|으로|로)?\s*각각")


def _row_after(text: str, at: int) -> list[tuple[int, int]]:
    """The figures written in a row right after ``at`` (where 각각 ends), past the word of
    what they measure ("각각 매출 302조원, 142조원"): their spans."""
    row: list[tuple[int, int]] = []
    end = at
    for m in figure_pattern().finditer(text, at):
        if not (
            _figure_join().match(text[end : m.start()])
            if row
            else text[end : m.start()].strip() in _measures()
        ):
            break
        row.append((m.start(), m.end()))
        end = m.end()
    return row


def _row_before_each(text: str, at: int) -> list[tuple[int, int]]:
    """The row of figures around ``at`` when 각각 follows it ("A와 B 직원들에게 과태료 6290만원과
    1370만원을 각각 부과했다": the figures come first, 각각 after them); none otherwise.

    >>> _row_before_each("과태료 6290만원과 1370만원을 각각 부과했다.", 12)
    [(4, 10), (12, 18)]
    >>> _row_before_each("과태료 6290만원을 부과했다.", 4)
    []
    """
    row: list[tuple[int, int]] = []
    for m in figure_pattern().finditer(text):
        if row and not _figure_join().match(text[row[-1][1] : m.start()]):
            if row[-1][1] > at:
                break
            row = []
        row.append((m.start(), m.end()))
    if not any(s <= at < e for s, e in row) or not _each_after().match(text, row[-1][1]):
        return []
    return row


def _names_before(mentions: list[dict], at: int, text: str) -> list[dict]:
    """The names written in a row, joined by 와/과/·/쉼표, the last of them before ``at``
    with no figure between it and ``at``."""
    before = sorted((m for m in mentions if m["end"] <= at), key=lambda m: m["start"])
    if not before or re.search(r"\d", text[before[-1]["end"] : at]):
        return []
    row = [before[-1]]
    for m in reversed(before[:-1]):
        between = text[m["end"] : row[0]["start"]]
        if m.get("id") == row[0].get("id") and between.strip() == "(":
            row[0] = m  # "바람(Baram)": the name and its gloss in brackets are one name
            continue
        if not _JOIN.match(between):
            break
        row.insert(0, m)
    return row


#: how long a head noun may follow a row's name in the question's name ("스마랑" asked as
#: "스마랑 공장", which the graph may hold as a name of its own)
_HEAD_REACH = 3


def _asked(ri: ReaderInput, mention: dict, names: dict[str, set[str]]) -> bool:
    keys = names.get(mention.get("id"), set())
    return (
        mention.get("id") in ri.named
        or bool(keys & ri.named_names)
        or any(
            n.startswith(k) and len(n) - len(k) <= _HEAD_REACH
            for k in keys
            if len(k) >= 2
            for n in ri.named_names
        )
    )


def respective_row(text: str, mentions: list[dict], at: int) -> tuple[list[dict], int, int]:
    """The names (of ``mentions``) of the 각각 row whose figure starts at ``at``, the figure's
    place among them and where the row's next figure starts (-1 after the last); ([], -1,
    -1) when the figure is in no such row of as many names as figures.
    The names stand before the row ("A와 B의 점유율은 각각 34%, 26%") or, when the figures
    come first, after 각각 ("120억원과 80억원을 각각 A와 B에 투자했다")."""
    each = text.rfind(_EACH, 0, at)
    row = _row_after(text, each + len(_EACH)) if each >= 0 else []
    if not any(s <= at < e for s, e in row):
        row = _row_before_each(text, at)  # "X와 Y를 각각 부과했다"
        each = row[0][0] if row else -1
    place = next((k for k, (s, e) in enumerate(row) if s <= at < e), -1)
    if each < 0 or place < 0 or len(row) < 2:
        return [], -1, -1
    names = _names_before(mentions, each, text)
    if len(names) > len(row) and not text[
        names[-len(row) - 1]["end"] : names[-len(row)]["start"]
    ].strip(" )"):
        names = names[-len(row) :]  # "인도네시아 바람과 누리": the place before is no name of it
    if len(names) != len(row) and each == row[0][0]:
        names = _names_after(mentions, text.find(_EACH, row[-1][1]) + len(_EACH), text)
    if len(names) != len(row):
        return [], -1, -1
    return names, place, row[place + 1][0] if place + 1 < len(row) else -1


def _names_after(mentions: list[dict], at: int, text: str) -> list[dict]:
    """The names written in a row right after ``at`` (where 각각 ends), joined by 와/과/·/쉼표."""
    after = sorted((m for m in mentions if m["start"] >= at), key=lambda m: m["start"])
    if not after or text[at : after[0]["start"]].strip():
        return []
    row = [after[0]]
    for m in after[1:]:
        if not _JOIN.match(text[row[-1]["end"] : m["start"]]):
            break
        row.append(m)
    return row


def respective_figures(
    q: Question, snap, ri: ReaderInput, cands: list[Candidate]
) -> list[Candidate]:
    """Of the figures of a 각각 row, the one at the place of the name the question asks
    about, with the belief of the others in that row; the others untouched.  A question that
    names none of a row's names asks about something else (its whole: "인도네시아 공장에
    투자하는 금액은?" is the 1,300만 달러 written elsewhere, not 바땅's 500만 달러 of "바땅과
    스마랑 공장에 각각 500만 달러, 800만 달러"): the row's figures give their belief to the
    figures written outside any row, when there are such."""
    if q.english or not ri.named:
        return cands
    dropped: set[int] = set()
    parts: set[int] = set()  # figures of rows whose names the question does not write
    for i, c in enumerate(cands):
        if not is_figure(c):
            continue
        p = ri.passages[c.passage]
        names, place, following = respective_row(p.text, p.entities, c.span.start)
        if not names:
            continue
        # the row whole ("34%, 26%") is no one name's figure
        whole = 0 <= following < c.span.end
        keys = {
            m.get("id"): {
                name_key(a)
                for a in getattr(snap.extraction.entities.get(m.get("id")), "aliases", ())
            }
            for m in names
        }
        asked = [k for k, m in enumerate(names) if _asked(ri, m, keys)]
        if len(asked) == 1 and (whole or asked[0] != place):
            dropped.add(i)
        elif not asked:
            parts.add(i)
    if any(is_figure(c) and i not in parts for i, c in enumerate(cands) if i not in dropped):
        dropped |= parts
    kept = [c for i, c in enumerate(cands) if i not in dropped]
    return believed(kept, cands)
