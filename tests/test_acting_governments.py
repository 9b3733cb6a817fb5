"""A city written after its province that acts in its clause (kg/acting_governments.py), on
invented sentences: "경북 안동시가 …와 손잡고" is the city government (an organisation, located in
its province) and the partner of the companies it joins; where the address only says where
something is ("경북 안동시에"), it stays one place."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types


def test_an_acting_city_is_an_organisation_in_its_province():
    text = (
        "경북 안동시가 수소 기업 청담에너지, 배터리 업체 누리셀과 손잡고 "
        "수소 버스 시범 노선을 운영한다."
    )
    types = entity_types(text)
    assert types.get("안동시") == "Organization", types
    assert types.get("경북") == "Place", types
    assert_relations(
        text,
        [
            {("안동시", "LOCATED_IN", "경북")},
            {("안동시", "PARTNER_OF", "청담에너지"), ("청담에너지", "PARTNER_OF", "안동시")},
            {("안동시", "PARTNER_OF", "누리셀"), ("누리셀", "PARTNER_OF", "안동시")},
        ],
        [],
    )


def test_a_city_that_signs_an_agreement():
    text = "전북 남원시는 드론 기업 하늘바람과 업무협약을 맺었다고 밝혔다."
    assert_relations(
        text,
        [
            {("남원시", "LOCATED_IN", "전북")},
            {("남원시", "PARTNER_OF", "하늘바람"), ("하늘바람", "PARTNER_OF", "남원시")},
        ],
        [],
    )


def test_an_address_that_only_places_stays_one_place():
    types = entity_types("수소 기업 청담에너지는 경북 안동시에 새 공장을 짓는다.")
    assert types.get("경북 안동시") == "Place", types
    assert "안동시" not in types, types


def test_the_city_is_in_its_province_whatever_the_clause():
    assert_relations(
        "충북 제천시가 추진하는 드론 배송 사업에 물류 기업 하늘바람이 참여한다.",
        [{("제천시", "LOCATED_IN", "충북")}],
        [],
    )
