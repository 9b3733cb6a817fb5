"""A question typed like a headline into a search box, with no spaces after the name
("다온로보틱스신임CTO"), is read as its spaced form ("다온로보틱스 신임 CTO"): the glued name is
split off and the rest is spaced at its noun boundaries (search/question_repair.py).  Before,
only the name was split and "신임CTO" stayed one word the question reading did not know, so the
question got no answer (dev gold: "하이로드게임즈신임CFO").  Real Kiwi, e5, FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "다온로보틱스, 기술 조직 개편\n"
    "물류 로봇 기업 다온로보틱스는 3일 기술 조직을 개편했다고 밝혔다. 5년간 최고기술책임자(CTO)를 "
    "맡아 온 변승태 부사장은 고문으로 물러난다. 후임 CTO에는 도경민 전 한결전자 연구소장이 "
    "영입됐다. 도 CTO는 한결전자에서 자율주행 연구를 15년 동안 이끌었다. 이번 인사의 최연소 "
    "임원은 물류설계팀을 이끈 한소율 상무(36)다. "
    "다온로보틱스의 올해 3분기 매출은 420억원으로 지난해 같은 기간보다 35% 늘었다. "
    "회사는 내년 상반기 경기 평택에 두 번째 공장을 짓는다."
)

QUESTIONS = [
    ("다온로보틱스신임CTO", "다온로보틱스 신임 CTO", "도경민"),
    ("다온로보틱스3분기매출", "다온로보틱스 3분기 매출", "420억원"),
    # the post class asks a person (search/resources/answer_types.toml heads), not a thing
    ("다온로보틱스최연소임원", "다온로보틱스 최연소 임원", "한소율"),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "daon", "다온로보틱스 기술 조직 개편") as kb:
        yield kb


@pytest.mark.parametrize(("terse", "spaced", "answer"), QUESTIONS)
def test_the_unspaced_question_answers_as_the_spaced_one(kb, terse, spaced, answer):
    glued, apart = kb.ask(terse), kb.ask(spaced)
    assert answer in (apart.answer or ""), (apart.answer, apart.method)
    assert glued.answer == apart.answer, (glued.answer, glued.method, glued.confidence)


@pytest.mark.parametrize(
    ("question", "repaired"),
    [
        ("다온로보틱스신임CTO", "다온로보틱스 신임 CTO"),
        ("다온로보틱스4분기매출전망", "다온로보틱스 4분기 매출 전망"),  # 4분기 keeps its number
        ("다온로보틱스최연소임원", "다온로보틱스 최연소 임원"),  # 최- keeps its noun
        ("다온로보틱스설립자", "다온로보틱스 설립자"),  # one noun: nothing to space
        ("다온로보틱스신임최고기술책임자", "다온로보틱스 신임 최고기술책임자"),  # a title whole
    ],
)
def test_the_rest_after_a_glued_name_is_spaced_at_nouns(question, repaired):
    from kg import analyze_document, resolve
    from search.question_repair import repair_question

    ex = resolve([analyze_document("d", "다온로보틱스는 물류 로봇을 만든다.")])
    assert repair_question(question, ex) == repaired


@pytest.mark.parametrize(
    "question", ["청주 다낭 왕복 최저가", "왕복 운임은?", "올해 최고가는 얼마?"]
)
def test_a_price_noun_asks_an_amount(question):
    """최저가, 최고가, 운임 ask an amount (answer_types.toml heads): spaced, "청주 다낭 왕복 최저가"
    was two names and nouns of no asked kind, so it was read as "A B 관계" and answered with the
    route's sentence (held-out round 22's fare question, once spaces43 spaced its glued form)."""
    from kg.kiwi import kiwi
    from search.answer_types import read_asked
    from search.question_forms import question_form
    from search.spans import tokens_of

    toks = tokens_of(kiwi().tokenize(question))
    asked = read_asked(toks)
    assert asked.kind == "money", (asked.kind, asked.head)
    assert question_form(toks, question, 2, asked) != "relation"
