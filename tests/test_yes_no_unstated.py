"""Yes/no questions about the article's own things that no sentence answers (issue 13): a
reader who asks whether the article's parties did what the article never says expects 아니오,
shown with the closest sentence about them; a question that names something the article never
writes stays 알 수 없음.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and
calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "물결로보틱스, 150억원 규모 시리즈B 투자 유치\n"
    "물류 로봇 스타트업 물결로보틱스가 150억원 규모의 시리즈B 투자를 유치했다고 9일 밝혔다. "
    "이번 투자는 새봄인베스트먼트가 주도했고 기존 투자사인 한결파트너스도 참여했다. "
    "물결로보틱스는 투자금으로 충북 청주에 두 번째 생산 공장을 짓는다. "
    "2019년 설립된 물결로보틱스는 창고 선반을 옮기는 자율주행 로봇을 만든다. "
    "회사는 지난해 매출 86억원을 냈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "unstated", "물결로보틱스 시리즈B") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "물결로보틱스는 코스닥에 상장했나?",  # 알 수 없음 at 66f7272: never said
        "물결로보틱스는 지난해 흑자를 냈나?",  # 알 수 없음 at 66f7272: only its sales are
    ],
)
def test_the_articles_own_parties_and_nothing_said_is_no(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert ans.confidence < 0.8  # the text does not say no in words
    assert "말하지 않습니다" in ans.sentence  # and the answer says so
    assert "물결로보틱스" in ans.evidence[0].text  # the closest sentence about it


def test_a_name_the_article_never_writes_stays_unknown(kb):
    ans = kb.ask("다온전자가 물결로보틱스를 인수했나?")
    assert ans.answer == "알 수 없음", (ans.answer, ans.method, ans.confidence, ans.sentence)
