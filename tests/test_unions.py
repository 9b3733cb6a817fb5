"""Labour unions written as their company's name and the word for union apart (kg/unions.py):
"누리모빌리티 노동조합은 …" is one organisation, not the company.  Invented names; real Kiwi."""

from __future__ import annotations

import pytest
from relation_cases import entity_types


@pytest.mark.parametrize(
    "text, union",
    [
        ("누리모빌리티 노동조합은 이날 성명을 내고 인력 충원을 요구했다.", "누리모빌리티 노동조합"),
        ("한빛소재 노조는 다음 달 파업을 예고했다.", "한빛소재 노조"),
        # the company named before, the tagger missing it here: a name the document repeats
        (
            "가온마트는 점포 12곳을 닫는다. 가온마트 노동조합은 즉각 반발했다.",
            "가온마트 노동조합",
        ),
    ],
)
def test_the_company_and_the_union_word_are_one_organisation(text, union):
    types = entity_types(text)
    assert types.get(union) == "Organization", types


def test_the_company_stays_a_company_elsewhere():
    types = entity_types(
        "누리모빌리티는 구독 서비스를 내놓았다. 누리모빌리티 노동조합은 인력 충원을 요구했다."
    )
    assert types.get("누리모빌리티") == "Company", types
    assert types.get("누리모빌리티 노동조합") == "Organization", types
