"""Two question kinds that want a phrase of the text, not a name (issue 13): what money is used
for ("이번 투자금은 어디에 쓰이나?" -> every bulleted use; "주로 어디에 쓰이나?" -> the use
before 에 쓰겠다), and what a named thing is ("포트링크는 무엇인가?" -> the whole noun phrase the
text calls it by, with its modifying clause).  Real Kiwi, real e5 embeddings, real FAISS; the
shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.purposes import purpose_items

ARTICLE = (
    "바다로지스, 시리즈B 200억 원 유치\n"
    "해운 물류 스타트업 바다로지스가 200억 원 규모의 시리즈B 투자를 유치했다고 9일 밝혔다. "
    "2019년 설립된 바다로지스는 항만 물류 데이터를 실시간으로 묶는 해운 예약 플랫폼 "
    "'포트링크'를 개발했다. "
    "확보한 자금은 ▲부산 신항 물류센터 구축 ▲배송 로봇 '달리미 2' 개발 ▲개발자 채용에 쓰인다. "
    "회사는 올해 연구개발 예산을 80억 원으로 늘리고, 늘어난 예산은 대부분 자율운항 선박 관제 "
    "시스템 개발에 쓰겠다고 설명했다. "
    "바다로지스 본사는 부산 해운대구에 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bada", "바다로지스 시리즈B") as kb:
        yield kb


def test_the_uses_before_a_verb_of_use():
    assert purpose_items("확보한 자금은 ▲물류센터 구축 ▲개발자 채용에 쓰인다.") == [
        "물류센터 구축",
        "개발자 채용",
    ]
    assert purpose_items("예산은 대부분 관제 시스템 개발에 사용된다.") == ["관제 시스템 개발"]
    assert purpose_items("바다로지스 본사는 부산 해운대구에 있다.") == []


def test_every_bulleted_use_answers(kb):
    ans = kb.ask("이번 투자금은 어디에 쓰이나?")
    for use in ("부산 신항 물류센터 구축", "배송 로봇 '달리미 2' 개발", "개발자 채용"):
        assert use in ans.answer, ans.answer
    assert "확보한 자금은" in ans.evidence[0].text


def test_the_main_use_answers(kb):
    ans = kb.ask("늘어난 연구개발 예산은 주로 어디에 쓰이나?")
    assert ans.answer == "자율운항 선박 관제 시스템 개발", ans.answer


def test_a_place_question_is_still_a_place(kb):
    ans = kb.ask("바다로지스 본사는 어디에 있나?")
    assert "해운대" in ans.answer, ans.answer


def test_what_a_named_thing_is_is_the_whole_phrase(kb):
    ans = kb.ask("포트링크는 무엇인가?")
    assert ans.answer == "항만 물류 데이터를 실시간으로 묶는 해운 예약 플랫폼", ans.answer
    assert "'포트링크'를 개발했다" in ans.evidence[0].text
