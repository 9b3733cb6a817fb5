"""Who is named to a body's head post written glued to the body's name: "새빛병원장에 P 교수".

News names the new head of a hospital, an institute or an association by writing the post as
one word, the body's name with the title 장 glued on, and a particle of the post (public.toml
``[body_heads]``): "X병원장에 P 교수, Y병원장에 Q 교수를 각각 임명했다", "P 교수가 X병원장에
내정됐다", "A사는 P 전무를 X협회장으로 선출했다".  kg.public_bodies makes the body a mention of
its own; the one person of the post's comma-separated clause, with a verb of taking a post
(grammar.toml ``[appointed]``) after it, works at the body with the title as role.  A clause of
several persons ("P 원장 후임으로 Q 교수가 X병원장에") is left to the scorer.
"""

from __future__ import annotations

import re

from .appointments import taking_verbs
from .clause import SentenceView
from .model import RelationCandidate
from .parallel_clauses import clause_commas
from .public_bodies import head_title, tables

__all__ = ["glued_post_relations"]

_GLUED_HEAD = "장"


def glued_post_relations(
    view: SentenceView, text: str, sentence_id: str
) -> list[RelationCandidate]:
    """WORKED_AT from the person named to a glued head post to the body it heads.

    "새빛의료원은 새빛병원장에 이준혁 교수를 임명했다": 이준혁 WORKED_AT 새빛병원 (병원장)."""
    if not any(t.form in taking_verbs() and t.tag in {"VV", "NNG"} for t in view.toks):
        return []
    commas = clause_commas(text)
    mentions = view.mentions

    def clause(mid: int) -> int:
        return sum(1 for at in commas if at < mentions[mid].start)

    out = []
    for body in view.mention_ids:
        title = _glued_title(text, mentions[body].text, mentions[body].end)
        if title is None:
            continue
        people = [
            p
            for p in view.mention_ids
            if mentions[p].kind == "name"
            and mentions[p].voted_type == "Person"
            and clause(p) == clause(body)
        ]
        if len(people) == 1:
            out.append(
                RelationCandidate(
                    "WORKED_AT", people[0], body, sentence_id, "glued-post", 0.85, title
                )
            )
    return out


def _glued_title(text: str, name: str, end: int) -> str | None:
    """The head's title when ``name`` (ending at ``end``) is written with 장 and a post's
    particle glued on ("새빛병원장에" -> "병원장"), else None."""
    if not text.startswith(_GLUED_HEAD, end):
        return None
    particle = re.match(r"[가-힣]*", text[end + len(_GLUED_HEAD) :]).group()
    split = head_title(name + _GLUED_HEAD)
    if split is None or split[0] != name or particle not in tables().post_particles:
        return None
    return split[1]
