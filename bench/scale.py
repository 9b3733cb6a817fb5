"""Scale: the vector index the knowledge base picks, up to 10M vectors, and graph queries.

    python bench/scale.py --like data/kb --vectors 100000,1000000,10000000 --edges 1000000
    KGSEARCH_INDEX=hnswsq OMP_NUM_THREADS=1 python bench/scale.py --like KB --vectors 10000000 \
        --keep --workdir /big/disk --edges 0 --sweep 128:100,512:300
    KGSEARCH_INDEX=docroute OMP_NUM_THREADS=1 python bench/scale.py --like KB \
        --vectors 10000000 --keep --workdir /big/disk --edges 0 --queries 1000 --sweep 1024:8:100

Vectors are synthetic but shaped like real sentence embeddings: with ``--like KB`` the mean
vector and covariance are those of the vectors stored in that knowledge base (multilingual-e5
vectors are far from isotropic: their mean has norm ~0.9 and two sentences have cosine ~0.8),
and the vectors come in "articles" of ~60 sentences around an article centre, with the spread
within an article fitted so that the nearest-neighbour cosine of a sample the size of the
knowledge base matches the real one.  Without ``--like``: isotropic Gaussian clusters.

The vectors are generated in chunks into a float32 file under ``--workdir`` (15 GB at 10M x 384;
deleted afterwards unless ``--keep``) and never held in memory whole: the index reads them in
chunks, and ``ivfpq`` and ``hnswsq`` re-rank from the file memory-mapped.  With ``--keep`` an
``hnswsq`` index is saved there too (and checkpointed while it is built: a 10M build takes
hours, and a run stopped midway continues where it was), and a later run with the same
settings searches the saved index.  Queries are new sentences of existing articles; recall@10
is against exact search over the file (read in chunks).  Peak RSS is the process's
high-water mark (VmHWM), file pages mapped in included, while the index is built and searched
(not while the vectors are generated or the exact answers computed: 7 GB for 1,000 queries).  "Query CPU" is the CPU time of the
searching thread: on a shared machine the wall-clock latency is mostly waiting for a core.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from search.vectors import RERANKED, HNSWSQParams, VectorIndex  # noqa: E402

CHUNK = 262_144
ARTICLE = 60  # sentences per article, as in KorQuAD paragraphs of one article


def rss_mb(field: str = "VmHWM") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def reset_peak() -> None:
    """Start the high-water mark (VmHWM) again from the current resident set (Linux)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass  # not Linux: the peak then includes what came before


def real_vectors(kb: Path) -> np.ndarray:
    gen = (kb / "CURRENT").read_text().strip()
    db = sqlite3.connect(kb / gen / "kb.sqlite")
    rows = db.execute("SELECT vector FROM embeddings").fetchall()
    return np.stack([np.frombuffer(r[0], np.float32) for r in rows])


class Shape:
    """x = normalise(mean + A (alpha * z_article + beta * z_sentence)), A A^T = covariance."""

    def __init__(self, dim: int, real: np.ndarray | None):
        if real is None:
            self.mean = np.zeros(dim, np.float32)
            self.a = np.eye(dim, dtype=np.float32)
            self.alpha, self.beta = 1.0, 0.6
            return
        self.mean = real.mean(0)
        w, v = np.linalg.eigh(np.cov((real - self.mean).T))
        self.a = (v * np.sqrt(np.clip(w, 0, None))).astype(np.float32)
        target = _nn_cos(real)
        # fit the share of variance within an article: nearest-neighbour cosine at this size
        best = None
        for beta in np.linspace(0.3, 0.95, 27):
            self.alpha, self.beta = float(np.sqrt(1 - beta**2)), float(beta)
            got = _nn_cos(self.sample(len(real), np.random.default_rng(1)))
            if best is None or abs(got - target) < best[0]:
                best = (abs(got - target), beta, got)
        self.alpha, self.beta = float(np.sqrt(1 - best[1] ** 2)), float(best[1])
        print(
            f"shape of {len(real)} real vectors: mean norm {np.linalg.norm(self.mean):.3f}, "
            f"nearest-neighbour cosine {target:.3f}; fitted within-article share {self.beta:.2f} "
            f"(synthetic nearest-neighbour cosine {best[2]:.3f})",
            file=sys.stderr,
        )

    def centres(self, articles: int, rng) -> np.ndarray:
        z = rng.standard_normal((articles, len(self.mean)), dtype=np.float32)
        return self.alpha * z

    def around(self, centres: np.ndarray, rng) -> np.ndarray:
        z = centres + self.beta * rng.standard_normal(centres.shape, dtype=np.float32)
        x = self.mean + z @ self.a.T
        x /= np.linalg.norm(x, axis=1, keepdims=True)
        return x.astype(np.float32)

    def sample(self, n: int, rng) -> np.ndarray:
        c = self.centres(max(1, n // ARTICLE), rng)
        return self.around(c[rng.integers(0, len(c), n)], rng)


def _nn_cos(x: np.ndarray) -> float:
    s = x @ x.T
    np.fill_diagonal(s, -1)
    return float(s.max(1).mean())


def write_vectors(path: Path, n: int, shape: Shape, centres: np.ndarray) -> None:
    """Sentence i belongs to article i // ARTICLE (consecutive rows, like a store's order)."""
    with open(path, "wb") as f:
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            rng = np.random.default_rng(1000 + start // CHUNK)
            art = np.arange(start, stop) // ARTICLE
            f.write(shape.around(centres[art], rng).tobytes())


def exact_top(path: Path, n: int, dim: int, q: np.ndarray, k: int = 10) -> np.ndarray:
    """Exact top-k rows by inner product, reading the file in chunks (not mapped: the pages
    stay out of this process's resident set)."""
    best_s = np.full((len(q), k), -np.inf, np.float32)
    best_i = np.zeros((len(q), k), np.int64)
    with open(path, "rb") as f:
        for start in range(0, n, CHUNK):
            x = np.fromfile(f, np.float32, count=min(CHUNK, n - start) * dim).reshape(-1, dim)
            s = q @ x.T
            top = np.argpartition(-s, k, axis=1)[:, :k] if s.shape[1] > k else np.argsort(-s)
            cand_s = np.concatenate([best_s, np.take_along_axis(s, top, 1)], 1)
            cand_i = np.concatenate([best_i, top + start], 1)
            keep = np.argsort(-cand_s, axis=1)[:, :k]
            best_s = np.take_along_axis(cand_s, keep, 1)
            best_i = np.take_along_axis(cand_i, keep, 1)
    return best_i


def _progress(done: int, n: int) -> None:
    print(
        f"  indexed {done:,} of {n:,} vectors at {time.strftime('%H:%M:%S')}, peak RSS "
        f"{rss_mb():,.0f} MB, load {os.getloadavg()[0]:.1f}",
        file=sys.stderr,
        flush=True,
    )


def bench_vectors(
    n: int, shape: Shape, workdir: Path, keep: bool, queries: int, sweep=(), dim=384
) -> None:
    path = workdir / f"vectors-{n}.f32"
    articles = (n + ARTICLE - 1) // ARTICLE
    centres = shape.centres(articles, np.random.default_rng(7))
    t = time.perf_counter()
    if not (keep and path.exists() and path.stat().st_size == n * dim * 4):
        write_vectors(path, n, shape, centres)
    gen = time.perf_counter() - t
    rng = np.random.default_rng(99)
    q = shape.around(centres[rng.integers(0, articles, queries)], rng)
    del centres  # 256 MB at 10M: not part of what the index needs
    full = np.memmap(path, dtype=np.float32, mode="r", shape=(n, dim))
    reset_peak()
    index, build = _index(full, n, dim, workdir if keep else None)
    peak = rss_mb()
    # the exact answers after the build: with --keep another process may have saved them
    truth_path = workdir / f"exact-top10-{n}-{queries}.npy"
    if keep and truth_path.exists():
        truth = np.load(truth_path)
    else:
        truth = exact_top(path, n, dim, q)
        if keep:
            np.save(truth_path, truth)
        reset_peak()
    settings = [(None, None)] + (sweep if index.kind in RERANKED else [])
    for width, depth, *more in settings:
        if index.kind == "hnswsq":
            index.tune(ef_search=width, rerank=depth)
        elif index.kind == "docroute":
            index.tune(nprobe=width, refine=depth, rerank=more[0] if more else None)
        else:
            index.tune(width, depth)
        lat, cpu, recall = [], [], 0.0
        for i in range(queries):
            t, c = time.perf_counter(), time.thread_time()
            got = index.search(q[i], 10)
            lat.append((time.perf_counter() - t) * 1000)
            cpu.append((time.thread_time() - c) * 1000)
            recall += len({g for g, _ in got} & set(truth[i].tolist())) / 10
        lat.sort(), cpu.sort()
        mem = index.memory_bytes() / 2**20
        print(
            f"| {n:,} | {index.describe()} | {gen:.0f} s | {build} | {mem:,.0f} MB | "
            f"{mem / (n / 1e6):,.0f} MB | {max(peak, rss_mb()):,.0f} MB | {rss_mb('VmRSS'):,.0f} MB | "
            f"{lat[len(lat) // 2]:.2f} ms | {lat[int(len(lat) * 0.95)]:.2f} ms | "
            f"{lat[int(len(lat) * 0.99)]:.2f} ms | {cpu[len(cpu) // 2]:.2f} ms | "
            f"{cpu[int(len(cpu) * 0.99)]:.2f} ms | "
            f"{recall / queries:.3f} |",
            flush=True,
        )
    del index, full
    if not keep:
        path.unlink()


def _index(full: np.ndarray, n: int, dim: int, saved: Path | None) -> tuple[VectorIndex, str]:
    """The index the knowledge base would pick (or $KGSEARCH_INDEX) and its build time; an
    ``hnswsq`` index under ``saved`` is searched again, or checkpointed there while built."""
    ids = np.arange(n, dtype=np.int64)
    kind = os.environ.get("KGSEARCH_INDEX") or VectorIndex.kind_for(n)
    path = None
    if saved is not None and kind == "hnswsq":
        p = HNSWSQParams(n, dim)
        path = saved / f"index-{n}-{p.factory}-efc{p.ef_construction}.faiss"
        took = Path(f"{path}.seconds")
        if path.exists() and took.exists():
            print(f"  searching the index saved in {path}", file=sys.stderr)
            index = VectorIndex.load(str(path), "hnswsq", full=full)
            return index, f"{float(took.read_text()):.0f} s (saved)"
    t = time.perf_counter()
    index = VectorIndex.build(
        full,
        ids,
        dim,
        progress=_progress,
        checkpoint=path and f"{path}.part",
        documents=ids // ARTICLE,  # docroute's documents: the articles
    )
    build = time.perf_counter() - t
    if path is not None:
        index.save(str(path))
        Path(f"{path}.seconds").write_text(f"{build:.1f}\n")
        Path(f"{path}.part").unlink(missing_ok=True)
    return index, f"{build:.0f} s"


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
    ap.add_argument("--like", type=Path, help="a knowledge base whose vectors give the shape")
    ap.add_argument("--workdir", type=Path, help="where the vector files go (default: a tmp dir)")
    ap.add_argument(
        "--keep", action="store_true", help="keep (and reuse) the vector files and exact answers"
    )
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument(
        "--sweep",
        default="",
        help="more search settings to measure on the same index: ivfpq NPROBE:RERANK,... "
        "(e.g. 64:300,256:1000), hnswsq EFSEARCH:RERANK,... (e.g. 128:100,512:300), "
        "docroute DOCUMENTS:REFINE[:RERANK],... (e.g. 4:32,1024:8:200; REFINE x DOCUMENTS means "
        "scored exactly, RERANK rows re-ranked from the file when the rows are kept as codes)",
    )
    ap.add_argument("--edges", type=int, default=1_000_000)
    args = ap.parse_args(argv)
    sweep = [tuple(int(v) for v in x.split(":")) for x in args.sweep.split(",") if x]
    shape = Shape(384, real_vectors(args.like) if args.like else None)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kgsearch-scale-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(
        "| vectors | index | generate | build | index in memory | per million | peak RSS "
        "| RSS after queries | query p50 | query p95 | query p99 | query CPU p50 "
        "| query CPU p99 | recall@10 |\n" + "| --- " * 15 + "|",
        flush=True,
    )
    try:
        for n in [int(x) for x in args.vectors.split(",") if x]:
            bench_vectors(n, shape, workdir, args.keep, args.queries, sweep)
    finally:
        if not args.keep and args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    if args.edges:
        print(
            "\n| graph | neighbourhood (depth 1) | shortest path | export | peak RSS |\n| --- | --- | --- | --- | --- |"
        )
        bench_graph(args.edges)
    return 0


if __name__ == "__main__":
    sys.exit(main())
