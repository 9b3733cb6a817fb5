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


# ---- networkx against the hand-written search it replaced -----------------------------------
def _reference_neighbours(g, n):
    for m in g.succ[n]:
        if g.nodes[m].get("kind") == "entity":
            yield m
    for m in g.pred[n]:
        if g.nodes[m].get("kind") == "entity":
            yield m


def _reference_neighbourhood(g, entity_id, depth):
    """The breadth-first walk kg/queries.py carried before it used networkx."""
    seen, frontier = {entity_id}, [entity_id]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            for m in _reference_neighbours(g, n):
                if m not in seen:
                    seen.add(m)
                    nxt.append(m)
        frontier = nxt
    return seen


def _reference_path(g, source, target):
    """The bidirectional breadth-first search kg/queries.py carried before it used networkx:
    the nodes of one shortest path, or None."""
    fwd, back = {source: None}, {target: None}
    f_front, b_front = [source], [target]
    meet = source if source == target else None
    while meet is None and f_front and b_front:
        grow_fwd = len(f_front) <= len(b_front)
        front, seen, other = (f_front, fwd, back) if grow_fwd else (b_front, back, fwd)
        nxt = []
        for n in front:
            for m in _reference_neighbours(g, n):
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
        return None
    nodes = [meet]
    while fwd[nodes[0]] is not None:
        nodes.insert(0, fwd[nodes[0]])
    while back[nodes[-1]] is not None:
        nodes.append(back[nodes[-1]])
    return nodes


@pytest.fixture(scope="module")
def article_graph():
    """The graph of the seed article and three development gold articles together."""
    from conftest import GOLD, SEED

    texts = [("seed", SEED)] + [
        (name, GOLD / f"{name}.txt") for name in ("ai-chips", "korean-llms", "mistral-gemini")
    ]
    return build_graph(
        resolve([analyze_document(name, p.read_text(encoding="utf-8")) for name, p in texts])
    )


def test_neighbourhoods_match_the_hand_written_walk(article_graph):
    import networkx as nx

    from kg.queries import entity_graph, neighbourhood

    g = article_graph
    entities = list(entity_graph(g))
    assert len(entities) > 50
    for e in entities:
        for depth in (0, 1, 2, 3):
            got = neighbourhood(g, e, depth)
            want = g.subgraph(_reference_neighbourhood(g, e, depth))
            assert set(got) == set(want), (e, depth)
            assert nx.utils.edges_equal(got.edges(keys=True), want.edges(keys=True))


def test_shortest_paths_match_the_hand_written_search(article_graph):
    import networkx as nx

    from kg.queries import entity_graph

    g = article_graph
    undirected = nx.Graph(entity_graph(g).to_undirected())
    entities = sorted(undirected)
    unique = connected = 0
    for s in entities:
        for t in entities:
            want = _reference_path(g, s, t)
            if want is None:
                with pytest.raises(nx.NetworkXNoPath):
                    shortest_path(g, s, t)
                continue
            hops = shortest_path(g, s, t)
            connected += 1
            assert len(hops) == len(want) - 1, (s, t)
            nodes = [s] + [h["to"] for h in hops]
            assert nodes[-1] == t
            for h in hops:  # every hop is a relation, read in the direction it states
                a, b = (h["from"], h["to"]) if h["direction"] == "out" else (h["to"], h["from"])
                assert h["type"] in g.get_edge_data(a, b), h
            if len(want) > 2 and sum(1 for _ in nx.all_shortest_paths(undirected, s, t)) == 1:
                unique += 1
                assert nodes == want, (s, t)
    assert connected > 1000 and unique > 100  # the comparison covered real ground
