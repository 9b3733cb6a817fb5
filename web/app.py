"""The Flask app: the search page and the JSON API of interfaces.md.

The knowledge base is opened once per process and shared by all requests; it swaps in a new
snapshot after each change, so readers never see half an update.  Routes live in two
blueprints (``web.api``, ``web.page``); errors and security headers in ``web.edge``.
"""

from __future__ import annotations

import os

from flask import Flask

from search import KnowledgeBase

from . import access, edge
from .access import Exposure
from .admission import EmbeddingAdmission
from .api import DocumentIdConverter, api
from .jobs import Jobs
from .page import page

__all__ = ["create_app"]


def create_app(
    kb: KnowledgeBase | None = None,
    kb_path: str | None = None,
    exposure: Exposure | None = None,
) -> Flask:
    """The app for one knowledge base (given, or opened from ``kb_path``/$KGSEARCH_KB).
    ``exposure`` says who may reach and change it (default: from $KGSEARCH_TOKEN and
    $KGSEARCH_ALLOWED_HOSTS, see ``web.access``)."""
    exposure = exposure if exposure is not None else Exposure.from_env()
    app = Flask(__name__, static_folder="static", template_folder="templates")
    app.config["MAX_CONTENT_LENGTH"] = edge.MAX_BODY_BYTES
    app.config["MAX_FORM_MEMORY_SIZE"] = edge.MAX_BODY_BYTES  # the page's form sends text too
    app.json.ensure_ascii = False
    # a document id may start with '/': '/api/documents//etc' must not be redirected away
    app.url_map.merge_slashes = False
    app.url_map.converters["doc_id"] = DocumentIdConverter
    if kb is None:
        kb = KnowledgeBase.open(kb_path or os.environ.get("KGSEARCH_KB") or "data/kb")
    app.extensions["kgsearch"] = kb
    # bounded work: query embeddings admitted by cost, large documents ingested as jobs in a
    # child process
    app.extensions["kgsearch.admission"] = EmbeddingAdmission()
    # imported here, not with the package: the child runs it as `python -m web.ingest_child`
    from .ingest_child import ChildIngestion

    app.extensions["kgsearch.jobs"] = Jobs(ingest=ChildIngestion(kb))
    app.register_blueprint(api)
    app.register_blueprint(page)
    edge.register(app)
    access.register(app, exposure)
    return app
