"""Graph queries through the Python API on the seed knowledge base."""

import pytest

from kg import analyze_document, build_graph, resolve
from kg.queries import communities, relations, shortest_path


def test_relations_by_type_and_direction(seed_kb):
    out = seed_kb.relations("앤스로픽", type="DEVELOPED", direction="out")
    assert [r["other"] for r in out] == ["claude"]
    assert out[0]["evidence"][0]["text"]
    incoming = seed_kb.relations("Anthropic", type="INVESTED_IN", direction="in")
    assert {r["other"] for r in incoming} == {"amazon", "google-cloud"}
    with pytest.raises(ValueError):
        seed_kb.relations("앤스로픽", direction="sideways")
    with pytest.raises(KeyError):
        seed_kb.relations("없는회사")


def test_neighbourhood_depth(seed_kb):
    one = seed_kb.neighbourhood("앤스로픽", depth=1)
    two = seed_kb.neighbourhood("앤스로픽", depth=2)
    assert "claude" in one and "claude-3" not in one
    assert "claude-3" in two and set(one) <= set(two)
    assert all(d["kind"] == "entity" for _, d in two.nodes(data=True))


def test_path_has_evidence_on_every_hop(seed_kb):
    hops = seed_kb.shortest_path("Amazon", "Claude")
    assert len(hops) == 2 and hops[0]["type"] in {"INVESTED_IN", "PARTNER_OF"}
    assert hops[1]["type"] == "DEVELOPED"
    assert hops[0]["from"] == "amazon" and hops[-1]["to"] == "claude"
    assert all(h["evidence"] for h in hops)


def test_path_between_unconnected_entities_is_empty():
    g = build_graph(
        resolve([analyze_document("d", "Anthropic은 Claude를 개발했다. Meta는 Llama를 개발했다.")])
    )
    import networkx as nx

    with pytest.raises(nx.NetworkXNoPath):
        shortest_path(g, "anthropic", "meta")


def test_communities_cluster_the_two_companies(seed_kb):
    parts = seed_kb.communities()
    assert parts and sum(len(p) for p in parts) >= 10
    where = {e: i for i, p in enumerate(parts) for e in p}
    assert where["anthropic"] == where["amazon"]  # its investors cluster with it
    assert parts == seed_kb.communities()  # deterministic


def test_free_functions_on_a_plain_graph():
    g = build_graph(
        resolve(
            [analyze_document("d", "Anthropic은 Claude를 개발했다. Google은 Anthropic에 투자했다.")]
        )
    )
    assert [(r["type"], r["other"]) for r in relations(g, "anthropic")] == [
        ("DEVELOPED", "claude"),
        ("INVESTED_IN", "google"),
    ]
    assert communities(g) == [["anthropic", "claude", "google"]]
