"""The ingestion pipeline: documents -> analyses -> index terms -> vectors -> the store.

Each stage is a function of the previous stage's output, so an engine that runs stages
elsewhere (another process, a cluster) can call them one by one; ``ingest`` runs them all here
and returns what it did, with the seconds each stage took::

    report = ingest(store, embedder, docs)
    report.changed            # ids of the documents analysed and stored
    report.stages             # {"analyse (Kiwi, mentions, relations)": 1.9, "embed": 4.2, ...}

Unchanged documents (same text and title as stored) are skipped; each document lands in one
SQLite transaction together with its vectors.
"""

from __future__ import annotations

import functools
import hashlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from kg import analysis as kg_analysis
from kg.analysis import DocumentAnalysis

from . import diskspace
from .crashpoints import crash_point
from .document_writes import estimated_bytes, store_documents
from .early_embedding import EarlyEmbedding
from .embedders import Embedder
from .ingest import SourceDocument
from .lexical import TERMS_VERSION, terms_many
from .store import Store

__all__ = [
    "EMBED_BATCH",
    "STAGES",
    "IngestReport",
    "PreparedSentence",
    "Progress",
    "analyse",
    "embed",
    "expected_sentences",
    "index_terms",
    "ingest",
    "pending",
    "store_documents",
]

#: stage names, in order, as ``IngestReport.stages`` and ``kgsearch build --profile`` show them
STAGES = (
    "analyse (Kiwi, mentions, relations)",
    "index terms (Kiwi morphemes)",
    "embed",
    "store (SQLite)",
)
#: the stage a facade adds after ingestion: loading the new snapshot
SNAPSHOT_STAGE = "resolve, graph, BM25, FAISS"
EMBED_BATCH = 256  # large batches let the bulk engine sort by length
CHARS_PER_SENTENCE = 60  # about, in Korean news and encyclopedia text (KorQuAD: 67)


@dataclass
class IngestReport:
    """What one ingestion did: the documents it stored, those of them that were new, and the
    seconds each stage took (empty when every document was unchanged)."""

    changed: list[str] = field(default_factory=list)
    stages: dict[str, float] = field(default_factory=dict)
    #: ids the store did not hold before (the rest of ``changed`` were updates)
    created: list[str] = field(default_factory=list)
    #: documents whose analysis and terms were taken from the previous generation
    reused: list[str] = field(default_factory=list)
    #: sentences embedded (not found in the store or the previous generation)
    embedded: int = 0
    #: Ray builds: the corpus-wide BM25 statistics and the (entities, relations) that the
    #: reduce steps computed
    term_statistics: object | None = None
    resolved: tuple[int, int] | None = None


@dataclass(frozen=True)
class PreparedSentence:
    """One sentence ready for the store: its id, text, BM25 terms and the hash of its text
    (the key of its vector)."""

    id: str
    text: str
    terms: str  # space-separated
    text_hash: str


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _bar(total: int, desc: str, enabled: bool):
    from tqdm import tqdm

    return tqdm(
        total=total, desc=desc, unit="sent", disable=not enabled, leave=True, dynamic_ncols=True
    )


def pending(store: Store, docs: list[SourceDocument]) -> list[SourceDocument]:
    """The documents whose text or title differ from what the store holds."""
    return [
        d for d in docs if store.document_hash(d.id) != kg_analysis.content_hash(d.text, d.title)
    ]


#: ``on_progress(stage, done, total)``: how far a stage is (sentences analysed, embedded)
Progress = Callable[[str, int, int], None]


def analysis_fingerprint() -> str:
    """What an analysis and its index terms depend on besides the text: the extraction rules'
    and the index terms' versions, the language tables and the tagger's weights (and a user's
    lexicon), Kiwi's version.  A stored analysis is reused only under the same fingerprint."""
    from importlib.metadata import version

    from kg.resources import _DIR as resource_dir

    versions = f"{kg_analysis.ANALYSIS_VERSION}|{TERMS_VERSION}|{version('kiwipiepy')}"
    h = hashlib.sha1(versions.encode())
    files = sorted([*resource_dir.glob("*.toml"), *resource_dir.glob("*.json")])  # tagger.json
    if os.environ.get("KGSEARCH_LEXICON"):
        files.append(Path(os.environ["KGSEARCH_LEXICON"]))
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes() if f.is_file() else b"missing")
    return h.hexdigest()


def reusable(
    cache: Store | None, docs: list[SourceDocument]
) -> dict[str, tuple[DocumentAnalysis, list[PreparedSentence]]]:
    """Documents the previous generation holds with the same id and content, analysed under
    the same fingerprint: their analyses and sentences are taken as they are."""
    if cache is None or cache.meta().get("analysis_fingerprint") != analysis_fingerprint():
        return {}
    wanted = {d.id: kg_analysis.content_hash(d.text, d.title) for d in docs}
    out = {}
    for doc_id, (content_hash, analysis, rows) in cache.stored_documents(list(wanted)).items():
        if content_hash == wanted[doc_id]:
            out[doc_id] = (
                DocumentAnalysis.from_dict(analysis),
                [PreparedSentence(*row) for row in rows],
            )
    return out


def analyse(
    docs: list[SourceDocument],
    progress: bool = False,
    on_progress: Progress | None = None,
    on_sentences: Callable[[list[str]], None] | None = None,
) -> list[DocumentAnalysis]:
    """Sentences, mentions and relation candidates of each document (Kiwi, one pass);
    ``on_sentences`` hears every sentence's text as soon as they are split."""
    bar = _bar(0, "analysing", progress)

    def advance(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)
        if on_progress is not None:
            on_progress(STAGES[0], done, total)

    try:
        return kg_analysis.analyze_documents(
            [(d.id, d.text, d.title) for d in docs], progress=advance, on_sentences=on_sentences
        )
    finally:
        bar.close()


def index_terms(analyses: list[DocumentAnalysis]) -> list[list[PreparedSentence]]:
    """Per document, its sentences with their BM25 terms (Kiwi morphemes) and text hashes."""
    sentences = [s for a in analyses for s in a.sentences]
    all_terms = iter(terms_many([s.text for s in sentences]))
    return [
        [
            PreparedSentence(s.id, s.text, " ".join(next(all_terms)), text_hash(s.text))
            for s in a.sentences
        ]
        for a in analyses
    ]


def to_embed(
    store: Store, embedder_id: str, prepared: list[list[PreparedSentence]], cache: Store | None
) -> tuple[dict[str, np.ndarray], list[tuple[str, str]]]:
    """The vectors already known, by text hash (from the store, else ``cache``, the previous
    generation's store), and the (hash, text) pairs still to embed, shortest first: each batch
    then holds sentences of similar length and the engine pads little (in hash order, batches
    of 256 padded KorQuAD sentences to 1.39x their tokens)."""
    hashes = sorted({s.text_hash for doc in prepared for s in doc})
    have = store.cached_vectors(embedder_id, hashes)
    if cache is not None:
        have.update(cache.cached_vectors(embedder_id, sorted(set(hashes) - set(have))))
    need = sorted(
        {s.text_hash: s.text for doc in prepared for s in doc if s.text_hash not in have}.items(),
        key=lambda item: (len(item[1]), item[0]),
    )
    return have, need


def _embed_early(
    early: EarlyEmbedding, store: Store, embedder_id: str, cache: Store | None, texts: list[str]
) -> None:
    """Start embedding the split sentences that ``to_embed`` will find missing."""
    sentences = [PreparedSentence("", t, "", text_hash(t)) for t in texts]
    early.start(to_embed(store, embedder_id, [sentences], cache)[1])


def batches(need: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """The batches sentences are embedded in, by every engine (same batches, same vectors)."""
    return [need[i : i + EMBED_BATCH] for i in range(0, len(need), EMBED_BATCH)]


def embed(
    store: Store,
    embedder: Embedder,
    prepared: list[list[PreparedSentence]],
    cache: Store | None = None,
    progress: bool = False,
    on_progress: Progress | None = None,
    early: EarlyEmbedding | None = None,
) -> tuple[dict[str, np.ndarray], int]:
    """The vector of every sentence text, by text hash, and how many were embedded now
    (``early`` may have embedded them already, while the documents were analysed)."""
    have, need = to_embed(store, embedder.id, prepared, cache)
    bar = _bar(len(need), "embedding", progress and bool(need))
    try:
        done = 0
        ready = early.take(need) if early is not None else None
        if ready is None:
            ready = ((c, embedder.embed_passages([t for _, t in c])) for c in batches(need))
        for chunk, vectors in ready:
            for (h, _), v in zip(chunk, vectors):
                have[h] = v
            bar.update(len(chunk))
            done += len(chunk)
            if on_progress is not None:
                on_progress(STAGES[2], done, len(need))
    finally:
        bar.close()
    return have, len(need)


class _Stopwatch:
    """Seconds per stage, added up into a report."""

    def __init__(self, report: IngestReport, clock: Callable[[], float] = time.perf_counter):
        self._report, self._clock = report, clock
        self._last = clock()

    def lap(self, stage: str) -> None:
        now = self._clock()
        self._report.stages[stage] = self._report.stages.get(stage, 0.0) + now - self._last
        self._last = now


def expected_sentences(docs: list[SourceDocument]) -> int:
    """About how many sentences ``docs`` will have to embed (what picks the embedding engine:
    the local and the Ray build estimate alike, so they embed with the same engine)."""
    return sum(len(d.text) for d in docs) // CHARS_PER_SENTENCE


def ingest(
    store: Store,
    embedder: Embedder,
    docs: list[SourceDocument],
    progress: bool = False,
    cache: Store | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Analyse, index, embed and store the documents that changed; see the module docstring.
    ``on_progress`` hears how far each stage is (for a job's progress report)."""
    report = IngestReport()
    watch = _Stopwatch(report)
    todo = pending(store, docs)
    if not todo:
        return report
    report.created = [d.id for d in todo if store.document_hash(d.id) is None]
    # refused before minutes of analysis and embedding when it plainly cannot fit; the exact
    # check comes again before the write (store_documents)
    diskspace.ensure_space(
        store.path.parent, estimated_bytes(store, embedder, todo), f"{len(todo)} document(s)"
    )
    reused = reusable(cache, todo)
    fresh = [d for d in todo if d.id not in reused]
    prepare = getattr(embedder, "prepare", None)
    if prepare is not None:  # the embedding engine may load while Kiwi analyses
        prepare(expected_sentences(fresh))
    early = EarlyEmbedding(embedder, EMBED_BATCH)
    try:
        split = functools.partial(_embed_early, early, store, embedder.id, cache)
        done = dict(zip((d.id for d in fresh), analyse(fresh, progress, on_progress, split)))
        watch.lap(STAGES[0])
        crash_point("analysed")
        done_terms = dict(zip(done, index_terms(list(done.values()))))
        watch.lap(STAGES[1])
        analyses = [reused[d.id][0] if d.id in reused else done[d.id] for d in todo]
        prepared = [reused[d.id][1] if d.id in reused else done_terms[d.id] for d in todo]
        vectors, report.embedded = embed(
            store, embedder, prepared, cache, progress, on_progress, early
        )
    finally:
        early.cancel()  # a failed or interrupted job stops embedding after the current batch
    report.reused = [d.id for d in todo if d.id in reused]
    watch.lap(STAGES[2])
    crash_point("embedded")
    if on_progress is not None:
        on_progress(STAGES[3], 0, len(todo))
    store_documents(store, embedder.id, todo, analyses, prepared, vectors)
    watch.lap(STAGES[3])
    crash_point("stored")
    report.changed = [d.id for d in todo]
    return report
