"""Who may reach the app and who may change it: the Host check against DNS rebinding, the
same-origin rule for writes (against cross-site forms and ``fetch``), and the token or loopback
rule that authorises a write.  ``Exposure`` holds the settings; ``register`` installs the checks
on an app, so that every state-changing route is covered, including routes added later.

Rules (README "Security" says the same for users):

- The Host header must name this server: ``localhost``, ``127.0.0.1``, ``[::1]``, the address
  it was bound to, or a name given with ``--allowed-host``; else 421.  A rebinding attacker's
  page sends its own name, so it cannot read or write.
- A write (any method but GET, HEAD, OPTIONS) is refused with 403 when the browser says it
  comes from another origin (``Sec-Fetch-Site`` other than ``same-origin``/``none``, or an
  ``Origin`` whose host is not the Host), and with 415 unless its body is
  ``application/json`` (or a file's bytes as ``application/octet-stream``) or the page's
  ``multipart/form-data`` carrying the page's CSRF token.  A page on another site cannot send
  the first two without the browser asking first (CORS preflight), and this server never says
  yes; the third it could, but not with the token.
- With ``KGSEARCH_TOKEN`` set, a write needs ``Authorization: Bearer <token>`` (the scheme in
  any case); without it, writes come only from loopback.  Behind a proxy no request is
  loopback (the proxy's own address would be), so writes then need the token.

>>> e = Exposure(token=None, allowed_hosts=frozenset({"kg.example"}))
>>> e.allows_host("KG.example:8000"), e.allows_host("rebind.example:8000"), e.allows_host("[::1]")
(True, False, True)
"""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from flask import Flask, current_app, request

from .edge import ApiError

__all__ = [
    "DEFAULT_HOSTS",
    "SAFE_METHODS",
    "Exposure",
    "ExposureError",
    "client_address",
    "is_loopback",
    "register",
    "served_host",
]

#: names the server always answers to
DEFAULT_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
#: Sec-Fetch-Site values of requests the app's own page (or a person typing a URL) makes
_SAME_ORIGIN_FETCH = frozenset({"same-origin", "none"})
_LOOPBACK_PROXIES = frozenset({"127.0.0.1", "::1"})
#: body types a page on another site cannot send without asking first (a CORS preflight,
#: which this server never answers with yes): no form can, no-cors fetch cannot
PREFLIGHTED_TYPES = frozenset({"application/json", "application/octet-stream"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"


class ExposureError(ValueError):
    """Settings that would expose the server unsafely; the message says what to change."""


@dataclass(frozen=True)
class Exposure:
    """How the app is exposed: its write token, the Host names it answers to, and whether a
    reverse proxy stands in front of it (and at which addresses)."""

    token: str | None = None
    allowed_hosts: frozenset[str] = frozenset()  # beyond DEFAULT_HOSTS; "*" allows any Host
    behind_proxy: bool = False
    trusted_proxies: frozenset[str] = _LOOPBACK_PROXIES
    #: the page's token for its multipart uploads; new for every process
    csrf_token: str = field(default_factory=lambda: secrets.token_urlsafe(32))

    def __post_init__(self):
        if self.token is not None and not self.token.strip():
            raise ExposureError(
                "KGSEARCH_TOKEN is set but empty: set it to a long random secret "
                "(writes then need it), or unset it (writes then come only from this machine)"
            )

    @classmethod
    def from_env(
        cls,
        allowed_hosts=(),
        behind_proxy: bool = False,
        trusted_proxies=(),
        environ=None,
    ) -> Exposure:
        """Settings from the arguments plus ``KGSEARCH_TOKEN`` and ``KGSEARCH_ALLOWED_HOSTS``
        (comma-separated); an empty ``KGSEARCH_TOKEN=`` is an error, not "no token"."""
        env = os.environ if environ is None else environ
        names = [*allowed_hosts, *env.get("KGSEARCH_ALLOWED_HOSTS", "").split(",")]
        return cls(
            token=env.get("KGSEARCH_TOKEN"),
            allowed_hosts=frozenset(_host_name(n) for n in names if n.strip()),
            behind_proxy=behind_proxy,
            trusted_proxies=frozenset(trusted_proxies) or _LOOPBACK_PROXIES,
        )

    def allows_host(self, host: str) -> bool:
        """Whether a Host header (name or address, with or without port) names this server."""
        if "*" in self.allowed_hosts:
            return True
        name = _host_name(host)
        return name in DEFAULT_HOSTS or name in self.allowed_hosts


def _host_name(host: str) -> str:
    """'Example.COM:8000' -> 'example.com'; '[::1]:80' -> '::1'; a trailing dot dropped."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def is_loopback(address: str) -> bool:
    """127.0.0.0/8, ::1, and IPv4-mapped loopback (``::ffff:127.0.0.1``), as a dual-stack
    socket reports an IPv4 client.

    >>> is_loopback("::ffff:127.0.0.1"), is_loopback("::1"), is_loopback("192.0.2.7")
    (True, True, False)
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def _same_address(a: str, b: str) -> bool:
    try:
        x, y = ipaddress.ip_address(a.split("%", 1)[0]), ipaddress.ip_address(b.split("%", 1)[0])
    except ValueError:
        return False
    x = x.ipv4_mapped or x if isinstance(x, ipaddress.IPv6Address) else x
    y = y.ipv4_mapped or y if isinstance(y, ipaddress.IPv6Address) else y
    return x == y


def _exposure() -> Exposure:
    return current_app.extensions["kgsearch.exposure"]


def client_address() -> str:
    """The client's address: the peer's, or behind a proxy that the proxy reports in
    ``X-Forwarded-For`` (its last entry, the one the proxy itself added) — believed only when
    the peer is one of the trusted proxies."""
    peer = request.remote_addr or ""
    exposure = _exposure()
    if exposure.behind_proxy and any(_same_address(peer, p) for p in exposure.trusted_proxies):
        forwarded = [a.strip() for a in request.headers.get("X-Forwarded-For", "").split(",")]
        if forwarded[-1]:
            return forwarded[-1]
    return peer


def served_host() -> str | None:
    """The Host the client asked for: the Host header, or behind a trusted proxy the
    ``X-Forwarded-Host`` it sets (when it sets one)."""
    exposure = _exposure()
    if exposure.behind_proxy and any(
        _same_address(request.remote_addr or "", p) for p in exposure.trusted_proxies
    ):
        forwarded = request.headers.get("X-Forwarded-Host", "").split(",")[-1].strip()
        if forwarded:
            return forwarded
    return request.headers.get("Host")


def _origin_key(netloc: str, scheme: str) -> tuple[str, str]:
    """(host, port) with the scheme's default port filled in."""
    name = _host_name(netloc)
    port = netloc.rsplit(":", 1)[1] if netloc.rsplit("]", 1)[-1].count(":") == 1 else ""
    return name, port or {"https": "443"}.get(scheme, "80")


def _check_host() -> None:
    host = served_host()
    if host is not None and not _exposure().allows_host(host):
        raise ApiError(
            421,
            f"this server does not answer to the name {_host_name(host)!r}; give it with "
            "--allowed-host (or KGSEARCH_ALLOWED_HOSTS) if it is yours",
        )


def _check_same_origin() -> None:
    site = request.headers.get("Sec-Fetch-Site")
    if site is not None and site.lower() not in _SAME_ORIGIN_FETCH:
        raise ApiError(403, f"a write from another site is refused (Sec-Fetch-Site: {site})")
    origin = request.headers.get("Origin")
    if origin is None:
        return  # not a browser (curl, scripts); a browser always sends Origin on a POST
    parts = urlsplit(origin)
    host = served_host() or ""
    if origin == "null" or _origin_key(parts.netloc, parts.scheme) != _origin_key(
        host, parts.scheme
    ):
        raise ApiError(403, f"a write from another origin is refused (Origin: {origin})")


def _check_body_type() -> None:
    if request.method == "DELETE" and not request.content_length:
        return
    mimetype = request.mimetype
    if mimetype in PREFLIGHTED_TYPES:
        return
    if mimetype == "multipart/form-data":
        given = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")
        if hmac.compare_digest(given.encode(), _exposure().csrf_token.encode()):
            return
        raise ApiError(403, f"a form upload needs the page's CSRF token ({CSRF_FIELD!r} field)")
    raise ApiError(
        415,
        f"send the body as Content-Type: application/json (a file's bytes as "
        f"application/octet-stream), not {mimetype or 'nothing'}",
    )


def _check_writer() -> None:
    exposure = _exposure()
    if exposure.token is not None:
        scheme, _, given = request.headers.get("Authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), exposure.token.encode()
        ):
            raise ApiError(401, "this route needs 'Authorization: Bearer <KGSEARCH_TOKEN>'")
    elif exposure.behind_proxy:
        raise ApiError(
            403,
            "behind a proxy every write needs a token: set KGSEARCH_TOKEN on the server",
        )
    elif not is_loopback(client_address()):
        raise ApiError(
            403,
            "writes are allowed only from this machine unless KGSEARCH_TOKEN is set on the server",
        )


def _guard() -> None:
    _check_host()
    if request.method in SAFE_METHODS or request.routing_exception is not None:
        return  # a read, or no such route (404) or method (405): nothing is written
    _check_same_origin()
    _check_writer()
    _check_body_type()


def register(app: Flask, exposure: Exposure) -> None:
    """Check every request's Host, and every write's origin, body type and writer."""
    app.extensions["kgsearch.exposure"] = exposure
    app.before_request(_guard)
