"""A term written with its English name in brackets is no name (kg/glossed_terms.py): disclosure
and technology news write "냉각장치(Cooling Unit) 공급계약", "연료전지(Fuel Cell) 사업", and the
tagger took the pair for a person or a company.  A name written with its own Latin spelling
("솔빛(Solbit)"), an acronym ("한빛전력(HBEP)") and an organisation's translated name that says
what it is ("두부랩(Tofu Lab)") stay names."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

_DISCLOSURE = (
    "한빛기계는 85억원 규모 산업용 냉각장치(Cooling Unit) 공급계약을 체결했다고 공시했다. "
    "누리소재는 고강도 강판(High Strength Plate) 공급 계약을 맺었다. "
    "모래에너지는 연료전지(Fuel Cell) 사업에 진출한다고 밝혔다."
)
_NAMES = (
    "솔빛(Solbit)은 시리즈A 투자를 유치했다. 두부랩(Tofu Lab)은 솔빛과 손을 잡았다. "
    "한빛전력(HBEP)도 참여했다. 도하윤(Hayun Do) 솔빛 부사장이 발표했다. "
    "토마스 베버(Thomas Weber) 솔빛 상무는 호흡 분석 모델 숨결넷(BreathNet)을 소개했다."
)


@pytest.mark.parametrize(
    "term", ["냉각장치", "Cooling Unit", "High Strength Plate", "연료전지", "Fuel Cell"]
)
def test_a_glossed_term_is_no_entity(term):
    types = entity_types(_DISCLOSURE)
    assert term not in types, types


def test_the_companies_around_the_terms_stay():
    types = entity_types(_DISCLOSURE)
    assert types.get("한빛기계") == types.get("누리소재") == types.get("모래에너지") == "Company"


@pytest.mark.parametrize("name", ["솔빛", "두부랩", "한빛전력", "도하윤", "토마스 베버", "숨결넷"])
def test_names_with_their_own_latin_spelling_stay(name):
    types = entity_types(_NAMES)
    assert name in types, types


def test_a_short_term_glossed_in_two_words_is_read_without_failing():
    # a two- or three-syllable word glossed in two Latin words is first checked for a Korean name
    # romanised ("박서윤(Seoyun Park)"); that check once failed on its surname table
    types = entity_types(
        "한결전자는 모바일 솔루션(Mobile Solution) 부문장에 오민재 전무를 선임했다."
    )
    assert types.get("한결전자") == "Company" and "Mobile Solution" not in types, types
