"""What a company launches is a product (kg/launched.py): a name written as a product ("주력
제품인 X") or as what a company launched ("출시한 X") is a Model, not the company the tagger
took it for; the company that launches it stays a company."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

_LAUNCH = (
    "다온제약은 지난해 매출 100억원을 올렸다. 다온제약이 출시한 누리온은 소화제다. "
    "누리온은 약국에서 팔린다."
)


@pytest.mark.parametrize(
    "text, product",
    [
        ("가온메디의 주력 제품인 세라큐어는 상처 치료제다.", "세라큐어"),
        (_LAUNCH, "누리온"),
    ],
)
def test_a_launched_product_is_a_model(text, product):
    types = entity_types(text)
    assert types.get(product) == "Model", types


@pytest.mark.parametrize(
    "text, company",
    [
        ("가온메디의 주력 제품인 세라큐어는 상처 치료제다.", "가온메디"),
        (_LAUNCH, "다온제약"),
        ("한빛바이오가 인수한 누리랩은 판교에 있다.", "누리랩"),
    ],
)
def test_the_maker_and_a_bought_company_stay_companies(text, company):
    types = entity_types(text)
    assert types.get(company) == "Company", types
