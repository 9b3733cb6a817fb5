"""The OpenAPI 3.1 description of the HTTP API (served at /api/openapi.json), generated from the
request and result types (``web.schema``, ``search.results``) and the table of operations
below — nothing about a shape is written here by hand.

OpenAPI 3.1 schemas are JSON Schema 2020-12, which is what pydantic generates.  A test
validates every live response of every route against this document.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from search.limits import MAX_QUERY_CHARS
from search.results import Answer, DocumentView, EntityView, ResultSchema, Stats

from .schema import (
    AskParams,
    DocumentList,
    DocumentRemoved,
    DocumentWritten,
    ErrorBody,
    GraphExport,
    GraphParams,
    Health,
    JobStatus,
    NewDocument,
    OpenAPIDocument,
    SearchParams,
    SearchResult,
    UploadParams,
)

__all__ = ["OPERATIONS", "Operation", "openapi_document"]

REF = "#/components/schemas/{model}"


@dataclass(frozen=True)
class Operation:
    """One route and method: what it takes and, per status, what it returns.  A response is a
    model (JSON) or, for other media types, {media type: description} (a string body)."""

    method: str
    path: str  # OpenAPI form: /api/entities/{name}
    summary: str
    responses: dict[int, type[BaseModel] | dict[str, str]]
    params: type[BaseModel] | None = None
    path_params: dict[str, dict] = field(default_factory=dict)  # name -> JSON schema
    body: type[BaseModel] | None = None
    raw_body: str = ""  # a media type the body may also come as, bytes taken as they are
    errors: bool = True  # JSON error bodies for every other status


_WRITE = {401: ErrorBody, 403: ErrorBody}
_PAGE = {200: {"text/html": "the page"}}
OPERATIONS = (
    Operation("get", "/", "ask: the answer, its evidence and the graph", _PAGE, errors=False),
    Operation("get", "/documents", "the documents: list, add, delete", _PAGE, errors=False),
    Operation(
        "get",
        "/documents/{doc_id}",
        "one document with its sentences and mentions",
        {**_PAGE, 404: {"text/html": "no such document"}},
        path_params={"doc_id": {"type": "string"}},
        errors=False,
    ),
    Operation("get", "/graph", "the graph explorer", _PAGE, errors=False),
    Operation(
        "get", "/favicon.ico", "the icon", {200: {"image/svg+xml": "the icon"}}, errors=False
    ),
    Operation("get", "/healthz", "liveness: the knowledge base is loaded", {200: Health}),
    Operation(
        "get",
        "/api/search",
        "ranked evidence sentences",
        {200: SearchResult, 400: ErrorBody, 503: ErrorBody},
        params=SearchParams,
    ),
    Operation(
        "get",
        "/api/ask",
        "an answer with evidence",
        {200: Answer, 400: ErrorBody, 503: ErrorBody},
        AskParams,
    ),
    Operation(
        "get",
        "/api/entities/{name}",
        "one entity by id or any alias",
        {200: EntityView, 400: ErrorBody, 404: ErrorBody},
        path_params={"name": {"type": "string", "maxLength": MAX_QUERY_CHARS}},
    ),
    Operation(
        "get",
        "/api/graph",
        "the graph export, or one entity's neighbourhood",
        {
            200: GraphExport,
            400: ErrorBody,
            404: ErrorBody,
        },
        params=GraphParams,
    ),
    Operation("get", "/api/stats", "counts of what the knowledge base holds", {200: Stats}),
    Operation("get", "/api/documents", "the documents, by id", {200: DocumentList}),
    Operation(
        "get",
        "/api/documents/{doc_id}",
        "one document: its text, sentences (ids, offsets) and entity mentions",
        {200: DocumentView, 404: ErrorBody},
        path_params={"doc_id": {"type": "string"}},
    ),
    Operation(
        "post",
        "/api/documents",
        "add a document (JSON), or a file's documents (its bytes, with ?filename=); "
        "a document with the same id is replaced; over the sentence budget of one request, "
        "a background job (202, Location: /api/jobs/<id>)",
        {
            200: DocumentWritten,
            201: DocumentWritten,
            202: JobStatus,
            400: ErrorBody,
            413: ErrorBody,
            503: ErrorBody,
            **_WRITE,
        },
        params=UploadParams,
        body=NewDocument,
        raw_body="application/octet-stream",
    ),
    Operation(
        "delete",
        "/api/documents/{doc_id}",
        "remove a document and what only it supported",
        {200: DocumentRemoved, 404: ErrorBody, **_WRITE},
        path_params={"doc_id": {"type": "string"}},
    ),
    Operation(
        "get",
        "/api/jobs/{job_id}",
        "how far a background ingestion is",
        {200: JobStatus, 404: ErrorBody},
        path_params={"job_id": {"type": "string"}},
    ),
    Operation("get", "/api/openapi.json", "this document", {200: OpenAPIDocument}),
)
# the non-JSON forms of the graph export
_GRAPH_TEXT = {"application/xml": "GraphML", "text/plain": "Cypher, one statement a line"}


@functools.cache
def _schemas() -> tuple[dict, dict]:
    """(model and mode -> its schema or $ref, components.schemas) for every model used."""
    pairs = set()
    for op in OPERATIONS:
        pairs |= {(m, "serialization") for m in op.responses.values() if isinstance(m, type)}
        if op.body is not None:  # query parameters are described inline, one by one
            pairs.add((op.body, "validation"))
    if any(op.errors for op in OPERATIONS):
        pairs.add((ErrorBody, "serialization"))
    refs, top = models_json_schema(
        sorted(pairs, key=lambda p: p[0].__name__), ref_template=REF, schema_generator=ResultSchema
    )
    return refs, top.get("$defs", {})


def _parameters(op: Operation) -> list[dict]:
    out = [
        {"name": name, "in": "path", "required": True, "schema": schema}
        for name, schema in op.path_params.items()
    ]
    if op.params is not None:
        schema = op.params.model_json_schema(ref_template=REF)
        for name, prop in schema["properties"].items():
            prop = {k: v for k, v in prop.items() if k != "title"}
            out.append(
                {
                    "name": name,
                    "in": "query",
                    "required": name in schema.get("required", []),
                    "description": prop.pop("description", ""),
                    "schema": prop,
                }
            )
    return out


def _responses(op: Operation, refs: dict) -> dict:
    out = {}
    for status, spec in op.responses.items():
        if isinstance(spec, type):
            content = {"application/json": {"schema": refs[(spec, "serialization")]}}
            if spec is GraphExport:
                content |= {t: {"schema": {"type": "string"}} for t in _GRAPH_TEXT}
            description = " ".join((spec.__doc__ or spec.__name__).split())
        else:
            content = {t: {"schema": {"type": "string"}} for t in spec}
            description = "; ".join(spec.values())
        out[str(status)] = {"description": description, "content": content}
    if op.errors:
        out["default"] = {
            "description": "any other failure: one line saying what went wrong",
            "content": {"application/json": {"schema": refs[(ErrorBody, "serialization")]}},
        }
    return out


def openapi_document() -> dict:
    refs, components = _schemas()
    paths: dict[str, dict] = {}
    for op in OPERATIONS:
        entry = {"summary": op.summary, "responses": _responses(op, refs)}
        if parameters := _parameters(op):
            entry["parameters"] = parameters
        if op.body is not None:
            content = {"application/json": {"schema": refs[(op.body, "validation")]}}
            if op.raw_body:
                content[op.raw_body] = {"schema": {"type": "string", "format": "binary"}}
            entry["requestBody"] = {"required": True, "content": content}
        paths.setdefault(op.path, {})[op.method] = entry
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "kgsearch",
            "version": "0.1.0",
            "description": "Korean knowledge graph and semantic search",
        },
        "paths": paths,
        "components": {"schemas": components},
    }
