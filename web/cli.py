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


class UsageError(Exception):
    """Bad usage or input: exit status 2."""


def _kb_path(args) -> Path:
    return Path(getattr(args, "kb", None) or os.environ.get("KGSEARCH_KB") or "data/kb")


def _open(args):
    """The knowledge base the user named; one that cannot be opened is bad input (exit 2)."""
    from search import KnowledgeBase, KnowledgeBaseError

    try:
        return KnowledgeBase.open(_kb_path(args))
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
    from search import KnowledgeBase, KnowledgeBaseError
    from search.ingest import read_paths

    path = _kb_path(args)
    docs = read_paths(args.paths)
    try:
        kb = KnowledgeBase.open(path, embedder=args.embedder)
    except KnowledgeBaseError:
        kb = KnowledgeBase.build([], path=path, embedder=args.embedder)
    before = set(kb.document_ids())
    kb.add_documents(docs, progress=not args.quiet)
    for d in docs:
        print(f"{'updated' if d.id in before else 'added'} {d.id}", file=sys.stderr)
    return 0


def cmd_remove(args) -> int:
    kb = _open(args)
    missing = [d for d in args.doc_ids if not kb.remove(d)]
    for d in args.doc_ids:
        if d not in missing:
            print(f"removed {d}", file=sys.stderr)
    if missing:
        raise LookupError(f"no document with id {', '.join(map(repr, missing))}")
    return 0


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
    from search import KnowledgeBase, KnowledgeBaseError
    from search.ingest import SUFFIXES

    _check_port(args.host, args.port)  # before minutes of building, not after
    path = _kb_path(args)
    try:
        kb = KnowledgeBase.open(path)
    except KnowledgeBaseError:
        data = Path("data")
        if not any(p.suffix.lower() in SUFFIXES for p in data.glob("*")):
            raise
        print(f"no knowledge base at {path} yet: building it from {data}/", file=sys.stderr)
        kb = KnowledgeBase.build([data], path=path, progress=True)
    from waitress import create_server

    from .app import create_app

    app = create_app(kb=kb)
    try:
        server = create_server(
            app, host=args.host, port=args.port, threads=args.threads, ident="kgsearch"
        )
    except OSError as e:
        raise PortError(_port_message(e, args.host, args.port)) from None
    print(
        f"kgsearch: serving {path} on http://{args.host}:{args.port} "
        f"({kb.stats()['documents']} documents)",
        file=sys.stderr,
        flush=True,
    )
    server.run()
    return 0


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
    sp.add_argument("--host", default="127.0.0.1")
    sp.add_argument("--port", type=int, default=8000)
    sp.add_argument("--threads", type=int, default=8)
    sp = cmd("stats", cmd_stats, "counts of what the knowledge base holds")
    sp.add_argument("--json", action="store_true")
    return p


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kgsearch")
    except PackageNotFoundError:
        return "(not installed)"


def main(argv=None) -> int:
    from search import EmbedderError, InputError, KnowledgeBaseError

    parser = _parser()
    args = parser.parse_args(argv)
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
