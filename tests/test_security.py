"""Issue 15 through Flask's test client: cross-site and rebinding writes are refused, the
token and loopback rules hold behind a proxy and on dual-stack sockets, and hostile bodies get a
4xx JSON answer, never a 500.  The same attacks from a real browser are in
test_browser_attacks.py."""

import json

import pytest

from web import create_app
from web.access import Exposure, ExposureError

SEED_QUESTION = "Claude를 개발한 회사는?"
ATTACK = {"id": "openai-anthropic", "text": "클로드는 악당상사가 개발했다. 악당상사는 회사다."}


@pytest.fixture()
def app(kb_copy):
    return create_app(kb=kb_copy, exposure=Exposure())


@pytest.fixture()
def client(app):
    return app.test_client()


def _answer(client) -> str:
    return client.get("/api/ask", query_string={"q": SEED_QUESTION}).get_json()["answer"]


# ---- finding 1: cross-site writes ----------------------------------------------------------------
@pytest.mark.parametrize(
    "headers, status",
    [
        # <form enctype="text/plain"> whose body is valid JSON, from another site
        ({"Content-Type": "text/plain", "Origin": "http://evil.example"}, 403),
        # fetch(..., {mode: "no-cors", method: "POST"}) from another site
        ({"Content-Type": "text/plain;charset=UTF-8", "Sec-Fetch-Site": "cross-site"}, 403),
        # a sibling port on this machine is another origin (same site)
        (
            {
                "Content-Type": "application/json",
                "Origin": "http://localhost:9999",
                "Sec-Fetch-Site": "same-site",
            },
            403,
        ),
        ({"Content-Type": "application/json", "Origin": "null"}, 403),
        # no browser headers at all, but not JSON either (a form's encoding)
        ({"Content-Type": "text/plain"}, 415),
        ({"Content-Type": "application/x-www-form-urlencoded"}, 415),
        ({}, 415),
    ],
)
def test_cross_site_writes_are_refused(client, headers, status):
    before = _answer(client)
    r = client.post("/api/documents", data=json.dumps(ATTACK), headers=headers)
    assert r.status_code == status and r.is_json and r.get_json()["error"]
    assert _answer(client) == before == "Anthropic"


def test_cross_site_delete_is_refused(client):
    r = client.delete(
        "/api/documents/openai-anthropic",
        headers={"Origin": "http://evil.example", "Sec-Fetch-Site": "cross-site"},
    )
    assert r.status_code == 403
    assert "openai-anthropic" in current_ids(client)


def current_ids(client) -> set[str]:
    return set(client.application.extensions["kgsearch"].document_ids())


def test_same_origin_json_write_from_the_page_is_allowed(client):
    r = client.post(
        "/api/documents",
        json={"id": "n1", "text": "리벨리온은 아톰 칩을 개발했다."},
        headers={
            "Origin": "http://localhost",
            "Sec-Fetch-Site": "same-origin",
            "Host": "localhost",
        },
    )
    assert r.status_code == 201, r.get_json()
    r = client.delete(
        "/api/documents/n1",
        headers={"Origin": "http://localhost", "Sec-Fetch-Site": "same-origin"},
    )
    assert r.status_code == 200


def test_multipart_upload_needs_the_pages_csrf_token(app, client):
    page = client.get("/").get_data(as_text=True)
    token = app.extensions["kgsearch.exposure"].csrf_token
    assert f'<meta name="kgsearch-csrf" content="{token}">' in page
    form = {"id": "up1", "text": "퓨리오사AI는 레니게이드 칩을 개발했다."}
    r = client.post("/api/documents", data=dict(form), content_type="multipart/form-data")
    assert r.status_code == 403 and "CSRF" in r.get_json()["error"]
    r = client.post(
        "/api/documents", data={**form, "csrf_token": "guess"}, content_type="multipart/form-data"
    )
    assert r.status_code == 403
    r = client.post(
        "/api/documents", data={**form, "csrf_token": token}, content_type="multipart/form-data"
    )
    assert r.status_code == 201 and r.get_json()["id"] == "up1"


def test_multipart_file_upload(app, client):
    import io

    token = app.extensions["kgsearch.exposure"].csrf_token
    body = "뉴스 제목\n\n업스테이지는 솔라를 개발했다.".encode("cp949")
    r = client.post(
        "/api/documents",
        data={"file": (io.BytesIO(body), "솔라 소식.txt"), "csrf_token": token},
        content_type="multipart/form-data",
    )
    assert r.status_code == 201 and r.get_json()["id"] == "솔라 소식"
    r = client.post(
        "/api/documents",
        data={"file": (io.BytesIO(b"\x00\x01"), "x.pdf"), "csrf_token": token},
        content_type="multipart/form-data",
    )
    assert r.status_code == 400 and ".txt" in r.get_json()["error"]


# ---- finding 2: DNS rebinding ------------------------------------------------------------------
@pytest.mark.parametrize(
    "method, url",
    [
        ("GET", "/api/graph"),
        ("GET", "/api/stats"),
        ("GET", "/"),
        ("POST", "/api/documents"),
        ("DELETE", "/api/documents/openai-anthropic"),
    ],
)
def test_a_rebound_name_is_refused(client, method, url):
    r = client.open(
        url,
        method=method,
        json=ATTACK if method == "POST" else None,
        headers={
            "Host": "rebind.example:8000",
            "Origin": "http://rebind.example:8000",
            "Sec-Fetch-Site": "same-origin",
        },
    )
    assert r.status_code == 421 and "rebind.example" in r.get_json()["error"]
    assert "openai-anthropic" in current_ids(client)


@pytest.mark.parametrize("host", ["localhost:8000", "127.0.0.1:8000", "[::1]:8000", "LOCALHOST"])
def test_the_served_names_answer(client, host):
    assert client.get("/api/stats", headers={"Host": host}).status_code == 200


def test_allowed_host_names_answer(kb_copy):
    client = create_app(
        kb=kb_copy, exposure=Exposure(allowed_hosts=frozenset({"kg.example"}))
    ).test_client()
    assert client.get("/api/stats", headers={"Host": "kg.example"}).status_code == 200
    assert client.get("/api/stats", headers={"Host": "other.example"}).status_code == 421


def test_allowed_hosts_from_the_environment(monkeypatch):
    monkeypatch.setenv("KGSEARCH_ALLOWED_HOSTS", "kg.example, Search.Example.")
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    e = Exposure.from_env(allowed_hosts=["lan-box"])
    assert e.allows_host("search.example:443") and e.allows_host("lan-box")
    assert e.allows_host("kg.example") and not e.allows_host("rebind.example")


# ---- finding 7: tokens, loopback, proxies --------------------------------------------------------
def test_ipv4_mapped_loopback_may_write(client):
    r = client.post(
        "/api/documents",
        json={"id": "m1", "text": "리벨리온은 아톰 칩을 개발했다."},
        environ_base={"REMOTE_ADDR": "::ffff:127.0.0.1"},
    )
    assert r.status_code == 201


def test_remote_clients_may_not_write_without_a_token(client):
    for addr in ("192.0.2.7", "::ffff:192.0.2.7", "2001:db8::1"):
        r = client.post("/api/documents", json=ATTACK, environ_base={"REMOTE_ADDR": addr})
        assert r.status_code == 403 and "KGSEARCH_TOKEN" in r.get_json()["error"]


def test_empty_token_is_an_error_not_loopback_only(monkeypatch):
    monkeypatch.setenv("KGSEARCH_TOKEN", "")
    with pytest.raises(ExposureError, match="set but empty"):
        Exposure.from_env()
    monkeypatch.setenv("KGSEARCH_TOKEN", "   ")
    with pytest.raises(ExposureError, match="set but empty"):
        create_app(kb=object())


@pytest.mark.parametrize("scheme", ["Bearer", "bearer", "BEARER"])
def test_bearer_in_any_case(kb_copy, scheme):
    client = create_app(kb=kb_copy, exposure=Exposure(token="s3cret")).test_client()
    r = client.post(
        "/api/documents",
        json={"text": "앤스로픽은 좋은 회사다."},
        headers={"Authorization": f"{scheme} s3cret"},
        environ_base={"REMOTE_ADDR": "192.0.2.7"},
    )
    assert r.status_code == 201


@pytest.mark.parametrize(
    "authorization", ["", "Bearer", "Bearer s3cre", "Basic s3cret", "s3cret", "Bearer s3cret2"]
)
def test_wrong_tokens_are_refused(kb_copy, authorization):
    client = create_app(kb=kb_copy, exposure=Exposure(token="s3cret")).test_client()
    r = client.post("/api/documents", json=ATTACK, headers={"Authorization": authorization})
    assert r.status_code == 401 and "Bearer" in r.get_json()["error"]


def test_behind_a_proxy_no_request_is_loopback(kb_copy):
    client = create_app(kb=kb_copy, exposure=Exposure(behind_proxy=True)).test_client()
    # the proxy on this machine forwards a remote client: not a loopback write
    r = client.post(
        "/api/documents",
        json=ATTACK,
        headers={"X-Forwarded-For": "192.0.2.7"},
        environ_base={"REMOTE_ADDR": "127.0.0.1"},
    )
    assert r.status_code == 403 and "proxy" in r.get_json()["error"]
    # ... not even when the client claims to be loopback
    r = client.post("/api/documents", json=ATTACK, headers={"X-Forwarded-For": "127.0.0.1"})
    assert r.status_code == 403


def test_behind_a_proxy_the_token_writes(kb_copy):
    client = create_app(
        kb=kb_copy, exposure=Exposure(token="s3cret", behind_proxy=True)
    ).test_client()
    r = client.post(
        "/api/documents",
        json={"text": "리벨리온은 아톰 칩을 개발했다."},
        headers={"Authorization": "Bearer s3cret", "X-Forwarded-For": "192.0.2.7"},
    )
    assert r.status_code == 201


def test_forwarded_headers_are_believed_only_from_the_proxy(kb_copy):
    from web.access import client_address, served_host

    app = create_app(
        kb=kb_copy,
        exposure=Exposure(behind_proxy=True, allowed_hosts=frozenset({"kg.example"})),
    )
    headers = {"X-Forwarded-For": "10.0.0.1, 192.0.2.7", "X-Forwarded-Host": "kg.example"}
    with app.test_request_context("/", headers=headers, environ_base={"REMOTE_ADDR": "127.0.0.1"}):
        assert client_address() == "192.0.2.7" and served_host() == "kg.example"
    with app.test_request_context(
        "/", headers=headers, environ_base={"REMOTE_ADDR": "198.51.100.9"}
    ):
        assert client_address() == "198.51.100.9" and served_host() == "localhost"
    # a client that is not the proxy cannot name an allowed host for itself
    r = app.test_client().get(
        "/api/stats",
        headers={"Host": "rebind.example", "X-Forwarded-Host": "kg.example"},
        environ_base={"REMOTE_ADDR": "198.51.100.9"},
    )
    assert r.status_code == 421


def test_an_id_starting_with_a_slash_can_be_deleted(client):
    r = client.post(
        "/api/documents", json={"id": "/etc/뉴스", "text": "리벨리온은 아톰 칩을 개발했다."}
    )
    assert r.status_code == 201
    r = client.delete("/api/documents//etc/뉴스")
    assert r.status_code == 200 and r.get_json()["id"] == "/etc/뉴스"
    assert "/etc/뉴스" not in current_ids(client)


# ---- finding 4: 500s on bad bodies -------------------------------------------------------------
@pytest.mark.parametrize(
    "body, message",
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        # valid JSON, but no text: named by field (by the schema or by check_unicode)
        (b'{"text": "\\ud800"}', "'text'"),
        (b'{"text": "\xea\xb0\x80", "id": "\\udfff"}', "'id'"),
        (b'{"text": "\xea\xb0\x80", "title": "a\\ud800b"}', "'title'"),
        (b'{"text": "\xea\xb0\x80", "id": ' + b"9" * 5000 + b"}", "digits"),
        (b'{"text": "\xea\xb0\x80", "id": 12}', "'id' must be"),
        (b'{"text": "\xea\xb0\x80", "title": ["x"]}', "'title' must be"),
        (b'{"text": 1e999}', "'text' must be"),
        (b'{"text": "\xea\xb0\x80", "id": "a#b"}', "'id' must be"),
    ],
)
def test_hostile_bodies_are_4xx_json(client, body, message):
    r = client.post("/api/documents", data=body, content_type="application/json")
    assert r.status_code == 400, r.get_data(as_text=True)[:300]
    assert r.is_json and message in r.get_json()["error"]


# ---- finding 7: a Cypher statement per line, whatever the text holds ----------------------------
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def test_cypher_export_keeps_every_statement_on_its_own_line():
    import networkx as nx

    from kg.export import to_cypher

    g = nx.MultiDiGraph()
    for i, brk in enumerate(LINE_BREAKS):
        injected = f"x'}}){brk}MATCH (n) DETACH DELETE n;{brk}//"
        g.add_node(
            f"n{i}{brk}", kind="entity", name=injected, type=f"T{brk}ype", aliases=[injected]
        )
    g.add_edge(f"n0{LINE_BREAKS[0]}", f"n1{LINE_BREAKS[1]}", key=f"R{LINE_BREAKS[7]}EL", type="X")
    text = to_cypher(g)
    lines = text.splitlines()  # Python splits on every break above
    statements = 1 + len(LINE_BREAKS) + 1  # constraint, nodes, edge
    assert len(lines) == statements and all(line.endswith(";") for line in lines), lines
    assert not any(line.startswith("MATCH (n) DETACH") for line in lines)


def test_a_document_title_cannot_add_a_cypher_statement(client):
    title = "제목\x85MATCH (n) DETACH DELETE n;\u2028//"
    r = client.post(
        "/api/documents",
        json={"id": "inject", "title": title, "text": "리벨리온은 아톰 칩을 개발했다."},
    )
    assert r.status_code == 201
    text = client.get("/api/graph", query_string={"format": "cypher"}).get_data(as_text=True)
    assert all(line.endswith(";") for line in text.splitlines())
    assert not any(line.startswith("MATCH (n) DETACH") for line in text.splitlines())
