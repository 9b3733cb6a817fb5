"""Answers on news articles of our own (issue 13, eighth round): a figure whose sentence does
not write what the question says of it ("시리즈C", "간접", "해외") is no answer, while the one
that does answers; a year asked by its number is no "지난해" of another; a row of names after bullets or middle dots answers whole; a court or a
public body asked by its kind is no company beside it; an English question spelling out an
office finds the person written with its Latin title in brackets.  Real Kiwi, real e5
embeddings, real FAISS; the shipped reader and calibration.  The article is invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.qualifiers import qualifiers_of

ARTICLE = (
    "물빛소프트, 시리즈B 150억원 유치…부산지방법원은 경쟁사 가처분 기각\n"
    "수처리 AI 기업 물빛소프트(Mulbit Soft)가 150억원 규모의 시리즈B 투자를 유치했다고 "
    "2026년 9월 3일 밝혔다. 회사는 그동안 ▲청하벤처스 ▲바른투자 ▲동해캐피털 등으로부터 "
    "누적 230억원을 투자받았다. 물빛소프트는 2028년에 시리즈C 투자를 유치할 계획이다.\n"
    "물빛소프트는 경남 창원시 정수장에 AI 수질 예측 시스템을 설치한다. 사업에는 "
    "한솔은행·가람은행·늘봄은행 등 세 은행이 대출로 참여한다. 정수장이 완공되면 운영 인력 "
    "40명이 직접 고용된다. 물빛소프트는 정수장 주변 상점에 1곳당 최대 50만원을 지원한다.\n"
    "환경부는 물빛소프트의 수질 예측 시스템을 녹색혁신 기술로 지정했다. 경쟁사 "
    "파랑워터가 낸 특허 침해 금지 가처분 신청은 부산지방법원이 기각했다.\n"
    '한도윤(Doyun Han) 물빛소프트 최고기술책임자(CTO)는 "수질 사고를 하루 먼저 '
    '알리겠다"고 말했다. 물빛소프트는 2019년 설립됐다. 물빛소프트의 지난해 매출은 80억원이었다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "mulbit", "물빛소프트 시리즈B") as kb:
        yield kb


def test_the_asked_phrase_is_read_from_the_question():
    assert qualifiers_of("물빛소프트의 시리즈C 투자 규모는 얼마인가?", [(0, 5)]) == ["시리즈c"]
    assert qualifiers_of("간접 고용 인원은 몇 명인가?", []) == ["간접", "고용"]
    assert qualifiers_of("행사 참석자 수는?", []) == ["행사"]  # 참석자: the asked noun
    assert qualifiers_of("손해배상액은 얼마인가?", []) == ["손해"]  # "액": its amount


@pytest.mark.parametrize(
    "question",
    [
        "물빛소프트의 시리즈C 투자 규모는 얼마인가?",  # only its plan is written, no amount
        "정수장 완공 후 간접 고용 인원은 몇 명인가?",  # 40 are hired directly
        "물빛소프트의 해외 누적 투자 유치액은 얼마인가?",  # 230억원 is no overseas sum
    ],
)
def test_a_figure_of_something_else_is_no_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.method, ans.confidence)
    assert ans.evidence


def test_a_year_asked_by_its_number_is_read_against_the_articles_year(kb):
    # the article reports on 2026년 9월 3일: its 지난해 is 2025, no 2027
    assert kb.ask("물빛소프트의 2027년 매출은 얼마인가?").method == "none"
    assert "80억원" in kb.ask("물빛소프트의 2025년 매출은 얼마인가?").answer


@pytest.mark.parametrize(
    "question, right",
    [
        ("물빛소프트의 시리즈B 투자 규모는 얼마인가?", "150억원"),
        ("정수장 완공 후 직접 고용 인원은 몇 명인가?", "40명"),
    ],
)
def test_the_figure_written_with_the_asked_words_answers(kb, question, right):
    ans = kb.ask(question)
    assert right in ans.answer, (question, ans.answer, ans.method)


@pytest.mark.parametrize(
    "question, names",
    [
        ("물빛소프트가 투자를 받은 곳은 어디어디인가?", ["청하벤처스", "바른투자", "동해캐피털"]),
        ("정수장 사업에 대출로 참여하는 은행은?", ["한솔은행", "가람은행", "늘봄은행"]),
    ],
)
def test_a_row_after_bullets_or_middle_dots_answers_whole(kb, question, names):
    ans = kb.ask(question)
    assert all(n in ans.answer for n in names), (question, ans.answer, ans.method)


def test_a_court_is_no_company_beside_it(kb):
    ans = kb.ask("가처분 신청을 어느 법원이 기각했어?")
    assert "부산지방법원" in ans.answer, (ans.answer, ans.method)
    assert "파랑워터" not in ans.answer and "물빛소프트" not in ans.answer


def test_a_body_of_another_sentence_does_not_take_the_belief(kb):
    # the body that designated it is written in a sentence of its own; the court of the
    # injunction is no answer, however sure the reader was of the company beside the words
    ans = kb.ask("수질 예측 시스템을 녹색혁신 기술로 지정한 기관은?")
    assert "부산지방법원" not in (ans.answer or ""), (ans.answer, ans.confidence)


def test_an_office_spelled_out_in_english_finds_its_person(kb):
    ans = kb.ask("Who is the chief technology officer of Mulbit Soft?")
    assert "한도윤" in ans.answer or "Doyun Han" in ans.answer, (ans.answer, ans.method)
