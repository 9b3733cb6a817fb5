"""Regions and continents are places (kg/resources/lexicon.toml, after the countries): order
news writes "오세아니아 지역 선주와 계약", and a region the tagger took for a company became
the builder's partner, answered to "누구와 계약했나?" at 0.99."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

_ORDER = (
    "누리조선은 오세아니아 지역 선주와 LNG운반선 2척 건조 계약을 맺었다고 공시했다. "
    "다온중공업은 중앙아시아와 북아프리카 시장 공략에 나선다."
)


@pytest.mark.parametrize("region", ["오세아니아", "중앙아시아", "북아프리카"])
def test_a_region_is_a_place(region):
    assert entity_types(_ORDER).get(region) == "Place"


def test_a_region_is_no_partner():
    assert not [r for r in named_relations(_ORDER) if r[1] == "PARTNER_OF"]


def test_who_is_never_a_place(tmp_path):
    """ "누구와 계약했나?" is never answered with a place (search/person_fits.py), whatever the
    sentence's other words say; real disclosure news answered the region at 0.99."""
    from search import KnowledgeBase

    kb = KnowledgeBase.build([], path=tmp_path / "kb")
    try:
        kb.add_text(_ORDER, doc_id="order", title="누리조선 수주")
        ans = kb.ask("누리조선은 누구와 계약했나?")
    finally:
        kb.close()
    assert ans.answer != "오세아니아", (ans.answer, ans.confidence)
