"""What a snapshot holds, as plain data: counts (``stats``), the graph as an export document,
and everything at once (``to_dict``).  Each function reads the one snapshot it is given."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from kg import queries as graph_queries
from kg.export import FORMATS, export_graph

from .embedders import Embedder
from .errors import UnknownEntityError
from .results import Stats
from .snapshot import Snapshot

__all__ = ["counts", "export", "stats", "to_dict"]

MAX_EXPORT_DEPTH = 5


def counts(snap: Snapshot) -> dict[str, int]:
    """The counts a manifest records, without going over the entities."""
    ex = snap.extraction
    return {
        "documents": len(snap.documents),
        "sentences": snap.sentence_count,
        "entities": len(ex.entities),
        "relations": len(ex.relations),
    }


def stats(snap: Snapshot, embedder: Embedder) -> Stats:
    """Counts: documents, sentences, entities and relations (also by type), the vector index,
    and the embedder with the engine that runs it."""
    ex = snap.extraction
    by_type = Counter(e.type for e in ex.entities.values())
    rel_types = Counter(r.type for r in ex.relations)
    return Stats(
        documents=len(snap.documents),
        sentences=snap.sentence_count,
        entities=len(ex.entities),
        relations=len(ex.relations),
        entities_by_type=dict(sorted(by_type.items())),
        relations_by_type=dict(sorted(rel_types.items())),
        index_size=len(snap.vectors),
        index_kind=snap.vectors.kind,
        embedder=embedder.id,
        engine=embedder.engine,
        revision=snap.revision,
    )


def export(
    snap: Snapshot,
    fmt: str = "json",
    entity: str | None = None,
    depth: int = 1,
    document: str | None = None,
    lexical: bool = True,
) -> str:
    """The graph as json, graphml or cypher; with ``entity``, only its neighbourhood; with
    ``document``, only what that document names and states; without ``lexical``, only the
    entities and their relations (no document and sentence nodes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if document is not None:
        g = graph_queries.document_graph(snap.graph, document)
    elif entity is not None or not lexical:
        g = snap.entity_graph  # the lexical layer is built only when it is exported
    else:
        g = snap.graph
    if entity is not None:
        e = snap.extraction.entity_by_name(entity)
        if e is None:
            raise UnknownEntityError(f"no entity named {entity!r}")
        if not 0 <= int(depth) <= MAX_EXPORT_DEPTH:
            raise ValueError(f"depth must be between 0 and {MAX_EXPORT_DEPTH}")
        g = graph_queries.neighbourhood(g, e.id, int(depth)) if e.id in g else nx.MultiDiGraph()
    if not lexical:
        g = graph_queries.entity_graph(g)
    return export_graph(g, fmt)


def to_dict(snap: Snapshot, embedder: Embedder) -> dict:
    """Stats, every entity (as ``EntityView.to_dict``) and every relation with its evidence."""
    from .answering import entity_view  # not loaded by a build, which never exports

    ex = snap.extraction
    return {
        "stats": stats(snap, embedder).to_dict(),
        "entities": [entity_view(snap, eid).to_dict() for eid in ex.entities],
        "relations": [
            {
                "type": r.type,
                "subject": r.subject,
                "object": r.object,
                "confidence": r.confidence,
                "evidence": [ev.to_dict() for ev in r.evidence],
            }
            for r in ex.relations
        ],
    }
