"""An amount is answered with its unit of money (issue 13): "증권가가 추정하는 배상금 규모" is
"1500억 원", not "1500억" cut from "1500억 원 안팎".  Real Kiwi, real e5 embeddings, real FAISS;
the shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.amount_units import with_units
from search.reader import Candidate
from search.spans import Span

ARTICLE = (
    "가람전자·누리광학, 렌즈 특허 분쟁 합의\n"
    "가람전자와 누리광학이 3년 동안 이어 온 카메라 렌즈 특허 분쟁을 끝내기로 합의했다고 2일 밝혔다. "
    "누리광학은 가람전자에 배상금을 한 번에 지급한다. "
    "정확한 금액은 공개하지 않았지만, 증권가에서는 배상금이 1500억 원 안팎일 것으로 추정한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "amounts", "렌즈 특허 합의") as kb:
        yield kb


def _cand(text: str, probability: float, start: int = 0) -> Candidate:
    span = Span(text, start, start + len(text), 0, 0)
    return Candidate(text, 0, span, {}, probability=probability)


def test_the_amount_with_its_unit(kb):
    ans = kb.ask("증권가가 추정하는 배상금 규모")
    assert ans.answer is not None and "1500억 원" in ans.answer, (ans.answer, ans.method)


def test_only_a_unit_of_money_joins():
    cands = [_cand("1500억", 0.5), _cand("1500억 원", 0.3), _cand("1500억 원 안팎", 0.2)]
    assert [(c.text, round(c.probability, 2)) for c in with_units(cands)] == [
        ("1500억 원", 0.8),
        ("1500억 원 안팎", 0.2),
    ]
    # a counter is no unit of money; another start is another number
    cands = [_cand("30", 0.5), _cand("30 개", 0.1), _cand("1500억", 0.4, start=9)]
    assert len(with_units(cands)) == 3
