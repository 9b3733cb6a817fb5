"""Who does what in a news article (issue 13, after held-out round 11): the earlier employer of
a person is the organisation the past cue names, also when Kiwi reads a coined name as a common
noun after a kind of organisation ("로봇 기업 키네틱필드에서 일했던") and when the posts held are the
object of 지내다 / 역임하다 ("A 부사장, B 부회장 등을 지낸"); the doer of an asked act is the
subject (or the "X가 맡는다" argument) of the verb asked, not another company of the sentence.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.past import past_affiliations

ARTICLE = (
    "하늘짐로보틱스, 300억 원 규모 시리즈B 투자 유치\n"
    "물류 로봇 스타트업 하늘짐로보틱스가 300억 원 규모의 시리즈B 투자를 유치했다고 3일 밝혔다. "
    "이번 투자는 솔빛인베스트먼트가 주도했고 가람캐피탈과 무지개벤처스가 참여했다.\n"
    "하늘짐로보틱스는 2020년 서진우 대표와 오하람 최고기술책임자(CTO)가 함께 세웠다. "
    "서 대표는 창업 전 유통 물류 기업 바람택배에서 6년간 운영본부장으로 일했다. "
    "오 CTO는 누리전자 수석연구원, 다솜모터스 연구소장 등을 지냈다.\n"
    "회사는 인천 물류단지에서 무인 운반차 시범 사업을 벌인다. 차량 관제 시스템은 "
    "별하정보통신이 만들고, 충전 설비 운영은 초록에너지가 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haneul", "하늘짐로보틱스 시리즈B") as kb:
        yield kb


#: (question, the answers a reader expects, every one in the answer)
ASKED = [
    # a coined name Kiwi reads as a common noun, after "기업": the name, not the whole run
    ("서진우 대표가 하늘짐로보틱스를 세우기 전에 일한 회사는?", ["바람택배"]),
    # posts held, the object of 지내다: each post's organisation
    ("오하람 CTO는 창업 전에 어디에서 일했나?", ["누리전자", "다솜모터스"]),
]


@pytest.mark.parametrize(("question", "expected"), ASKED)
def test_answers_a_reader_expects(kb, question, expected):
    ans = kb.ask(question)
    got = (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert all(e in (ans.answer or "") for e in expected), got


PAST = [
    # the name after a kind of organisation, also when it ends a longer word ("운영사")
    ("그는 싱가포르 데이터센터 운영사 리버게이트에서 8년간 COO로 일했다.", ["리버게이트"]),
    ("미국 보스턴의 로봇 기업 키네틱필드에서 일했던 반도윤 CTO가 창업했다.", ["키네틱필드"]),
    # the posts held as the object of a verb of holding, the titles dropped
    ("신임 대표는 한빛전자 부사장, 누리중공업 부회장 등을 지낸 경영 전문가다.", ["한빛전자", "누리중공업"]),
    ("봉 대표는 KT클라우드 전략본부장을 지내고 2018년 구름솔루션즈에 합류했다.", ["KT클라우드"]),
    # with 에서 the organisation stays the one before it, not the post
    ("한국씨티은행에서 디지털금융 본부장을 지낸 도 부행장은 청하은행에 영입됐다.", ["한국씨티은행"]),
    # a post of no organisation names none
    ("정 대표는 회사를 이끌며 여러 직책을 지냈다.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PAST)
def test_past_cues_name_the_organisation(sentence, expected):
    found = [org for org, _ in past_affiliations(sentence, sentence_tokens(sentence), [])]
    assert found == expected
