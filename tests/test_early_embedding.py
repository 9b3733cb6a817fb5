"""The embedding that starts while documents are analysed (search/early_embedding.py): it runs
on its own thread, gives the vectors the embed stage gives by itself, and a failure in it is
the build's failure."""

import threading

import numpy as np
import pytest

from search.embedders import load_embedder
from search.ingest import SourceDocument
from search.pipeline import analyse, embed, index_terms, ingest
from search.store import Store

DOCS = [
    SourceDocument(
        "news-1",
        "업스테이지는 2020년 설립된 AI 스타트업이다. 업스테이지는 솔라를 개발했다.\n"
        "김성훈 대표는 솔라를 공개했다고 밝혔다.",
    ),
    SourceDocument("news-2", "리벨리온은 반도체 스타트업이다. KT는 리벨리온에 투자했다."),
]


class Recording:
    """The real embedder, noting which thread embedded how many texts."""

    def __init__(self, inner, fail: bool = False):
        self._inner, self._fail = inner, fail
        self.id, self.dim = inner.id, inner.dim
        self.calls: list[tuple[str, int]] = []

    def embed_passages(self, texts):
        self.calls.append((threading.current_thread().name, len(texts)))
        if self._fail:
            raise RuntimeError("the engine ran out of memory")
        return self._inner.embed_passages(texts)


def test_sentences_are_embedded_on_a_second_thread_with_the_embed_stage_vectors(tmp_path):
    embedder = Recording(load_embedder())
    store = Store(tmp_path / "kb.sqlite", create=True)
    report = ingest(store, embedder, DOCS)
    rows = store.sentences()
    assert report.embedded == len(rows) == 5
    assert embedder.calls == [("early-embedding", 5)]
    # the embed stage alone, after the analysis, as before: the same vectors, bit for bit
    alone = Recording(embedder._inner)
    vectors, count = embed(
        Store(tmp_path / "alone.sqlite", create=True), alone, index_terms(analyse(DOCS))
    )
    assert count == 5 and alone.calls == [("MainThread", 5)]
    early = store.cached_vectors(embedder.id, [row[5] for row in rows])
    assert set(early) == set(vectors)
    assert all(np.array_equal(early[h], vectors[h]) for h in vectors)


def test_sentences_already_stored_are_not_embedded_again(tmp_path):
    embedder = Recording(load_embedder())
    store = Store(tmp_path / "kb.sqlite", create=True)
    ingest(store, embedder, DOCS[:1])
    changed = SourceDocument(DOCS[0].id, DOCS[0].text + "\n솔라는 한국어 모델이다.")
    report = ingest(store, embedder, [changed, DOCS[1]])
    assert report.embedded == 3
    assert embedder.calls == [("early-embedding", 3), ("early-embedding", 3)]


def test_a_failing_engine_fails_the_build_and_stores_nothing(tmp_path):
    store = Store(tmp_path / "kb.sqlite", create=True)
    with pytest.raises(RuntimeError, match="ran out of memory"):
        ingest(store, Recording(load_embedder(), fail=True), DOCS)
    assert store.sentences() == []
