"""What ``POST /api/documents`` may carry, read and checked: a JSON object
``{"id"?, "title"?, "text"}``; a file's bytes with ``?filename=NAME`` (.txt, .md, .jsonl, read
as `kgsearch add` reads that file); or the page's ``multipart/form-data`` form with the fields
``text`` or ``file``, ``id``, ``title`` and ``csrf_token``.  (Which content types a write may
have at all is ``web.access``'s rule.)

Every way a body can be wrong is a ``ApiError`` with a 4xx status and a message naming the
field: not UTF-8, not JSON, nested too deeply, numbers too long to read, text that is not
valid Unicode (a lone surrogate such as ``"\\ud800"`` is valid JSON but no character).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import PurePosixPath

from flask import Request

from search.ingest import InputError, SourceDocument, read_bytes
from search.kb import auto_document_id
from search.limits import MAX_DOCUMENT_CHARS, check_unicode

from .edge import ApiError

__all__ = ["MAX_DOC_ID_CHARS", "documents_from_request"]

MAX_DOC_ID_CHARS = 200
_SHAPE = 'the body must be a JSON object {"id"?, "title"?, "text"}'


def documents_from_request(request: Request) -> list[SourceDocument]:
    """The documents a POST carries, each with its id (named by its content when the client
    gave none)."""
    filename = request.args.get("filename")
    if filename is not None:
        docs = _file(filename, request.get_data(cache=False))
    elif request.mimetype == "multipart/form-data":
        docs = _form(request)
    else:
        docs = [_checked(**_json_fields(request.get_data(cache=False)))]
    return [replace(d, id=d.id or auto_document_id(d.text)) for d in docs]


def _file(
    name: str, raw: bytes, doc_id: str | None = None, title: str = ""
) -> list[SourceDocument]:
    name = PurePosixPath(name.replace("\\", "/")).name
    try:
        docs = read_bytes(name, raw, doc_id=doc_id, source="upload")
    except InputError as e:
        raise ApiError(400, str(e)) from None
    return [_checked(d.text, d.id, title or d.title, d.source) for d in docs]


def _json_fields(raw: bytes) -> dict:
    try:
        body = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise ApiError(400, f"the body is not UTF-8 (byte {e.start})") from None
    except json.JSONDecodeError as e:
        raise ApiError(400, f"the body is not JSON ({e.msg} at character {e.pos})") from None
    except RecursionError:
        raise ApiError(
            400, "the body is not JSON this server reads: it is nested too deeply"
        ) from None
    except ValueError as e:  # an integer of thousands of digits
        raise ApiError(400, f"the body is not JSON this server reads: {e}") from None
    if not isinstance(body, dict):
        raise ApiError(400, _SHAPE)
    unknown = set(body) - {"id", "title", "text"}
    if unknown:
        raise ApiError(400, f"unknown field(s) {', '.join(sorted(map(repr, unknown)))}; {_SHAPE}")
    return {"text": body.get("text"), "doc_id": body.get("id"), "title": body.get("title", "")}


def _form(request: Request) -> list[SourceDocument]:
    form, upload = request.form, request.files.get("file")
    doc_id, title = form.get("id") or None, form.get("title", "")
    if upload is not None and upload.filename:
        return _file(upload.filename, upload.read(), doc_id, title)
    return [_checked(form.get("text"), doc_id, title)]


def _checked(text, doc_id, title, source="api") -> SourceDocument:
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
    for name, value in (("text", text), ("id", doc_id), ("title", title)):
        try:
            check_unicode(value, name)
        except InputError as e:
            raise ApiError(400, str(e)) from None
    return SourceDocument(doc_id or "", text, title, source)
