"""English questions that ask for a vehicle by its kind ("Which vehicle will use ...?") are
answered by the model the text names ("중형 전기 SUV '아르텐 X5'"), not by its maker nor the
supplier.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛소재, 미국 완성차에 양극재 공급\n"
    "양극재 기업 한빛소재가 미국 완성차 업체 아르텐모터스와 하이니켈 양극재 'HN7' 공급 "
    "계약을 맺었다고 4일 밝혔다. 이 양극재는 아르텐모터스가 내년 하반기 출시하는 중형 전기 "
    "SUV '아르텐 X5'에 탑재될 배터리에 쓰인다. 계약 기간은 5년이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hanbit", "한빛소재 양극재 공급") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "Which vehicle will use the HN7 cathode?",  # '양극재 기업 한빛소재' at 517f66f
        "Which car will the HN7 go into?",  # '양극재 기업 한빛소재' at 517f66f
        "HN7 양극재가 쓰이는 차량은?",  # a guard: right at 517f66f
    ],
)
def test_the_vehicle_is_the_model_not_its_maker(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "아르텐 X5", (ans.answer, ans.method, ans.confidence)
