"""Products named with the quotative ("타다온이라는 이름의 공유 서비스를"): unquoted, the name is
a product's (Model) when what follows the name-noun is a kind of product, as it already was
quoted (kg/named_products.py; issue 13).  Before, the tagger typed the brand a Company.  Real
Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("doc", text)])
    return {e.name: e.type for e in ex.entities.values()}


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 타다온이라는 이름의 공유 서비스를 내놨다.",
        "누리소프트는 '타다온'이라는 이름의 공유 서비스를 내놨다.",  # quoted, as before
    ],
)
def test_a_name_called_a_kind_of_product_is_a_product(text):
    assert _types(text).get("타다온") == "Model", text


def test_a_name_called_a_company_stays_a_company():
    assert _types("한빛전자는 다온테크라는 이름의 회사를 세웠다.").get("다온테크") == "Company"
