"""The JSON API of interfaces.md, as a Flask Blueprint: one small view per route.

Views read their arguments, call the knowledge base and return its result; a bad request
raises ``ApiError`` and every error becomes a JSON body in ``web.edge``.
"""

from __future__ import annotations

from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.routing import PathConverter

from search import KnowledgeBase
from search.limits import MAX_K, MAX_QUERY_CHARS

from .edge import ApiError
from .upload import documents_from_request

__all__ = ["DocumentIdConverter", "api", "current_kb"]

api = Blueprint("api", __name__)

GRAPH_MIMETYPES = {"json": "application/json", "graphml": "application/xml", "cypher": "text/plain"}


class DocumentIdConverter(PathConverter):
    """A document id in a URL: anything, slashes included, even a leading one
    (``DELETE /api/documents//etc/news`` removes the document ``/etc/news``)."""

    regex = ".+"
    part_isolating = False  # the id may hold slashes


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
    document = request.args.get("doc") or None
    kb = current_kb()
    if document is not None and document not in kb.document_ids():
        raise ApiError(404, f"no document with id {document!r}")
    lexical = request.args.get("lexical", "1") not in ("0", "false", "no")
    body = kb.export(
        fmt, entity=entity, depth=int_arg("depth", 1, 0, 5), document=document, lexical=lexical
    )
    resp = Response(body, mimetype=GRAPH_MIMETYPES[fmt])
    if request.args.get("download"):
        name = f"kgsearch-graph{'-' + entity if entity else ''}.{fmt}"
        resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name, safe='')}"
    return resp


@api.get("/api/stats")
def stats():
    return jsonify(current_kb().stats())


@api.get("/api/documents")
def documents():
    return jsonify(documents=current_kb().documents())


@api.get("/api/documents/<doc_id:doc_id>")
def document(doc_id: str):
    doc = current_kb().document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document with id {doc_id!r}")
    return jsonify(doc)


# writes are checked for origin, body type and writer in web.access, before any view runs
@api.post("/api/documents")
def add_document():
    """A JSON document, a file's bytes (``?filename=``) or the page's form; see web.upload."""
    docs = documents_from_request(request)
    kb = current_kb()
    report = kb.ingest_documents(docs)
    # decided under the knowledge base's write lock: of parallel writers of one new id, one
    # creates it; an unchanged document existed, so it counts as updated
    ids = [d.id for d in docs]
    created = [i for i in ids if i in report.created]
    return jsonify(id=ids[0], ids=ids, updated=len(created) < len(ids), stats=kb.stats()), (
        201 if created else 200
    )


@api.delete("/api/documents/<doc_id:doc_id>")
def remove_document(doc_id: str):
    kb = current_kb()
    if not kb.remove(doc_id):
        raise ApiError(404, f"no document with id {doc_id!r}")
    return jsonify(id=doc_id, removed=True, stats=kb.stats())


@api.get("/api/openapi.json")
def openapi():
    from .openapi import openapi_document

    return jsonify(openapi_document())
