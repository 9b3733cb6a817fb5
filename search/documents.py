"""The documents a knowledge base holds, as people look at them: a list with sizes and counts,
and one document with its sentences (ids and offsets) and the entities each one mentions.

Counts and sentences come from the snapshot a reader holds; the date added and the text come
from the store, which keeps them.
"""

from __future__ import annotations

from collections import Counter

from .results import DocumentSummary, DocumentView
from .snapshot import Snapshot
from .store import Store

__all__ = ["document_list", "document_view"]


def _iso(sqlite_time: str | None) -> str:
    """SQLite's UTC 'YYYY-MM-DD HH:MM:SS' as ISO 8601 ('2025-01-31T09:00:00Z')."""
    return sqlite_time.replace(" ", "T") + "Z" if sqlite_time else ""


def _sentences_by_doc(snap: Snapshot) -> dict[str, list]:
    out: dict[str, list] = {}
    for s in snap.extraction.sentences.values():
        out.setdefault(s.doc_id, []).append(s)
    for sents in out.values():
        sents.sort(key=lambda s: s.index)
    return out


def document_list(snap: Snapshot, store: Store) -> list[DocumentSummary]:
    """Every document: ``id``, ``title``, ``source``, ``added`` (ISO 8601, UTC), ``chars`` (its
    text's length), ``sentences`` and ``entities`` (how many it holds and names), by id."""
    info = {row[0]: row for row in store.document_info()}
    by_doc = _sentences_by_doc(snap)
    mentions = snap.extraction.sentence_entities
    out = []
    for doc_id, title, source in snap.documents:
        sents = by_doc.get(doc_id, [])
        entities = {eid for s in sents for eid, _, _ in mentions.get(s.id, [])}
        row = info.get(doc_id)
        out.append(
            {
                "id": doc_id,
                "title": title or doc_id,
                "source": source,
                "added": _iso(row[3] if row else None),
                "chars": int(row[4] or 0) if row else 0,
                "sentences": len(sents),
                "entities": len(entities),
            }
        )
    return out


def document_view(snap: Snapshot, store: Store, doc_id: str) -> dict | None:
    """One document: its ``text`` and ``sentences``, each with ``id``, ``index``,
    ``paragraph``, ``start``/``end`` (offsets in ``text``) and ``entities`` (mentions with
    ``start``/``end`` inside the sentence, as in a Hit); ``entities`` lists what it names with
    how often.  None when the knowledge base holds no such document."""
    listed = next((d for d in snap.documents if d[0] == doc_id), None)
    text = store.document_text(doc_id)
    if listed is None or text is None:
        return None
    entities = snap.extraction.entities
    sentences, counts = [], Counter()
    for s in _sentences_by_doc(snap).get(doc_id, []):
        found = []
        for eid, start, end in snap.extraction.sentence_entities.get(s.id, []):
            e = entities.get(eid)
            if e is None:
                continue
            found.append({"id": e.id, "name": e.name, "type": e.type, "start": start, "end": end})
            counts[e.id] += 1
        sentences.append(
            {
                "id": s.id,
                "index": s.index,
                "paragraph": s.paragraph,
                "start": s.start,
                "end": s.start + len(s.text),
                "text": s.text,
                "entities": found,
            }
        )
    row = next(iter(store.document_info(doc_id)), None)
    view = {
        "id": doc_id,
        "title": listed[1] or doc_id,
        "source": listed[2],
        "added": _iso(row[3] if row else None),
        "chars": len(text),
        "text": text,
        "sentences": sentences,
        "entities": [
            {**entities[eid].summary(), "mentions": n}
            for eid, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
    }
    return DocumentView.model_validate(view).to_dict()  # the shape is DocumentView's
