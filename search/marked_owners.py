"""Whose a figure or a post is, as its sentence marks it: the last organisation written before
it as the sentence's topic, subject or genitive ("루멘옵틱스는 지난해 매출 310억원", "클래스온의
직원 수", "삼성생명 역시 3분기 영업이익이"), a bracketed gloss after the name aside; a figure
whose sentence marks none belongs to the one a sentence before it in its paragraph marks, and
whether that owner is one the question names decides whether the figure answers it
(attributes.py; holders.py reads a post's owner the same way).  The particles and adverbs are
data (resources/answer_types.toml [attribute_reach]).

>>> text = "루멘옵틱스는 지난해 매출 310억원을 올렸다"
>>> lumen = {"id": "l", "type": "Company", "start": 0, "end": 5}
>>> owner_of(Passage("s1", text, [], entities=[lumen]), text.index("310"))["id"]
'l'
>>> text = "매출 310억원을 올린 루멘옵틱스와 손잡았다"
>>> lumen = {"id": "l", "type": "Company", "start": 12, "end": 17}
>>> owner_of(Passage("s2", text, [], entities=[lumen]), len(text)) is None
True
"""

from __future__ import annotations

import re

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .group_totals import group_figure
from .investee_figures import invests_at
from .passages import earlier_in_paragraph
from .reader import Passage
from .reader_input import ReaderInput

__all__ = ["named_in_question", "owned_by_named", "owner_of", "unformed"]


def owner_of(p: Passage, limit: int, investee: bool = False) -> dict | None:
    """The last organisation written before ``limit`` as a topic, subject or genitive
    ("루멘옵틱스는 ... 매출", "클래스온의 지난해 매출", "삼성생명 역시 3분기 영업이익이"); for an
    ``investee``'s figure (a valuation) not one whose clause invests ("B가 투자를 이끌었고")."""
    reach = answer_type_tables()["attribute_reach"]
    found = None
    for m in sorted(p.entities, key=lambda m: m["end"]):
        if m["end"] > limit or m.get("type") not in reach["owners"]:
            continue
        end = _past_gloss(p.text, m["end"])  # "한울정보시스템(Hanul Information Systems)의"
        if not _owner_marked(p.text, end, reach):
            continue
        if investee and invests_at(p.text, p.tokens, end):
            continue  # the investor, not the company its valuation is of
        found = m
    return found


def _owner_marked(text: str, end: int, reach: dict) -> bool:
    """A topic, subject or genitive particle is glued to the name ending at ``end``, or an
    adverb of likewise follows it as the topic ("삼성생명 역시", [attribute_reach] owner_adverbs)."""
    after = text[end : end + 2]
    if any(
        after.startswith(k) and (len(after) == len(k) or not re.match(r"[가-힣]", after[len(k)]))
        for k in reach["owner_particles"]
    ):
        return True
    rest = text[end:]
    return any(
        re.match(rf" {re.escape(w)}(?![가-힣])", rest) is not None for w in reach["owner_adverbs"]
    )


def _past_gloss(text: str, end: int) -> int:
    """Where a name's bracketed gloss written right after it ends ("셀로직(Cellogic)이"), or
    ``end`` when none is."""
    if text[end : end + 1] != "(":
        return end
    close = text.find(")", end)
    return close + 1 if close > 0 and "(" not in text[end + 1 : close] else end


def owned_by_named(
    snap, ri: ReaderInput, p: Passage, at: int, imposed: bool = False, investee: bool = False
) -> bool:
    """The figure at ``at`` of passage ``p`` belongs to a thing the question names, or to no
    organisation written before it in its paragraph; a figure imposed on another (a fine)
    belongs to what its sentence names, whoever imposes it; an ``investee``'s figure (a
    valuation) to no organisation whose clause invests."""
    ex = snap.extraction
    if imposed and any(named_in_question(ex, ri, m["id"]) for m in p.entities):
        return True
    owner = owner_of(p, at, investee)
    if owner is None and group_figure(p.text, p.tokens, at):
        return False  # "상위 20개 증권사의 ... 총 영업이익은": the group's, no member's
    if owner is None:
        owner = next(
            (
                o
                for e in earlier_in_paragraph(snap, p.sentence_id)
                if (o := owner_of(e, len(e.text), investee))
            ),
            None,
        )
    if owner is not None:
        return named_in_question(ex, ri, owner["id"])
    # no owner written as a topic or subject: the figure is of one of the organisations its
    # sentence names before it ("마실트립에 과징금 47억원" is no fine of 코드나루), if it names any
    reach = answer_type_tables()["attribute_reach"]
    before = [m for m in p.entities if m["end"] <= at and m.get("type") in reach["owners"]]
    return not before or any(named_in_question(ex, ri, m["id"]) for m in before)


def named_in_question(ex, ri: ReaderInput, eid: str) -> bool:
    """The entity ``eid`` of extraction ``ex`` is one the question names (by id or by one of
    its names)."""
    ent = ex.entities.get(eid)
    aliases = ent.aliases if ent is not None else ()
    # "하우스링크㈜" is the 하우스링크 the question names: its legal form says no other company
    keys = {name_key(a) for a in aliases} | {name_key(unformed(a)) for a in aliases}
    return eid in ri.named or bool(keys & ri.named_names)


def unformed(name: str) -> str:
    """A company's name without the legal form written around it (kg grammar.toml
    legal_forms).

    >>> unformed("하우스링크㈜"), unformed("(주)누리텍"), unformed("주식회사 다온")
    ('하우스링크', '누리텍', '다온')
    """
    for form in resources().grammar.legal_forms:
        name = name.replace(form, "")
    return name.strip()
