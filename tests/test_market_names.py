"""Stock markets and share indices are no companies (stopnames.toml words_markets): news writes
them like names ("코스피는 ... 마감했다", "코스닥에 상장했다") and Kiwi reads them as proper
nouns, so the tagger typed them Company."""

from __future__ import annotations

import pytest
from relation_cases import entity_types


@pytest.mark.parametrize(
    "text, market",
    [
        ("코스피는 전날보다 1.2% 오른 2650에 마감했다. 코스닥 지수도 0.8% 상승했다.", "코스피"),
        ("가온로직스는 2024년 코스닥에 상장했다. 코스피로 옮길 계획은 없다.", "코스피"),
    ],
)
def test_a_market_is_no_company(text, market):
    types = entity_types(text)
    assert types.get(market) != "Company", types


def test_the_company_listed_there_stays_a_company():
    types = entity_types("가온로직스는 2024년 코스닥에 상장했다. 코스피로 옮길 계획은 없다.")
    assert types.get("가온로직스") == "Company", types
