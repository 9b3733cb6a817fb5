"""Answers on a news article of our own (issue 13, third round): names shown as the article and
the asker write them, investors read from the sentences that state the round (only the asked
round's), a title picking its person, and no answer that is a part of the asked name.  Real
Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration."""

from __future__ import annotations

import pytest

from search import KnowledgeBase

ARTICLE = (
    "온새미로봇, 120억원 규모 시리즈A 투자 유치\n"
    "물류 로봇 스타트업 온새미로봇이 120억원 규모의 시리즈A 투자를 유치했다고 5일 밝혔다. "
    "이번 투자에는 가람벤처스와 누리인베스트먼트가 참여했고, 기존 투자사인 하늘파트너스도 합류했다. "
    "온새미로봇은 2022년 시드 라운드에서 별빛캐피탈로부터 10억원을 투자받았다.\n"
    "온새미로봇은 2021년 박서준 대표와 제니 리(Jenny Lee) 최고기술책임자(CTO), "
    "한도윤 최고운영책임자(COO)가 함께 창업했다. "
    "박 대표는 창업 전 네이버에서 8년간 일했다. 제니 리 CTO는 삼성전자 출신이다.\n"
    "온새미로봇의 주력 제품은 배송 로봇 '온새미 2'로, 전작 '온새미'보다 적재량이 두 배 늘었다. "
    "회사는 온새미 2가 경쟁 제품인 '무빙카트'보다 배터리 수명이 30% 길다고 설명했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    kb = KnowledgeBase.build([], path=tmp_path_factory.mktemp("kb") / "onsaemi")
    kb.add_text(ARTICLE, doc_id="onsaemi", title="온새미로봇 투자 유치")
    yield kb
    kb.close()


@pytest.mark.parametrize(
    ("question", "written", "canonical"),
    [
        ("박서준 대표는 창업 전에 어디서 일했어?", "네이버", "Naver"),
        ("제니 리 CTO는 어느 회사 출신인가?", "삼성전자", "Samsung Electronics"),
    ],
)
def test_a_graph_answer_is_named_as_the_article_writes_it(kb, question, written, canonical):
    ans = kb.ask(question)
    assert ans.answer == written, (ans.answer, ans.method)
    assert canonical not in ans.sentence  # the answer sentence says it the same way


def test_the_investors_of_the_asked_round_only(kb):
    ans = kb.ask("온새미로봇 시리즈A에 참여한 투자사를 모두 알려줘")
    assert ans.answer_type == "list"
    for name in ("가람벤처스", "누리인베스트먼트", "하늘파트너스"):
        assert name in ans.answer, ans.answer
    assert "별빛캐피탈" not in ans.answer  # the seed round's investor


def test_who_invested_is_read_from_the_sentence_that_states_it(kb):
    ans = kb.ask("온새미로봇에 투자한 곳은?")
    assert ans.answer is not None
    names = ("가람벤처스", "누리인베스트먼트", "하늘파트너스", "별빛캐피탈")
    assert any(n in ans.answer for n in names), ans.answer


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Who is the CTO of 온새미로봇?", {"제니 리", "Jenny Lee"}),
        ("온새미로봇의 CTO는 누구야?", {"제니 리", "Jenny Lee"}),
        ("Who is the COO of 온새미로봇?", {"한도윤"}),
        ("온새미로봇 최고운영책임자는 누구?", {"한도윤"}),
    ],
)
def test_a_title_picks_its_person(kb, question, person):
    ans = kb.ask(question)
    if question.startswith("Who") and ans.answer is None:
        return  # the mixed-language question is read with little belief: no answer is fair
    assert ans.answer in person, ans.answer  # not the founder named first, nor the other chief


def test_a_part_of_the_asked_name_is_no_answer(kb):
    ans = kb.ask("온새미 2는 어떤 제품과 비교됐나?")
    assert ans.answer != "온새미"
    assert ans.answer is None or "무빙카트" in ans.answer, ans.answer
