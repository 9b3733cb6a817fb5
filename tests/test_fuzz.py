"""Issue 15: no request a client can send gets a 5xx — hypothesis writes the JSON bodies and the
query strings (the real app, knowledge base, Kiwi and embedder, through Flask's test client).
A document body that happens to be valid is ingested for real, so the texts are kept short."""

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from web import create_app
from web.access import Exposure

#: any character, and lone surrogates often: hypothesis's own text strategy (almost) never
#: writes them, and a lone surrogate in a title was a 500 (finding 4); json.dumps escapes them
#: as \ud800, which JSON allows
CHARS = st.characters(exclude_categories=()) | st.sampled_from(["\ud800", "\udbff", "\udfff"])


def texts(max_size: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=CHARS, max_size=max_size)


#: every JSON value, nested a little, with any text
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | texts(40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
#: bodies shaped like a document, with hostile values in each field
DOCUMENT = st.fixed_dictionaries(
    {"text": JSON | texts(60)},
    optional={"id": JSON | texts(30), "title": JSON | texts(30)},
)
QUERY = st.text(max_size=300) | st.binary(max_size=60).map(lambda b: b.decode("latin-1"))

ROUTES = ["/api/search", "/api/ask", "/api/graph", "/api/documents", "/api/stats"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def client(seed_kb_path, tmp_path_factory):
    import shutil

    from search import KnowledgeBase

    path = tmp_path_factory.mktemp("fuzz") / "kb"
    shutil.copytree(seed_kb_path, path)
    return create_app(kb=KnowledgeBase.open(path), exposure=Exposure()).test_client()


def _no_server_error(r) -> None:
    assert r.status_code < 500, (r.status_code, r.get_data(as_text=True)[:300])
    if r.status_code >= 400:
        assert r.is_json and r.get_json()["error"], r.get_data(as_text=True)[:300]


@FUZZ
@given(body=JSON | DOCUMENT)
# the shapes the adversarial test found (finding 4), always tried
@example(body={"text": "업스테이지는 솔라를 개발했다.", "title": "a\ud800b"})
@example(body={"text": "업스테이지는 \ud800 솔라를 개발했다.", "id": "news\udfff1"})
def test_no_json_body_gets_a_5xx(client, body):
    data = json.dumps(body, allow_nan=True).encode()
    _no_server_error(client.post("/api/documents", data=data, content_type="application/json"))


@FUZZ
@given(raw=st.binary(max_size=200))
@example(raw=b"[" * 100_000 + b"]" * 100_000)  # RecursionError
@example(raw=b'{"text": "\xea\xb0\x80", "id": ' + b"9" * 5000 + b"}")  # int() digit limit
def test_no_raw_body_gets_a_5xx(client, raw):
    _no_server_error(client.post("/api/documents", data=raw, content_type="application/json"))


@FUZZ
@given(
    route=st.sampled_from(ROUTES),
    params=st.dictionaries(
        st.sampled_from(["q", "k", "format", "entity", "depth", "doc", "lexical"]),
        QUERY,
        max_size=4,
    ),
)
def test_no_query_string_gets_a_5xx(client, route, params):
    _no_server_error(client.get(route, query_string=params))


@FUZZ
@given(name=QUERY.filter(lambda s: s.strip("/")))
def test_no_entity_or_document_name_gets_a_5xx(client, name):
    from urllib.parse import quote

    for route in ("/api/entities/", "/api/documents/"):
        _no_server_error(client.get(route + quote(name, safe="")))
