"""A shipping line is a company named by what it does (cues.toml Company nouns, 선사): the country
written before it is a place, not a company ("노르웨이 선사 X"), on invented sentences."""

from __future__ import annotations

from relation_cases import entity_types, named_relations

_ORDER = (
    "한빛조선이 노르웨이 선사 베르겐 쉬핑(Bergen Shipping)으로부터 컨테이너선 2척을 수주했다. "
    "베르겐 쉬핑의 올라 한센(Ola Hansen) 최고경영자(CEO)는 만족을 나타냈다."
)


def test_the_country_of_a_shipping_line_is_a_place():
    types = entity_types(_ORDER)
    assert types.get("노르웨이") == "Place", types


def test_nobody_works_at_the_country():
    assert not any(o == "노르웨이" for _, rel, o in named_relations(_ORDER) if rel == "WORKED_AT")
