"""Deals news tells as a partnership (PARTNER_OF, tests/gold/README.md), on invented sentences:
an order won from a buyer ("B로부터 수주"), an order placed ("A에 발주"), a licence sold
("B에 기술수출", "라이선스 아웃"); and the goods of an order are no party to it."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_types


@pytest.mark.parametrize(
    "text",
    [
        "서해중공업이 노르딕라인으로부터 LNG 운반선 4척을 1조 원에 수주했다.",
        "노르딕라인은 서해중공업에 운반선 4척을 발주했다.",
    ],
)
def test_an_order_joins_the_yard_and_the_buyer(text):
    assert_relations(
        text,
        [{("서해중공업", "PARTNER_OF", "노르딕라인"), ("노르딕라인", "PARTNER_OF", "서해중공업")}],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "한결제약은 미국 제약사 노바젠에 후보물질 'HK-301'을 기술수출했다.",
        "한결제약은 미국 제약사 노바젠에 후보물질 'HK-301'을 라이선스 아웃했다.",
    ],
)
def test_a_licence_sold_joins_the_two_drug_makers(text):
    assert_relations(
        text,
        [{("한결제약", "PARTNER_OF", "노바젠"), ("노바젠", "PARTNER_OF", "한결제약")}],
        [],
    )


def test_the_goods_an_order_is_for_are_no_company():
    text = (
        "서해중공업이 노르딕라인으로부터 운반선 4척을 수주했다. "
        '조선사업부장은 "올해 들어 수주한 LNG선만 16척"이라고 말했다.'
    )
    assert entity_types(text).get("LNG선") != "Company"
