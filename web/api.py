"""The JSON API of interfaces.md, as a Flask Blueprint: one small view per route.

Views read their arguments, call the knowledge base and return its result; a bad request
raises ``ApiError`` and every error becomes a JSON body in ``web.edge``.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
from collections.abc import Callable
from functools import wraps
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, request

from search import KnowledgeBase
from search.limits import MAX_DOCUMENT_CHARS, MAX_K, MAX_QUERY_CHARS

from .edge import ApiError

__all__ = ["api", "current_kb"]

api = Blueprint("api", __name__)

GRAPH_MIMETYPES = {"json": "application/json", "graphml": "application/xml", "cypher": "text/plain"}
MAX_DOC_ID_CHARS = 200


def current_kb() -> KnowledgeBase:
    """The knowledge base of the app serving this request."""
    return current_app.extensions["kgsearch"]


# ---- reading arguments ---------------------------------------------------------------------------
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


def document_body(raw: bytes) -> tuple[str, str | None, str]:
    """(text, id or None, title) of a POST /api/documents body."""
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
        not isinstance(doc_id, str)
        or not doc_id.strip()
        or len(doc_id) > MAX_DOC_ID_CHARS
        or "#" in doc_id
    ):
        raise ApiError(
            400,
            f"'id' must be a non-empty string of at most {MAX_DOC_ID_CHARS} characters without '#'",
        )
    if not isinstance(title, str):
        raise ApiError(400, "'title' must be a string")
    return text, doc_id, title


def writes(view: Callable) -> Callable:
    """Only for the token's holder when KGSEARCH_TOKEN is set, else only from this machine."""

    @wraps(view)
    def guarded(*args, **kwargs):
        token = os.environ.get("KGSEARCH_TOKEN", "")
        if token:
            given = request.headers.get("Authorization", "")
            if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                raise ApiError(401, "this route needs 'Authorization: Bearer <KGSEARCH_TOKEN>'")
        elif not _from_loopback():
            raise ApiError(
                403,
                "writes are allowed only from this machine unless KGSEARCH_TOKEN "
                "is set on the server",
            )
        return view(*args, **kwargs)

    return guarded


def _from_loopback() -> bool:
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        return False


# ---- routes ----------------------------------------------------------------------------------------
@api.get("/healthz")
def healthz():
    return jsonify(status="ok")


@api.get("/api/search")
def search():
    q, k = query_arg(), int_arg("k", 10, 1, MAX_K)
    return jsonify(query=q, hits=[h.to_dict() for h in current_kb().search(q, k=k)])


@api.get("/api/ask")
def ask():
    return jsonify(current_kb().ask(query_arg()).to_dict())


@api.get("/api/entities/<path:name>")
def entity(name: str):
    if len(name) > MAX_QUERY_CHARS:
        raise ApiError(400, f"the entity name is over {MAX_QUERY_CHARS} characters")
    e = current_kb().entity(name)
    if e is None:
        raise ApiError(404, f"no entity named {name!r}")
    return jsonify(e.to_dict())


@api.get("/api/graph")
def graph():
    fmt = request.args.get("format", "json")
    if fmt not in GRAPH_MIMETYPES:
        raise ApiError(400, f"unknown format {fmt!r}: use json, graphml or cypher")
    entity = request.args.get("entity") or None
    body = current_kb().export(fmt, entity=entity, depth=int_arg("depth", 1, 0, 5))
    resp = Response(body, mimetype=GRAPH_MIMETYPES[fmt])
    if request.args.get("download"):
        name = f"kgsearch-graph{'-' + entity if entity else ''}.{fmt}"
        resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name, safe='')}"
    return resp


@api.get("/api/stats")
def stats():
    return jsonify(current_kb().stats())


@api.post("/api/documents")
@writes
def add_document():
    text, doc_id, title = document_body(request.get_data(cache=False))
    kb = current_kb()
    existed = doc_id in kb.document_ids() if doc_id else False
    new_id = kb.add_text(text, doc_id=doc_id, title=title, source="api")
    return jsonify(id=new_id, updated=existed, stats=kb.stats()), 200 if existed else 201


@api.delete("/api/documents/<path:doc_id>")
@writes
def remove_document(doc_id: str):
    kb = current_kb()
    if not kb.remove(doc_id):
        raise ApiError(404, f"no document with id {doc_id!r}")
    return jsonify(id=doc_id, removed=True, stats=kb.stats())


@api.get("/api/openapi.json")
def openapi():
    from .openapi import openapi_document

    return jsonify(openapi_document())
