"""A product written with its maker in the genitive has that maker only: "노바런치의 스텔라5 로켓에
실려 발사된다", "벨로라의 최신 모델 '벨로 2'를 도입했다".

The learned scorer also pairs the product with the clause's own subject (the satellite maker
that rides the rocket, the bank that adopts the model), a DEVELOPED edge no reader draws when
the sentence names whose product it is.  Where the sentence keeps the genitive owner's DEVELOPED
edge to a product written a few words after it, the other learned DEVELOPED edges to that
product in the sentence go.  Rule-made edges (a clause that says who made it) stay.
"""

from __future__ import annotations

from .model import Mention, RelationCandidate

__all__ = ["genitive_makers"]

# the most characters between the owner's 의 and its product: kind words and a quotation mark
# ("의 NPU 제품군 '아라'", "의 최신 오픈소스 모델 라마 3")
_NEAR = 16


def genitive_makers(
    candidates: list[RelationCandidate], text: str, mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less the learned DEVELOPED edges to a product whose genitive maker the
    sentence keeps ("A는 B의 C 로켓에 실려": B DEVELOPED C stays, A DEVELOPED C goes)."""
    owned: dict[int, int] = {}
    for c in candidates:
        if c.type == "DEVELOPED" and _genitive_before(
            mentions[c.subject], mentions[c.object], text, mentions
        ):
            for o in _spellings(c.object, text, mentions):
                owned[o] = c.subject
    return [
        c
        for c in candidates
        if not (
            c.type == "DEVELOPED"
            and c.rule == "learned"
            and c.object in owned
            and owned[c.object] != c.subject
        )
    ]


def _genitive_before(owner: Mention, product: Mention, text: str, mentions: list[Mention]) -> bool:
    """Is ``owner`` written "X의" in the same sentence, a few words before ``product``, with no
    other name between?"""
    if owner.particle != "의" or owner.sentence_id != product.sentence_id:
        return False
    gap = product.start - owner.end
    between = any(
        m.kind == "name"
        and m.sentence_id == owner.sentence_id
        and owner.end < m.start < product.start
        for m in mentions
    )
    return 0 < gap <= _NEAR and "," not in text[owner.end : product.start] and not between


def _spellings(product: int, text: str, mentions: list[Mention]) -> set[int]:
    """The product's mention and the one written in brackets right after it ("스텔라5(Stella 5)")."""
    p = mentions[product]
    return {product} | {
        i
        for i, m in enumerate(mentions)
        if m.sentence_id == p.sentence_id
        and m.start == p.end + 1
        and text[p.end : p.end + 1] == "("
    }
