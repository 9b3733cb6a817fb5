"""Graph queries: free functions over the knowledge graph that return plain values.

>>> from kg import analyze_document, resolve, build_graph
>>> g = build_graph(resolve([analyze_document("d", "업스테이지(Upstage)는 Solar를 개발했다. Google은 Upstage에 투자했다.")]))
>>> [(r["type"], r["other"]) for r in relations(g, "upstage")]
[('DEVELOPED', 'solar'), ('INVESTED_IN', 'google')]
>>> [hop["type"] for hop in shortest_path(g, "google", "solar")]
['INVESTED_IN', 'DEVELOPED']
"""

from __future__ import annotations

import itertools

import networkx as nx

__all__ = [
    "communities",
    "document_graph",
    "entity_graph",
    "neighbourhood",
    "relations",
    "shortest_path",
]


def entity_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The entity layer only: entity nodes and the relations between them (a view)."""
    return g.subgraph([n for n, d in g.nodes(data=True) if d.get("kind") == "entity"])


def relations(
    g: nx.MultiDiGraph, entity_id: str, type: str | None = None, direction: str = "both"
) -> list[dict]:
    """The relations at one entity: [{type, direction, other, confidence, evidence}], optionally
    of one type and one direction ('out', 'in' or 'both')."""
    if direction not in {"out", "in", "both"}:
        raise ValueError("direction must be 'out', 'in' or 'both'")
    _check(g, entity_id)
    out = []
    for side in ("out", "in"):
        if direction not in {side, "both"}:
            continue
        edges = (
            g.out_edges(entity_id, keys=True, data=True)
            if side == "out"
            else g.in_edges(entity_id, keys=True, data=True)
        )
        for u, v, key, d in edges:
            other = v if side == "out" else u
            if g.nodes[other].get("kind") == "entity":
                out.append(
                    {
                        "type": key,
                        "direction": side,
                        "other": other,
                        "confidence": d.get("confidence"),
                        "evidence": d.get("evidence", []),
                    }
                )
    if type is not None:
        out = [r for r in out if r["type"] == type]
    return sorted(out, key=lambda r: (r["type"], r["direction"], r["other"]))


def _check(g: nx.MultiDiGraph, *ids: str) -> None:
    for n in ids:
        if n not in g or g.nodes[n].get("kind") != "entity":
            raise KeyError(n)


def _relation_view(g: nx.MultiDiGraph) -> nx.MultiGraph:
    """The entities and their relations, edges read in either direction: a view, so that a
    query walks from its entity instead of copying or scanning the whole graph."""
    entities = nx.subgraph_view(g, filter_node=lambda n: g.nodes[n].get("kind") == "entity")
    return entities.to_undirected(as_view=True)


def neighbourhood(g: nx.MultiDiGraph, entity_id: str, depth: int = 1) -> nx.MultiDiGraph:
    """Entities within ``depth`` hops of one entity, either direction, with their relations."""
    _check(g, entity_id)
    near = nx.single_source_shortest_path_length(_relation_view(g), entity_id, cutoff=depth)
    return g.subgraph(near).copy()


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The fewest relation hops from one entity to another (edges read in either direction),
    each hop with its relation and evidence: [{from, to, type, direction, evidence}].
    Raises nx.NetworkXNoPath when they are not connected.  Among equally short paths,
    networkx's bidirectional search picks one; which one may differ between processes (it
    walks an undirected view whose neighbour order follows Python's string hashing)."""
    _check(g, source, target)
    try:
        nodes = nx.bidirectional_shortest_path(_relation_view(g), source, target)
    except nx.NetworkXNoPath:
        raise nx.NetworkXNoPath(f"no relation path from {source} to {target}") from None
    hops = []
    for a, b in itertools.pairwise(nodes):
        direction = "out" if g.has_edge(a, b) else "in"
        key, d = _best_edge(g, a, b) if direction == "out" else _best_edge(g, b, a)
        hops.append(
            {
                "from": a,
                "to": b,
                "type": key,
                "direction": direction,
                "evidence": d.get("evidence", []),
            }
        )
    return hops


def _best_edge(g, a, b):
    edges = g.get_edge_data(a, b)
    key = max(edges, key=lambda k: (edges[k].get("confidence") or 0, k))
    return key, edges[key]


def communities(g: nx.MultiDiGraph, seed: int = 0) -> list[list[str]]:
    """Topic clusters of entities (Louvain on the undirected relation graph, deterministic
    for a seed), largest first; entities without relations are left out."""
    eg = entity_graph(g)
    simple = nx.Graph()
    for u, v, d in eg.edges(data=True):
        w = d.get("confidence") or 0.5
        if simple.has_edge(u, v):
            simple[u][v]["weight"] += w
        else:
            simple.add_edge(u, v, weight=w)
    if not simple.number_of_edges():
        return []
    parts = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p))


def document_graph(g: nx.MultiDiGraph, doc_id: str) -> nx.MultiDiGraph:
    """The entities one document mentions and the relations its sentences state, found through
    the lexical layer (document -> sentences -> mentioned entities).  Empty for an unknown id.

    >>> from kg import analyze_document, resolve, build_graph
    >>> from kg.model import Document
    >>> a = analyze_document("d1", "업스테이지(Upstage)는 Solar를 개발했다.")
    >>> b = analyze_document("d2", "Google은 Gemini를 개발했다.")
    >>> g = build_graph(resolve([a, b]), [Document("d1", "", "", ""), Document("d2", "", "", "")])
    >>> sorted(document_graph(g, "d1").edges(keys=True))
    [('upstage', 'solar', 'DEVELOPED')]
    """
    doc_node = f"doc:{doc_id}"
    if doc_node not in g:
        return nx.MultiDiGraph()
    sentences = {s for _, s, k in g.out_edges(doc_node, keys=True) if k == "HAS_SENTENCE"}
    sentence_ids = {g.nodes[s].get("sentence_id") for s in sentences}
    entities = {
        e
        for s in sentences
        for _, e, k in g.out_edges(s, keys=True)
        if k == "MENTIONS" and g.nodes[e].get("kind") == "entity"
    }
    out = nx.MultiDiGraph()
    out.add_nodes_from((e, g.nodes[e]) for e in entities)
    for u, v, k, d in g.subgraph(entities).edges(keys=True, data=True):
        if any(ev.get("sentence_id") in sentence_ids for ev in d.get("evidence", [])):
            out.add_edge(u, v, key=k, **d)
    return out
