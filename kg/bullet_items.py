"""A person and an organisation in two items of one bulleted list are not linked.

Appointment news lists each new head in an item of its own, led by the company: "▲대월케미칼
대표이사 사장 국태윤 ▲대월건설 대표이사 부사장 연승아 ▲…"; the learned scorer, reading the whole
sentence, linked every person to every company of the list (round 18: 14 wrong WORKED_AT in one
sentence).  A person whose item names something before them works at what their own item writes,
so a learned WORKED_AT from them to a name in another item (the text between holds a "▲") is
dropped.  Items led by the person ("▲오상민 CTO(전 케이던스소프트 연구소장)") list one company's
people, who work at the company the list is about (round 11): their pairs stay, as do the rules'
candidates and pairs with one end before the first item ("A사는 ▲…").
"""

from __future__ import annotations

from .model import Mention, RelationCandidate

__all__ = ["within_items"]

#: the bullet that opens an item of a list, as Korean news writes it
BULLET = "▲"


def within_items(
    candidates: list[RelationCandidate], text: str, mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less the learned WORKED_AT pairs from a person whose bulleted item of
    ``text`` is led by a name to a name in another item.

    >>> text = "인사는 ▲가온화학 사장 도윤서 ▲가온건설 부사장 남궁별."
    >>> ms = [Mention("s", 5, 9, "가온화학"), Mention("s", 13, 16, "도윤서"),
    ...       Mention("s", 18, 22, "가온건설"), Mention("s", 27, 30, "남궁별")]
    >>> cs = [RelationCandidate("WORKED_AT", s, o, "s", "learned", 0.9) for s, o in
    ...       [(1, 0), (1, 2), (3, 2), (3, 0)]]
    >>> [(c.subject, c.object) for c in within_items(cs, text, ms)]
    [(1, 0), (3, 2)]
    """
    if text.count(BULLET) < 2:
        return candidates

    def apart(c: RelationCandidate) -> bool:
        person, other = mentions[c.subject], mentions[c.object]
        item = text.rfind(BULLET, 0, person.start)
        if item < 0 or not _led_by_name(mentions, person, item):
            return False
        a, b = sorted((person.start, other.start))
        return BULLET in text[a:b]

    return [
        c for c in candidates if not (c.type == "WORKED_AT" and c.rule == "learned" and apart(c))
    ]


def _led_by_name(mentions: list[Mention], person: Mention, item: int) -> bool:
    """Does a name of the person's sentence stand between the item's bullet and the person?"""
    return any(
        m.sentence_id == person.sentence_id and m.kind == "name" and item < m.start < person.start
        for m in mentions
    )
