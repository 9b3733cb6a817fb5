"""Yes/no questions decided by a comparison: "X는 직전 분기보다 높아졌나?" is 아니오 when the
text says X fell against the same yardstick, 예 when it rose; another figure's comparison in the
article does not answer for X.  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가온은행 3분기 순이익 4210억 원\n"
    "가온은행은 3분기 순이익이 4210억 원으로 집계됐다고 28일 밝혔다. "
    "은행의 수익성 지표인 순이자마진(NIM)은 1.64%로 직전 분기보다 0.05%포인트 낮아졌지만, "
    "예금 잔액이 늘면서 이익 감소분을 메웠다. "
    "연체율은 0.41%로 직전 분기보다 0.02%포인트 올랐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "gaon", "가온은행 3분기 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("3분기 순이자마진은 직전 분기보다 높아졌나?", "아니오"),  # fell: 알 수 없음 at 517f66f
        ("연체율은 직전 분기보다 높아졌나?", "예"),  # rose (올랐다): 알 수 없음 at 517f66f
        ("연체율은 직전 분기보다 낮아졌나?", "아니오"),  # 알 수 없음 at 517f66f
        ("순이자마진은 직전 분기보다 낮아졌나?", "예"),  # a guard: 예 at 517f66f already
    ],
)
def test_the_way_the_figure_moved_decides(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.evidence[0].text)
    assert "직전 분기보다" in ans.evidence[0].text


MODELS = (
    "한별AI, 공개 언어모델 '누리 2' 발표\n"
    "한별AI는 공개 언어모델 '누리 2 14B'를 내놓았다고 3일 밝혔다. "
    "누리 2 14B는 한국어 이해 평가 'K-독해'에서 바다 3 14B보다 6점 높았다. "
    "다만 수학 평가 '셈틀'에서는 바다 3 14B가 누리 2 14B보다 4점 높았다."
)


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    with article_kb(tmp_path_factory, MODELS, "nuri", "한별AI 누리 2 발표") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        # the sentence measures the yardstick against the subject: 예 at 517f66f
        ("셈틀에서 누리 2 14B가 바다 3 14B보다 점수가 높았나?", "아니오"),
        ("K-독해에서 누리 2 14B가 바다 3 14B보다 점수가 높았나?", "예"),  # a guard
    ],
)
def test_a_comparison_written_the_other_way_round(models, question, want):
    ans = models.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.evidence[0].text)
