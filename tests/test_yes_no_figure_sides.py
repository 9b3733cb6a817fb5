"""Yes/no questions decided by a figure's side: whose figure it is ("임금 인상률은 노조가 7.2%,
회사가 3.5%를 제시했다"), which side of a threshold it falls ("수출 비중은 41%다" for "절반을
넘나?"), which way a comparison with its yardstick left unnamed goes ("더 높은 인상률"), and a
figure written only as others' expectation ("8% 뛸 가능성"), and a forecast figure the question
itself asks of ("전망치를 낮췄나?").  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "바다식품 노사, 임금 협상 결렬\n"
    "바다식품 노사가 올해 임금 협상에서 합의하지 못했다고 5일 밝혔다. "
    "임금 인상률은 노조가 7.2%, 회사가 3.5%를 제시했다. "
    "바다식품은 지난달 냉동식품 가격을 평균 6% 올렸다. "
    "업계에서는 연말에 경쟁사 제품값도 8% 뛸 가능성이 높다는 관측이 나온다. "
    "바다식품의 매출에서 수출 비중은 41%다. "
    "같은 업계의 누리푸드 노사는 지난주 더 높은 인상률에 합의했다. "
    "바다식품은 올해 매출 전망치를 1조 원에서 9천억 원으로 낮췄다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "wages", "바다식품 임금 협상") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("노조가 임금 인상률 3.5%를 제시했나?", "아니오"),  # the company's figure
        ("회사가 임금 인상률 3.5%를 제시했나?", "예"),
        ("바다식품 매출에서 수출 비중은 절반을 넘나?", "아니오"),  # 41%
        ("바다식품 매출에서 수출 비중은 40%를 웃도나?", "예"),
        ("누리푸드 노사는 바다식품보다 낮은 인상률에 합의했나?", "아니오"),  # "더 높은"
        ("바다식품은 냉동식품 가격을 8% 올렸나?", "아니오"),  # 6%; 8% is others' guess
        ("바다식품은 올해 매출 전망치를 낮췄나?", "예"),  # 전망치 is the asked figure, no guess
    ],
)
def test_the_figure_of_the_asked_side(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.evidence[0].text)
