"""The sentences an answer is read from: the best hits, the first sentence of their paragraph
and their neighbours, each with its Kiwi morphemes and entity mentions; and the sentences
before one in its paragraph, where what a later sentence leaves unsaid is written."""

from __future__ import annotations

import functools
from collections.abc import Iterator

from kg.kiwi import kiwi

from .reader import Passage
from .results import Hit
from .spans import Token, tokens_of

__all__ = ["earlier_in_paragraph", "passage_at", "passages_from_hits", "sentence_tokens"]


@functools.lru_cache(maxsize=65536)
def sentence_tokens(text: str) -> tuple[Token, ...]:
    """Kiwi morphemes of a sentence, kept for the sentences read again and again."""
    return tuple(tokens_of(kiwi().tokenize(text)))


def passage_at(snap, sid: str, rank: int, score: float, neighbour: bool = False) -> Passage:
    """The sentence ``sid`` of a snapshot as a passage to read, with its entity mentions."""
    ex = snap.extraction
    text = snap.texts[snap.pos_of_sentence[sid]]
    ents = []
    for eid, start, end in ex.sentence_entities.get(sid, []):
        e = ex.entities.get(eid)
        if e is not None:
            ents.append({"id": e.id, "name": e.name, "type": e.type, "start": start, "end": end})
    return Passage(sid, text, list(sentence_tokens(text)), rank, score, neighbour, ents)


def _positions_before(snap, sid: str) -> Iterator[int]:
    """The positions of the sentences before ``sid`` in its paragraph, nearest first."""
    ex = snap.extraction
    pos, s = snap.pos_of_sentence.get(sid), ex.sentences.get(sid)
    while pos is not None and s is not None and pos > 0:
        if snap.doc_ids[pos - 1] != snap.doc_ids[pos]:
            return
        pos -= 1
        o = ex.sentences.get(snap.sentence_ids[pos])
        if o is None or o.paragraph != s.paragraph:
            return
        yield pos


def earlier_in_paragraph(snap, sid: str) -> Iterator[Passage]:
    """The sentences before ``sid`` in its paragraph, nearest first."""
    for pos in _positions_before(snap, sid):
        yield passage_at(snap, snap.sentence_ids[pos], 0, 0.0)


def passages_from_hits(
    snap, hits: list[Hit], n: int = 5, neighbours: int = 1, leads: int = 3
) -> list[Passage]:
    """The first ``n`` hits as passages to read, the first sentence of the paragraph of each
    of the first ``leads`` hits, and the sentences right before and after the first
    ``neighbours`` hits in their paragraph (a question often names what the previous sentence
    names, and the answer follows: "그는 ..."). ``snap`` is a knowledge base snapshot
    (``pos_of_sentence``, ``sentence_ids``, ``doc_ids``, ``texts``, ``extraction``)."""
    ex = snap.extraction
    out: list[Passage] = []
    taken: set[str] = set()

    def passage(sid: str, rank: int, score: float, neighbour: bool) -> Passage:
        return passage_at(snap, sid, rank, score, neighbour)

    for rank, h in enumerate(hits[:n]):
        if h.sentence_id in snap.pos_of_sentence and h.sentence_id not in taken:
            taken.add(h.sentence_id)
            out.append(passage(h.sentence_id, rank, h.score, False))
    for rank, h in enumerate(hits[:leads]):
        # the paragraph's first sentence says what a later "그는", "이 회사는" stands for
        first = min(_positions_before(snap, h.sentence_id), default=None)
        if first is None:
            continue
        sid = snap.sentence_ids[first]
        if sid not in taken:
            taken.add(sid)
            p = passage(sid, rank, h.score, True)
            p.lead = True
            out.append(p)
    for rank, h in enumerate(hits[:neighbours]):
        pos = snap.pos_of_sentence.get(h.sentence_id)
        if pos is None:
            continue
        s = ex.sentences.get(h.sentence_id)
        for other in (pos - 1, pos + 1):
            if not 0 <= other < len(snap.sentence_ids):
                continue
            sid = snap.sentence_ids[other]
            o = ex.sentences.get(sid)
            if sid in taken or snap.doc_ids[other] != snap.doc_ids[pos]:
                continue
            if s is not None and o is not None and o.paragraph != s.paragraph:
                continue
            taken.add(sid)
            out.append(passage(sid, rank, h.score, True))
    return out
