"""The ``kgsearch`` command line (see docs/interfaces.md).

Errors are one line on stderr: exit 2 for bad usage or input (a missing knowledge base
included), 1 for other failures (``entity`` exits 1 when no entity has the name).  Global
options such as ``--kb`` may stand before or after the command.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from .cli_parser import UsageError, build_parser

__all__ = ["main"]


def kb_path(args) -> Path:
    """The knowledge base the user named: --kb, else $KGSEARCH_KB, else data/kb."""
    return Path(getattr(args, "kb", None) or os.environ.get("KGSEARCH_KB") or "data/kb")


def open_kb(args, **options):
    """The knowledge base the user named; one that cannot be opened is bad input (exit 2),
    and is left as it is (only `build` creates or, with --replace, replaces one)."""
    from search import KnowledgeBase, KnowledgeBaseError

    try:
        return KnowledgeBase.open(kb_path(args), **options)
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
            path=kb_path(args),
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
    kb = open_kb(args, embedder=args.embedder, announce=True)
    kb.add_documents(docs, progress=not args.quiet)
    print_changes(kb.last_changes)
    return 0


def print_changes(changes, source: str = "") -> None:
    """What an add, sync or remove did, one document per line on stderr."""
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
    kb = open_kb(args, announce=True)
    changes = kb.sync(args.paths, delete=args.delete, progress=not args.quiet)
    print_changes(changes, " ".join(args.paths))
    return 0


def cmd_remove(args) -> int:
    kb = open_kb(args, announce=True)
    removed = kb.remove_documents(args.doc_ids)  # all in one transaction
    missing = [d for d in args.doc_ids if d not in removed]
    for d in removed:
        print(f"removed {d}", file=sys.stderr)
    if missing:
        raise LookupError(f"no document with id {', '.join(map(repr, missing))}")
    return 0


def cmd_check(args) -> int:
    from search.check import check

    report = check(kb_path(args), repair=args.repair)
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
    kb = open_kb(args)
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
    kb = open_kb(args)
    hits = kb.search(args.query, k=args.k)
    if args.json:
        _print_json({"query": args.query, "hits": [h.to_dict() for h in hits]})
    else:
        for i, h in enumerate(hits, 1):
            print(f"{i:2d}. [{h.score:.3f}] {h.text}  ({h.sentence_id})")
    return 0


def cmd_ask(args) -> int:
    kb = open_kb(args)
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
    kb = open_kb(args)
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
    kb = open_kb(args)
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
    kb = open_kb(args)
    s = kb.stats()
    if args.json:
        _print_json(s)
    else:
        print(f"path: {kb.path}")
        for k, v in s.items():
            print(f"{k}: {v}")
    return 0


def _parser() -> argparse.ArgumentParser:
    from .cli_serve import cmd_serve

    handlers = {
        "build": cmd_build,
        "add": cmd_add,
        "sync": cmd_sync,
        "remove": cmd_remove,
        "rebuild-index": cmd_rebuild_index,
        "search": cmd_search,
        "ask": cmd_ask,
        "entity": cmd_entity,
        "export": cmd_export,
        "serve": cmd_serve,
        "check": cmd_check,
        "stats": cmd_stats,
    }
    return build_parser(handlers, _version())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kgsearch")
    except PackageNotFoundError:
        return "(not installed)"


class _WarningLines(logging.StreamHandler):
    """Library warnings (an index that could not be saved, say) as one line each on stderr."""

    def __init__(self):
        super().__init__()
        self.setFormatter(logging.Formatter("kgsearch: warning: %(message)s"))
        self.setLevel(logging.WARNING)


def _warnings_as_lines() -> None:
    """Install ``_WarningLines`` on the root logger, once however often ``main`` runs."""
    root = logging.getLogger()
    if not any(isinstance(h, _WarningLines) for h in root.handlers):
        root.addHandler(_WarningLines())


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
