"""The nouns of supply and order news that ask for a kind of answer (answer_types.toml [heads],
question.toml [answer_types]): 부품 asks a product, never a party of the deal; 선사 and 선주 ask
the company that ordered.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "다온테크, 한빛배터리 통해 배터리 부품 420억원 계약\n"
    "다온테크는 한빛배터리를 통해 전기차 배터리 부품 420억원어치를 공급하는 계약을 맺었다고 "
    "4일 밝혔다. 이번 계약은 한빛배터리를 통해 수주해 온 배터리용 냉각판 부품이다.\n"
    "한결중공업은 2018년 5월 노르웨이 선사 피오르라인으로부터 유조선 6척을 수주했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "deal-heads", "다온테크 계약") as kb:
        yield kb


def test_a_part_asked_is_no_party_of_the_deal(kb):
    ans = kb.ask("다온테크가 공급하는 부품은?")
    assert ans.answer != "한빛배터리", ans  # the company it deals through was answered at 0.94
    assert ans.answer_type == "model"


def test_a_shipping_line_asked_is_the_company_that_ordered(kb):
    ans = kb.ask("한결중공업이 2018년 유조선을 수주한 선사는?")
    assert ans.answer_type == "company"
    assert ans.answer == "피오르라인", ans
