"""The JSON API of interfaces.md, as a Flask Blueprint: one small view per route.

Views read their arguments through the request models of ``web.schema``, call the knowledge
base and return its result; a bad request raises ``ApiError`` and every error becomes a JSON
body in ``web.edge``.
"""

from __future__ import annotations

import json
from typing import TypeVar
from urllib.parse import quote

from flask import Blueprint, Response, current_app, g, jsonify, request
from pydantic import BaseModel, ValidationError
from werkzeug.routing import PathConverter

from search import KnowledgeBase
from search.ingest import SourceDocument
from search.limits import MAX_QUERY_CHARS
from search.results import DocumentView

from .edge import ApiError
from .jobs import Jobs
from .schema import (
    AskParams,
    DocumentList,
    DocumentRemoved,
    DocumentWritten,
    GraphParams,
    Health,
    JobStatus,
    NewDocument,
    SearchParams,
    SearchResult,
    UploadParams,
    request_error,
)
from .upload import file_documents, form_document, new_document

__all__ = ["DocumentIdConverter", "api", "current_kb"]

api = Blueprint("api", __name__)

GRAPH_MIMETYPES = {"json": "application/json", "graphml": "application/xml", "cypher": "text/plain"}
Request = TypeVar("Request", bound=BaseModel)


class DocumentIdConverter(PathConverter):
    """A document id in a URL: anything, slashes included, even a leading one
    (``DELETE /api/documents//etc/news`` removes the document ``/etc/news``)."""

    regex = ".+"
    part_isolating = False  # the id may hold slashes


def current_kb() -> KnowledgeBase:
    """The knowledge base of the app, as this request sees it: one revision for the whole
    request (the live one at its first call), moved on only by the request's own writes."""
    if "kgsearch_kb" not in g:
        g.kgsearch_kb = current_app.extensions["kgsearch"].pinned()
    return g.kgsearch_kb


def jobs() -> Jobs:
    """The background writer of the app serving this request."""
    return current_app.extensions["kgsearch.jobs"]


def admitted(q: str):
    """Run a search or question once its embedding fits the server's budget (web.admission)."""
    return current_app.extensions["kgsearch.admission"].admit(current_kb().query_cost(q))


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
    except RecursionError:
        raise ApiError(400, "the body is not JSON this server reads: nested too deeply") from None
    except ValueError as e:  # an integer of thousands of digits
        raise ApiError(400, f"the body is not JSON this server reads: {e}") from None
    return _validated(model, data)


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
    with admitted(p.q):
        return reply(SearchResult(query=p.q, hits=current_kb().search(p.q, k=p.k)))


@api.get("/api/ask")
def ask():
    q = params(AskParams).q
    with admitted(q):
        return reply(current_kb().ask(q))


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


@api.get("/api/documents/<doc_id:doc_id>")
def document(doc_id: str):
    doc = current_kb().document(doc_id)
    if doc is None:
        raise ApiError(404, f"no document with id {doc_id!r}")
    return reply(DocumentView.model_validate(doc))


# writes are checked for origin, body type and writer in web.access, before any view runs
@api.post("/api/documents")
def add_document():
    """A JSON document, a file's bytes (``?filename=``) or the page's form; see web.upload."""
    filename = params(UploadParams).filename
    if filename is not None:
        docs = file_documents(filename, request.get_data(cache=False))
    elif request.mimetype == "multipart/form-data":
        docs = form_document(request, lambda fields: _validated(NewDocument, fields))
    else:
        docs = [new_document(body(NewDocument))]
    if jobs().needs_job(docs):
        # over the sentence budget of one request: ingested in the background (202)
        job = jobs().submit(docs)
        response, status = reply(JobStatus.model_validate(job.to_dict()), 202)
        response.headers["Location"] = f"/api/jobs/{job.id}"
        return response, status
    with jobs().writing():
        return _written(docs)


def _written(docs: list[SourceDocument]):
    kb = current_kb()
    report = kb.ingest_documents(docs)
    # decided under the knowledge base's write lock: of parallel writers of one new id, one
    # creates it; an unchanged document existed, so it counts as updated
    ids = [d.id for d in docs]
    created = [i for i in ids if i in report.created]
    written = DocumentWritten(id=ids[0], ids=ids, updated=len(created) < len(ids), stats=kb.stats())
    return reply(written, 201 if created else 200)


@api.delete("/api/documents/<doc_id:doc_id>")
def remove_document(doc_id: str):
    kb = current_kb()
    with jobs().writing():
        removed = kb.remove(doc_id)
    if not removed:
        raise ApiError(404, f"no document with id {doc_id!r}")
    return reply(DocumentRemoved(id=doc_id, removed=True, stats=kb.stats()))


@api.get("/api/jobs/<job_id>")
def job(job_id: str):
    found = jobs().get(job_id)
    if found is None:
        raise ApiError(404, f"no job {job_id!r} (jobs are remembered until the server restarts)")
    return reply(JobStatus.model_validate(found.to_dict()))


@api.get("/api/openapi.json")
def openapi():
    from .openapi import openapi_document

    return jsonify(openapi_document())
