"""Answers on a news article of our own (issue 13, fifth round): who signed a supply contract
for a product is the other party, not the product's maker, and every name written in one row
with the answer counts, also one the extractor made no entity of; a person asked for is never
words holding a place's name, a name the question itself gives, or an amount; a report the
sentence contradicts ("...한다고 보도했지만, ...“논의한 적이 없다”") says no; a name asked by
a number ("77.2점을 받은 모델") comes from the sentence that writes it.  Real Kiwi,
real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리칩, AI 반도체 '바람 3' 공개…두 회사와 공급 계약\n"
    "경기 성남시 판교에 본사를 둔 반도체 스타트업 누리칩은 2025년 11월 추론용 AI 반도체 "
    "'바람 3'을 공개했다. 바람 3은 누리칩이 개발한 세 번째 칩이다.\n"
    "누리칩은 세종텔레콤·드림라인과 바람 3 공급 계약을 맺었으며, 두 회사는 내년부터 "
    "자사 데이터센터에 이 칩을 들인다. 계약 규모는 860억원이다.\n"
    "누리칩은 확보한 자금으로 핀란드 오울루에 유럽 연구소를 세울 계획이다. "
    "현지 법인 누리칩유럽도 함께 세운다.\n"
    "누리칩은 바람 3에서 돌아가는 언어 모델 '누리LM'도 공개했다. 누리LM은 자체 한국어 평가에서 "
    "91.4점을 받았다. 같은 평가에서 메타가 만든 라마 3는 77.2점에 그쳤다.\n"
    "누리칩은 2019년 삼성전자 출신 하도윤 대표가 세웠다.\n"
    "한편 일부 언론은 유통 대기업 이마트가 누리칩에 투자한다고 보도했지만, 누리칩은 "
    "“이마트와는 투자를 논의한 적이 없다”고 밝혔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리칩 바람 3 공개") as kb:
        yield kb


def test_who_signed_a_supply_contract_is_the_other_party_every_one_of_them(kb):
    ans = kb.ask("바람 3 공급 계약을 맺은 곳을 모두 알려줘")
    for name in ("세종텔레콤", "드림라인"):
        assert name in ans.answer, (ans.answer, ans.method)
    assert "누리칩" not in ans.answer  # the maker is no party that bought it


def test_the_maker_is_still_asked_by_who_made_it(kb):
    ans = kb.ask("바람 3을 개발한 회사는?")
    assert "누리칩" in ans.answer, (ans.answer, ans.method)


def test_a_person_asked_for_is_no_place_and_no_name_the_question_gives(kb):
    # the text names no head of either: whatever is said, it is no place and no company
    for question, wrong in (
        ("누리칩 유럽 연구소장은 누구인가?", "오울루"),
        ("누리칩유럽 법인장은 누구인가?", "누리칩유럽"),
    ):
        ans = kb.ask(question)
        assert wrong not in (ans.answer or ""), (question, ans.answer, ans.method)


def test_an_english_who_with_a_title_is_no_amount(kb):
    ans = kb.ask("Who is the CEO of Nurichip?")
    assert "860" not in (ans.answer or ""), (ans.answer, ans.method)


def test_a_report_the_sentence_contradicts_says_no(kb):
    ans = kb.ask("이마트가 누리칩에 투자했나?")
    assert ans.answer == "아니오", (ans.answer, ans.method, ans.sentence)


def test_a_name_asked_by_a_number_is_the_one_written_with_it(kb):
    ans = kb.ask("77.2점을 받은 모델은?")
    assert "라마" in (ans.answer or ""), (ans.answer, ans.method)
