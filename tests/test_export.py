"""Graph exports: JSON against its schema and back, GraphML readable, Cypher idempotent."""

import io
import json
from pathlib import Path

import jsonschema
import networkx as nx

from kg.export import from_json

SCHEMA = json.loads(
    (Path(__file__).resolve().parent.parent / "docs" / "graph.schema.json").read_text(
        encoding="utf-8"
    )
)


def test_json_export_matches_the_schema(seed_kb):
    data = json.loads(seed_kb.export("json"))
    jsonschema.validate(data, SCHEMA)
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"entity", "sentence", "document"}
    rel = next(e for e in data["edges"] if e["type"] == "DEVELOPED")
    assert rel["evidence"][0]["text"]


def test_schema_rejects_a_broken_export(seed_kb):
    data = json.loads(seed_kb.export("json"))
    del data["nodes"][0]["kind"]
    try:
        jsonschema.validate(data, SCHEMA)
    except jsonschema.ValidationError:
        return
    raise AssertionError("a node without 'kind' passed the schema")


def test_json_round_trip_keeps_attributes(seed_kb):
    g = from_json(seed_kb.export("json"))
    assert g.nodes["anthropic"]["aliases"] == seed_kb.graph.nodes["anthropic"]["aliases"]
    assert g.has_edge("anthropic", "claude", key="DEVELOPED")


def test_graphml_reads_back_with_flat_attributes(seed_kb):
    g = nx.read_graphml(io.BytesIO(seed_kb.export("graphml").encode("utf-8")))
    assert g.nodes["anthropic"]["type"] == "Company"
    assert json.loads(g.nodes["anthropic"]["aliases"])  # lists become JSON strings


def test_cypher_merges_every_node_and_edge(seed_kb):
    text = seed_kb.export("cypher")
    lines = text.strip().splitlines()
    g = seed_kb.graph
    assert len(lines) == g.number_of_nodes() + g.number_of_edges()
    assert all(line.startswith(("MERGE ", "MATCH ")) and line.endswith(";") for line in lines)
    assert all(" CREATE " not in line for line in lines)  # MERGE only: idempotent
    assert "MERGE (n:Entity:Company {id: 'anthropic'})" in text
