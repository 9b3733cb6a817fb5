"""Who did not make a product, as far as a sentence's own words tell (resources/makers.toml).

The relation scorer reads a company or a person next to a product as its maker; some sentences
say otherwise: the head of a company presents what the company makes ("문 대표는 'X'를
공개하겠다고 말했다"), a contract manufacturer lends its process ("TSMC의 6나노 공정으로
만든다"), a rival's product is named beside the company's own ("경쟁 앱 'Y'"). kg.limits asks
these before it lets a DEVELOPED pair through.

A platform that runs a product is not ruled out: the gold reads "앱 'Y'를 운영하는 X" as X's
own product (r12-injunction-01, r7-regulator-01), and "주력 서비스인 'Y'" likewise.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .clause import SentenceView
from .coordination import eff_role
from .resources import load_table, resources

__all__ = ["head_presents", "lends_means", "not_the_maker", "rivals_product"]

# tokens of a noun phrase after a genitive ("TSMC의 6 나노 공정")
_NOUNISH = frozenset({"NNG", "NNP", "NNB", "SN", "SL", "XSN", "NR"})
_QUOTES = frozenset({"SS", "SSO", "SSC"})


@dataclass(frozen=True)
class Makers:
    """The tables of resources/makers.toml (see the comments there)."""

    heads: frozenset[str]
    own_hands: frozenset[str]
    rivals: frozenset[str]
    means: frozenset[str]


@functools.cache
def tables() -> Makers:
    t = load_table("makers.toml")
    return Makers(*(frozenset(t[k]) for k in ("heads", "own_hands", "rivals", "means")))


def not_the_maker(view: SentenceView, preds, s: int, o: int, person: bool, stated: bool) -> bool:
    """Do the sentence's words deny that ``s`` made the product ``o``? A head presenting it or a
    manufacturer lending its process, whatever a rule read; a rival's product, unless a rule of
    the pair's own stated it."""
    if (person and head_presents(view, s)) or lends_means(view, s):
        return True
    return not stated and rivals_product(view, o)


def head_presents(view: SentenceView, s: int) -> bool:
    """Is the person ``s`` written with the title of an organisation's head ("문 대표는",
    "문태경 하람반도체 대표는", "하람반도체 대표 문태경은"), in a sentence that does not say
    the person made it with their own hands ("직접")? Such a person presents the organisation's
    product; the organisation made it."""
    t = tables()
    toks = view.toks
    if s not in view.first_tok or any(k.form in t.own_hands for k in toks):
        return False
    a = view.first_tok[s]
    near = [toks[a - 1]] if a > 0 else []
    for k in toks[a : view.next_tok[s] + 3]:
        if k.tag.startswith("J") or k.tag.startswith("V") or k.tag.startswith("E"):
            break
        near.append(k)
    return any(k.form in t.heads for k in near)


def lends_means(view: SentenceView, s: int) -> bool:
    """Is ``s`` written in the genitive before a noun phrase that is the means of the clause
    ("대만 TSMC의 6나노 공정으로 시제품을 만든다", "TSMC의 3nm 공정을 통해 생산되며")? Its
    owner lends it, it does not make."""
    if s not in view.next_tok or eff_role(view, s)[1] != "의":
        return False
    toks = view.toks
    k = view.next_tok[s]
    start = k
    while k < len(toks) and toks[k].tag in _NOUNISH and k - start < 5:
        k += 1
    if k == start or k >= len(toks):
        return False
    if toks[k].tag == "JKB":
        return toks[k].form in tables().means
    # "을 통해", "를 거쳐" (grammar.toml verbs.via)
    via = resources().grammar.via_verbs
    return toks[k].tag == "JKO" and k + 1 < len(toks) and toks[k + 1].form in via


def rivals_product(view: SentenceView, o: int) -> bool:
    """Is the product ``o`` written after a word that makes it a rival's ("경쟁 앱 '푸드로'")?"""
    if o not in view.first_tok:
        return False
    a = view.first_tok[o]
    words = [t for t in view.toks[max(0, a - 4) : a] if t.tag not in _QUOTES]
    return any(t.form in tables().rivals for t in words[-3:])
