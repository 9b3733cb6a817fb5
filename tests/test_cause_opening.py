"""A cause written at the head of the sentence right after the event it caused, with no word
of the event in it ("주가가 15% 급락했다. 임상시험 중단 소식에 투자자들이 주식을 팔았다."),
answers why the event happened, before a cause written in another paragraph
(search/caused.py ``opening_cause``, search/motives.py).  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.caused import opening_cause

ARTICLE = (
    "가온제약의 주가가 15% 급락했다. 임상시험 중단 소식에 투자자들이 주식을 팔았다. "
    "고금리 영향으로 바이오 투자도 위축됐다.\n\n"
    "세림전자의 영업이익이 30% 줄었다. 스마트폰 수요 부진 탓에 부품 주문이 끊겼다.\n\n"
    "대한해운은 부산 노선 운항을 멈췄다. 태풍 여파로 항만이 폐쇄됐다.\n\n"
    "누리제과의 과자 가격이 10% 올랐다. 원재료인 설탕 값 급등으로 원가 부담이 커졌다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "reasons", "주가 급락과 가격 인상") as kb:
        yield kb


@pytest.mark.parametrize(
    ("text", "cause"),
    [
        ("임상시험 중단 소식에 투자자들이 주식을 팔았다.", "임상시험 중단 소식에"),
        ("스마트폰 수요 부진 탓에 부품 주문이 끊겼다.", "스마트폰 수요 부진 탓에"),
        ("원재료인 설탕 값 급등으로 원가 부담이 커졌다.", "원재료인 설탕 값 급등으로"),
        ("환율이 치솟으면서 수입 비용이 늘었다.", "환율이 치솟으면서"),
        ("회사는 태풍 여파로 공장을 멈췄다.", None),  # the topic opens it, not the cause
        ("투자자들이 주식을 팔았다.", None),
    ],
)
def test_the_cause_a_sentence_opens_with(text, cause):
    assert opening_cause(text) == cause


@pytest.mark.parametrize(
    ("question", "cause"),
    [
        # the base answered the event's own sentence
        ("가온제약 주가가 급락한 이유는?", "임상시험 중단 소식에"),
        ("세림전자 영업이익이 줄어든 이유는?", "스마트폰 수요 부진 탓에"),
        # the base answered another paragraph's "태풍 여파로"
        ("누리제과 과자 가격이 오른 이유는?", "원재료인 설탕 값 급등으로"),
        ("대한해운이 부산 노선 운항을 멈춘 이유는?", "태풍 여파로"),
    ],
)
def test_why_is_the_cause_the_next_sentence_opens_with(kb, question, cause):
    assert kb.ask(question).answer == cause
