"""The vector indexes for millions of sentences, ``ivfpq``, ``hnswsq`` and ``docroute``, small
enough to build here: they answer with the store's ids, find what exact search finds, re-rank
from vectors memory-mapped on disk, and survive a save and load; an ``hnswsq`` build stopped
midway continues from its checkpoint; ``docroute`` needs each vector's document.
bench/scale.py measures them at 1M and 10M vectors."""

import numpy as np
import pytest

from search import vectors
from search.vectors import VectorIndex

DIM = 96  # divisible by the 48 sub-vectors of the default code


@pytest.fixture(scope="module")
def on_disk(tmp_path_factory):
    """5,000 unit vectors in 100 clusters, in a float32 file, memory-mapped; store ids that are
    not row numbers; 50 queries near stored vectors."""
    rng = np.random.default_rng(0)
    centres = rng.standard_normal((100, DIM)).astype(np.float32)
    x = centres[rng.integers(0, 100, 5000)] + 0.5 * rng.standard_normal((5000, DIM))
    x = (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)
    path = tmp_path_factory.mktemp("vectors") / "vectors.f32"
    x.tofile(path)
    full = np.memmap(path, dtype=np.float32, mode="r", shape=x.shape)
    ids = np.arange(5000, dtype=np.int64) * 3 + 1000
    q = x[rng.integers(0, 5000, 50)] + 0.1 * rng.standard_normal((50, DIM)).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    return full, ids, q, x


@pytest.fixture(scope="module")
def built(on_disk):
    full, ids, _, _ = on_disk
    return VectorIndex.build(full, ids, DIM, kind="ivfpq")


def _recall(index, q, x, ids) -> float:
    exact = np.argsort(-(q @ x.T), axis=1)[:, :10]
    found = [{i for i, _ in index.search(v, 10)} for v in q]
    return float(np.mean([len(f & set(ids[e].tolist())) / 10 for f, e in zip(found, exact)]))


def _like_exact_search(index, on_disk) -> None:
    """The index answers with store ids, exact cosines from the full vectors, best first, and
    finds what exact search finds."""
    _, ids, q, x = on_disk
    hits = index.search(q[0], 10)
    assert len(hits) == 10 and all(i in set(ids.tolist()) for i, _ in hits)
    row = (hits[0][0] - 1000) // 3
    assert hits[0][1] == pytest.approx(float(x[row] @ q[0]), abs=1e-5)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert _recall(index, q, x, ids) >= 0.95
    assert sorted(index.ids().tolist()) == sorted(ids.tolist())


def test_ivfpq_finds_what_exact_search_finds_with_store_ids(on_disk, built):
    x = on_disk[3]
    index = built
    assert index.kind == "ivfpq" and len(index) == 5000
    assert index.describe().startswith("ivfpq IVF64,PQ48x4fs nprobe 16 rerank 1000")
    _like_exact_search(index, on_disk)
    # the codes are what stays in memory: far less than the vectors
    assert index.memory_bytes() < x.nbytes / 2


def test_fewer_lists_scanned_find_less(on_disk, built):
    _, ids, q, x = on_disk
    wide = _recall(built, q, x, ids)
    built.tune(nprobe=1, rerank=10)
    try:
        assert _recall(built, q, x, ids) < wide
    finally:
        built.tune(nprobe=16, rerank=1000)


def test_ivfpq_saved_and_loaded_answers_the_same(on_disk, built, tmp_path):
    full, _, q, _ = on_disk
    index = built
    path = str(tmp_path / "vectors.faiss")
    index.save(path)
    loaded = VectorIndex.load(path, "ivfpq", full=full)
    for v in q[:10]:
        assert loaded.search(v, 10) == index.search(v, 10)
    with pytest.raises(ValueError, match="needs its 5000 full vectors"):
        VectorIndex.load(path, "ivfpq")


def test_millions_of_vectors_take_the_compressed_graph():
    assert VectorIndex.kind_for(999_999) == "hnsw"
    assert VectorIndex.kind_for(1_000_000) == "hnswsq"


def test_unknown_kind_is_a_clear_error(on_disk):
    full, ids, _, _ = on_disk
    with pytest.raises(ValueError, match="unknown vector index kind 'ivf': use one of"):
        VectorIndex.build(full, ids, DIM, kind="ivf")


@pytest.fixture(scope="module")
def graph(on_disk):
    """An ``hnswsq`` index whose codes keep 24 of the 96 dimensions: they alone cannot rank
    exactly, the re-ranking against the file must."""
    full, ids, _, _ = on_disk
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KGSEARCH_HNSWSQ_PCA", "24")
        return VectorIndex.build(full, ids, DIM, kind="hnswsq")


def test_hnswsq_finds_what_exact_search_finds_with_store_ids(on_disk, graph):
    x = on_disk[3]
    assert graph.kind == "hnswsq" and len(graph) == 5000 and not graph.changeable
    assert graph.describe() == "hnswsq PCA24,HNSW24_SQ8 efSearch 1000 rerank 300"
    _like_exact_search(graph, on_disk)
    # codes and links are what stays in memory: less than the vectors
    assert graph.memory_bytes() < x.nbytes
    with pytest.raises(ValueError, match="built again, not changed in place"):
        graph.add(x[:1], [1])


def test_hnswsq_fewer_candidates_find_less(on_disk, graph):
    _, ids, q, x = on_disk
    wide = _recall(graph, q, x, ids)
    graph.tune(ef_search=10, rerank=10)
    try:
        assert graph.describe().endswith("efSearch 10 rerank 10")
        assert _recall(graph, q, x, ids) < wide
    finally:
        graph.tune(ef_search=1000, rerank=300)


@pytest.mark.parametrize("built_index", ["graph", "routed"])
def test_saved_and_loaded_answers_the_same(on_disk, built_index, request, tmp_path, monkeypatch):
    """hnswsq and docroute: the kind is read from the files, the answers are the same."""
    full, _, q, _ = on_disk
    index = request.getfixturevalue(built_index)
    path = str(tmp_path / "vectors.faiss")
    index.save(path)
    monkeypatch.setenv("KGSEARCH_DOCROUTE_DOCS", "16")  # search settings are not saved
    loaded = VectorIndex.load(path, full=full)
    assert loaded.kind == index.kind and loaded.describe() == index.describe()
    for v in q[:10]:
        assert loaded.search(v, 10) == index.search(v, 10)
    with pytest.raises(ValueError, match=f"the {index.kind} index needs its 5000 full vectors"):
        VectorIndex.load(path)


def test_hnswsq_build_stopped_midway_continues_from_its_checkpoint(on_disk, tmp_path, monkeypatch):
    full, ids, q, x = on_disk
    monkeypatch.setattr(vectors, "ADD_CHUNK", 1000)
    monkeypatch.setattr(vectors, "CHECKPOINT_EVERY", 2000)
    checkpoint = str(tmp_path / "part.faiss")

    def crash_at_3000(done, n):
        if done == 3000:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        VectorIndex.build(full, ids, DIM, "hnswsq", progress=crash_at_3000, checkpoint=checkpoint)
    seen = []
    index = VectorIndex.build(
        full, ids, DIM, "hnswsq", progress=lambda d, n: seen.append(d), checkpoint=checkpoint
    )
    assert seen == [3000, 4000, 5000]  # the first 2,000 came from the checkpoint
    assert len(index) == 5000 and _recall(index, q, x, ids) >= 0.95


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("KGSEARCH_HNSWSQ_M", "many", "KGSEARCH_HNSWSQ_M='many': must be a whole number from 4"),
        (
            "KGSEARCH_HNSWSQ_PCA",
            "500",
            "KGSEARCH_HNSWSQ_PCA='500': must be a whole number from 1 to 96",
        ),
        (
            "KGSEARCH_HNSWSQ_RERANK",
            "0",
            "KGSEARCH_HNSWSQ_RERANK='0': must be a whole number from 1",
        ),
    ],
)
def test_hnswsq_bad_setting_is_a_clear_error(on_disk, monkeypatch, setting, value, message):
    full, ids, _, _ = on_disk
    monkeypatch.setenv(setting, value)
    with pytest.raises(ValueError, match=message):
        VectorIndex.build(full, ids, DIM, kind="hnswsq")


# -- docroute: documents' mean vectors route a query to the documents whose rows it scores --


@pytest.fixture(scope="module")
def articles(on_disk):
    """Each vector's document: its cluster (rows of one document are scattered over the file,
    as after a knowledge base's documents were changed), named like a store's documents."""
    _, _, _, x = on_disk
    centres = np.random.default_rng(0).standard_normal((100, DIM)).astype(np.float32)
    return [f"뉴스-{c}" for c in np.argmax(x @ centres.T, axis=1)]


@pytest.fixture(scope="module")
def routed(on_disk, articles):
    """16 of the 100 documents probed (by default 256: all of them, an exact search here)."""
    full, ids, _, _ = on_disk
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KGSEARCH_DOCROUTE_DOCS", "16")
        return VectorIndex.build(full, ids, DIM, kind="docroute", documents=articles)


def test_docroute_finds_what_exact_search_finds_with_store_ids(on_disk, routed):
    x = on_disk[3]
    assert routed.kind == "docroute" and len(routed) == 5000 and not routed.changeable
    assert routed.describe() == "docroute means Flat, 100 documents, probe 16"
    _like_exact_search(routed, on_disk)
    # the means and the rows of each document stay in memory, the vectors on disk
    assert routed.memory_bytes() < x.nbytes / 2
    with pytest.raises(ValueError, match="built again, not changed in place"):
        routed.add(x[:1], [1])


def test_docroute_finds_less_where_neighbours_do_not_share_documents(on_disk):
    """Documents of 50 consecutive rows that ignore the clusters: every document probed is an
    exact search, a few documents miss most of a query's neighbours."""
    full, ids, q, x = on_disk
    blocks = np.arange(5000) // 50
    index = VectorIndex.build(full, ids, DIM, kind="docroute", documents=blocks)
    index.tune(nprobe=100)
    assert _recall(index, q, x, ids) == 1.0
    index.tune(nprobe=4)
    assert index.describe().endswith("probe 4")
    assert _recall(index, q, x, ids) < 0.5


def test_docroute_compresses_the_means_when_there_are_many(
    on_disk, articles, monkeypatch, tmp_path
):
    from search import vector_params

    full, ids, q, x = on_disk
    monkeypatch.setattr(vector_params, "MEANS_FLAT_LIMIT", 50)
    monkeypatch.setenv("KGSEARCH_DOCROUTE_DOCS", "16")
    index = VectorIndex.build(full, ids, DIM, kind="docroute", documents=articles)
    assert index.describe() == (
        "docroute means PCA96,SQ8,RFlat refine 4, 100 documents, probe 16, rows SQ4 rerank 100"
    )
    assert _recall(index, q, x, ids) >= 0.95
    index.save(str(tmp_path / "vectors.faiss"))
    loaded = VectorIndex.load(str(tmp_path / "vectors.faiss"), full=full)
    assert loaded.describe() == index.describe()
    assert [loaded.search(v, 10) for v in q[:10]] == [index.search(v, 10) for v in q[:10]]


def test_docroute_rows_from_codes_find_what_the_rows_read_whole_find(on_disk, articles, routed):
    """Rows scored from codes in memory, the best re-ranked from the file: with every probed
    row re-ranked the answers are those of the rows read whole; with 100 re-ranked they still
    find what exact search finds, with exact scores; the codes count in the memory."""
    full, ids, q, _ = on_disk
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KGSEARCH_DOCROUTE_DOCS", "16")
        mp.setenv("KGSEARCH_DOCROUTE_CODES", "SQ8")
        coded = VectorIndex.build(full, ids, DIM, kind="docroute", documents=articles)
    assert coded.describe() == "docroute means Flat, 100 documents, probe 16, rows SQ8 rerank 100"
    assert coded.memory_bytes() - routed.memory_bytes() == 5000 * (DIM + 8)
    _like_exact_search(coded, on_disk)
    coded.tune(rerank=5000)
    assert [coded.search(v, 10) for v in q] == [routed.search(v, 10) for v in q]
    coded.tune(nprobe=1, rerank=3)  # fewer rows re-ranked than asked for: k wins
    assert len(coded.search(q[0], 10)) == 10


def test_row_codes_of_no_document_are_no_rows(on_disk):
    from search.row_codes import RowCodes

    full, _, q, _ = on_disk
    codes = RowCodes.build(full, np.arange(5000) // 50, 100, "SQ4")
    assert codes.name == "SQ4" and codes.candidates(q[:1], np.zeros(0, np.int64), 10).size == 0
    rows = codes.candidates(q[:1], np.array([3, 7]), 1000)
    assert sorted(rows.tolist()) == list(range(150, 200)) + list(range(350, 400))
    with pytest.raises(ValueError, match="unknown row codes 'PQ8': use one of SQ4, SQ6, SQ8"):
        RowCodes.build(full, np.arange(5000) // 50, 100, "PQ8")


@pytest.mark.parametrize(
    ("documents", "message"),
    [
        (None, "a docroute index needs each vector's document: pass documents="),
        (["뉴스-1"] * 4999, "needs one document for each of its 5000 vectors, got 4999"),
    ],
)
def test_docroute_without_a_document_for_each_vector_is_a_clear_error(on_disk, documents, message):
    full, ids, _, _ = on_disk
    with pytest.raises(ValueError, match=message):
        VectorIndex.build(full, ids, DIM, kind="docroute", documents=documents)


@pytest.mark.parametrize(
    ("setting", "value", "message"),
    [
        ("KGSEARCH_DOCROUTE_DOCS", "0", "KGSEARCH_DOCROUTE_DOCS='0': must be a whole number"),
        ("KGSEARCH_DOCROUTE_RERANK", "-5", "KGSEARCH_DOCROUTE_RERANK='-5': must be a whole"),
        (
            "KGSEARCH_DOCROUTE_CODES",
            "PQ8",
            "KGSEARCH_DOCROUTE_CODES='PQ8': must be one of SQ4, SQ6, SQ8, none",
        ),
    ],
)
def test_docroute_bad_setting_is_a_clear_error(
    on_disk, articles, monkeypatch, setting, value, message
):
    full, ids, _, _ = on_disk
    monkeypatch.setenv(setting, value)
    with pytest.raises(ValueError, match=message):
        VectorIndex.build(full, ids, DIM, kind="docroute", documents=articles)


def test_scattered_rows_of_a_file_read_as_in_memory(on_disk):
    from search.vector_rows import read_rows

    full, _, _, x = on_disk
    rows = np.array([0, 1, 2, 7, 100, 101, 4999])  # runs of consecutive rows and single ones
    assert np.array_equal(read_rows(full, rows), x[rows])
    assert read_rows(full, np.zeros(0, np.int64)).shape == (0, DIM)


def test_knowledge_base_routes_by_its_documents(seed_kb, seed_kb_path, tmp_path, monkeypatch):
    """The knowledge base hands the index each sentence's document (a docroute index cannot be
    built without); with every document probed it finds what the exact index finds."""
    import shutil

    from search import KnowledgeBase

    dst = tmp_path / "kb"
    shutil.copytree(seed_kb_path, dst, ignore=shutil.ignore_patterns("vectors.*"))
    monkeypatch.setenv("KGSEARCH_INDEX", "docroute")
    kb = KnowledgeBase.open(dst)
    assert kb.stats()["index_kind"] == "docroute"
    query = "Claude를 개발한 회사"
    assert [h.to_dict() for h in kb.search(query, k=5)] == [
        h.to_dict() for h in seed_kb.search(query, k=5)
    ]
