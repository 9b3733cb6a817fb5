"""The reader's place candidates for where a thing is: "한바다포트가 운영권을 따낸 컨테이너
터미널은 어느 도시에 들어서나?" is answered by a place its sentence writes the terminal beside
("수라바야에 들어설 신규 컨테이너 터미널"), not by "인도네시아" of a headline that names the
country before the city, nor by 부산 of "부산에 본사를 둔" (the thing asked is read by
search/located_things.py, as the graph's place edges are).  When some candidate's sentence
writes the thing beside it, the others give it their belief; when none does (the sentence that
places it was not read, or places it by a word that is no known place), or the article never
writes the thing ("세진머티리얼즈가 새로 세우는 연구소는 어느 도시에" over an
article of plants) no place answers.
"""

from __future__ import annotations

from .answer_types import Asked
from .asked_items import written_in
from .belief import believed
from .countries import asks_country
from .located_things import beside, located_thing
from .passages import sentence_tokens
from .qualifiers import article_of, written_as
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["placed_candidates"]


def placed_candidates(
    q: Question, snap, ri: ReaderInput, asked: Asked, cands: list[Candidate]
) -> list[Candidate]:
    """The place candidates whose sentence writes the thing asked beside them, with the
    others' belief; none when no candidate is such a place or the article never writes it."""
    if asked.kind != "place" or q.english or not cands or asks_country(asked):
        return cands  # "X는 어느 나라 기업인가": X's own country (search/countries.py)
    ex = snap.extraction
    # the organisations named ("한바다포트가 … 따낸"), not a thing the extractor made a name of
    # ("터미널")
    owners = [ex.entities[eid] for eid in ri.named if eid in ex.entities]
    names = [a for e in owners for a in e.aliases if not _common_noun(a)]
    thing = located_thing(q.text, q.tokens, names)
    if not thing:
        return cands
    docs = {article_of(snap, p.sentence_id)[1] for p in ri.passages}
    if docs and not any(written_as(thing, text) for text in docs):
        return []  # "연구소는 어느 도시에" over an article that writes no 연구소
    kept = [c for c in cands if _candidate_beside(ri, c, thing)]
    # none kept: the sentences that place the thing were not read, or place it by words no
    # candidate is ("항구 도시 수라바야에 들어설" when 수라바야 is no place the reader knows);
    # the head office's city or the terminal's operator would be a confident wrong answer
    return believed(kept, cands) if kept else []


def _common_noun(alias: str) -> bool:
    """``alias`` is one common noun to Kiwi ("터미널"), no name."""
    toks = sentence_tokens(alias)
    return len(toks) == 1 and toks[0].tag == "NNG"


def _candidate_beside(ri: ReaderInput, c: Candidate, thing: str) -> bool:
    """The candidate is a place its sentence writes ``thing`` beside (located_things.beside)."""
    if c.span is None or not c.entity or c.entity.get("type") != "Place":
        return False  # "FC": a name written with the thing is no place
    p = ri.passages[c.passage]
    if written_in(thing, c.text) or p.text.startswith(")", c.span.end):
        return False  # "한자바터미널(HJT)": the thing's own name or its gloss, no place of it
    mentions = [
        (m["start"], m["end"], m.get("type"))
        for m in p.entities
        if m["end"] <= c.span.start or m["start"] >= c.span.end
    ]
    return beside(p.text, c.span.start, c.span.end, mentions, thing)
