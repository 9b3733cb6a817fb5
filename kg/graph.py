"""The knowledge graph: entity nodes and relation edges, plus the lexical layer (document ->
sentence -> entity MENTIONS) that leads every fact back to its text."""

from __future__ import annotations

import networkx as nx

from .model import Document
from .resolve import Extraction

__all__ = ["build_graph"]


def build_graph(
    extraction: Extraction, documents: list[Document] = (), lexical: bool = True
) -> nx.MultiDiGraph:
    """One MultiDiGraph; relation edges are keyed by their type.

    >>> from kg import analyze_document, resolve
    >>> g = build_graph(resolve([analyze_document("d", "업스테이지(Upstage)는 Solar를 개발했다.")]))
    >>> list(g.edges("upstage", keys=True))
    [('upstage', 'solar', 'DEVELOPED')]
    """
    g = nx.MultiDiGraph()
    for e in extraction.entities.values():
        g.add_node(
            e.id,
            kind="entity",
            name=e.name,
            type=e.type,
            aliases=list(e.aliases),
            mentions=e.mentions,
            roles=list(e.roles),
            merges=list(e.merges),
        )
    for r in extraction.relations:
        g.add_edge(
            r.subject,
            r.object,
            key=r.type,
            type=r.type,
            confidence=r.confidence,
            evidence=[ev.to_dict() for ev in r.evidence],
            **({"role": r.role} if r.role else {}),
        )
    if lexical:
        for d in documents:
            g.add_node(f"doc:{d.id}", kind="document", doc_id=d.id, title=d.title)
        for s in extraction.sentences.values():
            sid = f"sent:{s.id}"
            g.add_node(sid, kind="sentence", sentence_id=s.id, doc_id=s.doc_id, text=s.text)
            if g.has_node(f"doc:{s.doc_id}"):
                g.add_edge(f"doc:{s.doc_id}", sid, key="HAS_SENTENCE", type="HAS_SENTENCE")
            for eid, _start, _end in extraction.sentence_entities.get(s.id, []):
                if not g.has_edge(sid, eid, key="MENTIONS"):
                    g.add_edge(sid, eid, key="MENTIONS", type="MENTIONS")
    return g
