"""`kgsearch build --engine ray` against the local engine, on one local Ray cluster started once
for the whole run (a start costs seconds): the same corpus built both ways gives the same
knowledge base, a rebuild after a small change reuses what it can, and a worker killed in the
middle of a build is replaced by Ray without changing the result."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from search import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["리벨리온이 개발한 칩은?", "앤스로픽은 어떤 회사인가?", "투자", "Claude"]


def _need_ray():
    if os.environ.get("CI"):  # make test installs the ray extra: never skip there
        import ray

        return ray
    return pytest.importorskip("ray", reason="install the ray extra: pip install -e '.[ray]'")


@pytest.fixture(scope="session")
def ray_cluster():
    ray = _need_ray()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield ray
    ray.shutdown()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """The seed article and three development articles of the gold set, as one folder."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(ROOT / "data" / "openai-anthropic.txt", folder)
    for name in ("ai-chips", "korean-llms", "mistral-gemini"):
        shutil.copy(ROOT / "tests" / "gold" / f"{name}.txt", folder)
    return folder


def _everything(kb: KnowledgeBase) -> dict:
    """What two builds must agree on: documents, sentences with their terms, entities and
    relations, BM25 statistics, and search results."""
    snap = kb._snapshot
    return {
        "documents": snap.documents,
        "sentences": list(zip(snap.sentence_ids, snap.texts, snap.doc_ids)),
        "entities": sorted(
            (e.id, e.name, e.type, tuple(sorted(e.aliases)))
            for e in snap.extraction.entities.values()
        ),
        "relations": sorted(
            (r.type, r.subject, r.object, tuple(ev.sentence_id for ev in r.evidence))
            for r in snap.extraction.relations
        ),
        "bm25": (snap.bm25.n, round(snap.bm25.avgdl, 6), snap.bm25.lengths.tolist()),
        "idf": {t: round(snap.bm25.idf(t), 9) for t in sorted(snap.bm25._postings)},
        "search": [
            [(h.sentence_id, round(h.score, 5)) for h in kb.search(q, k=5)] for q in QUERIES
        ],
    }


@pytest.fixture(scope="session")
def local_kb(corpus, tmp_path_factory) -> KnowledgeBase:
    return KnowledgeBase.build([corpus], path=tmp_path_factory.mktemp("local") / "kb")


def test_ray_build_gives_the_local_knowledge_base(ray_cluster, corpus, local_kb, tmp_path):
    kb = KnowledgeBase.build([corpus], path=tmp_path / "kb", engine="ray")
    assert _everything(kb) == _everything(local_kb)
    assert kb.stats()["documents"] == len(list(corpus.glob("*.txt"))) > 3
    # the reduce steps computed the corpus-wide statistics a reader derives
    stats = kb.last_ingest.term_statistics
    assert stats.sentences == kb._snapshot.bm25.n
    assert stats.length == int(kb._snapshot.bm25.lengths.sum())
    assert kb.last_ingest.resolved == (kb.stats()["entities"], kb.stats()["relations"])


def test_ray_rebuild_after_a_small_change_does_little_work(ray_cluster, corpus, tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(corpus, folder)
    kb = KnowledgeBase.build([folder], path=tmp_path / "kb", engine="ray")
    first = kb.last_ingest
    assert not first.reused and first.embedded > 0
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n퓨리오사AI는 레니게이드를 공개했다.",
        encoding="utf-8",
    )
    kb = KnowledgeBase.build([folder], path=tmp_path / "kb", engine="ray")
    again = kb.last_ingest
    assert sorted(again.reused) == sorted(p.stem for p in folder.glob("*.txt") if p != changed)
    assert 1 <= again.embedded <= 2  # the new sentence (and its neighbour, if split changed)
    assert "레니게이드" in kb.search("퓨리오사AI가 공개한 것", k=1)[0].text


def _analyser_processes() -> list[int]:
    """Processes of Ray workers that host an analyser actor (Ray names them in the title)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "_Analyser" in cmdline:
            pids.append(int(proc.name))
    return pids


def test_a_worker_killed_mid_build_is_retried(ray_cluster, corpus, local_kb, tmp_path):
    result: dict = {}

    def build():
        try:
            result["kb"] = KnowledgeBase.build([corpus], path=tmp_path / "kb", engine="ray")
        except BaseException as e:  # reported by the assertion below
            result["error"] = e

    thread = threading.Thread(target=build)
    thread.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and thread.is_alive() and time.monotonic() < deadline:
        pids = _analyser_processes()
        if pids:
            time.sleep(0.5)  # let it load Kiwi and start on a batch
            os.kill(pids[0], signal.SIGKILL)
            killed = pids[0]
        time.sleep(0.05)
    thread.join(timeout=600)
    assert killed is not None, "the build ended before an analyser could be killed"
    assert "error" not in result, result.get("error")
    assert _everything(result["kb"]) == _everything(local_kb)
