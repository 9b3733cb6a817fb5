"""The ``ivfpq`` vector index (the one a knowledge base takes past a million sentences), small
enough to build here: it answers with the store's ids, finds what exact search finds, re-ranks
from vectors memory-mapped on disk, and survives a save and load.  bench/scale.py measures it
at 1M and 10M vectors."""

import numpy as np
import pytest

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


def test_ivfpq_finds_what_exact_search_finds_with_store_ids(on_disk, built):
    _, ids, q, x = on_disk
    index = built
    assert index.kind == "ivfpq" and len(index) == 5000
    assert index.describe().startswith("ivfpq IVF64,PQ48x4fs nprobe 16 rerank 1000")
    hits = index.search(q[0], 10)
    assert len(hits) == 10 and all(i in set(ids.tolist()) for i, _ in hits)
    # scores are exact cosines, from the full vectors
    row = (hits[0][0] - 1000) // 3
    assert hits[0][1] == pytest.approx(float(x[row] @ q[0]), abs=1e-5)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert _recall(index, q, x, ids) >= 0.95
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


def test_unknown_kind_is_a_clear_error(on_disk):
    full, ids, _, _ = on_disk
    with pytest.raises(ValueError, match="unknown vector index kind 'ivf': use one of"):
        VectorIndex.build(full, ids, DIM, kind="ivf")
