"""The arguments of the ``kgsearch`` command line: one parser, one small function per command
that declares that command's arguments (docs/interfaces.md lists them all).

Global options such as ``--kb`` are accepted before and after the command: both the main parser
and each command's know them, and ``SUPPRESS`` keeps the command's unset default from
overwriting a value given before it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

__all__ = ["COMMANDS", "UsageError", "build_parser"]

EPILOG = (
    "Exit status: 0 done, 1 failure (or no such entity/document), 2 bad usage or "
    "input, including a missing knowledge base.  Files: .txt, .md, or .jsonl with one "
    'JSON object per line: {"id": "news-1", "title": "...", "text": "..."} ("text" '
    'required; "id" defaults to FILE-LINE, "title" to the first line).'
)


JSON_HELP = "print the JSON shape of docs/interfaces.md"


class UsageError(Exception):
    """Bad usage or input: exit status 2.  Defined here, not in ``cli``: ``python -m web.cli``
    runs that module as ``__main__``, and a second copy of the class would not be caught."""


class _OneLineParser(argparse.ArgumentParser):
    """Bad usage is one line on stderr, as every other error (argparse prints the usage
    first): ``kgsearch export: argument --format: invalid choice: 'xml' (...); see
    `kgsearch export --help```.  Each command's parser is of this class too."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message}; see `{self.prog} --help`\n")


def build_parser(handlers: dict[str, Callable], version: str) -> argparse.ArgumentParser:
    """The parser; each command's ``func`` default is its handler in ``handlers``."""
    common = _OneLineParser(add_help=False)
    common.add_argument(
        "--kb",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="knowledge base directory (default $KGSEARCH_KB, then data/kb)",
    )
    p = _OneLineParser(
        prog="kgsearch",
        description="Korean knowledge graph + semantic search",
        parents=[common],
        epilog=EPILOG,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {version}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, help_, arguments in COMMANDS:
        sp = sub.add_parser(name, help=help_, description=help_, parents=[common])
        sp.set_defaults(func=handlers[name])
        arguments(sp)
    return p


def _build(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument(
        "--embedder",
        default=None,
        help="multilingual-e5-small (default) or "
        "sentence-transformers:<name-or-path>; or $KGSEARCH_EMBEDDER",
    )
    sp.add_argument("--quiet", action="store_true", help="no progress bars")
    sp.add_argument("--profile", action="store_true", help="print the time of each stage")
    sp.add_argument(
        "--replace",
        action="store_true",
        help="replace a knowledge base that holds documents not in PATH, or cannot be read",
    )
    sp.add_argument(
        "--engine",
        choices=["local", "ray"],
        default="local",
        help="where ingestion runs: here (default) or on a Ray cluster (the ray extra)",
    )
    sp.add_argument(
        "--address",
        help="the Ray cluster to join (ray://host:10001 or host:6379); default: "
        "$RAY_ADDRESS, else a local cluster",
    )


def _add(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument(
        "--embedder",
        default=None,
        help="the embedder the knowledge base was built with (checked; default: its own)",
    )
    sp.add_argument("--quiet", action="store_true", help="no progress bars")


def _sync(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--delete", action="store_true", help="remove documents not in PATH")
    sp.add_argument("--quiet", action="store_true", help="no progress bars")


def _remove(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("doc_ids", nargs="+", metavar="DOC_ID")


def _no_arguments(sp: argparse.ArgumentParser) -> None:
    pass  # the global options only


def _search(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("query")
    sp.add_argument("-k", type=int, default=10, help="how many sentences, 1-100 (default 10)")
    sp.add_argument("--json", action="store_true", help=JSON_HELP)


def _ask(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("question")
    sp.add_argument("--json", action="store_true", help=JSON_HELP)


def _entity(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("name")
    sp.add_argument("--json", action="store_true", help=JSON_HELP)


def _export(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--format", required=True, choices=["json", "graphml", "cypher"])
    sp.add_argument("-o", "--output", metavar="FILE")
    sp.add_argument("--entity", help="only this entity's neighbourhood")
    sp.add_argument("--depth", type=int, default=1, help="hops around --entity, 0-5 (default 1)")


def _serve(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sp.add_argument(
        "--port", type=int, default=8000, help="0-65535 (default 8000; 0 picks a free port)"
    )
    sp.add_argument("--threads", type=int, default=8, help="requests served at once (default 8)")
    sp.add_argument(
        "--data",
        metavar="DIR",
        help="folder to build from when there is no knowledge base, else to sync in "
        "(default: data/ when serving the default knowledge base)",
    )
    _serve_exposure(sp)
    sp.add_argument(
        "--read-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long a client may take to send one request (default 15)",
    )


def _serve_exposure(sp: argparse.ArgumentParser) -> None:
    """Who may reach the server, and through what."""
    sp.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a name clients may use in the Host header besides localhost, 127.0.0.1 and "
        "[::1] (repeatable; or $KGSEARCH_ALLOWED_HOSTS, comma-separated)",
    )
    sp.add_argument(
        "--behind-proxy",
        nargs="?",
        const="127.0.0.1",
        default=None,
        metavar="PROXY_ADDR",
        help="a reverse proxy at PROXY_ADDR (default 127.0.0.1) forwards the clients: its "
        "X-Forwarded-For/-Host are believed, and no request counts as loopback",
    )
    sp.add_argument(
        "--insecure-no-token",
        action="store_true",
        help="serve on a non-loopback address without KGSEARCH_TOKEN (anyone who reaches it "
        "reads everything)",
    )


def _check(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--repair", action="store_true", help="rebuild what can be derived")


def _stats(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--json", action="store_true", help=JSON_HELP)


#: (name, help, the function that declares its arguments), in the order ``--help`` lists them
COMMANDS: list[tuple[str, str, Callable[[argparse.ArgumentParser], None]]] = [
    ("build", "ingest files or folders into a new knowledge base", _build),
    ("add", "add or update documents incrementally", _add),
    (
        "sync",
        "bring files in as adds and updates; documents not in PATH are listed and kept",
        _sync,
    ),
    ("remove", "delete documents and what only they supported", _remove),
    (
        "rebuild-index",
        "derive the graph and the vector index again from the stored documents",
        _no_arguments,
    ),
    ("search", "ranked evidence sentences", _search),
    ("ask", "an answer with evidence", _ask),
    ("entity", "one entity and its relations", _entity),
    ("export", "the graph as json, graphml or cypher", _export),
    ("serve", "the web app on a production WSGI server", _serve),
    (
        "check",
        "check a knowledge base (SQLite integrity, analyses, vectors, FAISS index, manifest, "
        "CURRENT); --repair rebuilds what can be derived",
        _check,
    ),
    ("stats", "counts of what the knowledge base holds", _stats),
]
