"""Words that are never a name: a conjunctive adverb opening a sentence or a quote ("하지만",
grammar.toml [names] never_tags) and the common acronyms of tech news ("ICT", "SLM", "MOU",
"PoC", "AICC", "VLM": stopnames.toml).  Real news had "하지만" as a person, "ICT" and "MOU" as
organisations partnered with the company; the names around them stay.  The sentences are
invented."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

from kg.grammar import grammar_of
from kg.resources import load_table

_QUOTE = (
    '"하지만 TCSS에서는 보안이 더 중요하다"고 윤태오 세진텔레콤 전무는 말했다. '
    "세진텔레콤은 ICT 표준기관과 협약을 맺고 통신 특화 SLM을 내놨다. "
    "하지만 세진텔레콤은 MOU의 세부 내용을 공개하지 않았다. "
    "가람은행은 VLM 기반 심사를 AI컨택센터(AICC)에 넣는 실증(PoC)을 시작한다. "
    "그러나 비용은 밝히지 않았다."
)


@pytest.mark.parametrize("word", ["하지만", "그러나", "ICT", "SLM", "MOU", "VLM", "AICC", "PoC"])
def test_a_conjunction_or_a_common_acronym_is_no_entity(word):
    types = entity_types(_QUOTE)
    assert word not in types, types


def test_the_names_around_them_stay():
    types = entity_types(_QUOTE)
    assert types.get("윤태오") == "Person", types
    assert types.get("세진텔레콤") == types.get("가람은행") == "Company", types


def test_grammar_without_never_tags_reads_none():
    """An older grammar.toml without the list still loads: no tag is barred then."""
    table = load_table("grammar.toml")
    names = {k: v for k, v in table["names"].items() if k != "never_tags"}
    assert grammar_of({**table, "names": names}).never_name_tags == frozenset()
    assert grammar_of(table).never_name_tags == {"MAJ", "IC"}
