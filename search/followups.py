"""Follow-up questions around an answer: what else the graph knows about the answer's entity,
asked as Korean questions (the templates are data: search/resources/followups.toml).

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "업스테이지는 솔라를 개발했다. 업스테이지는 2020년 설립되었다.")])
>>> follow_up_questions(ex, "업스테이지")
['업스테이지는 언제 설립되었나요?', '업스테이지가 개발한 것은?']
"""

from __future__ import annotations

import functools

from kg.josa import attach
from kg.resolve import Extraction

from .resource_tables import resource_table

__all__ = ["follow_up_questions"]


@functools.cache
def _templates() -> dict[tuple[str, str], dict]:
    rows = resource_table("followups.toml")["followup"]
    return {(t["relation"], t["names"]): t for t in rows}


def _korean_name(ex: Extraction, entity_id: str) -> tuple[str, list[str]]:
    e = ex.entities[entity_id]
    # the name as Korean readers write it, when the text gives a Hangul form
    return next((a for a in e.aliases if "가" <= a[-1] <= "힣"), e.name), list(e.aliases)


def follow_up_questions(ex: Extraction, entity_id: str, asked: str = "", n: int = 4) -> list[str]:
    """Up to ``n`` questions naming the entity, one per relation type and end it stands at,
    best-supported relations first; never the question just ``asked``."""
    if entity_id not in ex.entities:
        return []
    templates = _templates()
    rels = sorted(
        (r for r in ex.relations if entity_id in (r.subject, r.object)),
        key=lambda r: (-len(r.evidence), -r.confidence, r.type, r.subject, r.object),
    )
    name, aliases = _korean_name(ex, entity_id)
    asked_key = asked.replace(" ", "")
    out: list[str] = []
    for r in rels:
        end = "subject" if r.subject == entity_id else "object"
        tpl = templates.get((r.type, end))
        if tpl is None:
            continue
        question = attach(name, tpl["particle"], aliases) + tpl["rest"]
        if question not in out and question.replace(" ", "") != asked_key:
            out.append(question)
        if len(out) == n:
            break
    return out
