"""The search page, as a Flask Blueprint: a question, its answer with evidence, an entity."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template, request

from search.limits import MAX_QUERY_CHARS

from .api import current_kb

__all__ = ["highlight", "page"]

page = Blueprint("page", __name__)


@page.get("/")
def index():
    q = request.args.get("q", "").strip()
    entity_name = request.args.get("entity", "").strip()
    kb = current_kb()
    answer = error = entity = None
    if q:
        if len(q) > MAX_QUERY_CHARS:
            error = f"질문이 너무 깁니다 ({len(q)}자, 최대 {MAX_QUERY_CHARS}자)."
        else:
            answer = kb.ask(q)
    if entity_name:
        entity = kb.entity(entity_name)
        if entity is None:
            error = f"'{entity_name}' 개체를 찾지 못했습니다."
    elif answer is not None and answer.answer_entities:
        entity = kb.entity(answer.answer_entities[0]["id"])
    elif answer is not None and answer.analysis.get("entities"):
        entity = kb.entity(answer.analysis["entities"][0])
    return render_template(
        "index.html",
        q=q,
        answer=answer,
        entity=entity,
        error=error,
        stats=kb.stats(),
        examples=kb.example_questions(),
        highlight=highlight,
        # the page's own uploads send it (multipart forms need it; see web.access)
        csrf_token=current_app.extensions["kgsearch.exposure"].csrf_token,
    )


def highlight(hit) -> list[dict]:
    """Split a hit's text into plain and entity pieces for the template (which escapes both)."""
    pieces, pos = [], 0
    text = hit.text
    for e in sorted(hit.entities, key=lambda e: (e["start"], -e["end"])):
        if e["start"] < pos or e["end"] > len(text):
            continue
        if e["start"] > pos:
            pieces.append({"text": text[pos : e["start"]]})
        pieces.append({"text": text[e["start"] : e["end"]], "entity": e})
        pos = e["end"]
    if pos < len(text):
        pieces.append({"text": text[pos:]})
    return pieces
