"""The documents a ``POST /api/documents`` carries, beyond what the schema checks: a JSON
``NewDocument``; a file's bytes with ``?filename=NAME`` (.txt, .md, .jsonl, read as
`kgsearch add` reads that file); or the page's ``multipart/form-data`` form with the fields
``text`` or ``file``, ``id``, ``title`` and ``csrf_token``.  (Which content types a write may
have at all is ``web.access``'s rule.)

Text that JSON allows but that is no text — a lone surrogate such as ``"\\ud800"`` in the text,
id or title — is a 400 naming the field, as is an id with ``#`` from a file or a JSONL line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePosixPath

from flask import Request

from search.ingest import InputError, SourceDocument, read_bytes
from search.kb import auto_document_id
from search.limits import check_unicode

from .edge import ApiError
from .schema import MAX_DOC_ID_CHARS, NewDocument

__all__ = ["file_documents", "form_document", "new_document"]


def new_document(doc: NewDocument, source: str = "api") -> SourceDocument:
    """A validated JSON body as a document, named by its content when it has no id."""
    return _checked(SourceDocument(doc.id or "", doc.text, doc.title, source))


def file_documents(name: str, raw: bytes, doc_id: str | None = None, title: str = ""):
    """The documents of an uploaded file, read as ``kgsearch add`` reads a file so named."""
    name = PurePosixPath(name.replace("\\", "/")).name
    try:
        docs = read_bytes(name, raw, doc_id=doc_id, source="upload")
    except InputError as e:
        raise ApiError(400, str(e)) from None
    for d in docs:
        if "#" in d.id or len(d.id) > MAX_DOC_ID_CHARS:
            raise ApiError(
                400,
                f"a document id may not hold '#' nor be over {MAX_DOC_ID_CHARS} characters: "
                "rename the file or fix its ids",
            )
    return [_checked(SourceDocument(d.id, d.text, title or d.title, d.source)) for d in docs]


def form_document(
    request: Request, validate: Callable[[dict], NewDocument]
) -> list[SourceDocument]:
    """The page's form: a ``file`` field (read as an upload), else the ``text`` field."""
    form, upload = request.form, request.files.get("file")
    doc_id, title = form.get("id") or None, form.get("title", "")
    if upload is not None and upload.filename:
        return file_documents(upload.filename, upload.read(), doc_id, title)
    fields = {"text": form.get("text"), "title": title}
    if doc_id is not None:
        fields["id"] = doc_id
    return [new_document(validate(fields), source="upload")]


def _checked(doc: SourceDocument) -> SourceDocument:
    for field, value in (("text", doc.text), ("id", doc.id), ("title", doc.title)):
        try:
            check_unicode(value, field)
        except InputError as e:
            raise ApiError(400, str(e)) from None
    return SourceDocument(doc.id or auto_document_id(doc.text), doc.text, doc.title, doc.source)
