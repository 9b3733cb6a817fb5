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
