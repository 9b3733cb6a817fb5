"""What the unit tests of one candidate rule hand it: a question read with an empty knowledge
base, and the reader's input cut down to the passages a rule reads (the whole ReaderInput needs a
built knowledge base; each rule's tests also run it end to end on a small real one)."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.resolve import Extraction
from search.answer_types import read_asked
from search.question import analyze_question
from search.reader import Candidate
from search.spans import Span


def read(text: str):
    """The question and what it asks, read with no names known."""
    q = analyze_question(text, Extraction())
    return q, read_asked(q.tokens)


@dataclass
class Passage:
    text: str
    tokens: list = field(default_factory=list)  # Kiwi's, read from the text when not given

    def __post_init__(self):
        if not self.tokens:
            from search.passages import sentence_tokens

            self.tokens = list(sentence_tokens(self.text))


@dataclass
class Passages:
    """A ReaderInput's passages, all a candidate rule under test reads of it."""

    passages: list = field(default_factory=list)


def candidate(
    sentence: str, words: str, p: float, entity: dict | None = None, passage: int = 0
) -> Candidate:
    """The candidate ``words`` where ``sentence`` first writes them, believed ``p``."""
    start = sentence.index(words)
    span = Span(words, start, start + len(words), 0, 0)
    return Candidate(words, passage, span, {}, probability=p, entity=entity)
