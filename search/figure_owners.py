"""Whose figure it is: a sentence that writes a row of figures, each after its owner's name
("지분은 윤슬텔레콤이 51%, 노스웨이브 클라우드가 49%를 각각 보유한다"), answers a question
about one of them ("노스웨이브 클라우드가 갖는 지분은 몇 %인가?") with the figure written
after that name, not the other's.  A figure's owner is the last name the knowledge graph
finds shortly before it with no other number between them; a figure owned by a name the
question does not write gives its belief to the one owned by a name it does, in the same
sentence.

>>> _owner_of("A사가 51%, B사가 49%", [{"id": "a", "start": 0, "end": 2},
...                                   {"id": "b", "start": 9, "end": 11}], 12)
'b'
>>> _owner_of("총 420억 원으로, A사가 60%인 252억 원을", [{"id": "a", "start": 12, "end": 14}], 21)
'a'
>>> _owner_of("A사(30억원)과 B사(2억원)", [{"id": "a", "start": 0, "end": 2},
...                                    {"id": "b", "start": 10, "end": 12}], 13)
'b'
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .prior_periods import bracketed_prior, prior_words
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .totals import asks_total, written_total

__all__ = ["owned_by_asked", "owned_figures"]

#: how far before a figure its owner's name may end (characters)
_OWNER_REACH = 12
#: what stands between an owner's name and its figure: a particle of a subject, a topic or a
#: possessor ("노스웨이브 클라우드가 49%", "A의 51%"), or the bracket the figure is written in
#: right after the name ("A(1400억원)과 B(1억2900만원)"); no "헤일로'보다 처리량이 2.4배"; the
#: figure may follow its own share in apposition ("A가 60%인 252억 원을": the same part twice)
_OWNED = re.compile(r"(?:\([^()\d]*\))?(?:이|가|은|는|의|\()?\s*(?:\d+(?:\.\d+)?%인\s*)?")
#: or a measure's own noun between them ("하늘정밀이 지분 51%"; [measure_units] heads)
_MEASURED = re.compile(
    r"(?:이|가|은|는|의)\s*(?:"
    + "|".join(re.escape(h) for h in answer_type_tables()["measure_units"] if h.isalpha())
    + r")\s*"
)


def _owner_of(text: str, mentions: list[dict], start: int) -> str | None:
    """The id of the name written last before ``start`` within reach, with only its
    gloss and a particle of a subject, a topic or a possessor between it and the figure;
    None when there is none."""
    before = [m for m in mentions if m["end"] <= start and start - m["end"] <= _OWNER_REACH]
    if not before:
        return None
    last = max(before, key=lambda m: m["end"])
    between = text[last["end"] : start]
    return last["id"] if _OWNED.fullmatch(between) or _MEASURED.fullmatch(between) else None


#: a word written right before the bracket a figure opens ("한빛물류(12억원)")
_BRACKET_OWNER = re.compile(r"([0-9A-Za-z가-힣·&]+)\(\s*$")


def _bracketed_by(text: str, start: int, ri: ReaderInput, named: set[str]) -> str | None:
    """The owner of a figure written in brackets right after a name the graph does not hold
    there ("누리마트(830억원)와 한빛물류(12억원)"): the id of the question's entity it names,
    else the name itself (someone the question does not ask about); None when the figure is
    not bracketed after a word."""
    m = _BRACKET_OWNER.search(text[max(0, start - 30) : start])
    if m is None or bracketed_prior(text, start, prior_words()):
        return None  # "전년 동기(310억원)": an earlier period's, no one's (prior_periods.py)
    word = name_key(m.group(1))
    if word in ri.named_names and named:
        return min(named)  # the question's own: its figure is the answer
    return f"written:{word}"


def _a_total(c: Candidate, ri: ReaderInput, words: tuple[str, ...]) -> bool:
    """The figure is written as the total of the row ("모두 1조1500억원을 투자하며, 이 가운데
    해담파워가 9200억원"): no one party's."""
    return bool(words) and written_total(ri.passages[c.passage].text, c.span.start, words)


def owned_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, each figure owned by a name the question does not write dropped when
    its sentence writes a figure owned by one it does, and so is the row's total when no
    total is asked; those take its belief."""
    named = {eid for eid, _ in q.entities}
    if not named:
        return cands
    owner: dict[int, str | None] = {}
    for i, c in enumerate(cands):
        if c.entity is None and is_figure(c):
            p = ri.passages[c.passage]
            owner[i] = _owner_of(p.text, p.entities, c.span.start) or _bracketed_by(
                p.text, c.span.start, ri, named
            )
    asked_in = {cands[i].passage for i, o in owner.items() if o in named}
    summed = () if asks_total(q) else tuple(answer_type_tables()["totals"]["written"])
    others = {
        i
        for i, o in owner.items()
        if cands[i].passage in asked_in
        and ((o is not None and o not in named) or (o is None and _a_total(cands[i], ri, summed)))
    }
    if not others:
        return cands
    return believed([c for i, c in enumerate(cands) if i not in others], cands)


def owned_by_asked(q: Question, ri: ReaderInput, c: Candidate) -> bool:
    """``c`` is a figure written after a name the question writes, as its owner ("플릭온이
    60%인 252억 원을" for "플릭온은 제작비를 얼마나 부담하나?")."""
    named = {eid for eid, _ in q.entities}
    if not named or c.entity is not None or not is_figure(c):
        return False
    p = ri.passages[c.passage]
    return _owner_of(p.text, p.entities, c.span.start) in named
