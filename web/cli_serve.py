"""``kgsearch serve``: check where and to whom the app is exposed and that the port is free
before anything slow loads, build or sync the knowledge base, then serve it on a production WSGI
server (``serving``).
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from pathlib import Path

from .cli import kb_path, open_kb, print_changes
from .cli_parser import UsageError

__all__ = ["SERVE_WRITE_WAIT", "PortError", "cmd_serve", "one_thread_per_request"]

#: seconds a request that writes waits for another process's write before it answers 503
SERVE_WRITE_WAIT = 60.0


def one_thread_per_request() -> None:
    """Serving runs many small requests at once, each on one core: a BLAS or OpenMP call that
    spreads over every core makes the request threads wait for each other's pools (bench/load.py:
    p99 128 ms instead of 309 ms with one OpenMP thread per embedding; 83 instead of 12 requests/s
    once a 5,000-sentence document is in the knowledge base, as every search multiplies its
    vectors).  numpy, FAISS and the embedding engine were loaded with this module, so the
    variable alone comes too late for them: their thread pools are limited where they are.  A
    value of $OMP_NUM_THREADS given by the user wins."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from threadpoolctl import threadpool_limits

    threadpool_limits(int(os.environ["OMP_NUM_THREADS"]))


def cmd_serve(args) -> int:
    one_thread_per_request()
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
    path = kb_path(args)
    data = _serve_data(args)
    if data is not None and not exists(path):
        # the only case serve creates a knowledge base: there is none at all
        print(f"no knowledge base at {path} yet: building it from {data}/", file=sys.stderr)
        KnowledgeBase.build([data], path=path, progress=True).close()
        data = None
    # one that cannot be read is reported, never replaced; a request that writes waits for
    # another process's write (a build) for a minute at most, then answers 503
    kb = open_kb(args, lock_timeout=SERVE_WRITE_WAIT)
    if data is not None:
        changes = kb.sync([data], progress=True)
        print_changes(changes, f"{data}/")
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
    if kb_path(args).resolve() != (data / "kb").resolve():
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
