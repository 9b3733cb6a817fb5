"""Ingestion on a Ray cluster (``kgsearch build --engine ray [--address ADDR]``).

The stages are those of ``pipeline`` run elsewhere: documents are analysed (Kiwi, mentions,
relation candidates, BM25 terms) by ``Analyser`` actors that load Kiwi once; the distinct new
sentence texts are embedded by ``Encoder`` actors that load the embedder once (on a GPU each
when the cluster has GPUs); the corpus-wide BM25 statistics are merged from per-batch counts in
a tree of reduce tasks, and entities are resolved across the whole corpus in one reduce task.
The driver writes the result into the store of a new generation, which ``lifecycle`` switches
in atomically, as for a local build.

Work already done is reused by content: a document whose text and title hash to an analysis in
the previous generation is not analysed again, and a sentence whose text hash has a vector there
is not embedded again, so a rebuild after a small change sends little to the cluster.

Both engines give the same knowledge base: documents are analysed independently of each other,
and sentences are embedded in the same batches (shortest first, ``EMBED_BATCH`` at a time) with
the same engine as a local build picks.  Actors are restarted and their tasks retried when a
worker dies.  ``KGSEARCH_*`` variables of the driver are passed on to the workers.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

import numpy as np

from kg.analysis import DocumentAnalysis

from .crashpoints import crash_point
from .document_writes import store_documents
from .embedders import Embedder
from .ingest import SourceDocument
from .pipeline import (
    STAGES,
    IngestReport,
    PreparedSentence,
    _Stopwatch,
    analyse,
    batches,
    expected_sentences,
    index_terms,
    pending,
    reusable,
    to_embed,
)
from .store import Store

__all__ = ["DOCS_PER_TASK", "RayUnavailable", "TermStatistics", "ingest"]

DOCS_PER_TASK = 16  # at most; fewer when there are few documents per actor
#: the stage a Ray build reports besides the local ones: waiting for the reduce steps
RESOLVE_STAGE = "BM25 statistics, resolution (reduce)"


class RayUnavailable(RuntimeError):
    """Ray is not installed, or the cluster cannot be reached; the message says what to do."""


@dataclass
class TermStatistics:
    """Corpus-wide BM25 statistics over sentences: how many there are, their total length, and
    in how many each term occurs.  Merged pairwise, so they can be reduced in a tree."""

    sentences: int = 0
    length: int = 0
    df: Counter | None = None

    @classmethod
    def of(cls, prepared: list[list[PreparedSentence]]) -> TermStatistics:
        df: Counter = Counter()
        n = length = 0
        for doc in prepared:
            for s in doc:
                terms = s.terms.split(" ") if s.terms else []
                n += 1
                length += len(terms)
                df.update(set(terms))
        return cls(n, length, df)

    def merge(self, other: TermStatistics) -> TermStatistics:
        return TermStatistics(
            self.sentences + other.sentences,
            self.length + other.length,
            (self.df or Counter()) + (other.df or Counter()),
        )


def _ray():
    try:
        import ray
    except ImportError:
        raise RayUnavailable(
            "--engine ray needs the ray extra: pip install 'kgsearch[ray]'"
        ) from None
    return ray


def _connect(address: str | None):
    """Join the cluster at ``address`` (or $RAY_ADDRESS), or start a local one; a connection
    made before (by a test, or a user's own ray.init) is used as it is."""
    ray = _ray()
    if ray.is_initialized():
        return ray
    try:
        ray.init(
            address=address or os.environ.get("RAY_ADDRESS"),
            log_to_driver=False,
            logging_level="ERROR",
        )
    except (ConnectionError, RuntimeError, ValueError) as e:
        raise RayUnavailable(f"cannot reach the Ray cluster at {address}: {e}") from None
    return ray


def _actor_options() -> dict:
    """Actors come back when their worker dies, and their tasks are retried; they see the
    driver's KGSEARCH_* settings (engine, lexicon)."""
    env = {k: v for k, v in os.environ.items() if k.startswith("KGSEARCH_")}
    options = {"max_restarts": -1, "max_task_retries": -1}
    if env:
        options["runtime_env"] = {"env_vars": env}
    return options


class _Analyser:
    """Loads Kiwi once; analyses batches of documents and makes their BM25 terms."""

    def __init__(self):
        from kg.kiwi import kiwi

        kiwi()

    def analyse(self, docs: list[SourceDocument]):
        analyses = analyse(docs)  # documents are analysed independently of each other
        prepared = index_terms(analyses)
        return [a.to_dict() for a in analyses], prepared, TermStatistics.of(prepared)


class _Encoder:
    """Loads the embedder once; embeds batches of sentence texts."""

    def __init__(self, name: str, expected: int):
        from .embedders import load_embedder

        self._embedder = load_embedder(name)
        prepare = getattr(self._embedder, "prepare", None)
        if prepare is not None:  # the same engine choice as a local build of this corpus
            prepare(expected)

    def embed(self, texts: list[str]) -> np.ndarray:
        return self._embedder.embed_passages(texts)

    def engine(self) -> str:
        return self._embedder.engine


def _merge(a: TermStatistics, b: TermStatistics) -> TermStatistics:
    return a.merge(b)


def _resolve(analyses: list[dict]) -> tuple[int, int]:
    from kg.resolve import resolve

    ex = resolve([DocumentAnalysis.from_dict(d) for d in analyses])
    return len(ex.entities), len(ex.relations)


def _tree_reduce(merge, parts: list):
    """Merge object refs pairwise, in rounds, on the cluster; one ref is left."""
    while len(parts) > 1:
        parts = [
            merge.remote(parts[i], parts[i + 1]) if i + 1 < len(parts) else parts[i]
            for i in range(0, len(parts), 2)
        ]
    return parts[0]


def ingest(
    store: Store,
    embedder: Embedder,
    docs: list[SourceDocument],
    progress: bool = False,
    cache: Store | None = None,
    address: str | None = None,
) -> IngestReport:
    """``pipeline.ingest`` with the analysis and embedding on a Ray cluster."""
    report = IngestReport()
    watch = _Stopwatch(report)
    todo = pending(store, docs)
    if not todo:
        return report
    ray = _connect(address)
    resources = ray.cluster_resources()
    cpus, gpus = max(1, int(resources.get("CPU", 1))), int(resources.get("GPU", 0))
    reused, fresh, analyses, prepared, stats_parts = _analyse(ray, cpus, cache, todo)
    watch.lap(STAGES[0])
    crash_point("analysed")

    # reduce steps, running while the sentences are embedded
    stats_ref = _tree_reduce(ray.remote(num_cpus=0)(_merge), stats_parts)
    resolve_ref = ray.remote(num_cpus=0)(_resolve).remote([a.to_dict() for a in analyses])
    watch.lap(STAGES[1])

    # embedding: the texts without a stored vector, in the batches a local build makes
    have, need = to_embed(store, embedder.id, prepared, cache)
    if need:
        _embed(ray, cpus, gpus, embedder, expected_sentences(fresh), need, have)
    report.embedded = len(need)
    watch.lap(STAGES[2])
    crash_point("embedded")

    store_documents(store, embedder.id, todo, analyses, prepared, have)
    watch.lap(STAGES[3])
    crash_point("stored")
    report.term_statistics = ray.get(stats_ref)
    report.resolved = ray.get(resolve_ref)
    watch.lap(RESOLVE_STAGE)
    report.changed = [d.id for d in todo]
    report.reused = [d.id for d in todo if d.id in reused]
    return report


def _analyse(ray, cpus: int, cache: Store | None, todo: list[SourceDocument]):
    """The analyses of ``todo``: the previous generation's where the content is the same, the
    rest made by analyser actors; returns (reused, fresh documents, analyses and prepared
    sentences in ``todo``'s order, refs of their term statistics)."""
    from ray.util import ActorPool

    reused = reusable(cache, todo)
    fresh = [d for d in todo if d.id not in reused]
    per_task = max(1, min(DOCS_PER_TASK, -(-len(fresh) // (2 * cpus))))
    tasks = [fresh[i : i + per_task] for i in range(0, len(fresh), per_task)]
    done: dict[str, tuple[DocumentAnalysis, list[PreparedSentence]]] = {}
    stats_parts = []
    if tasks:
        analyser = ray.remote(num_cpus=1, **_actor_options())(_Analyser)
        actors = [analyser.remote() for _ in range(min(cpus, len(tasks)))]
        for dicts, prepared, stats in ActorPool(actors).map(
            lambda a, batch: a.analyse.remote(batch), tasks
        ):
            for d, p in zip(dicts, prepared):
                done[d["doc_id"]] = (DocumentAnalysis.from_dict(d), p)
            stats_parts.append(ray.put(stats))
        for a in actors:  # free their CPUs for the encoders and the reduce steps
            ray.kill(a)
    for _, prepared in reused.values():
        stats_parts.append(ray.put(TermStatistics.of([prepared])))
    both = {**reused, **done}
    analyses = [both[d.id][0] for d in todo]
    prepared = [both[d.id][1] for d in todo]
    return reused, fresh, analyses, prepared, stats_parts


def _embed(ray, cpus: int, gpus: int, embedder: Embedder, expected: int, need, have) -> None:
    """Embed the ``need`` texts on encoder actors, in the batches a local build makes; the
    vectors go into ``have`` (text hash -> vector)."""
    from ray.util import ActorPool

    chunks = batches(need)
    threads = 1 if gpus else min(cpus, 2)
    encoder = ray.remote(num_cpus=threads, num_gpus=1 if gpus else 0, **_actor_options())(_Encoder)
    n = max(1, min(len(chunks), gpus or cpus // threads))
    actors = [encoder.remote(embedder.id, expected) for _ in range(n)]
    vectors = ActorPool(actors).map(lambda a, c: a.embed.remote([t for _, t in c]), chunks)
    for chunk, vecs in zip(chunks, vectors):
        for (h, _), v in zip(chunk, vecs):
            have[h] = np.asarray(v, np.float32)
    for a in actors:
        ray.kill(a)
