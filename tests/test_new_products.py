"""A new product's name after the word that says it is one, on invented sentences: the tagger
missed a brand right after "신제품"/"신약"/"치료제", quoted or not ("신제품 바삭칩을",
"신약 '리바셀'을"), since Kiwi keeps "신제품" one word that no cue noun matched."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

from kg.coined_words import coined

TEXT = (
    "다온푸드는 신제품 바삭칩을 선보였다. "
    "가온제약은 신약 테라벨린의 임상 3상을 마쳤다고 밝혔다. "
    "가온바이오는 치매 치료제 뉴로셀린의 임상을 시작했다. "
    "누리봇이 신제품 '보라미'를 출시했다. "
    "한빛전자는 신약 '리바셀'을 개발했다. "
    "회사는 신제품 출시를 앞두고 신약 개발에 나섰다."
)


@pytest.mark.parametrize("name", ["바삭칩", "테라벨린", "뉴로셀린", "보라미", "리바셀"])
def test_a_name_after_a_new_product_word_is_a_product(name):
    assert entity_types(TEXT).get(name) == "Model", entity_types(TEXT)


def test_common_nouns_after_the_word_are_no_names():
    types = entity_types(TEXT)
    assert "출시" not in types and "개발" not in types, types


def test_kiwi_tells_coined_words_from_its_own():
    assert coined("테라벨린") and coined("바삭칩")
    assert not coined("출시") and not coined("라인업") and not coined("후보물질")
