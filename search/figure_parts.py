"""A part of a figure is the answer only when the question names the part.  "노들1구역 재개발로
모두 몇 가구가 지어지나?" is the "2천214가구" of "2천214가구 규모의 아파트를 짓는 것으로, 이
가운데 372가구는 임대주택이다", not the 372가구 written after "이 가운데"; so is "리콜 대상
차량은 몇 대인가?" over "3개 차종 2만3418대를 리콜한다. 이 가운데 X5가 1만6205대로 가장
많고, X7은 5890대다": the question names no part.  "임대주택은 몇 가구?" names one: its clause
("372가구는 임대주택이다") writes a word of the question, and the other figures are set aside.

A figure is written as a part when a part word after 이 or 그 stands before it in its sentence,
shortly before it with no number between them and a figure written before that word, or
opening the sentence (its whole is the previous sentence's: "이 가운데 A가 N, B는 M").  The
part's clause runs from the word or figure before it to the next comma or the sentence's end.
The words are data (resources/answer_types.toml [totals] parts).

>>> text = "2천214가구 규모로, 이 가운데 372가구는 임대주택이다."
>>> written_part(text, text.index("372")), written_part(text, text.index("2천"))
(True, False)
>>> text = "이 가운데 372가구는 임대주택이다."
>>> written_part(text, text.index("372"))
True
>>> text = "이 가운데 X5가 1만6205대로 가장 많고, X7은 5890대다."
>>> written_part(text, text.index("5890")), part_clause(text, text.index("5890"))
(True, ' X7은 5890대다.')
>>> text = "총 2천214가구이며 그중 40%가 임대다."
>>> written_part(text, text.index("40%"))
True
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure, numeral_at
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .totals import asks_total

__all__ = ["not_parts", "part_clause", "written_part"]


def written_part(text: str, start: int) -> bool:
    """A part word ("이 가운데", "그중") stands before ``start`` in its sentence: within reach
    with no number between them and a number written before it, or opening the sentence."""
    marker = _part_marker(text[:start])
    if marker is None:
        return False
    if marker.start() <= _OPENING:
        return True
    near = text[marker.end() : start]
    return start - marker.start() <= _PART_REACH + len(marker.group()) and (
        numeral_at(near) < 0 and numeral_at(text[: marker.start()]) >= 0
    )


def part_clause(text: str, start: int) -> str:
    """The clause of the part written at ``start``: from the part word, the figure or the comma
    before it to the next comma or the end of the sentence."""
    before = text[:start]
    marker = _part_marker(before)
    cut = max(marker.end() if marker else 0, before.rfind(","), _last_figure_end(before))
    end = text.find(",", start)
    return text[cut + (text[cut : cut + 1] == ",") : end if end >= 0 else len(text)]


def not_parts(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A total asked: the figures not written as a part of one before them.  Else the parts
    the question does not name (no word of the question in the part's clause), when a figure
    of the same counter that is no part is left to be their whole.  The others take the belief
    of those set aside; all of the candidates when every figure is written as a part."""
    parts = {id(c): _part_of(c, ri) for c in cands if is_figure(c)}
    parts = {k: v for k, v in parts.items() if v is not None}
    if not parts:
        return cands
    words = _question_words(q)
    named = {k for k, clause in parts.items() if any(_written(w, clause) for w in words)}
    if asks_total(q):
        dropped = set(parts)
    elif named and _asks_part(q):
        # "반납하는 버스 가운데 2024년식은 몇 대": the part named, no whole of its counter
        counters = {_counter(c.text) for c in cands if id(c) in named}
        dropped = {
            id(c)
            for c in cands
            if is_figure(c) and id(c) not in named and _counter(c.text) in counters
        }
    else:
        wholes = {_counter(c.text) for c in cands if is_figure(c) and id(c) not in parts}
        dropped = {
            id(c)
            for c in cands
            if id(c) in parts and id(c) not in named and _counter(c.text) in wholes
        }
    kept = [c for c in cands if id(c) not in dropped]
    return believed(kept, cands) if any(is_figure(c) for c in kept) else cands


#: how far before a figure its part word may stand (characters) with a figure before the word
_PART_REACH = 12
#: a part word this close to the start of its sentence opens it
_OPENING = 1


def _part_marker(before: str) -> re.Match | None:
    """The last part word after 이 or 그 in ``before``."""
    words = "|".join(map(re.escape, answer_type_tables()["totals"].get("parts", [])))
    if not words:
        return None
    hits = list(re.finditer(rf"(?<![가-힣])[이그]\s*(?:{words})(?![가-힣])", before))
    return hits[-1] if hits else None


def _last_figure_end(before: str) -> int:
    """Where the last number written in ``before`` and its counter end (-1: none; no digit of a
    model's name: "X7은")."""
    ends = [m.end() for m in re.finditer(r"(?<![A-Za-z\d.,])\d[\d,.]*\s*[가-힣%]*", before)]
    return ends[-1] if ends else -1


def _counter(figure: str) -> str:
    """The counter a figure is written with ("2만3418대" -> 대, "2만3천여 대" -> 대, "72%" -> %)."""
    tail = re.sub(r"^[\s만천억조여]*", "", re.split(r"\d", figure)[-1])
    return tail.split()[0] if tail.split() else ""


def _part_of(c: Candidate, ri: ReaderInput) -> str | None:
    """The clause of the candidate's number, where it starts, when written as a part."""
    text = ri.passages[c.passage].text
    at = c.span.start + numeral_at(c.text)
    return part_clause(text, at) if written_part(text, at) else None


def _asks_part(q: Question) -> bool:
    """The question takes a part of a whole it names: a word of [totals] of_whole after a noun
    ("버스 가운데 2024년식은", "수주액 중 해외 비중")."""
    of_whole = answer_type_tables()["totals"]["of_whole"]
    toks = q.tokens
    return any(
        t.form in of_whole and i > 0 and toks[i - 1].tag.startswith("NN")
        for i, t in enumerate(toks)
    )


def _question_words(q: Question) -> list[str]:
    """The names the question gives, its nouns of two letters or more (not one that says
    only "an amount": [qualifiers] generic) and its numbers with what is written onto them
    ("2024년식"), lower-cased."""
    generic = {w.casefold() for w in answer_type_tables()["qualifiers"]["generic"]}
    names = [q.text[s:e].casefold() for s, e in q.spans]
    toks = q.tokens
    nouns = [
        t.form.casefold()
        for t in toks
        if t.tag in {"NNG", "NNP", "SL"} and len(t.form) >= 2 and t.form.casefold() not in generic
    ]
    numbers = []
    for i, t in enumerate(toks):
        if t.tag == "SN" and (i == 0 or toks[i - 1].end < t.start):
            end = i
            while (
                end + 1 < len(toks)
                and toks[end + 1].start == toks[end].end
                and toks[end + 1].tag in {"SN", "NNB", "XSN", "NNG"}
            ):
                end += 1
            if end > i:
                numbers.append(q.text[t.start : toks[end].end].casefold())
    return [w for w in (*names, *nouns, *numbers) if w]


def _written(word: str, clause: str) -> bool:
    return re.sub(r"\s+", "", word) in re.sub(r"\s+", "", clause).casefold()
