"""Countries are places (the country block of kg/resources/lexicon.toml), on invented sentences:
a company's local unit written after a country ("한별셀 체코 공장") once made the country a
company wherever the text named it, and a person heading that unit worked at it."""

from __future__ import annotations

from relation_cases import entity_types, named_relations

TEXT = (
    "한별셀은 지난해 한별셀 체코 공장을 세웠다. "
    "충남 아산시에 본사를 둔 한별셀은 체코와 헝가리에 해외 공장을 운영하고 있다. "
    "윤도하 대표는 한별셀 체코 법인장을 지냈다."
)


def test_countries_after_a_company_stay_places():
    types = entity_types(TEXT)
    assert types.get("체코") == "Place", types
    assert types.get("헝가리") == "Place", types


def test_no_one_works_at_a_country():
    rels = named_relations(TEXT)
    assert ("윤도하", "WORKED_AT", "체코") not in rels, rels
