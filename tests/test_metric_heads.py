"""Metrics asked by their English abbreviation ("가온페이 MAU") or a bank's rate ("순이자마진")
are figures: the count or percentage the text writes for them, not the words the abbreviation
stands for nor an amount of money beside them.  Real Kiwi, real e5 embeddings, real FAISS; the
shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of

ARTICLE = (
    "누리은행, 3분기 순이익 5230억 원\n"
    "누리은행은 올해 3분기 5230억 원의 순이익을 냈다고 28일 밝혔다. 모바일 앱 '가온페이'의 "
    "월간 활성 이용자(MAU)는 9월 말 기준 640만 명으로 늘었다. 수익성 지표인 순이자마진(NIM)은 "
    "1.68%로 직전 분기와 같았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bank", "누리은행 실적") as kb:
        yield kb


@pytest.mark.parametrize("question", ["가온페이 MAU", "가온페이 MAU는 얼마인가?"])
def test_an_abbreviated_metric_is_a_figure(kb, question):
    assert read_asked(tokens_of(kiwi().tokenize(question))).kind == "number"
    ans = kb.ask(question)
    assert ans.answer == "640만 명", ans


def test_a_banks_rate_is_a_percentage(kb):
    ans = kb.ask("누리은행의 3분기 순이자마진은?")
    assert ans.answer == "1.68%", ans
