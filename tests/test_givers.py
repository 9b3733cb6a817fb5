"""Who gave a right, a licence or an award ("배타적 사용권을 준 곳은?") is the party the text names
with 로부터 in the clause of receiving it ("A가 C로부터 B를 받았다/획득했다" -> C), else the subject
of a giving noun ("C는 이 상품에 B를 부여했다" -> C), never the product's partner (round 20:
"배타적 사용권을 준 곳" answered by the insurer's data partner).  The acts are data:
[contract_parties] pairs and verbs."주"/"내주" in search/resources/answer_types.toml.  Real Kiwi,
real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "솔빛생명, 걸음 수 연계 건강보험 출시…배타적 사용권 3개월 획득\n"
    "솔빛생명이 헬스케어 업체 걸음랩스와 손잡고 걸음 수에 따라 보험료를 돌려 주는 건강보험 "
    "'솔빛 워크핏'을 출시했다고 4일 밝혔다. "
    "생명보험협회는 이 상품에 3개월간의 배타적 사용권을 부여했다.\n"
    "한편 드론 업체 하늘나래는 지난달 국토교통부로부터 비행 안전 인증을 받았다고 밝혔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "givers", "솔빛생명 건강보험 출시") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, giver",
    [
        # before: 걸음랩스, the product's partner
        ("새 건강보험에 배타적 사용권을 준 곳은 어디인가?", "생명보험협회"),
        ("하늘나래에 비행 안전 인증을 내준 곳은?", "국토교통부"),  # 로부터 ... 받았다
        ("배타적 사용권을 부여한 기관은?", "생명보험협회"),  # the giving noun asked
    ],
)
def test_the_giver_is_who_gave_not_a_partner(kb, question, giver):
    ans = kb.ask(question)
    assert ans.answer == giver, (ans.answer, ans.method, ans.confidence, ans.sentence)
