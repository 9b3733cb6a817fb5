"""Answers on a regulator's and a board's news (issue 13): a fine the regulator imposes is the
fine of the companies its sentence names, not the regulator's own figure; a ministry asked as
"부처" is a public body; an amount never answers a question asking for a platform; a person
named to an office ("신임 CEO에 한지후 부사장을 선임") is that office's holder, whatever title
follows the name.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and
calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "공정위, 숙박앱 두 곳에 과징금…하늘소프트는 새 CEO 선임\n"
    "공정거래위원회는 숙박 예약 플랫폼인 스테이온과 룸메카를 운영하는 2개 사업자가 "
    "수수료를 담합한 행위를 적발해 과징금 34억 원을 부과했다고 5일 밝혔다. "
    "공정위는 두 사업자에 시정명령도 내렸다.\n"
    "과학기술정보통신부는 같은 날 AI 스타트업 투자 경진대회를 연다고 발표했다. "
    "대회 상금은 모두 8000만 원이다.\n"
    "하늘소프트 이사회는 신임 CFO에 오세린 상무를, 신임 CEO에 한지후 부사장을 선임했다. "
    "한 CEO는 2019년 "
    "하늘소프트에 합류했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "regulator", "공정위 과징금") as kb:
        yield kb


def test_a_fine_is_of_the_companies_it_is_imposed_on(kb):
    ans = kb.ask("스테이온과 룸메카에 부과된 과징금은 얼마인가?")
    assert ans.answer == "34억 원", (ans.answer, ans.method, ans.confidence)


def test_a_ministry_is_asked_for_by_its_kind():
    from kg.kiwi import kiwi
    from search.answer_types import read_asked
    from search.spans import tokens_of

    for q in ("투자 경진대회를 여는 부처는?", "조사에 나선 규제 당국은 어디인가?"):
        assert read_asked(tokens_of(kiwi().tokenize(q))).kind == "organization", q


def test_a_ministry_asked_as_a_ministry(kb):
    ans = kb.ask("투자 경진대회를 여는 부처는?")
    assert ans.answer == "과학기술정보통신부", (ans.answer, ans.method, ans.confidence)


def test_an_amount_never_answers_a_platform_question(kb):
    ans = kb.ask("공정위가 과징금을 부과한 플랫폼은?")
    assert "억" not in (ans.answer or ""), (ans.answer, ans.method, ans.confidence)


def test_an_office_written_before_the_name_with_에_is_the_persons():
    from kg.kiwi import kiwi
    from search.spans import tokens_of
    from search.titles import title_beside

    toks = tokens_of(kiwi().tokenize("이사회는 신임 CEO에 한지후 부사장을 선임했다."))
    assert [t.form for t in toks[5:7]] == ["한지후", "부사장"]
    assert title_beside(toks, 5, 5, {"ceo"})
    assert not title_beside(toks, 5, 5, {"cfo"})


def test_the_person_named_to_an_office_holds_it(kb):
    ans = kb.ask("하늘소프트 신임 CEO는 누구인가?")
    assert ans.answer == "한지후", (ans.answer, ans.method, ans.confidence)
