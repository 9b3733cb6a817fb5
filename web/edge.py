"""What every response passes through on its way out: errors turned into JSON bodies (caught
once, here, whichever view raised them) and the security headers.

Views raise ``ApiError`` for bad requests, and let the library's own errors through: an unknown
entity is a 404, a document that cannot be ingested a 400, a knowledge base that cannot take the
change (a full disk, a read-only or damaged one) a 503 that says why.  Anything else is logged and becomes
a 500 with a JSON body, never an HTML traceback.
"""

from __future__ import annotations

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from search import InputError
from search.errors import KnowledgeBaseBusyError, KnowledgeBaseError, UnknownEntityError

from .admission import Busy

__all__ = ["CSP", "MAX_BODY_BYTES", "ApiError", "register"]

MAX_BODY_BYTES = 6 * 1024 * 1024
# vis-network injects its own small stylesheet, hence 'unsafe-inline' for styles (never scripts)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
    "form-action 'self'"
)
_HTTP_MESSAGES = {
    413: f"the request body is over {MAX_BODY_BYTES // 2**20} MB",
    404: "no such route",
    405: "method not allowed",
}


class ApiError(Exception):
    """A request the API refuses: its HTTP status and a message the client can act on."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


def _is_api(path: str) -> bool:
    return path.startswith("/api/") or path == "/healthz"


def _api_error(e: ApiError):
    return jsonify(error=e.message), e.status


def _unknown_entity(e: UnknownEntityError):
    return jsonify(error=str(e)), 404


def _bad_document(e: InputError):
    return jsonify(error=str(e)), 400


def _lock_busy(e: KnowledgeBaseBusyError):
    # another process (a build, say) holds the writer lock: the client may try again
    return jsonify(error=str(e)), 503, {"Retry-After": "5"}


def _unavailable(e: KnowledgeBaseError):
    """The knowledge base cannot do this now (no space, read-only, damaged); it still answers
    what it can, so the server stays up and says why."""
    return jsonify(error=str(e)), 503


def _busy(e: Busy):
    """At capacity (web.admission, web.jobs): 503, and when to try again."""
    if _is_api(request.path):
        resp = jsonify(error=e.message)
    else:
        resp = Response(f"서버가 바쁩니다: {e.message}\n", mimetype="text/plain")
    resp.status_code = 503
    resp.headers["Retry-After"] = str(e.retry_after)
    return resp


def _http_error(e: HTTPException):
    if _is_api(request.path):
        return jsonify(error=_HTTP_MESSAGES.get(e.code, e.description)), e.code
    return e


def _unexpected(e: Exception):
    if isinstance(e, HTTPException):
        return e
    from flask import current_app

    current_app.logger.exception("unexpected error")
    return jsonify(error="internal error; see the server log"), 500


def _security_headers(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["X-Frame-Options"] = "DENY"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    return resp


def register(app: Flask) -> None:
    """Install the error handlers and the security headers on an app."""
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(UnknownEntityError, _unknown_entity)
    app.register_error_handler(InputError, _bad_document)
    app.register_error_handler(KnowledgeBaseBusyError, _lock_busy)
    app.register_error_handler(Busy, _busy)
    app.register_error_handler(KnowledgeBaseError, _unavailable)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
    app.after_request(_security_headers)
