"""Graph queries: free functions over the knowledge graph that return plain values.

>>> from kg import analyze_document, resolve, build_graph
>>> g = build_graph(resolve([analyze_document("d", "Upstage는 Solar를 개발했다. Google은 Upstage에 투자했다.")]))
>>> [(r["type"], r["other"]) for r in relations(g, "upstage")]
[('DEVELOPED', 'solar'), ('INVESTED_IN', 'google')]
>>> [hop["type"] for hop in shortest_path(g, "google", "solar")]
['INVESTED_IN', 'DEVELOPED']
"""

from __future__ import annotations

import itertools

import networkx as nx

__all__ = ["communities", "entity_graph", "neighbourhood", "relations", "shortest_path"]


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


def _entity_neighbours(g: nx.MultiDiGraph, n: str):
    """Entities linked to n by a relation in either direction (no scan of the whole graph)."""
    nodes = g.nodes
    for m in g.succ[n]:
        if nodes[m].get("kind") == "entity":
            yield m
    for m in g.pred[n]:
        if nodes[m].get("kind") == "entity":
            yield m


def _check(g: nx.MultiDiGraph, *ids: str) -> None:
    for n in ids:
        if n not in g or g.nodes[n].get("kind") != "entity":
            raise KeyError(n)


def neighbourhood(g: nx.MultiDiGraph, entity_id: str, depth: int = 1) -> nx.MultiDiGraph:
    """Entities within ``depth`` hops of one entity, either direction, with their relations."""
    _check(g, entity_id)
    seen, frontier = {entity_id}, [entity_id]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            for m in _entity_neighbours(g, n):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return g.subgraph(seen).copy()


def shortest_path(g: nx.MultiDiGraph, source: str, target: str) -> list[dict]:
    """The fewest relation hops from one entity to another (edges read in either direction),
    each hop with its relation and evidence: [{from, to, type, direction, evidence}].
    Raises nx.NetworkXNoPath when they are not connected."""
    _check(g, source, target)
    # bidirectional breadth-first search: grow the smaller frontier until they meet
    fwd, back = {source: None}, {target: None}
    f_front, b_front = [source], [target]
    meet = source if source == target else None
    while meet is None and f_front and b_front:
        grow_fwd = len(f_front) <= len(b_front)
        front, seen, other = (f_front, fwd, back) if grow_fwd else (b_front, back, fwd)
        nxt = []
        for n in front:
            for m in _entity_neighbours(g, n):
                if m not in seen:
                    seen[m] = n
                    nxt.append(m)
                    if m in other:
                        meet = m
                        break
            if meet is not None:
                break
        if grow_fwd:
            f_front = nxt
        else:
            b_front = nxt
    if meet is None:
        raise nx.NetworkXNoPath(f"no relation path from {source} to {target}")
    nodes = [meet]
    while fwd[nodes[0]] is not None:
        nodes.insert(0, fwd[nodes[0]])
    while back[nodes[-1]] is not None:
        nodes.append(back[nodes[-1]])
    hops = []
    for a, b in itertools.pairwise(nodes):
        if g.has_edge(a, b):
            key, d = _best_edge(g, a, b)
            hops.append(
                {
                    "from": a,
                    "to": b,
                    "type": key,
                    "direction": "out",
                    "evidence": d.get("evidence", []),
                }
            )
        else:
            key, d = _best_edge(g, b, a)
            hops.append(
                {
                    "from": a,
                    "to": b,
                    "type": key,
                    "direction": "in",
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
