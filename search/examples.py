"""Example questions a knowledge base can answer, made from its own best-supported relations
(the templates are data: search/resources/examples.toml).

>>> from kg import analyze_document, resolve
>>> example_questions(resolve([analyze_document("d", "스타트업 업스테이지는 솔라를 개발했다.")]))
['솔라를 개발한 회사는?']
"""

from __future__ import annotations

import functools

from kg.josa import attach
from kg.resolve import Extraction

from .resource_tables import resource_table

__all__ = ["example_questions"]


@functools.cache
def _templates() -> tuple[dict, ...]:
    return tuple(resource_table("examples.toml")["example"])


def example_questions(ex: Extraction, n: int = 4) -> list[str]:
    """Up to ``n`` questions, one per relation type of the templates, in their order."""
    out: list[str] = []
    for tpl in _templates():
        rels = sorted(
            (r for r in ex.relations if r.type == tpl["relation"]),
            key=lambda r: (-len(r.evidence), -r.confidence, r.subject, r.object),
        )
        if rels:
            e = ex.entities[rels[0].object if tpl["names"] == "object" else rels[0].subject]
            # the name as Korean readers write it, when the text gives a Hangul form
            name = next((a for a in e.aliases if "가" <= a[-1] <= "힣"), e.name)
            out.append(attach(name, tpl["particle"], e.aliases) + tpl["rest"])
        if len(out) == n:
            break
    return out
