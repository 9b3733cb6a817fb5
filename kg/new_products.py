"""A new product's name right after the word that says it is one: "신제품 바삭칩을 선보였다",
"신약 테라벨린의 임상 3상" (kg/resources/new_products.toml).

Brands are coined words, and the tagger misses many of them there; Kiwi tells a coined word
from its vocabulary (kg.coined_words).  A known common noun after the word is no name ("신제품
출시를 앞두고"); a proper noun Kiwi knows is ("신제품 갤럭시").

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "다온푸드는 신제품 바삭칩을 선보였다.")])
>>> sorted((e.name, e.type) for e in ex.entities.values())
[('다온푸드', 'Company'), ('바삭칩', 'Model')]
"""

from __future__ import annotations

import functools
import itertools

from .coined_words import NOUN_TAGS, coined
from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import load_table

__all__ = ["new_product_names"]


@functools.lru_cache(maxsize=1)
def _before() -> frozenset[str]:
    return frozenset(load_table("new_products.toml")["before"])


def new_product_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Names of products right after a word for a new one, that no detector before took."""
    out = []
    for p, name in itertools.pairwise(ps):
        if p.stem not in _before() or p.tail or p.after != " " or len(name.stem) < 2:
            continue
        stem_toks = toks[name.first : name.stem_last + 1]
        if not all(t.tag in NOUN_TAGS for t in stem_toks) or not coined(name.stem):
            continue
        span = (name.first, name.stem_last, name.start, name.stem_end)
        if m := claimed_name(sentence, toks, taken, span, "new-product", {"Model": 3.0}):
            out.append(m)
    return out
