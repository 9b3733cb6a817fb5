"""Quoted products priced in a list (kg/price_lists.py), on invented sentences: each quoted name
written with its own price in a selling sentence is a product (Model), its seller's (DEVELOPED),
whether the price follows its particle, sits in a bracket after it, or the list is a sentence of
prices; a quoted phrase with no price of its own is no product of the list."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_types, named_relations


@pytest.mark.parametrize(
    ("text", "maker", "products"),
    [
        (
            "하람식품은 냉동 피자 '치즈폭탄'은 9900원, '불고기듬뿍'은 1만1900원에 판매한다.",
            "하람식품",
            ["치즈폭탄", "불고기듬뿍"],
        ),
        (
            "카페 체인 온기커피가 겨울 음료 '군밤 라떼'(6300원)와 '홍시 에이드'(5900원)를 내놨다.",
            "온기커피",
            ["군밤 라떼", "홍시 에이드"],
        ),
        (
            "가온오디오는 헤드폰 두 종을 공개했다. "
            "가격은 '울림 원'이 24만9000원, '울림 프로'가 34만9000원이다.",
            "가온오디오",
            ["울림 원", "울림 프로"],
        ),
    ],
)
def test_priced_products_are_their_sellers(text, maker, products):
    types = entity_types(text)
    assert all(types.get(p) == "Model" for p in products), types
    assert_relations(text, [{(maker, "DEVELOPED", p)} for p in products], [])


def test_a_quoted_slogan_without_a_price_is_no_product():
    rels = named_relations("하람식품은 '맛있는 겨울'을 내걸고 신제품을 1만 원에 판매한다.")
    assert ("하람식품", "DEVELOPED", "맛있는 겨울") not in rels, rels
