"""Serving the app with waitress, bounded before the app sees a request: a body over the limit
is refused from its Content-Length (or, when chunked, as soon as it grows past the limit)
before it is read; a client that stops sending, or takes longer than the read timeout to send
one request, is disconnected; the server's own refusals are JSON like the app's.

Also the rules for where the server may listen: a port from 0 (any free one) to 65535, and no address other
than loopback without a token unless the user insists (``--insecure-no-token``).
"""

from __future__ import annotations

import json
import socket
import time
from dataclasses import dataclass

from waitress.channel import HTTPChannel
from waitress.server import create_server
from waitress.task import ErrorTask

from .access import Exposure, is_loopback
from .edge import MAX_BODY_BYTES

__all__ = ["Listen", "check_listen", "make_server", "server_url", "wildcard"]

#: seconds a client may take to send one request (headers and body), and may stay silent
READ_TIMEOUT = 15.0


@dataclass(frozen=True)
class Listen:
    host: str
    port: int
    read_timeout: float = READ_TIMEOUT
    threads: int = 8


def wildcard(host: str) -> bool:
    return host in ("", "0.0.0.0", "::", "*")


def _addresses(host: str) -> list[str]:
    """The addresses a host name or address listens on; [] when it does not resolve."""
    if wildcard(host):
        return [host]
    try:
        return sorted({ai[4][0] for ai in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)})
    except (OSError, UnicodeError):
        return []


def check_listen(listen: Listen, exposure: Exposure, insecure_no_token: bool) -> list[str]:
    """The warnings to print before serving; ValueError (a message for the user) when the
    settings are unsafe or impossible."""
    if not 0 <= listen.port <= 65535:
        raise ValueError(f"--port must be from 0 to 65535, not {listen.port}")
    if listen.read_timeout <= 0:
        raise ValueError("--read-timeout must be a positive number of seconds")
    addresses = _addresses(listen.host)
    if not addresses:
        raise ValueError(f"--host {listen.host!r} is not an address of this machine")
    exposed = [a for a in addresses if wildcard(a) or not is_loopback(a)]
    if not exposed or exposure.token is not None:
        return []
    where = "every address of this machine" if wildcard(listen.host) else ", ".join(exposed)
    if not insecure_no_token:
        raise ValueError(
            f"refusing to serve on {listen.host} ({where}) without KGSEARCH_TOKEN: anyone who "
            "can reach it could read the knowledge base; set KGSEARCH_TOKEN (writes then need "
            "it), put a proxy in front (--behind-proxy), or pass --insecure-no-token"
        )
    return [
        f"WARNING: serving on {listen.host} ({where}) with no token (--insecure-no-token): "
        "anyone who can reach it reads everything; writes still come only from this machine"
    ]


class _JsonErrorTask(ErrorTask):
    """waitress's own refusals (413, 400 for a malformed request) as ``{"error": ...}``."""

    def execute(self):
        e = self.request.error
        message = {
            413: f"the request body is over {MAX_BODY_BYTES // 2**20} MB",
        }.get(e.code, f"{e.reason.lower()}: {e.body}")
        body = json.dumps({"error": message}).encode()
        self.status = f"{e.code} {e.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)


class _BoundedChannel(HTTPChannel):
    """A connection that gets ``read_timeout`` seconds to send each request in full, however
    slowly it trickles in (waitress's own timeout only counts silence)."""

    error_task_class = _JsonErrorTask
    read_timeout = READ_TIMEOUT
    _request_started = 0.0

    def received(self, data):
        now = time.monotonic()
        if self.request is None:
            self._request_started = now
        elif now - self._request_started > self.read_timeout:
            self.will_close = True
            return False
        return super().received(data)


def make_server(app, listen: Listen):
    """A waitress server for ``app``, listening (``.run()`` serves until interrupted);
    OSError when it cannot listen there."""
    channel = type("Channel", (_BoundedChannel,), {"read_timeout": listen.read_timeout})
    where = (
        {"sockets": [_dual_stack_socket(listen.port)]}
        if listen.host == "::"
        else {"host": listen.host, "port": listen.port}
    )
    server = create_server(
        app,
        **where,
        threads=listen.threads,
        ident="kgsearch",
        # refused from the Content-Length (chunked: once past it) before the body is read;
        # the app's own limit then never sees more than this
        max_request_body_size=MAX_BODY_BYTES + 1,
        channel_timeout=listen.read_timeout,
        cleanup_interval=max(1, min(30, int(listen.read_timeout / 2))),
        clear_untrusted_proxy_headers=False,
    )
    for s in _servers(server):
        s.channel_class = channel
    return server


def server_url(server, listen: Listen) -> str:
    """Where the server listens, as a URL (the real port, also when asked for port 0)."""
    port = listen.port
    for s in _servers(server):
        port = s.socket.getsockname()[1]
        break
    host = f"[{listen.host}]" if ":" in listen.host else listen.host
    return f"http://{host}:{port}"


def _dual_stack_socket(port: int) -> socket.socket:
    """'::' means every address, IPv4 too (waitress alone would listen on IPv6 only); IPv4
    clients then arrive as ``::ffff:a.b.c.d``."""
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    sock.bind(("::", port))
    sock.listen(1024)
    return sock


def _servers(server):
    """The listening servers inside what create_server returned (one, or several for a name
    with IPv4 and IPv6 addresses)."""
    if hasattr(server, "channel_class"):
        return [server]
    return [s for s in server.map.values() if hasattr(s, "channel_class")]
