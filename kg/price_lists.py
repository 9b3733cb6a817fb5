"""Products priced in a list: their names and whose products they are.

A launch often names its products with their prices, each in quotes: ``다온제과는 '바삭칩'은
1500원, '달콤바'는 2000원에 판매한다``, ``다온제과가 신제품 '바삭칩'(1500원)과
'달콤바'(2000원)를 출시했다``, ``가격은 '바삭칩'이 1500원, '달콤바'가 2000원이다``.  Each quoted
name written with its own price is a product (Model, ``priced_names``: also where Kiwi reads it
as common words, "'밤라떼'(6500원)"), the product of the company that sells it (DEVELOPED): the
sentence's company subject or topic, else the company the text was telling of.  The words are
data: kg/resources/launches.toml (``price_verbs``, ``price_nouns``, the quotes).
"""

from __future__ import annotations

import functools

from .amounts import amount_end
from .clause import SentenceView
from .coordination import eff_role
from .model import Mention, RelationCandidate, Sentence
from .pieces import Tok
from .quoted_titles import _MAX_WORDS, _QUOTED, taken_as_product
from .resources import load_table, resources

__all__ = ["price_list_relations", "priced_names"]

_ORGS = {"Company", "Organization"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("launches.toml")


def _quoted(view: SentenceView, text: str, mid: int) -> bool:
    """Is the name written in quotes ("'바삭칩'은")?"""
    t = _table()
    m = view.mentions[mid]
    return (
        0 < m.start
        and m.end < len(text)
        and text[m.start - 1] in t["opening_quotes"]
        and text[m.end] in t["closing_quotes"]
    )


def _priced_at(toks: list[Tok], k: int) -> bool:
    """Is a price written from token k on, past the name's closing quote, its particle or an
    opening bracket ("'바삭칩'은 1500원", "'바삭칩'(1500원)", "'바삭칩' 1500원")?"""
    while k < len(toks) and (toks[k].tag in {"SSC", "SSO"} or toks[k].tag.startswith("J")):
        k += 1
    return amount_end(toks, k) is not None


def _sells(toks: list[Tok]) -> bool:
    """Does the sentence sell or price something: a verb of selling or a word for a price (also
    a verb Kiwi cuts in two, "내놨다": 내/VV 어/EC 놓/VX)?"""
    t = _table()
    words = set(t["price_verbs"]) | set(t["price_nouns"])
    forms = {tok.form for tok in toks}
    forms |= {a.form + c.form for a, b, c in zip(toks, toks[1:], toks[2:]) if b.tag == "EC"}
    return bool(words & forms)


def priced_names(
    sentence: Sentence, toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with each quoted name priced in a selling sentence read as a product
    ("'밤라떼'(6500원)와 '고구마 라떼'(6900원)를 판다"; kg.quoted_titles.taken_as_product)."""
    if not _sells(toks):
        return mentions
    for q in _QUOTED.finditer(sentence.text):
        title = q.group(1)
        after = next((k for k, t in enumerate(toks) if t.start >= q.end()), len(toks))
        if title != title.strip() or len(title.split()) > _MAX_WORDS or not _priced_at(toks, after):
            continue
        span = (q.start(1), q.end(1))
        mentions = taken_as_product(sentence, toks, mentions, taken, span, "priced-name", True)
    return mentions


def _maker(view: SentenceView, products: set[int]) -> int | None:
    """The company that sells the products: the sentence's organisation subject or topic, else
    the one the sentence or the text was about."""
    g = resources().grammar
    marks = set(g.particles["subject"]) | set(g.particles["topic"])
    for mid in view.mention_ids:
        m = view.mentions[mid]
        role, particle = eff_role(view, mid)
        if mid not in products and m.voted_type in _ORGS and role in {"JKS", "JX"}:
            if particle in marks:
                return mid
    for mid in [*view.topic, *view.prev_topic, view.about]:
        if mid is not None and mid not in products and view.mentions[mid].voted_type in _ORGS:
            return mid
    return None


def price_list_relations(
    view: SentenceView, text: str, sentence_id: str
) -> list[RelationCandidate]:
    """DEVELOPED from the company that sells them to each quoted product with its own price.

    "다온제과는 '바삭칩'은 1500원, '달콤바'는 2000원에 판매한다": 다온제과 DEVELOPED 바삭칩,
    다온제과 DEVELOPED 달콤바."""
    if not _sells(view.toks):
        return []
    products = [
        mid
        for mid in view.mention_ids
        if mid in view.next_tok
        and view.mentions[mid].voted_type == "Model"
        and _quoted(view, text, mid)
        and _priced_at(view.toks, view.next_tok[mid])
    ]
    maker = _maker(view, set(products)) if products else None
    if maker is None:
        return []
    return [
        RelationCandidate("DEVELOPED", maker, p, sentence_id, "price-list", 0.85) for p in products
    ]
