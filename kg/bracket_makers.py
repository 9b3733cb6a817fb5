"""A maker written in the bracket after its product: consumer-goods news lists products with
their makers ("'바삭칩 매운맛(다온제과)'", "'한끼국수(모래식품)'") and drug news writes the maker
after the ingredient ("'테라핀주'(성분명 모라지맙, 한빛제약)").  The quoted product is a Model,
the one-word bracket a Company (a word Kiwi reads as one proper noun, or one ending in a word
for a maker, resources/bracket_makers.toml), and the maker DEVELOPED the product.

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "매대에는 '바삭칩 매운맛(다온제과)'이 놓였다.")])
>>> names = {k: e.name for k, e in ex.entities.items()}
>>> sorted((names[r.subject], r.type, names[r.object]) for r in ex.relations)
[('다온제과', 'DEVELOPED', '바삭칩 매운맛')]
"""

from __future__ import annotations

import functools
import re

from .clause import SentenceView, best_type
from .kiwi import kiwi
from .model import Mention, RelationCandidate, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import load_table

__all__ = [
    "bracket_maker_names",
    "bracket_makers",
    "maker_word",
    "product_and_maker",
    "without_other_makers",
]

# "'P(C)'" or "'P'(C)": a quoted product and a one-word bracket
_QUOTED = re.compile(
    r"['‘\"“]([^'‘’\"“”()]{2,30}?)(?:\(([^()\s,]{2,12})\))?['’\"”](?:\(([^()\s,]{2,12})\))?"
)
_HANGUL = re.compile(r"[가-힣]")


@functools.cache
def _endings() -> tuple[str, ...]:
    return tuple(load_table("bracket_makers.toml")["endings"])


def maker_word(word: str, product: str) -> bool:
    """Is ``word``, alone in the bracket after ``product``, its maker's name: Hangul, no short
    form of the product ('크아' of '크레이지아케이드'), one proper noun to Kiwi or a maker's word.

    >>> maker_word("다온제과", "바삭칩"), maker_word("크아", "크레이지아케이드"), maker_word("FINDx", "파인드엑스")
    (True, False, False)
    """
    if not _HANGUL.search(word) or not _HANGUL.search(product) or _short_form(word, product):
        return False
    if any(word.endswith(e) and len(word) > len(e) for e in _endings()):
        return True
    toks = kiwi().tokenize(word)
    return len(toks) == 1 and toks[0].tag == "NNP"


def product_and_maker(product: Mention, maker: Mention) -> bool:
    """Are ``product`` and the name in the bracket after it a product and its maker (two
    names), not one name and its other spelling ("'바삭칩(다온제과)'" against "솔라(Solar)")?"""
    return (
        product.votes.get("Model", 0.0) > 0
        and maker.votes.get("Company", 0.0) > 0
        and maker_word(maker.text, product.text)
    )


def _short_form(word: str, name: str) -> bool:
    """Are the letters of ``word`` those of ``name`` in order (an abbreviation: 크아)?"""
    rest = iter(name)
    return all(ch in rest for ch in word)


def bracket_maker_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with the quoted product a Model and its bracketed maker a Company
    ("'바삭칩 매운맛(다온제과)'": 바삭칩 매운맛, Model; 다온제과, Company)."""
    del ps  # the pipeline's common signature; quotes and brackets are read from the text
    out = list(mentions)
    for q in _QUOTED.finditer(sentence.text):
        b = 2 if q.group(2) else 3 if q.group(3) else 0
        if not b or not maker_word(q.group(b), q.group(1).strip()):
            continue
        others = [m for m in out if m.kind == "name" and m.span == q.span(b)]
        if any(m.voted_type not in ("", "Company") for m in others):
            continue  # a place or a person in the bracket ("'한옥마을(전주)'")
        out = _typed(sentence, toks, out, taken, q.span(1), "Model")
        out = _typed(sentence, toks, out, taken, q.span(b), "Company")
    return out


def _typed(sentence, toks, mentions, taken, span, kind) -> list[Mention]:
    """``mentions`` with a ``kind`` vote on the name over ``span``, a new one when none."""
    start, end = span
    same = [m for m in mentions if m.kind == "name" and m.span == span]
    for m in same:
        m.votes[kind] = m.votes.get(kind, 0.0) + 3.0
    inside = [k for k, t in enumerate(toks) if start <= t.start < end]
    if same or not inside or any(m.start < end and m.end > start for m in mentions):
        return mentions
    m = Mention(sentence.id, start, end, sentence.text[start:end], rule="bracket-maker")
    m.votes = {kind: 3.0}
    m.particle, m.role = particles_after(toks, inside[-1], end, sentence.text)
    for k in inside:
        taken[k] = True
    return [*mentions, m]


def bracket_makers(view: SentenceView, text: str, sentence_id: str) -> list[RelationCandidate]:
    """DEVELOPED from a company alone in a part of the bracket right after a product to the
    product ("'테라핀주'(성분명 모라지맙, 한빛제약)": 한빛제약 DEVELOPED 테라핀주)."""
    out = []
    names = [mid for mid in view.mention_ids if view.mentions[mid].kind == "name"]
    for p in names:
        if best_type(view, p) != "Model":
            continue
        for c in names:
            if best_type(view, c) == "Company" and _bracketed_after(
                view.mentions[p], view.mentions[c], text
            ):
                out.append(RelationCandidate("DEVELOPED", c, p, sentence_id, "bracket-maker", 0.85))
    return out


def _bracketed_after(product: Mention, maker: Mention, text: str) -> bool:
    """Does ``maker`` stand alone in a comma part of the bracket that opens right after
    ``product``, its closing quote between ("'테라핀주'(성분명 모라지맙, 한빛제약)")?"""
    if maker.start <= product.end:
        return False
    opened = text[product.end : maker.start].lstrip("'’\"”")
    if not opened.startswith("(") or ")" in opened:
        return False
    alone = opened == "(" or opened.rstrip().endswith(",")
    return alone and text[maker.end :].lstrip()[:1] in (")", ",")


def without_other_makers(candidates: list[RelationCandidate]) -> list[RelationCandidate]:
    """``candidates`` less the learned DEVELOPED edges to a product whose maker its bracket
    names ("'바삭칩(다온제과)' '한끼국수(모래식품)'": 다온제과 did not make 한끼국수)."""
    owned = {c.object for c in candidates if c.rule == "bracket-maker"}
    return [
        c
        for c in candidates
        if not (c.type == "DEVELOPED" and c.rule == "learned" and c.object in owned)
    ]
