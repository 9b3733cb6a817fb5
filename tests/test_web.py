"""Every route through Flask's test client, including every bad input of interfaces.md."""

import json

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(seed_kb):
    app = create_app(kb=seed_kb)
    app.testing = True
    return app.test_client()


@pytest.fixture()
def write_client(kb_copy):
    app = create_app(kb=kb_copy)
    return app.test_client()


def test_healthz(client):
    r = client.get("/healthz")
    assert r.status_code == 200 and r.get_json() == {"status": "ok"}


def test_search(client):
    r = client.get("/api/search", query_string={"q": "Claude를 개발한 회사", "k": 3})
    body = r.get_json()
    assert r.status_code == 200 and body["query"] == "Claude를 개발한 회사"
    assert len(body["hits"]) == 3


def test_ask(client):
    body = client.get("/api/ask", query_string={"q": "Claude를 개발한 회사는?"}).get_json()
    assert body["answer"] == "Anthropic" and body["method"] == "graph"
    assert 0 <= body["confidence"] <= 1


def test_entity_by_alias_and_unknown(client):
    assert client.get("/api/entities/앤스로픽은").get_json()["id"] == "anthropic"
    assert client.get("/api/entities/Anthropic").get_json()["id"] == "anthropic"
    r = client.get("/api/entities/없는회사")
    assert r.status_code == 404 and "없는회사" in r.get_json()["error"]


@pytest.mark.parametrize(
    "fmt, mime",
    [("json", "application/json"), ("graphml", "application/xml"), ("cypher", "text/plain")],
)
def test_graph_formats(client, fmt, mime):
    r = client.get("/api/graph", query_string={"format": fmt})
    assert r.status_code == 200 and r.mimetype == mime and r.data
    r = client.get("/api/graph", query_string={"format": fmt, "entity": "anthropic", "depth": 1})
    assert r.status_code == 200


def test_stats(client):
    body = client.get("/api/stats").get_json()
    assert body["documents"] == 1 and body["embedder"] == "multilingual-e5-small"


@pytest.mark.parametrize(
    "url, params, status, message",
    [
        ("/api/search", {}, 400, "missing or empty"),
        ("/api/search", {"q": "   "}, 400, "missing or empty"),
        ("/api/search", {"q": "가" * 1001}, 400, "limit is 1000"),
        ("/api/search", {"q": "앤스로픽", "k": "0"}, 400, "from 1 to 100"),
        ("/api/search", {"q": "앤스로픽", "k": "101"}, 400, "from 1 to 100"),
        ("/api/search", {"q": "앤스로픽", "k": "ten"}, 400, "whole number"),
        ("/api/ask", {}, 400, "missing or empty"),
        ("/api/ask", {"q": "가" * 1001}, 400, "limit is 1000"),
        ("/api/graph", {"format": "csv"}, 400, "unknown format"),
        ("/api/graph", {"entity": "없는회사"}, 404, "no entity"),
        ("/api/graph", {"entity": "anthropic", "depth": "9"}, 400, "from 0 to 5"),
        ("/api/nothing", {}, 404, "no such route"),
    ],
)
def test_bad_input_is_4xx_json(client, url, params, status, message):
    r = client.get(url, query_string=params)
    assert r.status_code == status
    assert r.is_json and message in r.get_json()["error"]


def test_security_headers(client):
    r = client.get("/")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


def test_page_answers_and_escapes(client):
    r = client.get("/", query_string={"q": "Claude를 개발한 회사는?"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and "Anthropic" in html and 'class="mention' in html
    r = client.get("/", query_string={"q": "<script>alert(1)</script>"})
    html = r.get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


def test_openapi(client):
    from openapi_spec_validator import validate

    doc = client.get("/api/openapi.json").get_json()
    validate(doc)  # a valid OpenAPI 3 document
    assert doc["openapi"].startswith("3.")
    for route in [
        "/api/search",
        "/api/ask",
        "/api/entities/{name}",
        "/api/graph",
        "/api/stats",
        "/healthz",
        "/api/documents",
        "/api/documents/{doc_id}",
    ]:
        assert route in doc["paths"]


def test_documents_post_and_delete(write_client, monkeypatch):
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    r = write_client.post(
        "/api/documents",
        json={"id": "n1", "title": "리벨리온", "text": "리벨리온은 아톰 칩을 개발했다."},
    )
    assert r.status_code == 201 and r.get_json()["id"] == "n1"
    r = write_client.post(
        "/api/documents", json={"id": "n1", "text": "리벨리온은 아톰 칩을 만들었다."}
    )
    assert r.status_code == 200 and r.get_json()["updated"] is True
    assert write_client.delete("/api/documents/n1").status_code == 200
    assert write_client.delete("/api/documents/n1").status_code == 404


@pytest.mark.parametrize(
    "body, status, message",
    [
        (b"not json", 400, "not JSON"),
        (b"\xff\xfe", 400, "not UTF-8"),
        (b"[1, 2]", 400, "JSON object"),
        (json.dumps({"text": ""}).encode(), 400, "non-empty"),
        (json.dumps({"text": "가", "id": ""}).encode(), 400, "'id'"),
    ],
)
def test_documents_bad_bodies(write_client, monkeypatch, body, status, message):
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    r = write_client.post("/api/documents", data=body, content_type="application/json")
    assert r.status_code == status and message in r.get_json()["error"]


def test_documents_need_the_token_when_set(kb_copy, monkeypatch):
    monkeypatch.setenv("KGSEARCH_TOKEN", "s3cret")
    write_client = create_app(kb=kb_copy).test_client()
    r = write_client.post("/api/documents", json={"text": "가나다"})
    assert r.status_code == 401
    r = write_client.post(
        "/api/documents", json={"text": "가나다"}, headers={"Authorization": "Bearer wrong"}
    )
    assert r.status_code == 401
    r = write_client.post(
        "/api/documents",
        json={"text": "앤스로픽은 좋은 회사다."},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert r.status_code == 201


def test_documents_refused_from_other_hosts_without_token(write_client, monkeypatch):
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    r = write_client.post(
        "/api/documents", json={"text": "가나다"}, environ_base={"REMOTE_ADDR": "192.0.2.7"}
    )
    assert r.status_code == 403 and "KGSEARCH_TOKEN" in r.get_json()["error"]


def test_body_size_limit(write_client, monkeypatch):
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    big = b'{"text": "' + b"a" * (7 * 1024 * 1024) + b'"}'
    r = write_client.post("/api/documents", data=big, content_type="application/json")
    assert r.status_code == 413 and r.is_json
