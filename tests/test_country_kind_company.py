"""A company written after its country and its kind (kg/roles.py place-kind-org; the kinds are
grammar.toml places.company_kinds), on invented sentences: an airline, a low-cost one too."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations


@pytest.mark.parametrize(
    ("text", "company", "country"),
    [
        (
            "한빛항공은 싱가포르 저비용항공사 멀라이언에어와 공동운항을 시작한다.",
            "멀라이언에어",
            "싱가포르",
        ),
        ("누리여행은 태국 항공사 시암윙스와 제휴했다고 밝혔다.", "시암윙스", "태국"),
    ],
)
def test_the_company_is_in_the_country_before_its_kind(text, company, country):
    assert_relations(text, [{(company, "LOCATED_IN", country)}], [])
