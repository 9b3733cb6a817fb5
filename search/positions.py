"""Views of a snapshot's sentences by position, worked out on first use: which position a FAISS
id or a sentence id is at, which entities a position's sentence (and the sentences just before it)
mention, and which positions state a relation of an entity; and the index terms of each
document's title.

They read the snapshot's append-only per-position data and never copy it, so a snapshot can
offer them for the cost of a few references.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterator, Mapping, Sequence

import numpy as np

from kg.resolve import Extraction

from .lexical import terms

__all__ = [
    "ContextEntities",
    "EntitiesAt",
    "EvidenceOf",
    "PositionOfRowid",
    "PositionOfSentence",
    "TitleTerms",
]


class PositionOfRowid(Mapping):
    """FAISS id -> position, for the ids alive in the snapshot."""

    def __init__(self, rowids: np.ndarray, alive: np.ndarray):
        self._rowids, self._alive = rowids, alive  # rowids increase with position

    def __getitem__(self, rowid: int) -> int:
        pos = int(np.searchsorted(self._rowids, rowid))
        if pos < len(self._rowids) and self._rowids[pos] == rowid and self._alive[pos]:
            return pos
        raise KeyError(rowid)

    def __contains__(self, rowid) -> bool:
        try:
            self[rowid]
        except (KeyError, TypeError):
            return False
        return True

    def __iter__(self) -> Iterator[int]:
        return (int(r) for r, a in zip(self._rowids, self._alive) if a)

    def __len__(self) -> int:
        return int(self._alive.sum())


class PositionOfSentence(Mapping):
    """Sentence id -> position (a sentence id ends in its index in its document)."""

    def __init__(self, doc_slots: dict[str, list[int]], sentence_ids: Sequence[str]):
        self._doc_slots, self._sentence_ids = doc_slots, sentence_ids

    def __getitem__(self, sentence_id: str) -> int:
        doc, _, index = sentence_id.rpartition("#")
        slots = self._doc_slots.get(doc, ())
        if index.isdigit() and int(index) < len(slots):
            pos = slots[int(index)]
            if self._sentence_ids[pos] == sentence_id:
                return pos
        for pos in slots:
            if self._sentence_ids[pos] == sentence_id:
                return pos
        raise KeyError(sentence_id)

    def __iter__(self) -> Iterator[str]:
        for slots in self._doc_slots.values():
            for pos in slots:
                yield self._sentence_ids[pos]

    def __len__(self) -> int:
        return sum(len(s) for s in self._doc_slots.values())


class EvidenceOf(Mapping):
    """(entity id, relation type) -> positions of the sentences that state such a relation."""

    def __init__(self, extraction: Extraction, pos_of_sentence: Mapping[str, int]):
        self._ex, self._pos = extraction, pos_of_sentence
        self._cache: dict[tuple[str, str], set[int]] = {}

    @functools.cached_property
    def _relations_at(self) -> dict[tuple[str, str], list]:
        out: dict[tuple[str, str], list] = {}
        for rel in self._ex.relations:
            for eid in {rel.subject, rel.object}:
                out.setdefault((eid, rel.type), []).append(rel)
        return out

    def __getitem__(self, key: tuple[str, str]) -> set[int]:
        if key not in self._cache:
            rels = self._relations_at.get(key)
            if not rels:
                raise KeyError(key)
            found = {self._pos.get(ev.sentence_id) for rel in rels for ev in rel.evidence}
            self._cache[key] = found - {None}
        return self._cache[key]

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._relations_at)

    def __len__(self) -> int:
        return len(self._relations_at)


class EntitiesAt(Sequence):
    """Position -> ids of the entities its sentence mentions."""

    def __init__(self, extraction: Extraction, sentence_ids: Sequence[str]):
        self._ex, self._sentence_ids = extraction, sentence_ids

    def __getitem__(self, pos: int) -> set[str]:
        sid = self._sentence_ids[pos]
        return {e for e, _, _ in self._ex.sentence_entities.get(sid, [])}

    def __len__(self) -> int:
        return len(self._sentence_ids)


class ContextEntities(Sequence):
    """Position -> entities the up to three sentences before it in its paragraph mention."""

    def __init__(self, extraction, sentence_ids, doc_ids, entities_at: EntitiesAt):
        self._ex, self._sids, self._docs, self._at = extraction, sentence_ids, doc_ids, entities_at

    def __getitem__(self, pos: int) -> set[str]:
        s = self._ex.sentences.get(self._sids[pos])
        ctx: set[str] = set()
        if s is None:
            return ctx
        for j in range(pos - 1, max(-1, pos - 4), -1):
            if self._docs[j] != s.doc_id:
                break
            prev = self._ex.sentences.get(self._sids[j])
            if prev is None or prev.paragraph != s.paragraph:
                break
            ctx |= self._at[j]
        return ctx

    def __len__(self) -> int:
        return len(self._sids)


class TitleTerms(Mapping):
    """Document id -> the index terms (lexical.terms) of its title, analysed on first use of each
    document (a search reads the few documents of its candidates).  ``documents`` are the
    snapshot's (id, title, source), sorted by id."""

    def __init__(self, documents: Sequence[tuple[str, str, str]]):
        self._documents, self._terms = documents, {}

    def __getitem__(self, doc_id: str) -> frozenset[str]:
        if doc_id not in self._terms:
            i = bisect.bisect_left(self._documents, (doc_id,))
            if i == len(self._documents) or self._documents[i][0] != doc_id:
                raise KeyError(doc_id)
            self._terms[doc_id] = frozenset(terms(self._documents[i][1] or ""))
        return self._terms[doc_id]

    def __iter__(self) -> Iterator[str]:
        return (d for d, _, _ in self._documents)

    def __len__(self) -> int:
        return len(self._documents)
