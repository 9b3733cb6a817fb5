"""The learned ranker (search/ranking.py): what it reads of a candidate, and that the question's
answer type moves a sentence that holds such an answer up — through the public search."""

from __future__ import annotations

import json

import numpy as np
import pytest

from kg.kiwi import kiwi
from search import KnowledgeBase
from search.answer_spans import type_spans
from search.hybrid import FusionWeights
from search.question_words import question_words
from search.ranker_model import Ranker, ranker
from search.ranking import FEATURES, candidate_features
from search.spans import tokens_of

# the first sentence shares more of the question's words; only the second says when
PARAGRAPH = (
    "세빛전자는 청주 배터리 공장의 가동 시작을 준비하고 있다고 밝혔다. "
    "새 공장은 2027년 3월에 가동을 시작한다. "
    "공장에는 직원 300명이 일하게 된다."
)
OTHER = "누리식품은 부산에 물류 센터를 열었다. 센터는 냉동 식품을 다룬다."


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("ranking")
    (root / "a.txt").write_text(PARAGRAPH, encoding="utf-8")
    (root / "b.txt").write_text(OTHER, encoding="utf-8")
    return KnowledgeBase.build([root / "a.txt", root / "b.txt"], path=root / "kb")


def test_type_spans_find_answers_of_the_asked_kind_not_written_in_the_question():
    text = "투자 규모는 3억 원이고 2019년 5월 직원 120만 명이 서명했다."
    assert [text[s:e] for s, e in type_spans(text, "money", [])] == ["3억 원"]
    assert [text[s:e] for s, e in type_spans(text, "date", [])] == ["2019년", "5월"]
    assert [text[s:e] for s, e in type_spans(text, "date", [], "2019년에 무엇을 했나?")] == ["5월"]
    assert type_spans(text, "thing", []) == []  # no kind: no type feature
    names = "Claude 1~3 시리즈와 GPT-4는 모델이고 직원은 300명이다."
    assert [names[s:e] for s, e in type_spans(names, "number", [])] == ["300"]
    assert type_spans(text, "person", [("Person", 0, 2)]) == [(0, 2)]
    assert type_spans(text, "person", [("Company", 0, 2)]) == []


def test_features_mark_the_sentence_that_holds_the_asked_kind(kb):
    snap = kb.snapshot()
    question = "세빛전자의 배터리 공장은 언제 가동을 시작하나?"
    from search.answer_types import read_asked
    from search.answering import read_question
    from search.hybrid import features

    q = read_question(snap, question)
    assert read_asked(q.tokens).kind == "date"
    qv = kb.embedder.embed_query(question)
    f = features(snap, qv, q.index_terms, set(), "", FusionWeights())
    x = candidate_features(snap, f, q.index_terms, "date", question)
    col = {n: i for i, n in enumerate(FEATURES)}
    row = {snap.texts[p]: x[i] for i, p in enumerate(f.positions.tolist())}
    dated = next(r for t, r in row.items() if "2027년" in t)
    undated = next(r for t, r in row.items() if "준비하고" in t)
    assert dated[col["type_here"]] == 1 and dated[col["type_absent"]] == 0
    assert undated[col["type_here"]] == 0 and undated[col["type_absent"]] == 1
    assert dated[col["type_near"]] > 0.5  # "2027년 3월에 가동을" is next to 가동
    # the paragraph holds at least what each of its sentences holds of the question
    assert 0 < undated[col["coverage"]] <= dated[col["doc_coverage"]] <= 1
    assert dated[col["coverage"]] <= dated[col["near_coverage"]] <= dated[col["doc_coverage"]]
    assert dated[col["first"]] == 0 and undated[col["first"]] == 1


def test_a_when_question_with_every_word_in_the_lead_ranks_the_dated_sentence_first(kb):
    """The lead sentence holds every word of the question and is closer to it by cosine; a
    when-question's sentence without a date is judged as such (the "absent_date" feature)."""
    from search.answering import search

    snap = kb.snapshot()
    question = "세빛전자 배터리 공장은 언제 가동을 시작해?"
    hits = search(snap, kb.embedder, question, 3)
    assert "2027년 3월" in hits[0].text


def test_a_when_question_ranks_the_dated_sentence_first(kb):
    from search.answering import search

    snap = kb.snapshot()
    question = "배터리 공장 가동 시작 시점은?"
    hits = search(snap, kb.embedder, question, 3)
    assert "2027년 3월" in hits[0].text
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # the weighted sum of retrieval scores alone prefers the sentence with more shared words
    summed = search(snap, kb.embedder, question, 3, weights=FusionWeights(learned=False))
    assert "준비하고" in summed[0].text


def test_the_shipped_weights_read_the_asked_kind():
    r = ranker()
    w = dict(zip(r.names, r.first))
    for kind in ("date", "number", "person"):  # a sentence with the asked kind of answer wins
        assert w["type_here"] > w["type_absent"] + w[f"absent_{kind}"]
    assert w["absent_date"] < w["absent_person"]  # a date is a pattern, a name may be missed


def test_weights_for_other_features_are_refused_with_the_fix():
    d = json.loads(json.dumps({"features": ["dense"], "first": {"weights": {"dense": 1}}}))
    with pytest.raises(ValueError, match="fit_ranker"):
        Ranker.from_dict(d)


def test_hits_keep_the_weighted_sums_scale_in_the_rankers_order(kb):
    """The answerers and the calibration read hit scores: the learned order gets the weighted
    sum's scores, best first, so the top score and the gaps are what they were fitted on."""
    snap = kb.snapshot()
    from search.answering import search

    question = "배터리 공장 가동 시작 시점은?"
    learned = search(snap, kb.embedder, question, 3)
    summed = search(snap, kb.embedder, question, 3, weights=FusionWeights(learned=False))
    assert [h.sentence_id for h in learned] != [h.sentence_id for h in summed]
    assert np.allclose([h.score for h in learned], [h.score for h in summed], atol=1e-6)


def _words(question: str):
    return question_words(tokens_of(kiwi().tokenize(question)))


def test_question_words_read_predicates_names_and_the_head_noun():
    w = _words("마리 앙투아네트가 처형장으로 끌려가기 전에 있던 감옥은 어디인가?")
    assert w.predicates == ("끌려가",)  # 있다 says nothing of which sentence is meant
    assert w.proper == ("마리앙투아네트",)  # the index's form: no space
    assert w.head == "감옥"  # 어디 asks, 감옥 names
    w = _words("Anthropic이 개발한 모델의 이름은?")
    assert w.predicates == ("개발",) and w.proper == ("anthropic",) and w.head == "모델"
    assert _words("누구인가?") == type(w)((), (), "")


def test_features_mark_the_sentence_with_the_questions_predicate_and_name(kb):
    """The question's predicate (가동) and its company name (세빛전자) are read from the stored
    BM25 terms of each candidate, its neighbours and its paragraph."""
    from search.answering import read_question
    from search.hybrid import features

    snap = kb.snapshot()
    question = "세빛전자가 공장에 고용할 직원은 몇 명인가?"
    q = read_question(snap, question)
    qv = kb.embedder.embed_query(question)
    f = features(snap, qv, q.index_terms, set(), "", FusionWeights())
    x = candidate_features(snap, f, q.index_terms, "number", question, q.tokens)
    col = {n: i for i, n in enumerate(FEATURES)}
    row = {snap.texts[p]: x[i] for i, p in enumerate(f.positions.tolist())}
    named = next(r for t, r in row.items() if "준비하고" in t)
    staff = next(r for t, r in row.items() if "300명" in t)
    assert q.tokens and question_words(q.tokens).head == "직원"
    assert staff[col["head"]] == 1 and named[col["head"]] == 0
    assert named[col["proper"]] == 1 and staff[col["proper"]] == 0
    assert staff[col["proper_doc"]] == 1  # its paragraph names the company
    assert staff[col["proper_near"]] == 0  # the sentence right before it does not
    assert staff[col["type_coverage"]] == staff[col["coverage"]] > 0  # it holds a count


def test_entity_feature_counts_the_sentence_then_its_paragraph_before_it(seed_kb):
    """hybrid.features reads each position's entities once per call; the counts are those of
    the rule itself: the asked entities the sentence names, else half those the sentences just
    before it in its paragraph name (snapshot.context_entities), up to 2."""
    from search.answering import read_question
    from search.hybrid import features

    snap = seed_kb.snapshot()
    question = "앤스로픽과 마이크로소프트는 어떤 관계야?"
    q = read_question(snap, question)
    asked = {eid for eid, _ in q.entities}
    assert len(asked) == 2
    f = features(
        snap, seed_kb.embedder.embed_query(question), q.index_terms, asked, "", FusionWeights()
    )
    rule = [
        min(len(asked & snap.entities_at[p]) or 0.5 * len(asked & snap.context_entities[p]), 2)
        for p in f.positions.tolist()
    ]
    assert f.entity.tolist() == rule
    assert {0.5, 1.0} <= set(rule)  # both ways of naming are among the candidates


# two articles with a sentence alike on the question's words; only the second article's title
# names the company asked about (its text says only "회사"); a third on something else
TITLED = [
    {
        "id": "news-a",
        "title": "누리바이오, 올해 실적 발표",
        "text": "회사는 지난달 새 치료제의 임상 시험을 마쳤다. 매출은 작년보다 늘었다.",
    },
    {
        "id": "news-b",
        "title": "한빛제약, 신약 개발 속도",
        "text": "회사는 지난주 새 치료제의 임상 시험을 마쳤다. 공장은 청주에 있다.",
    },
    {
        "id": "news-c",
        "title": "주말 날씨",
        "text": "서울은 오늘 맑고 기온이 높다. 주말에는 비가 온다.",
    },
]


@pytest.fixture(scope="module")
def titled_kb(tmp_path_factory) -> KnowledgeBase:
    root = tmp_path_factory.mktemp("titled")
    path = root / "news.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in TITLED), encoding="utf-8")
    return KnowledgeBase.build([path], path=root / "kb")


def test_paragraph_features_read_the_title_and_what_is_asked_beyond_it(titled_kb):
    snap = titled_kb.snapshot()
    assert "한빛제약" in snap.title_terms["news-b"]
    with pytest.raises(KeyError):
        snap.title_terms["no-such-document"]
    from search.answering import read_question
    from search.hybrid import features

    question = "한빛제약은 어떤 임상 시험을 마쳤나?"
    q = read_question(snap, question)
    qv = titled_kb.embedder.embed_query(question)
    f = features(snap, qv, q.index_terms, set(), "", FusionWeights())
    x = candidate_features(snap, f, q.index_terms, "thing", question)

    def by_document(name: str) -> dict[str, float]:
        return {snap.doc_ids[p]: x[i, FEATURES.index(name)] for i, p in enumerate(f.positions)}

    title = by_document("title")
    assert title["news-a"] == 0 and 0 < title["news-b"] < 1  # 한빛제약, not 임상 시험
    # what is asked beyond the title's subject: news-b's text holds all of it, news-a's not 한빛제약
    beyond = by_document("doc_beyond_title")
    assert beyond["news-b"] == 1 and 0 < beyond["news-a"] < 1
    # 임상 시험 is in two of the three candidate articles: it tells them from the third only
    local = by_document("doc_local")
    assert local["news-a"] == local["news-b"] > 0 and local.get("news-c", 0) == 0


def test_of_two_sentences_alike_the_one_whose_title_names_the_subject_ranks_first(titled_kb):
    from search.answering import search

    question = "한빛제약은 어떤 임상 시험을 마쳤나?"
    hits = search(titled_kb.snapshot(), titled_kb.embedder, question, 3)
    assert hits[0].doc_id == "news-b" and "임상 시험" in hits[0].text
    assert [h.doc_id for h in hits if "임상 시험" in h.text] == ["news-b", "news-a"]
