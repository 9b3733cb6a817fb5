"""An amount written for another income is no 순이익 ("순이익에는 배당금 수익 72억원이 포함돼
있다": 72억원 is the dividend income), as 영업이익 is no 매출 (search/attributes.py with the 수익
words of [attributes]; issue 13).  Found on a real quarterly-results article.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리정밀, 1분기 영업이익 120% 증가\n"
    "누리정밀은 지난 1분기 영업이익이 51억원으로 전년동기보다 120% 증가했다고 17일 공시했다.\n"
    "누리정밀은 매 1분기 배당금 수익이 발생하면서 순이익이 영업이익보다 큰 경향을 보이고 있다. "
    "지난 1분기 순이익에는 배당금 수익 64억원이 포함돼 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리정밀 1분기 실적") as kb:
        yield kb


def test_another_incomes_amount_is_no_net_income(kb):
    ans = kb.ask("누리정밀의 1분기 순이익은?")
    assert ans.answer != "64억원", (ans.answer, ans.confidence)


def test_the_income_asked_by_its_own_word_is_answered(kb):
    ans = kb.ask("누리정밀 순이익에 포함된 배당금 수익은?")
    assert ans.answer == "64억원", (ans.answer, ans.confidence)
