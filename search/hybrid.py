"""Hybrid ranking: dense e5 vectors + BM25 over Kiwi morphemes + the knowledge graph.

Each retriever proposes candidates; their scores are normalised per query (dense cosine and
BM25 live on different scales) and fused with weights; sentences that mention the entities the
question names, and sentences that are evidence of a relation the question asks about, rank
higher.  Every hit keeps the parts of its score (``explain``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["FusionWeights", "fuse"]


@dataclass(frozen=True)
class FusionWeights:
    dense: float = 0.5
    lexical: float = 0.5
    entity: float = 0.15       # per linked entity the sentence mentions (capped at 2)
    relation: float = 0.25     # the sentence is evidence of an edge the question asks about
    pool: int = 50             # candidates taken from each retriever


def _normalise(scores: dict[int, float]) -> dict[int, float]:
    """Scale to 0..1 by the best score of this query (min is 0 for BM25, the pool's worst for
    cosine), so that one retriever's scale does not drown the other's."""
    if not scores:
        return {}
    vals = np.array(list(scores.values()), dtype=np.float64)
    hi, lo = float(vals.max()), float(vals.min())
    if hi <= lo:
        return {k: 1.0 for k in scores}
    return {k: (v - lo) / (hi - lo) for k, v in scores.items()}


def fuse(dense: list[tuple[int, float]], lexical: list[tuple[int, float]],
         entity_hits: dict[int, int], relation_hits: set[int], w: FusionWeights
         ) -> list[tuple[int, float, dict]]:
    """Fused ranking of sentence positions: [(position, score, explain)], best first."""
    d = dict(dense)
    lx = dict(lexical)
    dn = _normalise(d)
    # dense scores below the pool's floor say little; shift so the pool's worst is 0
    ln = {k: v / max(lx.values()) for k, v in lx.items()} if lx else {}
    out = []
    for pos in set(d) | set(lx) | set(entity_hits) | relation_hits:
        score = w.dense * dn.get(pos, 0.0) + w.lexical * ln.get(pos, 0.0)
        score += w.entity * min(entity_hits.get(pos, 0), 2)
        score += w.relation * (pos in relation_hits)
        explain = {}
        if pos in d:
            explain["dense"] = round(d[pos], 4)
        if pos in lx:
            explain["bm25"] = round(lx[pos], 4)
        if entity_hits.get(pos):
            explain["entities"] = entity_hits[pos]
        if pos in relation_hits:
            explain["relation"] = True
        out.append((pos, score, explain))
    out.sort(key=lambda x: (-x[1], x[0]))
    return out
