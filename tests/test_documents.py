"""Documents as people handle them: listed, opened with their sentences and entities, uploaded as
files (the bytes read as `kgsearch add` reads a file), and the graph of one document."""

import json
import sqlite3

import pytest

from search import KnowledgeBase
from web import create_app

NEWS = "# 리벨리온 소식\n\n**리벨리온**은 2020년 설립된 AI 반도체 회사다. 리벨리온은 아톰 칩을 개발했다.\n"


@pytest.fixture()
def client(kb_copy, monkeypatch):
    monkeypatch.delenv("KGSEARCH_TOKEN", raising=False)
    return create_app(kb=kb_copy).test_client()


def test_list_has_title_size_date_and_counts(client):
    docs = client.get("/api/documents").get_json()["documents"]
    assert [d["id"] for d in docs] == ["openai-anthropic"]
    d = docs[0]
    assert d["title"] and d["chars"] > 1000 and d["sentences"] > 10 and d["entities"] > 10
    assert d["added"].endswith("Z") and d["added"][4] == "-"


def test_one_document_has_its_sentences_at_their_offsets_and_mentions(client):
    doc = client.get("/api/documents/openai-anthropic").get_json()
    text = doc["text"]
    assert len(text) == doc["chars"] and doc["sentences"]
    for s in doc["sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]
        for m in s["entities"]:
            assert m["id"] and s["text"][m["start"] : m["end"]]
    named = {e["id"]: e for e in doc["entities"]}
    assert named["anthropic"]["mentions"] >= 5 and named["anthropic"]["type"] == "Company"
    r = client.get("/api/documents/no-such-doc")
    assert r.status_code == 404 and "no-such-doc" in r.get_json()["error"]


def test_upload_a_markdown_file_then_ask_and_delete(client):
    r = client.post(
        "/api/documents?filename=rebellions.md",
        data=NEWS.encode("cp949"),  # an old Windows file: read as the command line reads it
        content_type="application/octet-stream",
    )
    assert r.status_code == 201, r.get_json()
    assert r.get_json()["ids"] == ["rebellions"]
    doc = client.get("/api/documents/rebellions").get_json()
    assert doc["title"] == "리벨리온 소식" and "**" not in doc["text"]
    answer = client.get("/api/ask", query_string={"q": "아톰을 개발한 회사는?"}).get_json()
    assert answer["answer"] == "리벨리온"
    assert client.delete("/api/documents/rebellions").status_code == 200
    assert client.get("/api/documents/rebellions").status_code == 404


def test_upload_jsonl_adds_each_line(client):
    lines = [
        {"id": "n-1", "title": "하나", "text": "업스테이지는 솔라를 개발했다."},
        {"id": "n-2", "text": "퓨리오사AI는 레니게이드를 개발했다."},
    ]
    body = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines).encode()
    r = client.post(
        "/api/documents?filename=batch.jsonl", data=body, content_type="application/octet-stream"
    )
    assert r.status_code == 201 and r.get_json()["ids"] == ["n-1", "n-2"]
    ids = [d["id"] for d in client.get("/api/documents").get_json()["documents"]]
    assert {"n-1", "n-2"} <= set(ids)


@pytest.mark.parametrize(
    "name, body, message",
    [
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
        ("empty.txt", b"   \n", "empty"),
        ("bad.jsonl", b'{"title": "x"}\n', '"text"'),
        ("bin.txt", b"\x00\x01\x02", "binary"),
        ("a#b.txt", "가나다".encode(), "'#'"),
    ],
)
def test_bad_uploads_get_a_clear_400(client, name, body, message):
    r = client.post(
        "/api/documents",
        query_string={"filename": name},
        data=body,
        content_type="application/octet-stream",
    )
    assert r.status_code == 400 and message in r.get_json()["error"]
    assert len(client.get("/api/documents").get_json()["documents"]) == 1


def test_uploads_need_the_token_when_set(kb_copy, monkeypatch):
    monkeypatch.setenv("KGSEARCH_TOKEN", "s3cret")
    client = create_app(kb=kb_copy).test_client()  # the token is read when the app is made
    r = client.post(
        "/api/documents?filename=a.txt",
        data="앤스로픽은 회사다.".encode(),
        content_type="application/octet-stream",
    )
    assert r.status_code == 401


def test_graph_of_one_document_and_without_the_lexical_layer(client):
    client.post(
        "/api/documents?filename=rebellions.md",
        data=NEWS.encode(),
        content_type="application/octet-stream",
    )
    g = client.get("/api/graph", query_string={"doc": "rebellions", "lexical": "0"}).get_json()
    names = {n["name"] for n in g["nodes"]}
    assert "리벨리온" in names and "Anthropic" not in names
    assert {e["type"] for e in g["edges"]} <= {"DEVELOPED", "FOUNDED_IN"} and g["edges"]
    whole = client.get("/api/graph", query_string={"lexical": "0"}).get_json()
    assert {n["kind"] for n in whole["nodes"]} == {"entity"}
    assert client.get("/api/graph", query_string={"doc": "nope"}).status_code == 404


def test_pages_for_documents(client):
    html = client.get("/documents").get_data(as_text=True)
    assert 'data-doc-id="openai-anthropic"' in html and "문서 추가" in html
    html = client.get("/documents/openai-anthropic").get_data(as_text=True)
    assert 'id="s-18"' in html and 'class="mention' in html
    r = client.get("/documents/nope")
    assert r.status_code == 404 and "찾을 수 없습니다" in r.get_data(as_text=True)
    assert client.get("/graph").status_code == 200
    r = client.get("/favicon.ico")
    assert r.status_code == 200 and r.mimetype == "image/svg+xml"


def test_knowledge_base_opens_as_a_context_manager(seed_kb_path):
    with KnowledgeBase.open(seed_kb_path) as kb:
        assert kb.ask("Claude를 개발한 회사는?").answer == "Anthropic"
        assert kb.documents()[0]["id"] == "openai-anthropic"
    with pytest.raises(sqlite3.ProgrammingError):
        kb.documents()  # closed at the end of the block


def test_constructor_called_directly_says_what_to_do():
    with pytest.raises(TypeError) as e:
        KnowledgeBase("data/kb")
    assert "KnowledgeBase.open(path)" in str(e.value) and "KnowledgeBase.build" in str(e.value)


def test_help_shows_docstrings_not_stray_comments():
    import inspect
    import pydoc

    text = pydoc.render_doc(KnowledgeBase, renderer=pydoc.plaintext)
    assert "# ----" not in text
    for name, member in inspect.getmembers(KnowledgeBase):
        if name.startswith("_") and name not in ("__init__", "__enter__", "__exit__"):
            continue
        if callable(member) or isinstance(member, property):
            assert inspect.getdoc(member), f"KnowledgeBase.{name} has no docstring"
