"""Every live response of every route validates against the OpenAPI document the app serves
(generated from the request and result types): error bodies, and a background job's 202 and
status too.  Every route the app serves is in the document and was exercised here, and every
success response the document promises was produced at least once."""

import json
import re
import shutil
import time

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_openapi

from search import KnowledgeBase
from web import create_app
from web.access import Exposure

BIG = json.dumps({"text": "가" * 5_000_001}).encode()
# (method, url, request options, expected status); writes run in this order
EXCHANGES = [
    ("GET", "/", {}, 200),
    ("GET", "/?q=Claude를 개발한 회사는?", {}, 200),
    ("GET", "/documents", {}, 200),
    ("GET", "/documents/openai-anthropic", {}, 200),
    ("GET", "/documents/없는문서", {}, 404),
    ("GET", "/graph?entity=anthropic", {}, 200),
    ("GET", "/favicon.ico", {}, 200),
    ("GET", "/healthz", {}, 200),
    ("GET", "/api/search?q=Claude를 개발한 회사&k=3", {}, 200),
    ("GET", "/api/search?q=", {}, 400),
    ("GET", "/api/search?q=앤스로픽&k=0", {}, 400),
    ("GET", "/api/search?q=앤스로픽&k=ten", {}, 400),
    ("GET", "/api/search?q=" + "가" * 1001, {}, 400),
    ("GET", "/api/ask?q=Claude를 개발한 회사는?", {}, 200),
    ("GET", "/api/ask?q=테슬라의 CEO는?", {}, 200),
    ("GET", "/api/ask?q=오픈AI는 어떤 회사인가요?", {}, 200),
    ("GET", "/api/ask", {}, 400),
    ("GET", "/api/entities/앤스로픽은", {}, 200),
    ("GET", "/api/entities/없는회사", {}, 404),
    ("GET", "/api/entities/" + "가" * 1001, {}, 400),
    ("GET", "/api/graph", {}, 200),
    ("GET", "/api/graph?format=graphml", {}, 200),
    ("GET", "/api/graph?format=cypher&entity=anthropic&depth=2&download=1", {}, 200),
    ("GET", "/api/graph?format=csv", {}, 400),
    ("GET", "/api/graph?entity=없는회사", {}, 404),
    ("GET", "/api/graph?entity=anthropic&depth=9", {}, 400),
    ("GET", "/api/graph?doc=openai-anthropic&lexical=0", {}, 200),
    ("GET", "/api/graph?doc=없는문서", {}, 404),
    ("GET", "/api/graph?lexical=maybe", {}, 400),
    ("GET", "/api/documents", {}, 200),
    ("GET", "/api/documents/openai-anthropic", {}, 200),
    ("GET", "/api/documents/없는문서", {}, 404),
    ("GET", "/api/stats", {}, 200),
    ("GET", "/api/openapi.json", {}, 200),
    ("GET", "/api/jobs/no-such-job", {}, 404),
    ("GET", "/api/nothing", {}, 404),
    ("POST", "/api/search", {}, 405),
    ("POST", "/api/documents", {"json": {"id": "n1", "text": "리벨리온은 아톰을 개발했다."}}, 201),
    ("POST", "/api/documents", {"json": {"id": "n1", "text": "리벨리온은 아톰을 만들었다."}}, 200),
    ("POST", "/api/documents", {"json": {"text": "퓨리오사AI는 레니게이드를 공개했다."}}, 201),
    (
        "POST",
        "/api/documents?filename=뉴스.md",
        {"data": "**퓨리오사AI**는 RNGD를 공개했다.".encode(), "raw": True},
        201,
    ),
    ("POST", "/api/documents?filename=a.pdf", {"data": b"%PDF", "raw": True}, 400),
    ("POST", "/api/documents", {"data": b"not json"}, 400),
    ("POST", "/api/documents", {"data": b"\xff\xfe"}, 400),
    ("POST", "/api/documents", {"json": [1, 2]}, 400),
    ("POST", "/api/documents", {"json": {"text": "가", "id": "a#b"}}, 400),
    ("POST", "/api/documents", {"json": {"text": "가", "title": 3}}, 400),
    ("POST", "/api/documents", {"data": BIG}, 413),
    ("POST", "/api/documents", {"json": {"text": "가"}, "remote": "192.0.2.7"}, 403),
    ("POST", "/api/documents", {"json": {"text": "가"}, "token": "wrong"}, 401),
    ("DELETE", "/api/documents/n1", {"remote": "192.0.2.7"}, 403),
    ("DELETE", "/api/documents/n1", {"token": "wrong"}, 401),
    ("DELETE", "/api/documents/n1", {}, 200),
    ("DELETE", "/api/documents/n1", {}, 404),
]


@pytest.fixture(scope="module")
def apps(seed_kb_path, tmp_path_factory):
    """One knowledge base served twice: without a token, and with KGSEARCH_TOKEN=s3cret (the
    token is read when the app is made)."""
    path = tmp_path_factory.mktemp("openapi") / "kb"
    shutil.copytree(seed_kb_path, path)
    kb = KnowledgeBase.open(path)
    made = {}
    for token in (None, "s3cret"):
        app = create_app(kb=kb, exposure=Exposure(token=token))
        app.config["MAX_CONTENT_LENGTH"] = 64 * 1024 * 1024  # let the 5M-character body through
        made[token] = app
    return made


@pytest.fixture(scope="module")
def app(apps):
    return apps[None]


@pytest.fixture(scope="module")
def document(app):
    doc = app.test_client().get("/api/openapi.json").get_json()
    validate_openapi(doc)
    return doc


def _exchange(apps, method, url, options):
    client = apps["s3cret" if "token" in options else None].test_client()
    headers = {"Authorization": "Bearer " + options["token"]} if "token" in options else {}
    environ = {"REMOTE_ADDR": options.get("remote", "127.0.0.1")}
    kwargs = {k: options[k] for k in ("json", "data") if k in options}
    if "data" in kwargs:
        kwargs["content_type"] = (
            "application/octet-stream" if options.get("raw") else "application/json"
        )
    return client.open(url, method=method, headers=headers, environ_base=environ, **kwargs)


def _template(app, url: str, method: str) -> str | None:
    """The OpenAPI path of the route that serves ``url`` (None when no route does)."""
    from werkzeug.exceptions import MethodNotAllowed, NotFound

    try:
        rule, _ = app.url_map.bind("localhost").match(url.split("?")[0], method, return_rule=True)
    except (NotFound, MethodNotAllowed):
        return None
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)


def _validate(document, schema: dict, instance) -> None:
    root = {**schema, "components": document["components"]}
    errors = sorted(Draft202012Validator(root).iter_errors(instance), key=str)
    assert not errors, f"{list(errors[0].absolute_path)}: {errors[0].message[:300]}"


def _check(document, app, method: str, url: str, r) -> tuple[str, str, int] | None:
    """Validate one live response against the document; returns (method, path, status) of the
    operation that served it (None: no route, the API's error body)."""
    path = _template(app, url, method)
    media = r.mimetype
    if path is None:  # no route, or not this method: the API's error body
        assert media == "application/json"
        _validate(document, {"$ref": "#/components/schemas/ErrorBody"}, r.get_json())
        return None
    responses = document["paths"][path][method.lower()]["responses"]
    response = responses.get(str(r.status_code)) or responses["default"]
    assert media in response["content"], (method, url, media)
    if media == "application/json":
        _validate(document, response["content"][media]["schema"], r.get_json())
    return method.lower(), path, r.status_code


def _job_exchanges(app, document) -> list[tuple[str, str, int]]:
    """A document over the sentence budget becomes a background job (202); its status is read
    until it is done (200, queued or running first, then done with what it created)."""
    jobs = app.extensions["kgsearch.jobs"]
    budget, jobs.sync_sentences = jobs.sync_sentences, 2
    client = app.test_client()
    text = "리벨리온은 아톰을 개발했다. 퓨리오사AI는 레니게이드를 공개했다. 딥엑스는 칩을 만들었다."
    try:
        r = client.post("/api/documents", json={"id": "big", "text": text})
    finally:
        jobs.sync_sentences = budget
    assert r.status_code == 202, r.get_json()
    seen = [_check(document, app, "POST", "/api/documents", r)]
    url, deadline = r.headers["Location"], time.time() + 300
    while True:
        r = client.get(url)
        assert r.status_code == 200, r.get_json()
        seen.append(_check(document, app, "GET", url, r))
        if r.get_json()["status"] not in ("queued", "running") or time.time() > deadline:
            break
        time.sleep(0.2)
    assert r.get_json()["status"] == "done", r.get_json()
    assert r.get_json()["created"] == ["big"]
    return seen


def test_every_response_validates_against_the_document(apps, app, document):
    seen = set()
    for method, url, options, status in EXCHANGES:
        r = _exchange(apps, method, url, options)
        assert r.status_code == status, (method, url, r.get_data(as_text=True)[:300])
        seen.add(_check(document, app, method, url, r))
    seen.update(_job_exchanges(app, document))
    seen.discard(None)
    operations = {(m, p) for p, ops in document["paths"].items() for m in ops}
    rules = {
        (m.lower(), re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", r.rule))
        for r in app.url_map.iter_rules()
        if r.endpoint != "static"
        for m in r.methods - {"HEAD", "OPTIONS"}
    }
    assert rules == operations, "routes and the OpenAPI document differ"
    served = {(m, p) for m, p, _ in seen}
    assert served == operations, f"not exercised: {operations - served}"
    # every success shape the document promises was produced live at least once
    successes = {
        (m, p, int(s))
        for p, ops in document["paths"].items()
        for m, op in ops.items()
        for s in op["responses"]
        if s.startswith("2")
    }
    assert successes <= seen, f"success responses never produced: {sorted(successes - seen)}"


def test_the_document_is_closed(document):
    """A key a live response carries but the schema does not name fails validation."""
    hit = document["components"]["schemas"]["Hit"]
    assert hit["additionalProperties"] is False
    with pytest.raises(AssertionError):
        _validate(
            document,
            {"$ref": "#/components/schemas/Hit"},
            {"sentence_id": "d#1", "doc_id": "d", "text": "가", "score": 1, "path": "/tmp"},
        )


def test_stats_carry_no_path(app):
    body = app.test_client().get("/api/stats").get_json()
    assert "path" not in body and not any("/" in str(v) for v in body.values())
