"""Graph exports: JSON against its schema and back, GraphML readable, Cypher typed, labelled,
constrained and idempotent (checked by Neo4j's own Cypher parser when npm can install it)."""

import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from article_kb import article_kb

from kg.export import from_json, to_cypher
from kg.model import ENTITY_TYPES

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


def test_the_schema_knows_every_entity_type():
    entity_node = SCHEMA["properties"]["nodes"]["items"]["allOf"][0]["then"]
    assert set(entity_node["properties"]["type"]["enum"]) == set(ENTITY_TYPES)


def test_an_export_naming_a_ministry_matches_the_schema(tmp_path_factory):
    """The seed article names no Organization; a news article naming a ministry and a
    university does, and its export is still what docs/graph.schema.json describes."""
    text = "과학기술정보통신부는 업스테이지와 협력했다. 서울대학교는 네이버와 공동 연구를 진행했다."
    with article_kb(tmp_path_factory, text, "gov-1", "정부 협력") as kb:
        data = json.loads(kb.export("json"))
    assert "Organization" in {n.get("type") for n in data["nodes"]}
    jsonschema.validate(data, SCHEMA)


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


def _statements(text: str) -> list[str]:
    lines = text.strip().splitlines()
    assert all(line.endswith(";") for line in lines)
    return lines


def test_cypher_has_one_statement_per_node_and_edge_after_the_constraints(seed_kb):
    lines = _statements(seed_kb.export("cypher"))
    g = seed_kb.graph
    constraints = [s for s in lines if s.startswith("CREATE CONSTRAINT")]
    assert constraints == [
        f"CREATE CONSTRAINT kgsearch_{label.lower()}_id IF NOT EXISTS "
        f"FOR (n:{label}) REQUIRE n.id IS UNIQUE;"
        for label in ("Document", "Entity", "Sentence")
    ]
    assert lines[: len(constraints)] == constraints  # ids are unique before anything merges
    rest = lines[len(constraints) :]
    assert len(rest) == g.number_of_nodes() + g.number_of_edges()
    # idempotent: nothing but MERGE creates data, so running the file twice changes nothing
    assert all(s.startswith(("MERGE (n:", "MATCH (a:")) for s in rest)
    assert not [s for s in rest if re.search(r"\bCREATE\b", s)]
    assert seed_kb.export("cypher") == seed_kb.export("cypher")


def test_cypher_matches_by_label_so_neo4j_uses_the_id_index(seed_kb):
    text = seed_kb.export("cypher")
    matches = re.findall(r"MATCH \((\w+)(:?\w*) \{id:", text)
    assert matches and all(label for _, label in matches)
    assert "MATCH (a {id:" not in text and "MATCH (b {id:" not in text
    assert "MERGE (n:Entity {id: 'anthropic'}) SET n:Company, n += {" in text
    assert re.search(r"MATCH \(a:Sentence \{id: 'sent:[^']+'\}\) MATCH \(b:Entity", text)
    assert re.search(r"MATCH \(a:Document \{id: 'doc:[^']+'\}\) MATCH \(b:Sentence", text)


def test_cypher_properties_are_typed(seed_kb):
    text = seed_kb.export("cypher")
    node = next(s for s in text.splitlines() if s.startswith("MERGE (n:Entity {id: 'anthropic'})"))
    mentions = seed_kb.graph.nodes["anthropic"]["mentions"]
    assert f"mentions: {mentions}," in node  # a number, not '14'
    aliases = ", ".join(f"'{a}'" for a in seed_kb.graph.nodes["anthropic"]["aliases"])
    assert f"aliases: [{aliases}]" in node  # a list of strings, not one JSON string
    edge = next(s for s in text.splitlines() if "-[r:DEVELOPED]->" in s and "'claude'" in s)
    confidence = seed_kb.graph.edges["anthropic", "claude", "DEVELOPED"]["confidence"]
    assert f"confidence: {confidence!r}" in edge and "confidence: '" not in text
    # evidence (a list of maps, which Neo4j cannot store) as one list per key
    assert re.search(r"evidence_sentence_id: \['[^']+'", edge)
    assert re.search(r"evidence_text: \['[^']+'", edge)


def test_cypher_escapes_and_types_awkward_values():
    g = nx.MultiDiGraph()
    g.add_node(
        "it's",
        kind="entity",
        name="줄\n바꿈 \\ 'quote' \u2028",
        type="Company",
        flag=True,
        score=float("nan"),
        big=1e20,
        mixed=[1, "a"],
        nothing=None,
    )
    g.add_node("x", kind="entity", name="X", type="Odd Type`")
    g.add_edge("it's", "x", key="PARTNER_OF", type="PARTNER_OF", evidence=[])
    text = to_cypher(g)
    assert "MERGE (n:Entity {id: 'it\\'s'})" in text
    assert "name: '줄\\u000a바꿈 \\\\ \\'quote\\' \\u2028'" in text
    assert "flag: true" in text and "big: 1e20" in text
    assert "score" not in text and "nothing" not in text  # no NaN literal in Cypher; None unset
    assert "mixed_json: '[1, \"a\"]'" in text
    assert "SET n:`Odd Type```" in text
    assert "evidence: []" in text


NEO4J_PARSER = "@neo4j-cypher/language-support@2.0.0-next.38"
_LINT_JS = r"""
const ls = require('@neo4j-cypher/language-support');
const statements = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const errors = [];
for (const s of statements) {
  for (const d of ls.lintCypherQuery(s, {}).diagnostics) {
    errors.push({statement: s.slice(0, 200), severity: d.severity, message: d.message});
  }
}
console.log(JSON.stringify(errors));
"""


@pytest.fixture(scope="session")
def neo4j_parser() -> Path:
    """Neo4j's own Cypher parser and linter (the npm package its editors use): a Neo4j server
    cannot run here, its grammar can.  Installed once into ~/.cache by npm."""
    if not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("node and npm are needed for Neo4j's Cypher parser")
    home = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "kgsearch"
    prefix = home / "neo4j-cypher"
    if not (prefix / "node_modules" / "@neo4j-cypher" / "language-support").exists():
        prefix.mkdir(parents=True, exist_ok=True)
        proc = subprocess.run(
            ["npm", "install", "--prefix", str(prefix), "--no-audit", "--no-fund", NEO4J_PARSER],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode != 0:
            pytest.skip(f"npm could not install {NEO4J_PARSER}: {proc.stderr[-300:]}")
    return prefix


def _lint(prefix: Path, statements: list[str]) -> list[dict]:
    proc = subprocess.run(
        ["node", "-e", _LINT_JS],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=prefix,
        env=dict(os.environ, NODE_PATH=str(prefix / "node_modules")),
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_neo4j_parser_accepts_every_statement_without_warnings(seed_kb, neo4j_parser):
    statements = _statements(seed_kb.export("cypher"))
    assert _lint(neo4j_parser, statements) == []
    # the check can fail: the old unlabelled, comma-joined MATCH draws Neo4j's warning
    old = "MATCH (a {id: 'x'}), (b {id: 'y'}) MERGE (a)-[r:DEVELOPED]->(b) SET r.c = '0.9';"
    bad = "MERGE (n:Entity {id: 'x'}) SET n += {name: 'a' 'b'};"
    assert _lint(neo4j_parser, [old]) and _lint(neo4j_parser, [bad])
