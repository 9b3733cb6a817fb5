"""A party of a deal named by its part is no name (kg/party_roles.py).  Sentences of our own,
each run with the built-in lexicon and without it."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _names(text: str) -> set[str]:
    return {e.name for e in resolve([analyze_document("t", text)]).entities.values()}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("라온중공업은 유럽 발주처와 1조 원 규모의 LNG선 4척 건조 계약을 맺었다.", "라온중공업"),
        ("발주처는 선박을 2029년까지 인도받는다고 라온중공업이 밝혔다.", "라온중공업"),
        ("이번 공사는 해양시공사가 맡고, 가온엔지니어링이 설계를 담당한다.", "가온엔지니어링"),
        ("한빛소재는 중국 납품처를 늘리고 국내 거래처와 단가를 다시 정했다.", "한빛소재"),
    ],
)
def test_party_by_its_part_is_no_entity(lexicon, text, named):
    names = _names(text)
    assert named in names
    assert not any(n.endswith(("발주처", "시공사", "납품처", "거래처")) for n in names), names


def test_place_before_the_part_stays_a_place(lexicon):
    ex = resolve([analyze_document("t", "라온중공업은 유럽 발주처와 LNG선 건조 계약을 맺었다.")])
    assert ex.entity_by_name("유럽 발주처") is None


def test_public_corporation_ending_alike_keeps_its_name(lexicon):
    names = _names("부산도시공사는 다온건설과 임대주택 사업 협약을 맺었다.")
    assert "부산도시공사" in names
