"""Graph exports: node-link JSON (with ``edges``), GraphML (attributes flattened to strings) and
Cypher (idempotent MERGE statements for Neo4j)."""

from __future__ import annotations

import io
import json

import networkx as nx

__all__ = [
    "FORMATS",
    "SCHEMA_VERSION",
    "export_graph",
    "from_json",
    "to_cypher",
    "to_graphml",
    "to_json",
]

SCHEMA_VERSION = 1
FORMATS = ("json", "graphml", "cypher")


def to_json(g: nx.MultiDiGraph) -> str:
    data = nx.node_link_data(g, edges="edges")
    data["schema_version"] = SCHEMA_VERSION
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=False)


def from_json(text: str) -> nx.MultiDiGraph:
    data = json.loads(text)
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ValueError(
            f"graph export has schema_version {data.get('schema_version')!r}; "
            f"this version reads {SCHEMA_VERSION}"
        )
    data = {k: v for k, v in data.items() if k != "schema_version"}
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def _flat(value):
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, ensure_ascii=False)


def to_graphml(g: nx.MultiDiGraph) -> str:
    flat = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        flat.add_node(n, **{k: _flat(v) for k, v in d.items() if v is not None})
    for u, v, k, d in g.edges(keys=True, data=True):
        flat.add_edge(u, v, key=k, **{a: _flat(b) for a, b in d.items() if b is not None})
    buf = io.BytesIO()
    nx.write_graphml(flat, buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _cypher_str(value) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def _label(kind: str, type_: str) -> str:
    if kind == "entity":
        return "Entity:" + "".join(ch for ch in type_ if ch.isalnum())
    return kind.capitalize() or "Node"


def to_cypher(g: nx.MultiDiGraph) -> str:
    """One statement per line; MERGE by id so that running the file twice changes nothing."""
    lines = []
    for n, d in g.nodes(data=True):
        props = ", ".join(
            f"n.{k} = {_cypher_str(v)}"
            for k, v in sorted(d.items())
            if k not in {"id"} and v not in (None, [], {})
        )
        label = _label(d.get("kind", "entity"), d.get("type", ""))
        stmt = f"MERGE (n:{label} {{id: {_cypher_str(n)}}})"
        lines.append(stmt + (f" SET {props};" if props else ";"))
    for u, v, k, d in g.edges(keys=True, data=True):
        rel = "".join(ch for ch in str(k) if ch.isalnum() or ch == "_") or "RELATED"
        props = ", ".join(
            f"r.{a} = {_cypher_str(b)}"
            for a, b in sorted(d.items())
            if a != "type" and b not in (None, [], {})
        )
        stmt = (
            f"MATCH (a {{id: {_cypher_str(u)}}}), (b {{id: {_cypher_str(v)}}}) "
            f"MERGE (a)-[r:{rel}]->(b)"
        )
        lines.append(stmt + (f" SET {props};" if props else ";"))
    return "\n".join(lines) + "\n"


def export_graph(g: nx.MultiDiGraph, fmt: str) -> str:
    if fmt == "json":
        return to_json(g)
    if fmt == "graphml":
        return to_graphml(g)
    if fmt == "cypher":
        return to_cypher(g)
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
