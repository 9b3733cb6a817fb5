"""What one change costs as a knowledge base grows, and what adding documents one at a time costs
against one build (issue 14).

    python bench/lifecycle.py --korquad ../shared/data/KorQuAD_v1.0_dev.json

1. **One add and one remove of a short document** against knowledge bases of 3k, 30k and 300k
   sentences, through the Python API on an open knowledge base whose snapshot is loaded (what a
   server does): the seconds ``add_text`` and ``remove`` take, each including the snapshot that
   readers see next.  The bases are KorQuAD dev paragraphs, repeated under new ids to reach the
   size: the paragraphs are analysed and embedded once, and the copies are written to the store
   with the same analyses and the same sentence vectors (no sentence is embedded twice).  Also
   the wall time of ``kgsearch add`` and ``kgsearch remove`` in a fresh process.
2. **KorQuAD's test half added one paragraph at a time** (a server receiving them one by one:
   ``add_documents`` with the snapshot loaded after each) against one ``KnowledgeBase.build``
   of the same paragraphs.

Everything runs in this process except the CLI timings; the machine is shared, so absolute
seconds are noisy: the ratios (3k to 300k, one-by-one to build) are the claims.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# as `kgsearch serve` does: one OpenMP thread per embedding.  On a machine shared by many
# processes, two spinning threads per call made embedding one short document 10 s, not 0.9 s.
os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpora import korquad_paragraphs  # noqa: E402
from search import KnowledgeBase  # noqa: E402
from search.lifecycle import READERS, now  # noqa: E402
from search.store import DB_NAME, SCHEMA_VERSION, Store  # noqa: E402

#: short documents added and removed (news-like, naming places and dates KorQuAD also names)
SHORT = [
    "서울의 한 스타트업이 2024년 새 번역 모델을 공개했다. 이 회사는 일본 시장에도 진출할 계획이다.",
    "대한민국 정부는 1950년대 기록을 디지털로 복원하는 사업을 시작했다. 사업은 3년 동안 이어진다.",
    "미국의 연구소가 새 반도체 설계를 발표했다. 연구소는 내년에 시제품을 만들 예정이다.",
    "부산시는 2023년 해양 박물관을 열었다. 박물관에는 조선 시대 유물이 전시된다.",
    "한 영화감독이 런던 영화제에서 상을 받았다. 그는 다음 작품을 서울에서 찍는다.",
    "독일의 자동차 회사가 새 전기차를 내놓았다. 이 차는 유럽에서 먼저 팔린다.",
    "중국의 한 대학이 인공지능 연구소를 세웠다. 연구소는 2025년부터 학생을 뽑는다.",
]


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def source_kb(korquad: Path, work: Path) -> Path:
    """KorQuAD dev (all 140 articles' paragraphs) analysed and embedded once."""
    path = work / "source"
    if (path / "CURRENT").exists():
        return path
    docs = work / "korquad-all.jsonl"
    with docs.open("w", encoding="utf-8") as f:
        for p in korquad_paragraphs(korquad, "all"):
            f.write(json.dumps({"id": p.doc_id, "title": p.title, "text": p.context}) + "\n")
    t = time.perf_counter()
    KnowledgeBase.build([docs], path=path, progress=True).close()
    print(f"source: KorQuAD dev built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return path


def copied_kb(source: Path, path: Path, sentences: int) -> Path:
    """A knowledge base of ``sentences`` sentences: the source's documents, copied under new ids
    ("c3-a012-p04") until there are enough, with the source's analyses and vectors."""
    if (path / "CURRENT").exists():
        return path
    shutil.rmtree(path, ignore_errors=True)
    src = Store(next(source.glob("gen-*")) / DB_NAME, readonly=True)
    docs = src._db.execute(
        "SELECT id, title, source, content_hash, analysis FROM documents ORDER BY id"
    ).fetchall()
    rows: dict[str, list] = {}
    for _, sid, doc, text, terms, h in src.sentences():
        rows.setdefault(doc, []).append((sid, text, terms, h))
    gen = path / "gen-000001"
    gen.mkdir(parents=True)
    (gen / READERS).touch()
    store = Store(gen / DB_NAME, create=True)
    store.set_meta(
        schema_version=SCHEMA_VERSION,
        embedder=src.meta()["embedder"],
        dim=src.meta()["dim"],
        created=now(),
        revision=0,
    )
    with store.transaction():
        vectors = src._db.execute("SELECT model, text_hash, vector FROM embeddings").fetchall()
        store._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?)", vectors)
        held, copy = 0, 0
        while held < sentences:
            for doc_id, title, source_, content_hash, analysis in docs:
                if held >= sentences:
                    break
                new = f"c{copy}-{doc_id}"
                # the analysis names its document in its id, its sentences' ids and mentions'
                analysis = analysis.replace(f'"{doc_id}#', f'"{new}#')
                analysis = analysis.replace(f'"doc_id": "{doc_id}"', f'"doc_id": "{new}"')
                sents = [
                    (sid.replace(doc_id, new, 1), t, terms, h) for sid, t, terms, h in rows[doc_id]
                ]
                store.put_document(new, title, source_, content_hash, json.loads(analysis), sents)
                held += len(sents)
            copy += 1
        store.set_meta(revision=1)
    store.close()
    src.close()
    (path / "CURRENT").write_text("gen-000001\n")
    return path


def one_change(path: Path, repeats: int) -> dict:
    """Seconds of add_text and remove of a short document on the open knowledge base."""
    t = time.perf_counter()
    kb = KnowledgeBase.open(path)
    snap = kb.snapshot()
    load = time.perf_counter() - t
    kb.search("서울의 역사", k=5)  # warm: the query embedder, Kiwi
    adds, removes = [], []
    for i in range(repeats):
        text, doc_id = SHORT[i % len(SHORT)], f"short-{i}"
        t = time.perf_counter()
        kb.add_text(text, doc_id=doc_id)
        adds.append(time.perf_counter() - t)
        assert any(h.doc_id == doc_id for h in kb.search(text.split(".")[0], k=10)), doc_id
        t = time.perf_counter()
        assert kb.remove(doc_id)
        removes.append(time.perf_counter() - t)
        assert doc_id not in kb.document_ids()
    stats = kb.stats()
    kb.close()
    return {
        "sentences": snap.sentence_count,
        "documents": stats["documents"],
        "entities": stats["entities"],
        "index": stats["index_kind"],
        "load_s": round(load, 1),
        "add_p50_s": round(statistics.median(adds), 3),
        "add_max_s": round(max(adds), 3),
        "remove_p50_s": round(statistics.median(removes), 3),
        "remove_max_s": round(max(removes), 3),
        "max_rss_mb": round(_rss_mb()),
    }


def cli_change(path: Path, work: Path) -> dict:
    """Wall seconds of `kgsearch add` and `kgsearch remove` of a short document, each a fresh
    process (model and Kiwi loading included; the snapshot is never loaded)."""
    doc = work / "short-cli.txt"
    doc.write_text(SHORT[0], encoding="utf-8")
    out = {}
    for name, args in (("add", ["add", "--quiet", str(doc)]), ("remove", ["remove", "short-cli"])):
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "web.cli", *args, "--kb", str(path)], check=True, cwd=ROOT
        )
        out[f"cli_{name}_s"] = round(time.perf_counter() - t, 2)
    return out


def _seed_vectors(source: Path, path: Path) -> None:
    """Put the source's sentence vectors into the (empty) knowledge base at ``path``, so that
    what is timed there never waits for the embedding model."""
    src = Store(next(source.glob("gen-*")) / DB_NAME, readonly=True)
    vectors = src._db.execute("SELECT model, text_hash, vector FROM embeddings").fetchall()
    src.close()
    store = Store(path / (path / "CURRENT").read_text().strip() / DB_NAME)
    with store.transaction():
        store._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?)", vectors)
    store.close()


def one_by_one(korquad: Path, work: Path, source: Path | None = None) -> dict:
    """KorQuAD's test half: one build of all its paragraphs, and the same paragraphs added one
    at a time to an empty knowledge base whose snapshot is loaded.  With ``source``, both
    start from a knowledge base that already holds every sentence's vector (the build reuses
    the previous generation's vectors, the adds the store's): embedding costs the same in both
    ways, so leaving it out of both makes the ratio stricter, not looser."""
    paragraphs = korquad_paragraphs(korquad, "test")
    docs = [p.document() for p in paragraphs]
    jsonl = work / "korquad-test.jsonl"
    with jsonl.open("w", encoding="utf-8") as f:
        for p in paragraphs:
            f.write(json.dumps({"id": p.doc_id, "title": p.title, "text": p.context}) + "\n")
    for name in ("built", "added", "warm"):  # a re-run starts from nothing
        shutil.rmtree(work / name, ignore_errors=True)
    warm = KnowledgeBase.build([], path=work / "warm")  # models and Kiwi loaded before timing
    warm.add_text(SHORT[0], doc_id="w")
    warm.close()
    if source is not None:
        KnowledgeBase.build([], path=work / "built").close()
        _seed_vectors(source, work / "built")
    t = time.perf_counter()
    built = KnowledgeBase.build([jsonl], path=work / "built")
    built.snapshot()  # a build ends with the snapshot loaded, as the adds do
    build_s = time.perf_counter() - t
    sentences = built.stats()["sentences"]
    built.close()
    kb = KnowledgeBase.build([], path=work / "added")
    if source is not None:
        kb.close()
        _seed_vectors(source, work / "added")
        kb = KnowledgeBase.open(work / "added")
    kb.snapshot()
    t = time.perf_counter()
    laps = []
    for d in docs:
        t0 = time.perf_counter()
        kb.add_documents([d])
        laps.append(time.perf_counter() - t0)
    added_s = time.perf_counter() - t
    assert kb.stats()["sentences"] == sentences
    kb.close()
    return {
        "vectors": "reused from the source in both" if source is not None else "embedded",
        "paragraphs": len(docs),
        "sentences": sentences,
        "build_s": round(build_s, 1),
        "one_by_one_s": round(added_s, 1),
        "ratio": round(added_s / build_s, 2),
        "add_first_50_mean_s": round(statistics.mean(laps[:50]), 3),
        "add_last_50_mean_s": round(statistics.mean(laps[-50:]), 3),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", type=Path, required=True)
    ap.add_argument("--work", type=Path, default=Path("/tmp/kgsearch-bench-lifecycle"))
    ap.add_argument("--sizes", type=int, nargs="*", default=[3_000, 30_000, 300_000])
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--skip-one-by-one", action="store_true")
    ap.add_argument(
        "--embed-one-by-one",
        action="store_true",
        help="embed the test half in both the build and the adds (else vectors are reused)",
    )
    args = ap.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    source = source_kb(args.korquad, args.work)
    results = {"sizes": [], "one_by_one": None}
    for size in args.sizes:
        path = copied_kb(source, args.work / f"kb-{size}", size)
        row = {"target": size, **one_change(path, args.repeats), **cli_change(path, args.work)}
        print(json.dumps(row), flush=True)
        results["sizes"].append(row)
    if len(results["sizes"]) > 1:
        lo, hi = results["sizes"][0], results["sizes"][-1]
        for op in ("add", "remove"):
            print(
                f"{op}: p50 x{hi[f'{op}_p50_s'] / lo[f'{op}_p50_s']:.2f} from "
                f"{lo['sentences']} to {hi['sentences']} sentences",
                flush=True,
            )
    if not args.skip_one_by_one:
        reuse = None if args.embed_one_by_one else source
        results["one_by_one"] = one_by_one(args.korquad, args.work, reuse)
        print(json.dumps(results["one_by_one"]), flush=True)
    (args.work / "results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
