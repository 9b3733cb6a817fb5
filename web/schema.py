"""The HTTP API's own types: what a request may carry and the envelopes the routes return.
The library's result types (``Hit``, ``Answer``, ``EntityView``, ``Stats``) come from
``search.results``; together they are the one schema the OpenAPI document is generated from.

Requests are validated by these models; a request that fails gets one clear line, made here
from pydantic's error (``request_error``), with the limits the model itself declares.
"""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from search.limits import MAX_DOCUMENT_CHARS, MAX_K, MAX_QUERY_CHARS
from search.results import DocumentSummary, Hit, Stats

__all__ = [
    "AskParams",
    "DocumentList",
    "DocumentRemoved",
    "DocumentWritten",
    "ErrorBody",
    "GraphExport",
    "GraphParams",
    "Health",
    "JobStatus",
    "NewDocument",
    "OpenAPIDocument",
    "SearchParams",
    "SearchResult",
    "UploadParams",
    "request_error",
]

MAX_DOC_ID_CHARS = 200
Query = Annotated[
    str,
    Field(
        min_length=1,
        max_length=MAX_QUERY_CHARS,
        pattern=r"\S",
        description="question or query (Korean or any language)",
    ),
]


# ---- requests ------------------------------------------------------------------------------------
class SearchParams(BaseModel):
    """Query parameters of ``GET /api/search``."""

    source: ClassVar[str] = "query"
    q: Query
    k: int = Field(default=10, ge=1, le=MAX_K, description="how many hits")


class AskParams(BaseModel):
    """Query parameters of ``GET /api/ask``."""

    source: ClassVar[str] = "query"
    q: Query


class GraphParams(BaseModel):
    """Query parameters of ``GET /api/graph``."""

    source: ClassVar[str] = "query"
    format: Literal["json", "graphml", "cypher"] = "json"
    entity: str | None = Field(default=None, description="id or alias: only its neighbourhood")
    depth: int = Field(default=1, ge=0, le=5, description="hops around the entity")
    doc: str | None = Field(default=None, description="only what this document names and states")
    lexical: bool = Field(default=True, description="0 leaves out document and sentence nodes")
    download: str | None = Field(default=None, description="any value: served as a file")


class UploadParams(BaseModel):
    """Query parameters of ``POST /api/documents``: with ``filename``, the body is that file's
    bytes (.txt, .md or .jsonl; UTF-8 or CP949), read as ``kgsearch add`` reads the file."""

    source: ClassVar[str] = "query"
    filename: str | None = Field(default=None, description="the uploaded file's name")


class NewDocument(BaseModel):
    """The body of ``POST /api/documents``; keys other than these are ignored."""

    source: ClassVar[str] = "body"
    text: str = Field(
        min_length=1, max_length=MAX_DOCUMENT_CHARS, pattern=r"\S", description="a non-empty string"
    )
    id: str | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_DOC_ID_CHARS,
        pattern=r"^[^#]*[^#\s][^#]*$",
        description=f"a non-empty string of at most {MAX_DOC_ID_CHARS} characters without '#'",
    )
    title: str = Field(default="", description="a string")


# ---- responses -----------------------------------------------------------------------------------
_CLOSED = ConfigDict(extra="forbid")


class Health(BaseModel):
    """The knowledge base is loaded and answering."""

    model_config = _CLOSED
    status: Literal["ok"]


class SearchResult(BaseModel):
    """The query as given and its hits, best first."""

    model_config = _CLOSED
    query: str
    hits: list[Hit]


class ErrorBody(BaseModel):
    """Every 4xx and 5xx of the API."""

    model_config = _CLOSED
    error: str = Field(description="one line a client can act on")


class DocumentWritten(BaseModel):
    """The document's id (made from its text when none was given; the first of ``ids`` for a
    file), the ids of every document added, and the new counts."""

    model_config = _CLOSED
    id: str
    ids: list[str]
    updated: bool  # true when documents with these ids were replaced
    stats: Stats


class JobStatus(BaseModel):
    """A document over the sentence budget of one request, ingested in the background: how
    far it is (``GET /api/jobs/<id>``).  ``created`` lists the ids that were new once done."""

    model_config = _CLOSED
    id: str
    status: Literal["queued", "running", "done", "failed"]
    documents: list[str]
    stage: str = Field(description="the ingestion stage running now, as build --profile names it")
    done: int = Field(description="how much of the stage is done (sentences, documents)")
    total: int
    error: str | None = Field(description="why it failed, when it did")
    created: list[str]


class DocumentList(BaseModel):
    """Every document, by id."""

    model_config = _CLOSED
    documents: list[DocumentSummary]


class DocumentRemoved(BaseModel):
    """The removed document's id and the new counts."""

    model_config = _CLOSED
    id: str
    removed: Literal[True]
    stats: Stats


class GraphExport(BaseModel):
    """networkx node-link data with "edges" as the edge key; node and edge fields are
    described in docs/graph.schema.json."""

    schema_version: Literal[1]
    directed: bool
    multigraph: bool
    graph: dict
    nodes: list[dict]
    edges: list[dict]


class OpenAPIDocument(BaseModel):
    """This API described in OpenAPI 3.1."""

    openapi: str
    info: dict
    paths: dict
    components: dict


# ---- request errors ------------------------------------------------------------------------------
def request_error(model: type[BaseModel], error: ValidationError) -> tuple[int, str]:
    """(HTTP status, one line) for the first thing wrong with a request."""
    err = error.errors()[0]
    if not err["loc"]:  # the body as a whole
        return 400, 'the body must be a JSON object {"id"?, "title"?, "text"}'
    name = str(err["loc"][0])
    field = model.model_fields[name]
    limits = {
        key: getattr(m, key)
        for m in field.metadata
        for key in ("ge", "le", "max_length")
        if getattr(m, key, None) is not None
    }
    kind, given = err["type"], err.get("input")
    if model.source == "body":
        if kind == "string_too_long" and name == "text":
            return 413, f"'text' is over the limit of {limits['max_length']:,} characters"
        return 400, f"'{name}' must be {field.description}"
    if kind in {"missing", "string_too_short", "string_pattern_mismatch"}:
        return 400, f"missing or empty query parameter '{name}'"
    if kind == "string_too_long":
        return 400, f"'{name}' has {len(given)} characters; the limit is {limits['max_length']}"
    if kind == "int_parsing":
        return 400, f"'{name}' must be a whole number from {limits['ge']} to {limits['le']}"
    if kind in {"greater_than_equal", "less_than_equal"}:
        return 400, f"'{name}' must be from {limits['ge']} to {limits['le']}, not {given}"
    if kind == "bool_parsing":
        return 400, f"'{name}' must be 0 or 1, not {given!r}"
    if kind == "literal_error":
        return 400, f"unknown {name} {given!r}: use {err['ctx']['expected']}"
    return 400, f"'{name}': {err['msg']}"
