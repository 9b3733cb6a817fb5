"""What the answer reader (search/reader.py) knows of one sentence before any question is asked:
its candidate spans (search/spans.py), each with its content morphemes, its class (date, person,
name, ...), how it is written and what stands around it.  A sentence is read for many questions
(a paragraph's neighbours, every question about the same article), so this is worked out once
per sentence and kept; a question pays only for what depends on it.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> text = "1989년 3월 12일 서울지방검찰청 공안부는 영장을 발부받았다."
>>> toks = tuple(tokens_of(kiwi().tokenize(text)))
>>> def at(typed):
...     return [(f.cls, f.particle) for f in sentence_facts(text, toks, typed) if f.span.end == 24]
>>> at(())[3]
('name', 'topic')
>>> at(((13, 24, "Organization"),))[3]  # the graph knows it as an organisation
('organization', 'topic')
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from kg.names import name_key

from .answer_types import particle_class
from .candidate_kinds import candidate_class
from .relative_years import year_alone
from .spans import NOMINAL, Span, Token, mention_spans, span_candidates

__all__ = ["CONTENT", "VAGUE", "SpanFacts", "bucket", "sentence_facts", "token_key"]

# morphemes whose forms carry what a question is about
CONTENT = frozenset({"NNG", "NNP", "SL", "SN", "SH", "VV", "VA", "XR", "NR"})
# nouns too vague to be an answer by themselves ("것", "등")
VAGUE = frozenset({"것", "수", "등", "때", "중", "데", "바", "뿐", "듯", "이", "그", "점", "측"})
_FLAGS = ("genitive", "coordination", "bracket", "mid_word", "quoted")
_LEN = {b: f"len={b}" for b in ("1", "2", "3", "5", "8", "8+")}  # one string each, shared


def token_key(t: Token) -> str:
    return t.form.casefold()


def bucket(n: int, edges=(1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


@dataclass(frozen=True)
class SpanFacts:
    """One candidate span and what no question changes about it."""

    span: Span
    tokens: tuple[Token, ...]  # its morphemes
    content: tuple[str, ...]  # the keys of its content morphemes
    key: str  # its words without spaces (the same words elsewhere count as a repeat)
    name: str  # its kg.names.name_key (a name the question uses is no answer)
    shape: tuple[tuple[str, float], ...]  # its length, characters and flags as features
    vague: bool  # starts or ends on a vague noun ("것", "등")
    cls: str  # answer_types.candidate_class with the entity type written at it
    particle: str  # the class of what follows it ("space" when a word of its own follows)
    next_form: str | None  # the morpheme right after it
    forms: tuple[str, ...]  # its morphemes' forms
    cut_right: bool  # a noun of the next word runs on ("2024년" of "2024년 3월")
    cut_left: bool  # a noun of the word before runs into it


def _facts(text: str, toks: tuple[Token, ...], s: Span, entity_type: str) -> SpanFacts:
    ctoks = toks[s.first : s.last + 1]
    shape = [(_LEN[bucket(len(ctoks))], 1.0), ("chars_log", math.log1p(len(s.text)))]
    shape += [(flag, 1.0) for flag in _FLAGS if getattr(s, flag)]
    nxt = toks[s.last + 1] if s.last + 1 < len(toks) else None
    if nxt is not None and nxt.start > ctoks[-1].end and not nxt.tag.startswith("S"):
        pc = "space"
    else:
        pc = particle_class(nxt)
    prv = toks[s.first - 1] if s.first > 0 else None
    return SpanFacts(
        span=s,
        tokens=ctoks,
        content=tuple(token_key(t) for t in ctoks if t.tag in CONTENT),
        key=s.text.replace(" ", ""),
        name=name_key(s.text),
        shape=tuple(shape),
        vague=ctoks[-1].form in VAGUE or ctoks[0].form in VAGUE,
        cls="date" if year_alone(ctoks, nxt) else candidate_class(list(ctoks), entity_type),
        particle=pc,
        next_form=nxt.form if nxt is not None else None,
        forms=tuple(t.form for t in ctoks),
        cut_right=nxt is not None and nxt.tag in NOMINAL and nxt.start > ctoks[-1].end,
        cut_left=prv is not None and prv.tag in NOMINAL and prv.end < ctoks[0].start,
    )


@functools.lru_cache(maxsize=1024)  # ~30 kB a sentence: ~30 MB kept at most
def sentence_facts(
    text: str, tokens: tuple[Token, ...], typed: tuple[tuple[int, int, str], ...]
) -> tuple[SpanFacts, ...]:
    """Every candidate span of a sentence with its facts; ``typed`` are the (start, end, type)
    of the knowledge graph's mentions in it (a mention's type decides a span's class)."""
    types = {(a, b): t for a, b, t in typed}
    spans = span_candidates(text, list(tokens))
    spans += mention_spans(text, list(tokens), list(types), spans)
    return tuple(_facts(text, tokens, s, types.get((s.start, s.end), "")) for s in spans)
