"""The next snapshot of a knowledge base, made from the previous one at a cost proportional to
the documents the store's change log names, not to the knowledge base.

The resolution is updated by ``kg.resolve.Resolution`` (only the entities the documents touch),
BM25 postings of their terms are replaced, their vectors are added to and removed from the FAISS
index in place, the entity graph is copied on write (``entity_graph``).  A changed document's
sentences get new positions at the end of the lineage and its old ones die; when too many
positions are dead, or the change log cannot say what changed, ``NeedsFullLoad`` says to load
the revision from scratch (``snapshot.load_snapshot``).
"""

from __future__ import annotations

import bisect
from pathlib import Path

import numpy as np

from kg.resolve import Extraction, ResolutionChange

from .entity_graph import changed_graph
from .question_links import PartialNames, partial_names
from .snapshot import Lineage, NeedsFullLoad, Snapshot, fresh_analyses, split_terms
from .snapshot_vectors import Row, stored_matrix
from .store import Store

__all__ = ["DEAD_FRACTION", "next_snapshot"]

#: when this share of positions is dead, the next snapshot is loaded from scratch (compaction)
DEAD_FRACTION = 0.5


def next_snapshot(snap: Snapshot, store: Store) -> Snapshot:
    """The store's current revision, made from ``snap`` by applying only the documents changed
    since (the change log says which).  Raises ``NeedsFullLoad`` when that cannot be done."""
    lineage = snap.lineage
    if lineage.broken:
        raise NeedsFullLoad("an earlier change failed half way")
    if not lineage.vectors.changeable:
        raise NeedsFullLoad(f"a {lineage.vectors.kind} index is built again, not changed")
    embedder = snap.embedder
    with store.reading():
        revision = store.revision()
        if revision == snap.revision:
            return snap
        changed = store.changes_since(snap.revision)
        if changed is None:
            raise NeedsFullLoad("the change log does not reach back to this revision")
        docs = store.documents_of(sorted(changed))
        analyses = list(fresh_analyses(store, store.analyses_of(sorted(changed))))
        rows = store.sentences_of(sorted(changed))
        cached = store.cached_vectors(embedder.id, list({r[5] for r in rows}))
    dead = sum(len(snap.doc_slots.get(d, ())) for d in changed)
    if (snap.size - snap.sentence_count + dead) > DEAD_FRACTION * max(snap.size, 1000):
        raise NeedsFullLoad("too many dead positions")
    try:
        return _apply(snap, revision, changed, docs, analyses, rows, cached, store.path.parent)
    except BaseException:
        lineage.broken = True
        raise


def _apply(snap, revision, changed, docs, analyses, rows, cached, store_dir: Path) -> Snapshot:
    """The next snapshot: the changed documents' old sentences die, their new ones are appended
    to the lineage and every index is changed by the difference."""
    lineage = snap.lineage
    embedder = snap.embedder
    before = snap.extraction
    extraction = lineage.resolution.update(
        analyses, removed=[d for d in changed if d not in {a.doc_id for a in analyses}]
    )
    change = lineage.resolution.last_change
    removed, removed_docs = _dying(snap, changed)
    matrix = stored_matrix(cached, rows, embedder, store_dir)
    rowids = np.array([r[0] for r in rows], dtype=np.int64)
    new_slots: dict[str, list[int]] = {}
    new_slot_of: dict[str, int] = {}
    added, added_docs = _append(lineage, rows, rowids, matrix, new_slots, new_slot_of)
    doc_slots = snap.doc_slots.changed(new_slots, gone=changed)
    doc_slot_of = snap.doc_slot_of.changed(new_slot_of, gone=changed)
    lineage.vectors.remove(int(snap.rowids[pos]) for pos in removed)
    lineage.vectors.add(matrix, rowids)
    size = lineage.rowids.size
    alive = np.zeros(size, dtype=bool)
    alive[: snap.size] = snap.alive
    alive[list(removed)] = False
    alive[snap.size :] = True
    return Snapshot(
        revision=revision,
        generation=snap.generation,
        embedder=embedder,
        extraction=extraction,
        entity_graph=changed_graph(snap.entity_graph, extraction, change),
        documents=_documents_changed(snap.documents, changed, docs),
        doc_slots=doc_slots,
        doc_slot_of=doc_slot_of,
        size=size,
        alive=alive,
        sentence_count=snap.sentence_count - len(removed) + len(rows),
        rowids=lineage.rowids.view(),
        sentence_ids=lineage.sentence_ids,
        doc_ids=lineage.doc_ids,
        texts=lineage.texts,
        bm25=snap.bm25.changed(removed, added),
        doc_bm25=snap.doc_bm25.changed(removed_docs, added_docs),
        vectors=lineage.vectors.view(),
        matrix=lineage.matrix.view(),
        doc_of=lineage.doc_of.view(),
        doc_positions=lineage.doc_positions,
        partial_names=_partial_names_changed(snap.partial_names, before, extraction, change),
        lineage=lineage,
    )


def _dying(snap: Snapshot, changed: set[str]) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """The positions of the changed documents' old sentences with their BM25 terms, and the
    document slots of those documents with all their terms."""
    lineage = snap.lineage
    removed = {
        pos: split_terms(lineage.terms[pos]) for d in changed for pos in snap.doc_slots.get(d, ())
    }
    removed_docs = {
        snap.doc_slot_of[d]: [t for pos in snap.doc_slots[d] for t in removed[pos]]
        for d in changed
        if d in snap.doc_slot_of
    }
    return removed, removed_docs


def _append(
    lineage: Lineage,
    rows: list[Row],
    rowids: np.ndarray,
    matrix: np.ndarray,
    doc_slots: dict[str, list[int]],
    doc_slot_of: dict[str, int],
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Append the changed documents' sentences to the lineage at new positions (``doc_slots``
    and ``doc_slot_of`` get the changed documents' new ones); returns the new positions and the
    document slots that grew, with their BM25 terms."""
    start = lineage.rowids.size
    added: dict[int, list[str]] = {}
    added_docs: dict[int, list[str]] = {}
    doc_of = []
    for i, r in enumerate(rows):
        pos = start + i
        terms = split_terms(r[4])
        lineage.sentence_ids.append(r[1])
        lineage.doc_ids.append(r[2])
        lineage.texts.append(r[3])
        lineage.terms.append(r[4])
        if r[2] not in doc_slot_of:
            doc_slot_of[r[2]] = len(lineage.doc_positions)
            lineage.doc_positions.append([])
        d = doc_slot_of[r[2]]
        lineage.doc_positions[d].append(pos)
        added_docs.setdefault(d, []).extend(terms)
        doc_slots.setdefault(r[2], []).append(pos)
        doc_of.append(d)
        added[pos] = terms
    lineage.rowids.extend(rowids)
    lineage.matrix.extend(matrix)
    lineage.doc_of.extend(np.array(doc_of, dtype=np.int64))
    return added, added_docs


def _documents_changed(documents, changed: set[str], docs) -> list[tuple[str, str, str]]:
    """The (id, title, source) list by id, with the changed documents replaced or gone (found
    by bisection: a list copy is a C loop, a filtering comprehension is not)."""
    out = list(documents)
    for doc_id in changed:
        i = bisect.bisect_left(out, (doc_id,))
        if i < len(out) and out[i][0] == doc_id:
            del out[i]
    for row in docs:
        bisect.insort(out, tuple(row))
    return out


def _partial_names_changed(
    partial: PartialNames, before: Extraction, after: Extraction, change: ResolutionChange
) -> PartialNames:
    """The partial-name index with the changed entities' names taken out and put back."""
    gone = {eid: before.entities[eid] for eid in change.entities if eid in before.entities}
    new = {eid: after.entities[eid] for eid in change.entities if eid in after.entities}
    old_index = partial_names(Extraction(entities=gone))
    new_index = partial_names(Extraction(entities=new))
    tables = []
    for table, old_part, new_part in zip(partial, old_index, new_index):
        table = dict(table)
        for key, ids in old_part.items():
            table[key] = table[key] - ids
            if not table[key]:
                del table[key]
        for key, ids in new_part.items():
            table[key] = table.get(key, set()) | ids
        tables.append(table)
    return PartialNames(*tables)
