"""Answers that hold on text nobody tuned on (issue 13, round 10): "돈" and the names of
penalties and payouts ask for an amount; words the question itself writes are no answer to it
("몇 주를 내고 신주 2주를 받나?" is no "신주 2주"); a job title in Latin letters is no earlier employer
("2021년부터 CTO로 일하며" names the company before it); a row of names goes on across the
words that describe its next name ("이차전지 기업 A, 양극재 소재 기업 B와").  Real Kiwi, real e5 embeddings, real
FAISS; the shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of

ARTICLE = (
    "법원, 누리결제 前 CTO의 해솔페이 이직 일부 제한\n"
    "간편결제 기업 누리결제의 기술 책임자였던 채민결 씨가 경쟁사 해솔페이로 옮긴 것을 두고 "
    "법원이 누리결제의 손을 일부 들어줬다. "
    "채 씨는 2017년 누리결제에 합류해 2020년부터 CTO로 일하며 이 회사의 결제 엔진을 "
    "설계했다. "
    "법원은 채 씨가 2027년 3월까지 해솔페이에서 결제 엔진 개발을 맡아서는 안 된다고 "
    "결정했다. 이를 어기면 채 씨는 하루 300만원씩 누리결제에 지급해야 한다.\n"
    "한편 가온바이오와 다올제약은 합병을 결의했다. 합병 비율에 따라 가온바이오 주주는 "
    "보유 주식 3주당 다올제약 신주 2주를 받으며, 합병기일은 2026년 5월 1일이다.\n"
    "울산광역시(울산시)는 이차전지 기업 한빛셀텍(Hanbit Celltech), 양극재 소재 기업 "
    "다온머티리얼즈와 이차전지 소재 공장을 짓는 투자협약을 2026년 10월 14일 맺었다고 밝혔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "round10", "누리결제 채민결") as kb:
        yield kb


def test_돈_asks_for_an_amount():
    toks = tokens_of(kiwi().tokenize("결정을 어기면 채 씨가 하루에 물어야 하는 돈은?"))
    assert read_asked(toks).kind == "money"


def test_the_money_a_penalty_costs(kb):
    ans = kb.ask("결정을 어기면 채 씨가 하루에 물어야 하는 돈은?")
    assert "300만원" in ans.answer, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_words_of_the_question_are_no_answer(kb):
    ans = kb.ask("가온바이오 주주는 몇 주를 내고 다올제약 신주 2주를 받나?")
    assert ans.answer.startswith("3"), (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_latin_title_is_no_earlier_employer(kb):
    ans = kb.ask("채민결 씨가 해솔페이에 오기 전에 CTO로 일한 회사는?")
    assert "누리결제" in ans.answer, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_row_goes_on_across_what_describes_its_next_name(kb):
    ans = kb.ask("울산시와 투자협약을 맺은 기업은 어디 어디인가?")
    got = (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "한빛셀텍" in ans.answer and "다온머티리얼즈" in ans.answer, got
