"""The ``kgsearch`` command line (see docs/interfaces.md).

Errors are one line on stderr: exit 2 for bad usage or input (a missing knowledge base
included), 1 for other failures (``entity`` exits 1 when no entity has the name).  Global
options such as ``--kb`` may stand before or after the command.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import socket
import sys
from pathlib import Path

__all__ = ["main"]


#: seconds a request that writes waits for another process's write before it answers 503
SERVE_WRITE_WAIT = 60.0


class UsageError(Exception):
    """Bad usage or input: exit status 2."""


def _kb_path(args) -> Path:
    return Path(getattr(args, "kb", None) or os.environ.get("KGSEARCH_KB") or "data/kb")


def _open(args, **options):
    """The knowledge base the user named; one that cannot be opened is bad input (exit 2),
    and is left as it is (only `build` creates or, with --replace, replaces one)."""
    from search import KnowledgeBase, KnowledgeBaseError

    try:
        return KnowledgeBase.open(_kb_path(args), **options)
    except KnowledgeBaseError as e:
        raise UsageError(str(e)) from None


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def cmd_build(args) -> int:
    import time

    from search import KnowledgeBase

    t = time.perf_counter()
    from search.distributed import RayUnavailable

    try:
        kb = KnowledgeBase.build(
            args.paths,
            path=_kb_path(args),
            embedder=args.embedder,
            progress=not args.quiet,
            replace=args.replace,
            engine=args.engine,
            address=args.address,
        )
    except RayUnavailable as e:
        raise UsageError(str(e)) from None
    s = kb.stats()
    if args.profile:
        total = time.perf_counter() - t
        for stage, secs in kb.last_ingest.stages.items():
            print(f"  {stage:32s} {secs:8.2f} s", file=sys.stderr)
        print(
            f"  {'total':32s} {total:8.2f} s  ({s['sentences'] / max(total, 1e-9):.1f} "
            f"sentences/s, engine {s['engine']})",
            file=sys.stderr,
        )
    print(
        f"built {kb.path}: {s['documents']} documents, {s['sentences']} sentences, "
        f"{s['entities']} entities, {s['relations']} relations ({s['embedder']})",
        file=sys.stderr,
    )
    return 0


def cmd_add(args) -> int:
    from search.ingest import read_paths

    docs = read_paths(args.paths)
    # only `build` creates a knowledge base: add never replaces one it cannot open
    kb = _open(args, embedder=args.embedder, announce=True)
    kb.add_documents(docs, progress=not args.quiet)
    _print_changes(kb.last_changes)
    return 0


def _print_changes(changes, source: str = "") -> None:
    for verb, ids in (
        ("added", changes.added),
        ("updated", changes.updated),
        ("unchanged", changes.unchanged),
        ("removed", changes.removed),
    ):
        for doc_id in ids:
            print(f"{verb} {doc_id}", file=sys.stderr)
    if changes.not_in_paths:
        shown = ", ".join(changes.not_in_paths[:10])
        more = (
            f" and {len(changes.not_in_paths) - 10} more" if len(changes.not_in_paths) > 10 else ""
        )
        print(
            f"kept {len(changes.not_in_paths)} document(s) that are not in "
            f"{source or 'the paths given'}: {shown}{more} (`kgsearch sync --delete` removes them)",
            file=sys.stderr,
        )


def cmd_sync(args) -> int:
    kb = _open(args, announce=True)
    changes = kb.sync(args.paths, delete=args.delete, progress=not args.quiet)
    _print_changes(changes, " ".join(args.paths))
    return 0


def cmd_remove(args) -> int:
    kb = _open(args, announce=True)
    removed = kb.remove_documents(args.doc_ids)  # all in one transaction
    missing = [d for d in args.doc_ids if d not in removed]
    for d in removed:
        print(f"removed {d}", file=sys.stderr)
    if missing:
        raise LookupError(f"no document with id {', '.join(map(repr, missing))}")
    return 0


def cmd_check(args) -> int:
    from search.check import check

    report = check(_kb_path(args), repair=args.repair)
    for finding in report.findings:
        print(finding.line())
    if report.ok:
        print(f"{report.root}: ok" + (" (repaired)" if report.findings else ""))
        return 0
    left = [f for f in report.findings if not f.repaired]
    fixable = sum(f.derivable for f in left)
    hint = (
        f"; `kgsearch check --kb {report.root} --repair` fixes {fixable} of them"
        if fixable and not args.repair
        else ""
    )
    print(f"{report.root}: {len(left)} problem(s){hint}")
    return 1


def cmd_rebuild_index(args) -> int:
    kb = _open(args)
    kb.rebuild_index()
    s = kb.stats()
    print(
        f"rebuilt {kb.path}: {s['entities']} entities, {s['relations']} relations, "
        f"{s['index_size']} vectors",
        file=sys.stderr,
    )
    return 0


def cmd_search(args) -> int:
    if not 1 <= args.k <= 100:
        raise UsageError("-k must be between 1 and 100")
    kb = _open(args)
    hits = kb.search(args.query, k=args.k)
    if args.json:
        _print_json({"query": args.query, "hits": [h.to_dict() for h in hits]})
    else:
        for i, h in enumerate(hits, 1):
            print(f"{i:2d}. [{h.score:.3f}] {h.text}  ({h.sentence_id})")
    return 0


def cmd_ask(args) -> int:
    kb = _open(args)
    ans = kb.ask(args.question)
    if args.json:
        _print_json(ans.to_dict())
        return 0
    if ans.answer is None:
        print("답을 찾지 못했습니다.")
    else:
        print(ans.sentence or ans.answer)
        print(f"  답: {ans.answer}  (방법: {ans.method}, 신뢰도: {ans.confidence:.2f})")
    for h in ans.evidence[:3]:
        print(f"  - {h.text}  ({h.sentence_id})")
    return 0


def cmd_entity(args) -> int:
    kb = _open(args)
    e = kb.entity(args.name)
    if e is None:
        raise LookupError(f"no entity named {args.name!r}")
    if args.json:
        _print_json(e.to_dict())
        return 0
    from .labels import relation_label, type_label

    print(f"{e.name} ({type_label(e.type)}, {e.type}) id={e.id}")
    print(f"  aliases: {', '.join(e.aliases)}; mentions: {e.mentions}")
    for r in e.relations:
        # the page's Korean label with the type itself, which scripts may grep for
        rel = f"{relation_label(r['type'])} {r['type']}"
        arrow = (
            f"{e.name} -[{rel}]-> {r['other']['name']}"
            if r["direction"] == "out"
            else f"{r['other']['name']} -[{rel}]-> {e.name}"
        )
        print(f"  {arrow}  [{r['confidence']:.2f}]")
        for ev in r["evidence"][:2]:
            print(f"      “{ev['text']}”")
    return 0


def cmd_export(args) -> int:
    kb = _open(args)
    try:
        text = kb.export(args.format, entity=args.entity, depth=args.depth)
    except KeyError as e:
        raise LookupError(str(e.args[0])) from None
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def cmd_stats(args) -> int:
    kb = _open(args)
    s = kb.stats()
    if args.json:
        _print_json(s)
    else:
        print(f"path: {kb.path}")
        for k, v in s.items():
            print(f"{k}: {v}")
    return 0


def cmd_serve(args) -> int:
    # Serving runs many small requests at once: one OpenMP thread per embedding lets two
    # requests embed in parallel on two cores instead of queueing behind one two-thread call
    # (bench/load.py: p99 128 ms instead of 309 ms).  Set before the engine loads; a value
    # given by the user wins.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from .access import Exposure
    from .serving import Listen, check_listen, make_server, server_url

    # where and to whom it is exposed is checked before anything slow loads
    exposure = Exposure.from_env(
        allowed_hosts=[*args.allowed_host, *([] if _wildcard(args.host) else [args.host])],
        behind_proxy=args.behind_proxy is not None,
        trusted_proxies=[args.behind_proxy] if args.behind_proxy else [],
    )
    listen = Listen(args.host, args.port, read_timeout=args.read_timeout, threads=args.threads)
    for warning in check_listen(listen, exposure, args.insecure_no_token):
        print(f"kgsearch: {warning}", file=sys.stderr)
    if exposure.behind_proxy and exposure.token is None:
        print(
            "kgsearch: behind a proxy writes need KGSEARCH_TOKEN; without it they are refused",
            file=sys.stderr,
        )

    from search import KnowledgeBase
    from search.lifecycle import exists

    _check_port(args.host, args.port)  # before minutes of building, not after
    path = _kb_path(args)
    data = _serve_data(args)
    if data is not None and not exists(path):
        # the only case serve creates a knowledge base: there is none at all
        print(f"no knowledge base at {path} yet: building it from {data}/", file=sys.stderr)
        KnowledgeBase.build([data], path=path, progress=True).close()
        data = None
    # one that cannot be read is reported, never replaced; a request that writes waits for
    # another process's write (a build) for a minute at most, then answers 503
    kb = _open(args, lock_timeout=SERVE_WRITE_WAIT)
    if data is not None:
        changes = kb.sync([data], progress=True)
        _print_changes(changes, f"{data}/")
    # the snapshot, the query model and Kiwi are loaded before the first request, not by it
    kb.search("검색", k=1)
    kb.watch()  # other processes' changes are served within a second
    from .app import create_app

    app = create_app(kb=kb, exposure=exposure)
    try:
        server = make_server(app, listen)
    except OSError as e:
        raise PortError(_port_message(e, args.host, args.port)) from None
    print(
        f"kgsearch: serving {path} on {server_url(server, listen)} "
        f"({kb.stats()['documents']} documents)",
        file=sys.stderr,
        flush=True,
    )
    server.run()
    return 0


def _serve_data(args) -> Path | None:
    """The folder serve brings in: --data, else data/ when serving the default knowledge base
    and data/ holds documents; None for none."""
    from search.ingest import SUFFIXES

    if args.data:
        return Path(args.data)
    data = Path("data")
    if _kb_path(args).resolve() != (data / "kb").resolve():
        return None
    return data if any(p.suffix.lower() in SUFFIXES for p in data.glob("*")) else None


def _wildcard(host: str) -> bool:
    from .serving import wildcard

    return wildcard(host)


class PortError(OSError):
    """The server cannot listen where it was asked to: exit status 1, with a hint."""


def _check_port(host: str, port: int) -> None:
    """Bind and release the address once, so a busy port is reported before anything loads."""
    if not 0 <= port <= 65535:
        raise UsageError(f"--port must be from 0 to 65535, not {port}")
    try:
        family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0]
    except socket.gaierror as e:
        raise UsageError(
            f"--host {host!r} is not an address of this machine ({e.strerror})"
        ) from None
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress binds
        try:
            probe.bind(address)
        except OSError as e:
            raise PortError(_port_message(e, host, port)) from None


def _free_port_after(host: str, port: int) -> int | None:
    for candidate in range(port + 1, min(port + 50, 65536)):
        with socket.socket() as probe:
            try:
                probe.bind((host, candidate))
            except OSError:
                continue
            return candidate
    return None


def _port_message(e: OSError, host: str, port: int) -> str:
    if e.errno == errno.EADDRINUSE:
        free = _free_port_after(host, port) or port + 1
        return (
            f"port {port} on {host} is already in use (another kgsearch serve?): stop it, or "
            f"pick a free port with `kgsearch serve --port {free}` or `make run PORT={free}`"
        )
    if e.errno == errno.EACCES:
        return f"not allowed to listen on port {port}: use a port above 1023, e.g. --port 8000"
    if e.errno == errno.EADDRNOTAVAIL:
        return f"--host {host} is not an address of this machine: try --host 127.0.0.1"
    return f"cannot listen on {host}:{port}: {e.strerror or e}"


def _parser() -> argparse.ArgumentParser:
    # Global options are accepted before and after the command: both parsers know them, and
    # SUPPRESS keeps the sub-command's unset default from overwriting a value given before it.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--kb",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="knowledge base directory (default $KGSEARCH_KB, then data/kb)",
    )
    p = argparse.ArgumentParser(
        prog="kgsearch",
        description="Korean knowledge graph + semantic search",
        parents=[common],
        epilog="Exit status: 0 done, 1 failure (or no such entity/document), 2 bad usage or "
        "input, including a missing knowledge base.  Files: .txt, .md, or .jsonl with one "
        'JSON object per line: {"id": "news-1", "title": "...", "text": "..."} ("text" '
        'required; "id" defaults to FILE-LINE, "title" to the first line).',
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name, func, help_):
        sp = sub.add_parser(name, help=help_, description=help_, parents=[common])
        sp.set_defaults(func=func)
        return sp

    sp = cmd("build", cmd_build, "ingest files or folders into a new knowledge base")
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
    sp = cmd("add", cmd_add, "add or update documents incrementally")
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--embedder", default=None)
    sp.add_argument("--quiet", action="store_true")
    sp = cmd(
        "sync",
        cmd_sync,
        "bring files in as adds and updates; documents not in PATH are listed and kept",
    )
    sp.add_argument("paths", nargs="+", metavar="PATH")
    sp.add_argument("--delete", action="store_true", help="remove documents not in PATH")
    sp.add_argument("--quiet", action="store_true")
    sp = cmd("remove", cmd_remove, "delete documents and what only they supported")
    sp.add_argument("doc_ids", nargs="+", metavar="DOC_ID")
    cmd(
        "rebuild-index",
        cmd_rebuild_index,
        "derive the graph and the vector index again from the stored documents",
    )
    sp = cmd("search", cmd_search, "ranked evidence sentences")
    sp.add_argument("query")
    sp.add_argument("-k", type=int, default=10)
    sp.add_argument("--json", action="store_true")
    sp = cmd("ask", cmd_ask, "an answer with evidence")
    sp.add_argument("question")
    sp.add_argument("--json", action="store_true")
    sp = cmd("entity", cmd_entity, "one entity and its relations")
    sp.add_argument("name")
    sp.add_argument("--json", action="store_true")
    sp = cmd("export", cmd_export, "the graph as json, graphml or cypher")
    sp.add_argument("--format", required=True, choices=["json", "graphml", "cypher"])
    sp.add_argument("-o", "--output", metavar="FILE")
    sp.add_argument("--entity", help="only this entity's neighbourhood")
    sp.add_argument("--depth", type=int, default=1)
    sp = cmd("serve", cmd_serve, "the web app on a production WSGI server")
    sp.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    sp.add_argument(
        "--port", type=int, default=8000, help="0-65535 (default 8000; 0 picks a free port)"
    )
    sp.add_argument("--threads", type=int, default=8)
    sp.add_argument(
        "--data",
        metavar="DIR",
        help="folder to build from when there is no knowledge base, else to sync in "
        "(default: data/ when serving the default knowledge base)",
    )
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
    sp.add_argument(
        "--read-timeout",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="how long a client may take to send one request (default 15)",
    )
    sp = cmd(
        "check",
        cmd_check,
        "check a knowledge base (SQLite integrity, analyses, vectors, CURRENT); --repair "
        "rebuilds what can be derived",
    )
    sp.add_argument("--repair", action="store_true", help="rebuild what can be derived")
    sp = cmd("stats", cmd_stats, "counts of what the knowledge base holds")
    sp.add_argument("--json", action="store_true")
    return p


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kgsearch")
    except PackageNotFoundError:
        return "(not installed)"


def _warnings_as_lines() -> None:
    """Library warnings (an index that could not be saved, say) as one line each on stderr."""
    import logging

    root = logging.getLogger()
    if not any(getattr(h, "kgsearch", False) for h in root.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("kgsearch: warning: %(message)s"))
        handler.setLevel(logging.WARNING)
        handler.kgsearch = True
        root.addHandler(handler)


def main(argv=None) -> int:
    from search import EmbedderError, InputError, KnowledgeBaseError

    parser = _parser()
    args = parser.parse_args(argv)
    _warnings_as_lines()
    try:
        status = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler below
        return status
    except BrokenPipeError:
        # The reader went away (`kgsearch stats | head -1`): like other Unix tools, stop
        # quietly.  Later flushes of stdout go nowhere instead of printing a second error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what the shell reports for a tool stopped by the pipe
    except (UsageError, InputError, ValueError) as e:
        print(f"kgsearch: {e}", file=sys.stderr)
        return 2
    except (LookupError, KnowledgeBaseError, EmbedderError, OSError) as e:
        msg = e.args[0] if isinstance(e, LookupError) and e.args else e
        print(f"kgsearch: {msg}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kgsearch: interrupted", file=sys.stderr)
        return 130
    except Exception as e:
        if os.environ.get("KGSEARCH_DEBUG"):
            raise
        print(
            f"kgsearch: internal error ({type(e).__name__}: {e}); "
            "KGSEARCH_DEBUG=1 shows the traceback",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
