"""A company written after its country and its kind (kg/roles.py place-kind-org; the kinds are
grammar.toml places.company_kinds), on invented sentences: an airline, a streaming service with
its bracketed gloss; the kind word itself ("OTT", stopnames.toml) is no company."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_types


@pytest.mark.parametrize(
    ("text", "company", "country"),
    [
        (
            "한빛항공은 싱가포르 저비용항공사 멀라이언에어와 공동운항을 시작한다.",
            "멀라이언에어",
            "싱가포르",
        ),
        (
            "누리미디어는 멕시코 온라인동영상서비스(OTT) 솔데비아(Soldevia)와 더빙 계약을 맺었다.",
            "솔데비아",
            "멕시코",
        ),
    ],
)
def test_the_company_is_in_the_country_before_its_kind(text, company, country):
    latin = {"솔데비아": "Soldevia"}.get(company, company)
    assert_relations(text, [{(company, "LOCATED_IN", country), (latin, "LOCATED_IN", country)}], [])


def test_the_kind_word_is_no_company():
    assert "OTT" not in entity_types(
        "누리미디어는 멕시코 온라인동영상서비스(OTT) 솔데비아와 계약을 맺었다."
    )
