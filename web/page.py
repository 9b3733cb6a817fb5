"""The pages people use, as a Flask Blueprint: ask (the answer with citations, evidence, an
entity and the graph beside it), the documents (list, add, delete; one document with its
sentences), and the graph explorer.  Korean labels come from one table (``web.labels``), which
the page's scripts receive as JSON."""

from __future__ import annotations

from flask import Blueprint, Response, current_app, render_template, request

from search import InputError
from search.followups import follow_up_questions
from search.limits import MAX_QUERY_CHARS

from .admission import Busy
from .answer_card import answer_card, highlight, sentence_anchor
from .api import current_kb
from .labels import labels, relation_label, type_label

__all__ = ["highlight", "page"]

page = Blueprint("page", __name__)


def _render(template: str, active: str, **context) -> str:
    kb = current_kb()
    context.setdefault("q", "")
    return render_template(
        template,
        active=active,
        stats=kb.stats(),
        examples=kb.example_questions(),
        labels=labels(),
        relation_label=relation_label,
        type_label=type_label,
        # for the page's form uploads (multipart needs it; see web.access)
        csrf_token=current_app.extensions["kgsearch.exposure"].csrf_token,
        **context,
    )


@page.app_template_filter("type_label")
def _type_label_filter(entity_type: str) -> str:
    return type_label(entity_type)


def _ask(kb, q: str) -> dict:
    """The answer as a dict, admitted by what embedding the question costs (web.admission)."""
    with current_app.extensions["kgsearch.admission"].admit(kb.query_cost(q)):
        return kb.ask(q).to_dict()


@page.get("/")
def index():
    q = request.args.get("q", "").strip()
    entity_name = request.args.get("entity", "").strip()
    kb = current_kb()
    snap = kb.snapshot()
    card = error = entity = None
    followups: list[str] = []
    focus: list[str] = []  # the answer's entities, else the question's
    status = 200
    if len(q) > MAX_QUERY_CHARS:
        error, status = f"질문이 너무 깁니다 ({len(q)}자, 최대 {MAX_QUERY_CHARS}자).", 400
    elif q:
        try:
            answer = _ask(kb, q)
        except InputError as e:
            error, status = f"질문을 읽지 못했습니다: {e}", 400
        except Busy as e:
            error, status = f"서버가 바쁩니다. {e.retry_after}초 뒤에 다시 시도하세요.", 503
        else:
            titles = {doc_id: title for doc_id, title, _ in snap.documents}
            card = answer_card(answer, titles, q)
            names = snap.extraction.entities
            asked = [e for e in (answer.get("analysis") or {}).get("entities", []) if e in names]
            card["asked_entities"] = [names[e].name for e in asked]
            focus = [e["id"] for e in answer.get("answer_entities", [])] or asked
            if focus:
                followups = follow_up_questions(snap.extraction, focus[0], asked=q)
    if entity_name:
        entity = kb.entity(entity_name)
        if entity is None:
            error = f"'{entity_name}' 개체를 찾지 못했습니다."
    elif focus:
        entity = kb.entity(focus[0])
    page_html = _render(
        "index.html",
        "ask",
        q=q,
        card=card,
        entity=entity,
        error=error,
        followups=followups,
        graph_start=entity.id if entity else "",
    )
    return page_html, status


@page.get("/documents")
def documents():
    return _render("documents.html", "documents", documents=current_kb().documents())


@page.get("/documents/<path:doc_id>")
def document(doc_id: str):
    doc = current_kb().document(doc_id)
    if doc is None:
        message = f"'{doc_id}' 문서를 찾을 수 없습니다. 삭제되었거나 주소가 틀렸습니다."
        return _render("notfound.html", "documents", message=message), 404
    paragraphs: list[list[dict]] = []
    last = None
    for s in doc["sentences"]:
        if s["paragraph"] != last:
            paragraphs.append([])
            last = s["paragraph"]
        paragraphs[-1].append({**s, "anchor": sentence_anchor(s["id"]), "pieces": highlight(s)})
    back_q = request.args.get("q", "").strip()[:MAX_QUERY_CHARS]
    return _render("document.html", "documents", doc=doc, paragraphs=paragraphs, back_q=back_q)


@page.get("/graph")
def graph():
    kb = current_kb()
    start = request.args.get("entity", "").strip()
    entity = kb.entity(start) if start else None
    return _render("graph.html", "graph", start_entity=entity.id if entity else "")


@page.get("/favicon.ico")
def favicon():
    # browsers ask for /favicon.ico whatever the page links; the same icon, not a 404
    icon = current_app.open_resource("static/favicon.svg").read()
    resp = Response(icon, mimetype="image/svg+xml")
    resp.cache_control.max_age = 86400
    return resp
