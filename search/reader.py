"""Reading a short answer out of the best sentences: every candidate span (search/spans.py) of
the retrieved sentences gets named features, a small log-linear model scores them, and a
softmax over all candidates of the question says how much of the belief each one gets.

The features are what a careful reader looks at: does the sentence say what the question says,
do the question's words stand right around the candidate, is the candidate of the kind asked for
(a date for 언제, a person for 누구, the head noun of ``어느 대학``), is it followed by the
particle the interrogative had, is it merely a word of the question itself
(search/reader_features.py).  The weights are
data (resources/reader.json), fitted by bench/fit_reader.py on KorQuAD's dev half (articles
0-69) and our own gold questions; what they were fitted on is written next to them.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> text = "1989년 3월 12일 서울지방검찰청 공안부는 임종석의 사전구속영장을 발부받았다."
>>> p = Passage("d#1", text, tokens_of(kiwi().tokenize(text)), rank=0, score=1.0)
>>> r = question_reading(tokens_of(kiwi().tokenize("임종석의 사전구속영장을 발부받은 곳은?")))
>>> read(r, [p])[0].text
'서울지방검찰청 공안부'
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from .answer_types import Asked, read_asked
from .reader_features import Candidate, candidate_features, term_key
from .reader_model import ReaderModel, reader_model
from .reader_sentence import CONTENT as _CONTENT
from .reader_sentence import VAGUE as _VAGUE
from .reader_shape import date_grain
from .spans import Token

# Candidate (search/reader_features.py) and ReaderModel (search/reader_model.py) are re-exported:
# the rules read them as the reader's
__all__ = [
    "Candidate",
    "Passage",
    "QuestionReading",
    "ReaderModel",
    "question_reading",
    "read",
    "reader_model",
]


@dataclass
class Passage:
    """One sentence the reader reads.  ``rank`` is its place in retrieval (a neighbour of a
    retrieved sentence gets that sentence's rank and ``neighbour=True``); ``entities`` are the
    knowledge graph's mentions in it (``{"start", "end", "type", ...}``)."""

    sentence_id: str
    text: str
    tokens: list[Token]
    rank: int = 0
    score: float = 0.0
    neighbour: bool = False
    entities: list[dict] = field(default_factory=list)
    graph_evidence: bool = False  # evidence of a graph edge the question asks about
    lead: bool = False  # the first sentence of a retrieved sentence's paragraph
    states: bool = False  # states the asked relation (search/stated.py)


@dataclass(frozen=True)
class QuestionReading:
    asked: Asked
    tokens: list[Token]
    terms: dict[str, float]  # content morpheme -> weight (its idf)
    total: float  # sum of the weights
    form: str = "factoid"  # question_forms.question_form: factoid, list, ...
    grain: str = ""  # the part of a date asked for (resources/reader.toml date_grain)
    # an English question's Korean predicates and asked role (search/english_reading.py); a
    # Korean question's are read from its tokens (search/reader_features.py)
    predicates: frozenset[str] = frozenset()
    role: str = ""


def question_reading(
    tokens: list[Token],
    idf: Callable[[str], float] | None = None,
    asked: Asked | None = None,
    form: str = "factoid",
) -> QuestionReading:
    """The question's answer type and its content morphemes weighted by rarity."""
    asked = asked or read_asked(tokens)
    terms: dict[str, float] = {}
    for i, t in enumerate(tokens):
        if t.tag not in _CONTENT or i == asked.wh_index or t.form in _VAGUE:
            continue
        k = term_key(t)
        w = idf(k) if idf else 1.0
        terms[k] = max(terms.get(k, 0.0), max(w, 0.1))
    return QuestionReading(
        asked, tokens, terms, sum(terms.values()) or 1.0, form, date_grain(tokens)
    )


def read(
    r: QuestionReading,
    passages: list[Passage],
    model: ReaderModel | None = None,
    graph: dict[str, float] | None = None,
    named: set[str] = frozenset(),
    expected: frozenset[str] = frozenset(),
    named_names: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Candidates best first, with a probability each (softmax over all candidates)."""
    model = model or reader_model()
    cands = _read_elsewhere(candidate_features(r, passages, graph, named, expected, named_names))
    if not cands:
        return []
    for c in cands:
        c.score = model.score(c.features)
    hi = max(c.score for c in cands)
    z = sum(math.exp(c.score - hi) for c in cands)
    for c in cands:
        c.probability = math.exp(c.score - hi) / z
    cands.sort(key=lambda c: (-c.score, c.passage, c.span.start))
    return cands


def _read_elsewhere(cands: list[Candidate]) -> list[Candidate]:
    """Without the spans made for a mention no noun phrase covers ("(주)연우": 연/MM 우/NNG) when
    the reader reads the same entity as a noun phrase elsewhere: the extra span is for a name it
    could not read at all, not a second reading that outweighs the first."""
    read = {c.entity.get("id") for c in cands if c.entity and not c.span.mention}
    return [c for c in cands if not (c.span.mention and c.entity and c.entity.get("id") in read)]
