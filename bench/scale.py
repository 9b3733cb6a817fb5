"""Scale: the vector index the knowledge base would pick, and graph queries, on synthetic data.

    python bench/scale.py --vectors 100000,1000000 --edges 1000000

Vectors: clustered 384-d unit vectors (a mixture of Gaussians, like sentence embeddings, not
uniform noise); build time, memory, query p50, and recall@10 against exact search.
Graph: a random scale-free graph with that many relation edges; neighbourhood (depth 2) and
shortest-path latency, and JSON export time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.vectors import VectorIndex  # noqa: E402


def clustered(n: int, dim: int, rng) -> np.ndarray:
    centres = rng.standard_normal((max(16, n // 500), dim)).astype(np.float32)
    x = centres[rng.integers(0, len(centres), n)] + 0.6 * rng.standard_normal((n, dim)).astype(
        np.float32
    )
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return x


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_vectors(n: int, dim: int = 384, queries: int = 200) -> None:
    import faiss

    rng = np.random.default_rng(0)
    x = clustered(n, dim, rng)
    q = x[rng.integers(0, n, queries)] + 0.05 * rng.standard_normal((queries, dim)).astype(
        np.float32
    )
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    exact = faiss.IndexFlatIP(dim)
    exact.add(x)
    _, truth = exact.search(q, 10)
    t = time.perf_counter()
    index = VectorIndex.build(x, np.arange(n, dtype=np.int64), dim)
    build = time.perf_counter() - t
    lat, recall = [], 0.0
    for i in range(queries):
        t = time.perf_counter()
        got = index.search(q[i], 10)
        lat.append((time.perf_counter() - t) * 1000)
        recall += len({g for g, _ in got} & set(truth[i].tolist())) / 10
    lat.sort()
    print(
        f"| {n:,} | {index.kind} | {build:.1f} s | {rss_mb():.0f} MB | "
        f"{lat[len(lat) // 2]:.2f} ms | {recall / queries:.3f} |",
        flush=True,
    )


def bench_graph(edges: int) -> None:
    import networkx as nx

    from kg.export import to_json
    from kg.queries import neighbourhood, shortest_path

    rng = np.random.default_rng(0)
    n = edges // 4
    g = nx.MultiDiGraph()
    g.add_nodes_from(
        (f"e{i}", {"kind": "entity", "name": f"e{i}", "type": "Company", "aliases": [f"e{i}"]})
        for i in range(n)
    )
    # preferential attachment: a few hubs, many leaves, like real relation graphs
    targets = rng.zipf(1.6, edges) % n
    sources = rng.integers(0, n, edges)
    for s, o in zip(sources.tolist(), targets.tolist()):
        g.add_edge(
            f"e{s}",
            f"e{o}",
            key="PARTNER_OF",
            type="PARTNER_OF",
            confidence=0.8,
            evidence=[{"sentence_id": "d#0", "text": "..."}],
        )
    lat_n, lat_p = [], []
    linked = [v for v in g.nodes if g.degree(v)]  # pairs of entities that have relations
    found = 0
    for _i in range(50):
        a, b = linked[rng.integers(0, len(linked))], linked[rng.integers(0, len(linked))]
        t = time.perf_counter()
        neighbourhood(g, a, depth=1)
        lat_n.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        try:
            found += bool(shortest_path(g, a, b))
        except nx.NetworkXNoPath:
            pass
        lat_p.append((time.perf_counter() - t) * 1000)
    t = time.perf_counter()
    text = to_json(g)
    export = time.perf_counter() - t
    lat_n.sort(), lat_p.sort()
    print(
        f"| {edges:,} edges, {n:,} entities | neighbourhood p50 {lat_n[25]:.1f} ms | "
        f"path p50 {lat_p[25]:.1f} ms ({found}/50 connected) | JSON export {export:.1f} s ({len(text) / 1e6:.0f} MB) |"
        f" {rss_mb():.0f} MB |",
        flush=True,
    )


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vectors", default="100000,1000000")
    ap.add_argument("--edges", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    print(
        "| vectors | index | build | peak RSS | query p50 | recall@10 |\n| --- | --- | --- | --- | --- | --- |"
    )
    for n in [int(x) for x in args.vectors.split(",") if x]:
        bench_vectors(n)
    if args.edges:
        print(
            "\n| graph | neighbourhood (depth 1) | shortest path | export | peak RSS |\n| --- | --- | --- | --- | --- |"
        )
        bench_graph(args.edges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
