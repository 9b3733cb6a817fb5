"""The Flask app: the search page and the JSON API of interfaces.md.

The knowledge base is opened once per process and shared by all requests; it swaps in a new
snapshot after each change, so readers never see half an update.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from search import KnowledgeBase
from search.kb import MAX_DOCUMENT_CHARS, MAX_QUERY_CHARS

__all__ = ["create_app"]

MAX_BODY_BYTES = 6 * 1024 * 1024
# Example questions are made from the knowledge base's own graph, one per kind of fact:
# relation type -> (question template, which end the question names).
EXAMPLE_TEMPLATES = {
    "DEVELOPED": ("을", " 개발한 회사는?", "object"),
    "FOUNDED": ("을", " 설립한 사람은 누구인가요?", "object"),
    "INVESTED_IN": ("에", " 투자한 기업은?", "object"),
    "FOUNDED_IN": ("은", " 언제 설립되었나요?", "subject"),
    "PARTNER_OF": ("과", " 협력하는 회사는?", "subject"),
}
# vis-network injects its own small stylesheet, hence 'unsafe-inline' for styles (never scripts)
_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)


class ApiError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def create_app(kb: KnowledgeBase | None = None, kb_path: str | None = None) -> Flask:
    """The app for one knowledge base (given, or opened from ``kb_path``/$KGSEARCH_KB)."""
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    app.json.ensure_ascii = False
    if kb is None:
        kb = KnowledgeBase.open(kb_path or os.environ.get("KGSEARCH_KB") or "data/kb")
    app.extensions["kgsearch"] = kb

    def the_kb() -> KnowledgeBase:
        return app.extensions["kgsearch"]

    @app.after_request
    def security_headers(resp: Response) -> Response:
        resp.headers["Content-Security-Policy"] = _CSP
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["X-Frame-Options"] = "DENY"
        resp.headers["Referrer-Policy"] = "no-referrer"
        resp.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        return resp

    @app.errorhandler(ApiError)
    def api_error(e: ApiError):
        return jsonify(error=e.message), e.status

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        if request.path.startswith("/api/") or request.path == "/healthz":
            msg = {
                413: f"the request body is over {MAX_BODY_BYTES // 2**20} MB",
                404: "no such route",
                405: "method not allowed",
            }.get(e.code, e.description)
            return jsonify(error=msg), e.code
        return e

    @app.errorhandler(Exception)
    def unexpected(e: Exception):
        app.logger.exception("unexpected error")
        if isinstance(e, HTTPException):
            return e
        return jsonify(error="internal error; see the server log"), 500

    def query_arg() -> str:
        q = request.args.get("q", "")
        if not q.strip():
            raise ApiError(400, "missing or empty query parameter 'q'")
        if len(q) > MAX_QUERY_CHARS:
            raise ApiError(400, f"'q' has {len(q)} characters; the limit is {MAX_QUERY_CHARS}")
        return q

    def int_arg(name: str, default: int, lo: int, hi: int) -> int:
        raw = request.args.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ApiError(400, f"'{name}' must be a whole number from {lo} to {hi}") from None
        if not lo <= value <= hi:
            raise ApiError(400, f"'{name}' must be from {lo} to {hi}, not {value}")
        return value

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    @app.get("/api/search")
    def api_search():
        q = query_arg()
        k = int_arg("k", 10, 1, 100)
        return jsonify(query=q, hits=[h.to_dict() for h in the_kb().search(q, k=k)])

    @app.get("/api/ask")
    def api_ask():
        return jsonify(the_kb().ask(query_arg()).to_dict())

    @app.get("/api/entities/<path:name>")
    def api_entity(name: str):
        if len(name) > MAX_QUERY_CHARS:
            raise ApiError(400, f"the entity name is over {MAX_QUERY_CHARS} characters")
        e = the_kb().entity(name)
        if e is None:
            raise ApiError(404, f"no entity named {name!r}")
        return jsonify(e.to_dict())

    @app.get("/api/graph")
    def api_graph():
        fmt = request.args.get("format", "json")
        if fmt not in ("json", "graphml", "cypher"):
            raise ApiError(400, f"unknown format {fmt!r}: use json, graphml or cypher")
        entity = request.args.get("entity")
        depth = int_arg("depth", 1, 0, 5)
        try:
            body = the_kb().export(fmt, entity=entity or None, depth=depth)
        except KeyError:
            raise ApiError(404, f"no entity named {entity!r}") from None
        mime = {"json": "application/json", "graphml": "application/xml", "cypher": "text/plain"}[
            fmt
        ]
        resp = Response(body, mimetype=mime)
        if request.args.get("download"):
            name = f"kgsearch-graph{'-' + entity if entity else ''}.{fmt if fmt != 'cypher' else 'cypher'}"
            resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(name)}"
        return resp

    @app.get("/api/stats")
    def api_stats():
        return jsonify(the_kb().stats())

    def authorise() -> None:
        token = os.environ.get("KGSEARCH_TOKEN", "")
        if token:
            given = request.headers.get("Authorization", "")
            expected = f"Bearer {token}"
            if not hmac.compare_digest(given.encode(), expected.encode()):
                raise ApiError(401, "this route needs 'Authorization: Bearer <KGSEARCH_TOKEN>'")
            return
        try:
            loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
        except ValueError:
            loopback = False
        if not loopback:
            raise ApiError(
                403,
                "writes are allowed only from this machine unless KGSEARCH_TOKEN "
                "is set on the server",
            )

    @app.post("/api/documents")
    def api_add_document():
        authorise()
        raw = request.get_data(cache=False)
        try:
            body = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise ApiError(400, "the body is not UTF-8") from None
        except json.JSONDecodeError as e:
            raise ApiError(400, f"the body is not JSON ({e.msg} at character {e.pos})") from None
        if not isinstance(body, dict):
            raise ApiError(400, 'the body must be a JSON object {"id"?, "title"?, "text"}')
        text, doc_id, title = body.get("text"), body.get("id"), body.get("title", "")
        if not isinstance(text, str) or not text.strip():
            raise ApiError(400, "'text' must be a non-empty string")
        if len(text) > MAX_DOCUMENT_CHARS:
            raise ApiError(413, f"'text' is over the limit of {MAX_DOCUMENT_CHARS:,} characters")
        if doc_id is not None and (
            not isinstance(doc_id, str) or not doc_id.strip() or len(doc_id) > 200 or "#" in doc_id
        ):
            raise ApiError(
                400, "'id' must be a non-empty string of at most 200 characters without '#'"
            )
        if not isinstance(title, str):
            raise ApiError(400, "'title' must be a string")
        kb = the_kb()
        existed = doc_id in kb.document_ids() if doc_id else False
        new_id = kb.add_text(text, doc_id=doc_id, title=title, source="api")
        return jsonify(id=new_id, updated=existed, stats=kb.stats()), 200 if existed else 201

    @app.delete("/api/documents/<path:doc_id>")
    def api_remove_document(doc_id: str):
        authorise()
        if not the_kb().remove(doc_id):
            raise ApiError(404, f"no document with id {doc_id!r}")
        return jsonify(id=doc_id, removed=True, stats=the_kb().stats())

    @app.get("/api/openapi.json")
    def api_openapi():
        from .openapi import openapi_document

        return jsonify(openapi_document())

    @app.get("/")
    def index():
        q = request.args.get("q", "").strip()
        entity_name = request.args.get("entity", "").strip()
        kb = the_kb()
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
            examples=example_questions(kb),
            highlight=_highlight,
        )

    return app


def example_questions(kb: KnowledgeBase, n: int = 4) -> list[str]:
    """A few questions this knowledge base can answer, from its best-supported relations."""
    cached = getattr(kb.extraction, "_examples", None)
    if cached is not None:
        return cached
    from kg.josa import attach

    ex = kb.extraction
    out: list[str] = []
    for rel_type, (particle, rest, side) in EXAMPLE_TEMPLATES.items():
        rels = sorted(
            (r for r in ex.relations if r.type == rel_type),
            key=lambda r: (-len(r.evidence), -r.confidence, r.subject, r.object),
        )
        if rels:
            e = ex.entities[rels[0].object if side == "object" else rels[0].subject]
            # the name as Korean readers write it, when the text gives a Hangul form
            name = next((a for a in e.aliases if "가" <= a[-1] <= "힣"), e.name)
            out.append(attach(name, particle, e.aliases) + rest)
        if len(out) == n:
            break
    ex._examples = out
    return out


def _quote(name: str) -> str:
    from urllib.parse import quote

    return quote(name, safe="")


def _highlight(hit) -> list[dict]:
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
