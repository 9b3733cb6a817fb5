"""web — the Flask app (search page + JSON API) and the ``kgsearch`` command line."""

__all__ = ["create_app"]


def __getattr__(name: str):
    # Flask loads only for the app: `kgsearch build` and the other commands do not need it
    # (a fifth of a cold build's imports, bench/RESULTS.md "Seed build, cold")
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
