"""Do a query's nearest sentences sit in few documents on real text?  The ``docroute`` index
(search/docroute.py) finds them only then; bench/scale.py's synthetic articles have it by
construction.  Recall@10 of ``docroute`` against exact search over a knowledge base of
KorQuAD paragraphs, with documents = paragraphs and = articles, for two kinds of query:

- the KorQuAD questions of those paragraphs (embedded as queries);
- each stored sentence, left out of its own answers (what bench/scale.py's queries are: a new
  sentence of an existing article);
- for contrast, as many synthetic sentences shaped after them by bench/scale.py (articles of
  60 rows), each left out of its own answers.

    python bench/scale_locality.py --kb KB --korquad ../shared/data/KorQuAD_v1.0_dev.json

KB is a knowledge base of the dev half's paragraphs (``bench/retrieval.py`` builds one in
bench/out/korquad-dev).  At 10M sentences in documents of 60, 16 documents probed are 0.01% of
them; the knowledge base here is
small, so the same number of documents is a far larger share (given in brackets: the share of
the documents probed).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpora import korquad_paragraphs  # noqa: E402
from retrieval import query_vectors  # noqa: E402
from scale import ARTICLE, Shape  # noqa: E402

from search import KnowledgeBase  # noqa: E402
from search.vectors import VectorIndex  # noqa: E402

PROBES = (1, 2, 4, 8, 16, 32)
# a document's id, ``aNNN-pNN``, to the unit it is grouped by
GROUPINGS = {"paragraph": lambda d: d, "article": lambda d: d.split("-")[0]}


def sentences(kb: Path) -> tuple[np.ndarray, list[str]]:
    """The stored vectors in row order and each one's document id."""
    gen = (kb / "CURRENT").read_text().strip()
    db = sqlite3.connect(kb / gen / "kb.sqlite")
    models = db.execute("SELECT DISTINCT model FROM embeddings").fetchall()
    if len(models) != 1:
        raise SystemExit(f"{kb}: vectors of {len(models)} models; want one")
    rows = db.execute(
        "SELECT s.doc_id, e.vector FROM sentences s JOIN embeddings e "
        "ON e.text_hash = s.text_hash ORDER BY s.rowid"
    ).fetchall()
    return np.stack([np.frombuffer(v, np.float32) for _, v in rows]), [d for d, _ in rows]


def exact(x: np.ndarray, q: np.ndarray, leave_out: bool) -> np.ndarray:
    """Exact top 10 rows by inner product (``leave_out``: query i is row i, not its own answer)."""
    s = q @ x.T
    if leave_out:
        np.fill_diagonal(s, -np.inf)
    return np.argsort(-s, axis=1)[:, :10]


def routed(x, docs: list[str], q, truth, leave_out: bool) -> list[tuple[int, float, float]]:
    """(documents probed, recall@10, share of the documents probed) for each of PROBES."""
    index = VectorIndex.build(x, np.arange(len(x)), x.shape[1], "docroute", documents=docs)
    count = len(set(docs))
    out = []
    for probe in PROBES:
        index.tune(nprobe=probe)
        recall = 0.0
        for i, v in enumerate(q):
            got = [r for r, _ in index.search(v, 11) if not (leave_out and r == i)][:10]
            recall += len(set(got) & set(truth[i].tolist())) / 10
        out.append((probe, recall / len(q), min(1.0, probe / count)))
    return out


def spread(docs: list[str], truth: np.ndarray) -> tuple[float, float]:
    """(mean number of documents the true top 10 span, mean share of it in its commonest one)."""
    labels = np.asarray(docs)
    counts = [np.unique(labels[t], return_counts=True)[1] for t in truth]
    return float(np.mean([len(c) for c in counts])), float(np.mean([c.max() / 10 for c in counts]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kb", type=Path, required=True)
    ap.add_argument("--korquad", type=Path, required=True)
    ap.add_argument("--split", default="dev", choices=("dev",), help="never the test half")
    args = ap.parse_args(argv)
    x, doc_ids = sentences(args.kb)
    held = set(doc_ids)
    questions = [
        q.question
        for p in korquad_paragraphs(args.korquad, args.split)
        if p.doc_id in held
        for q in p.questions
    ]
    kb = KnowledgeBase.open(args.kb)
    qv = query_vectors(kb, questions, keep=args.kb.parent / f"{args.kb.name}-questions.npz")
    print(f"{len(x):,} sentences in {len(held):,} paragraphs; {len(questions):,} questions")
    print(
        "\n| queries | documents | count | true top 10 spans | in its commonest | "
        + " | ".join(f"{p} probed" for p in PROBES)
        + " |\n"
        + "| --- " * (5 + len(PROBES))
        + "|"
    )
    for query, q, leave_out in (("questions", qv, False), ("sentences", x, True)):
        truth = exact(x, q, leave_out)
        for name, group in GROUPINGS.items():
            docs = [group(d) for d in doc_ids]
            span, top = spread(docs, truth)
            cells = " | ".join(
                f"{r:.3f} ({s:.1%})" for _, r, s in routed(x, docs, q, truth, leave_out)
            )
            print(
                f"| {query} | {name} | {len(set(docs)):,} | {span:.1f} documents | "
                f"{top:.2f} | {cells} |",
                flush=True,
            )
    synthetic_row(x)
    return 0


def synthetic_row(x: np.ndarray) -> None:
    """The same measure on synthetic sentences shaped after ``x`` (bench/scale.py)."""
    shape = Shape(x.shape[1], x)
    rng = np.random.default_rng(5)
    articles = np.arange(len(x)) // ARTICLE
    y = shape.around(shape.centres(int(articles[-1]) + 1, rng)[articles], rng)
    docs = [str(a) for a in articles]
    truth = exact(y, y, leave_out=True)
    span, top = spread(docs, truth)
    cells = " | ".join(f"{r:.3f} ({s:.1%})" for _, r, s in routed(y, docs, y, truth, True))
    print(
        f"| synthetic sentences | article of {ARTICLE} | {len(set(docs)):,} | "
        f"{span:.1f} documents | {top:.2f} | {cells} |",
        flush=True,
    )


if __name__ == "__main__":
    sys.exit(main())
