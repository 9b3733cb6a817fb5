"""The JSON API of interfaces.md, as a Flask Blueprint: one small view per route.

Views read their arguments through the request models of ``web.schema``, call the knowledge
base and return its result; a bad request raises ``ApiError`` and every error becomes a JSON
body in ``web.edge``.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
from collections.abc import Callable
from functools import wraps
from pathlib import PurePath
from typing import TypeVar
from urllib.parse import quote

from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import BaseModel, ValidationError

from search import KnowledgeBase
from search.ingest import read_bytes
from search.limits import MAX_QUERY_CHARS
from search.results import DocumentView

from .edge import ApiError
from .schema import (
    AskParams,
    DocumentList,
    DocumentRemoved,
    DocumentWritten,
    GraphParams,
    Health,
    NewDocument,
    SearchParams,
    SearchResult,
    UploadParams,
    request_error,
)

__all__ = ["api", "current_kb"]

api = Blueprint("api", __name__)

GRAPH_MIMETYPES = {"json": "application/json", "graphml": "application/xml", "cypher": "text/plain"}
Request = TypeVar("Request", bound=BaseModel)


def current_kb() -> KnowledgeBase:
    """The knowledge base of the app serving this request."""
    return current_app.extensions["kgsearch"]


def _validated(model: type[Request], data) -> Request:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise ApiError(*request_error(model, e)) from None


def params(model: type[Request]) -> Request:
    """The query string as a request model (an empty value counts as not given)."""
    return _validated(model, {k: v for k, v in request.args.items() if v != ""})


def body(model: type[Request]) -> Request:
    """The JSON body as a request model."""
    try:
        data = json.loads(request.get_data(cache=False).decode("utf-8"))
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not UTF-8") from None
    except json.JSONDecodeError as e:
        raise ApiError(400, f"the body is not JSON ({e.msg} at character {e.pos})") from None
    return _validated(model, data)


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


def reply(result: BaseModel, status: int = 200):
    """A result model as the JSON response."""
    return jsonify(result.model_dump(mode="json")), status


# ---- routes ----------------------------------------------------------------------------------------
@api.get("/healthz")
def healthz():
    return reply(Health(status="ok"))


@api.get("/api/search")
def search():
    p = params(SearchParams)
    return reply(SearchResult(query=p.q, hits=current_kb().search(p.q, k=p.k)))


@api.get("/api/ask")
def ask():
    return reply(current_kb().ask(params(AskParams).q))


@api.get("/api/entities/<path:name>")
def entity(name: str):
    if len(name) > MAX_QUERY_CHARS:
        raise ApiError(400, f"the entity name is over {MAX_QUERY_CHARS} characters")
    e = current_kb().entity(name)
    if e is None:
        raise ApiError(404, f"no entity named {name!r}")
    return reply(e)


@api.get("/api/graph")
def graph():
    p = params(GraphParams)
    kb = current_kb()
    if p.doc is not None and p.doc not in kb.document_ids():
        raise ApiError(404, f"no document with id {p.doc!r}")
    exported = kb.export(p.format, p.entity, p.depth, document=p.doc, lexical=p.lexical)
    resp = Response(exported, mimetype=GRAPH_MIMETYPES[p.format])
    if p.download:
        name = f"kgsearch-graph{'-' + p.entity if p.entity else ''}.{p.format}"
        resp.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(name, safe='')}"
    return resp


@api.get("/api/stats")
def stats():
    return jsonify(current_kb().stats())


@api.get("/api/documents")
def documents():
    return reply(DocumentList(documents=current_kb().documents()))


@api.get("/api/documents/<path:doc_id>")
def document(doc_id: str):
    doc = current_kb().document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document with id {doc_id!r}")
    return reply(DocumentView.model_validate(doc))


@api.post("/api/documents")
@writes
def add_document():
    filename = params(UploadParams).filename
    return _add_file(filename) if filename is not None else _add_json()


def _add_json():
    doc = body(NewDocument)
    kb = current_kb()
    existed = doc.id in kb.document_ids() if doc.id else False
    new_id = kb.add_text(doc.text, doc_id=doc.id, title=doc.title, source="api")
    written = DocumentWritten(id=new_id, ids=[new_id], updated=existed, stats=kb.stats())
    return reply(written, 200 if existed else 201)


def _add_file(filename: str):
    """A file's bytes, read as `kgsearch add` reads that file (.txt, .md, .jsonl; UTF-8 or
    CP949); its id is the file name without suffix, or each JSONL line's "id"."""
    docs = read_bytes(PurePath(filename).name, request.get_data(cache=False), source="upload")
    if any("#" in d.id for d in docs):
        raise ApiError(400, "a document id may not hold '#': rename the file or fix its ids")
    kb = current_kb()
    before = set(kb.document_ids())
    ids = kb.add_documents(docs)
    updated = [i for i in ids if i in before]
    written = DocumentWritten(id=ids[0], ids=ids, updated=bool(updated), stats=kb.stats())
    return reply(written, 200 if len(updated) == len(ids) else 201)


@api.delete("/api/documents/<path:doc_id>")
@writes
def remove_document(doc_id: str):
    kb = current_kb()
    if not kb.remove(doc_id):
        raise ApiError(404, f"no document with id {doc_id!r}")
    return reply(DocumentRemoved(id=doc_id, removed=True, stats=kb.stats()))


@api.get("/api/openapi.json")
def openapi():
    from .openapi import openapi_document

    return jsonify(openapi_document())
