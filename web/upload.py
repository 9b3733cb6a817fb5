"""What ``POST /api/documents`` may carry, read and checked: a JSON object
``{"id"?, "title"?, "text"}``, or the page's ``multipart/form-data`` form with the fields
``text`` or ``file`` (a .txt or .md file), ``id``, ``title`` and ``csrf_token``.

Every way a body can be wrong is a ``ApiError`` with a 4xx status and a message naming the
field: not UTF-8, not JSON, nested too deeply, numbers too long to read, text that is not
valid Unicode (a lone surrogate such as ``"\\ud800"`` is valid JSON but no character).
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from flask import Request

from search.ingest import InputError, SourceDocument, decode_bytes, strip_markup
from search.limits import MAX_DOCUMENT_CHARS, check_unicode

from .edge import ApiError

__all__ = ["MAX_DOC_ID_CHARS", "UPLOAD_SUFFIXES", "document_from_request"]

MAX_DOC_ID_CHARS = 200
UPLOAD_SUFFIXES = (".txt", ".md", ".markdown")
_SHAPE = 'the body must be a JSON object {"id"?, "title"?, "text"}'


def document_from_request(request: Request) -> SourceDocument:
    """The document a POST carries (its id is empty when the client gave none)."""
    if request.mimetype == "multipart/form-data":
        fields = _form_fields(request)
    else:
        fields = _json_fields(request.get_data(cache=False))
    return _checked(**fields)


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


def _form_fields(request: Request) -> dict:
    form, files = request.form, request.files
    upload = files.get("file")
    text, doc_id, title = form.get("text"), form.get("id") or None, form.get("title", "")
    if upload is not None and upload.filename:
        name = PurePosixPath(upload.filename.replace("\\", "/")).name
        suffix = PurePosixPath(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise ApiError(400, f"'file' must be a {', '.join(UPLOAD_SUFFIXES)} file, not {name!r}")
        try:
            text = strip_markup(decode_bytes(upload.read(), name), markdown=suffix != ".txt")
        except InputError as e:
            raise ApiError(400, str(e)) from None
        doc_id = doc_id or PurePosixPath(name).stem
        title = title or next((ln.strip() for ln in text.splitlines() if ln.strip()), "")[:120]
    return {"text": text, "doc_id": doc_id, "title": title}


def _checked(text, doc_id, title) -> SourceDocument:
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
    return SourceDocument(doc_id or "", text, title, "api")
