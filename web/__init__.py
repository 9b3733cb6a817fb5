"""web — the Flask app (search page + JSON API) and the ``kgsearch`` command line."""

from .app import create_app

__all__ = ["create_app"]
