"""The place where an event is held is a place (kg/venues.py): a hall or a tower named like a
brand, marked 에서 before an event and a verb of holding it, is no company; the company that
hosts it, named by its ending, stays one."""

from __future__ import annotations

import pytest
from relation_cases import entity_types


@pytest.mark.parametrize(
    "text, venue",
    [
        ("협약식은 서울 강남구 다온타워에서 열렸다.", "다온타워"),
        ("양사는 판교 가온큐브에서 업무협약식을 열었다.", "가온큐브"),
        ("두 회사는 다온스페이스에서 협약식을 개최했다.", "다온스페이스"),
        # an exhibition hall the tagger may take for a product; the event nine tokens on
        (
            "서울 삼성동 누리엑스에서 17일까지 사흘간 열리는 이번 행사에는 300개 기업이 참가했다.",
            "누리엑스",
        ),
    ],
)
def test_where_an_event_is_held_is_a_place(text, venue):
    types = entity_types(text)
    assert types.get(venue) == "Place", types


def test_a_company_hosting_an_event_stays_a_company():
    types = entity_types("한빛전자에서 열린 기자간담회에서 김민수 대표가 계획을 밝혔다.")
    assert types.get("한빛전자") == "Company", types


def test_the_parties_of_the_agreement_stay_companies():
    types = entity_types("한빛모빌리티와 누리에너지는 판교 가온큐브에서 업무협약식을 열었다.")
    assert types.get("한빛모빌리티") == types.get("누리에너지") == "Company", types


def test_a_city_after_its_country_where_a_named_event_is_held():
    """ "미국 X에서 열린 <event name>": the event is a name, not an event word, yet a city after
    its country, marked 에서 before a verb of holding, is where it is held (real launch news
    typed the city a company)."""
    types = entity_types(
        "누리전자는 미국 라스베이거스에서 열린 CES 2030에 참가해 신제품을 선보였다."
    )
    assert types.get("라스베이거스") == "Place", types
    assert (
        entity_types("다온바이오는 미국 한빛소프트에서 열린 해커톤에 참가했다.").get("한빛소프트")
        == "Company"
    )
