"""The answer card: what the page makes of an Answer's JSON.  Answers from the seed where the
system gives them; the yes/no shape, which the answerers are adding (issue 13), as written in
interfaces.md, so that the page shows it the day it arrives."""

from web.answer_card import answer_card


def test_graph_answer_cites_the_sentences_that_state_it(seed_kb):
    answer = seed_kb.ask("Claude를 개발한 회사는?").to_dict()
    card = answer_card(answer, {"openai-anthropic": "기사"}, "Claude를 개발한 회사는?")
    assert card["kind"] == "entity" and card["answer"] == "Anthropic"
    scores = [ev["score"] for ev in card["evidence"]]
    assert scores == sorted(scores, reverse=True)
    assert [ev["number"] for ev in card["evidence"]] == list(range(1, len(scores) + 1))
    cited = [card["evidence"][n - 1] for n in card["citations"]]
    assert cited
    for ev in cited:
        ids = {p["entity"]["id"] for p in ev["pieces"] if "entity" in p}
        assert "anthropic" in ids and "claude" in ids
    assert card["sources"] == [
        {"title": "기사", "href": cited[0]["href"], "numbers": card["citations"]}
    ]
    assert (
        cited[0]["href"].startswith("/documents/openai-anthropic?q=") and "#s-" in cited[0]["href"]
    )


def test_no_answer_has_no_citations(seed_kb):
    card = answer_card(seed_kb.ask("리벨리온의 직원 수는?").to_dict(), {})
    assert card["kind"] == "none" and card["citations"] == [] and card["evidence"]


def _yes_no(seed_kb, answer: str) -> dict:
    hits = [h.to_dict() for h in seed_kb.search("앤스로픽 Claude 개발", k=3)]
    return {
        "question": "앤스로픽이 Claude를 개발했나요?",
        "answer": answer,
        "answer_type": "yes_no",
        "answer_entities": [],
        "evidence": hits,
        "method": "graph",
        "confidence": 0.9,
        "sentence": "",
        "analysis": {"entities": ["anthropic", "claude"], "relation": "DEVELOPED"},
    }


def test_yes_no_answers_show_as_yes_or_no_with_evidence(seed_kb):
    for word, cls in (("예", "yes"), ("아니오", "no"), ("알 수 없음", "unknown")):
        card = answer_card(_yes_no(seed_kb, word), {})
        assert card["kind"] == "yes_no" and card["yes_no"] == cls
        assert card["answer_type_label"] == "예/아니오"
        assert card["citations"]  # sentences naming both things asked about


def test_the_page_renders_a_yes_no_card(seed_kb):
    from flask import render_template

    from web import create_app
    from web.labels import labels, relation_label, type_label

    app = create_app(kb=seed_kb)
    with app.test_request_context("/"):
        html = render_template(
            "index.html",
            active="ask",
            q="앤스로픽이 Claude를 개발했나요?",
            card=answer_card(_yes_no(seed_kb, "예"), {}),
            entity=None,
            error=None,
            followups=[],
            graph_start="",
            stats=seed_kb.stats(),
            examples=[],
            labels=labels(),
            relation_label=relation_label,
            type_label=type_label,
        )
    assert '<span class="yesno yes">예</span>' in html
    assert 'class="cite" href="#ev-' in html
