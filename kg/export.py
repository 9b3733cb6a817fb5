"""Graph exports: node-link JSON (with ``edges``), GraphML (attributes flattened to strings) and
Cypher (idempotent statements for Neo4j 5: id constraints, MERGE by label and id, typed
properties)."""

from __future__ import annotations

import io
import json
import math
import re

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


# Neo4j stores strings, numbers, booleans and lists of one of them; maps and lists of maps
# are not property values.  A list of maps (a relation's evidence) becomes one list per key that
# every map holds as a scalar of one type (``evidence_sentence_id``, ``evidence_text``), and the
# other keys of each map, if any, JSON text under ``evidence_json``; any other value, JSON text
# under ``<name>_json``.
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# every character some reader takes for a line end (\r, \x0b, \x1c-\x1e, U+0085 NEL, U+2028,
# U+2029) and every other control character: escaped in strings, so that a statement is one line
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# one uniqueness constraint (and so one index) per node label that ids are merged on
_KIND_LABEL = {"entity": "Entity", "sentence": "Sentence", "document": "Document"}


def _cypher_str(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("'", "\\'")
    return "'" + _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "'"


def _cypher_name(name: str) -> str:
    """A label, relationship type or property key, quoted with backticks unless plain (a
    backtick name has no escapes: a control character in it becomes '_')."""
    if _IDENT.fullmatch(name):
        return name
    return "`" + _CONTROL.sub("_", name).replace("`", "``") + "`"


def _cypher_scalar(value) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # Cypher has no NaN/infinity literal, and its exponent takes no '+' (1e20, not 1e+20)
        return repr(value).replace("e+", "e") if math.isfinite(value) else None
    if isinstance(value, str):
        return _cypher_str(value)
    return None


def _cypher_list(values) -> str | None:
    """A list literal when every item is a scalar of one type, else None."""
    items = [_cypher_scalar(v) for v in values]
    if None in items or len({type(v) for v in values}) > 1:
        return None
    return "[" + ", ".join(items) + "]"


def _cypher_props(props: dict) -> str:
    """A Cypher map literal of typed property values, keys sorted (see the note above)."""
    out: dict[str, str] = {}
    for key, value in sorted(props.items()):
        if value is None or (isinstance(value, float) and not math.isfinite(value)):
            continue  # unset, as Cypher has no NaN or infinity literal
        literal = _cypher_scalar(value)
        if literal is None and isinstance(value, (list, tuple)):
            literal = _cypher_list(value)
        if literal is not None:
            out[key] = literal
            continue
        if value and isinstance(value, list) and all(isinstance(v, dict) for v in value):
            common = sorted(set.intersection(*(set(v) for v in value)))
            columns = {k: _cypher_list([v[k] for v in value]) for k in common}
            columns = {k: col for k, col in columns.items() if col is not None}
            out.update({f"{key}_{k}": col for k, col in columns.items()})
            rest = [{k: x for k, x in v.items() if k not in columns} for v in value]
            if any(rest):
                out[f"{key}_json"] = _cypher_str(json.dumps(rest, ensure_ascii=False))
            continue
        out[f"{key}_json"] = _cypher_str(json.dumps(value, ensure_ascii=False))
    return "{" + ", ".join(f"{_cypher_name(k)}: {v}" for k, v in sorted(out.items())) + "}"


def to_cypher(g: nx.MultiDiGraph) -> str:
    """Statements for Neo4j 5, one per line, idempotent: uniqueness constraints on ``id`` for
    each node label (``IF NOT EXISTS``), nodes merged by label and id, relations merged
    between nodes matched by label and id (an index lookup, not a scan), properties typed.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("upstage", kind="entity", name="업스테이지", type="Company", mentions=3)
    >>> g.add_node("solar", kind="entity", name="Solar", type="Model", mentions=2)
    >>> _ = g.add_edge("upstage", "solar", key="DEVELOPED", type="DEVELOPED", confidence=0.9)
    >>> print(to_cypher(g))  # doctest: +NORMALIZE_WHITESPACE
    CREATE CONSTRAINT kgsearch_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
    MERGE (n:Entity {id: 'upstage'}) SET n:Company, n += {kind: 'entity', mentions: 3, name: '업스테이지', type: 'Company'};
    MERGE (n:Entity {id: 'solar'}) SET n:Model, n += {kind: 'entity', mentions: 2, name: 'Solar', type: 'Model'};
    MATCH (a:Entity {id: 'upstage'}) MATCH (b:Entity {id: 'solar'}) MERGE (a)-[r:DEVELOPED]->(b) SET r += {confidence: 0.9};
    """
    label_of = {
        n: _cypher_name(_KIND_LABEL.get(d.get("kind", "entity")) or str(d["kind"]).capitalize())
        for n, d in g.nodes(data=True)
    }
    lines = [
        f"CREATE CONSTRAINT {_cypher_name('kgsearch_' + label.strip('`').lower() + '_id')} "
        f"IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        for label in sorted(set(label_of.values()))
    ]
    for n, d in g.nodes(data=True):
        sets = []
        if label_of[n] == "Entity" and d.get("type"):
            sets.append(f"n:{_cypher_name(str(d['type']))}")
        props = {k: v for k, v in d.items() if k != "id"}
        if props:
            sets.append(f"n += {_cypher_props(props)}")
        stmt = f"MERGE (n:{label_of[n]} {{id: {_cypher_str(str(n))}}})"
        lines.append(stmt + (" SET " + ", ".join(sets) if sets else "") + ";")
    for u, v, k, d in g.edges(keys=True, data=True):
        props = {a: b for a, b in d.items() if a != "type"}
        stmt = (
            f"MATCH (a:{label_of[u]} {{id: {_cypher_str(str(u))}}}) "
            f"MATCH (b:{label_of[v]} {{id: {_cypher_str(str(v))}}}) "
            f"MERGE (a)-[r:{_cypher_name(str(k) or 'RELATED')}]->(b)"
        )
        lines.append(stmt + (f" SET r += {_cypher_props(props)}" if props else "") + ";")
    return "\n".join(lines) + "\n"


def export_graph(g: nx.MultiDiGraph, fmt: str) -> str:
    if fmt == "json":
        return to_json(g)
    if fmt == "graphml":
        return to_graphml(g)
    if fmt == "cypher":
        return to_cypher(g)
    raise ValueError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
