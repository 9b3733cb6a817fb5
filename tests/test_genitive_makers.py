"""A product written with its maker in the genitive (kg/genitive_makers.py), on invented
sentences: "노바런치의 스텔라5 로켓" is 노바런치's, not the product of the clause's subject that
rides or adopts it."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, named_relations


@pytest.mark.parametrize(
    ("text", "maker", "product", "user"),
    [
        (
            "위성 스타트업 별하늘우주는 내년 3월 노바런치의 스텔라5(Stella 5) 로켓에 실려 발사된다.",
            "노바런치",
            {"스텔라5", "Stella 5"},
            "별하늘우주",
        ),
        (
            "물류 기업 해온로지스는 이달 말 벨로라의 배송 로봇 '무빙원(MovingOne)'을 물류센터에 "
            "들인다.",
            "벨로라",
            {"무빙원", "MovingOne"},
            "해온로지스",
        ),
        (
            "지역 방송사 청람방송은 다음 달부터 루멘AI의 음성 합성 모델 '루멘보이스(LumenVoice)'로 "
            "뉴스를 읽는다.",
            "루멘AI",
            {"루멘보이스", "LumenVoice"},
            "청람방송",
        ),
    ],
)
def test_the_genitive_owner_made_it_not_the_user(text, maker, product, user):
    rels = named_relations(text)
    assert_relations(text, [{(maker, "DEVELOPED", p) for p in product}], [])
    assert not any((user, "DEVELOPED", p) in rels for p in product), rels
