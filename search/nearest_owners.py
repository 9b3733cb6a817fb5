"""A figure the sentence writes for another company, far from its name, is no answer when the
same sentence writes the asked company's own figure right after its name.  Korean results and
share news opens a row with the leader's figure in a clause and puts the rest in brackets:
"점유율은 가온텔레콤이 과반에 조금 못 미치는 48.2%를 차지한 가운데 누리넷(31.5%),
다온모바일(20.3%)이 뒤를 이었다" answers "누리넷 점유율은?" with 31.5%, not the 48.2% its
words sit nearer to; likewise "한결전자(추정치 12조원)와 새봄반도체(2조원)" gives 새봄반도체
2조원.  figure_owners.py reads an owner only within a few characters of its figure; this
reads, for a figure it leaves ownerless, the last name written before it in the sentence: when
that is a name the question does not write and the sentence has a figure owned by one it does,
the far figure is dropped and gives its belief to the rest.

>>> _last_name("A사가 크게 앞선 48%, B사(31%)", [{"id": "a", "start": 0, "end": 2, "type": "Company"},
...                                          {"id": "b", "start": 17, "end": 19, "type": "Company"}], 10)
'a'
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .belief import believed
from .figure_owners import owned_by_asked
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["nearest_owned"]


def _last_name(text: str, mentions: list[dict], start: int) -> str | None:
    """The id of the company or organisation written last before ``start`` in the sentence,
    at any distance; None when none stands before it.  A date or a person the graph marks is
    no owner ("X지회는 2023년 4월 설립됐으며, 조합원은 약 620명": 620명 is still X's)."""
    owners = answer_type_tables()["attribute_reach"]["owners"]
    before = [m for m in mentions if m["end"] <= start and m.get("type") in owners]
    return max(before, key=lambda m: m["end"])["id"] if before else None


def nearest_owned(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates, with a figure dropped when the last name before it is one the question
    does not write and its sentence writes a figure owned by one the question does (e.g.
    "누리넷 점유율은?": "…가온텔레콤이 … 48.2%를 차지한 가운데 누리넷(31.5%)" keeps 31.5%)."""
    named = {eid for eid, _ in q.entities}
    if not named:
        return cands
    figures = [i for i, c in enumerate(cands) if c.entity is None and is_figure(c)]
    owned = {i for i in figures if owned_by_asked(q, ri, cands[i])}
    asked_in = {cands[i].passage for i in owned}
    drop = set()
    for i in figures:
        c = cands[i]
        if i in owned or c.passage not in asked_in:
            continue
        p = ri.passages[c.passage]
        last = _last_name(p.text, p.entities, c.span.start)
        if last is not None and last not in named:
            drop.add(i)
    if not drop:
        return cands
    return believed([c for i, c in enumerate(cands) if i not in drop], cands)
