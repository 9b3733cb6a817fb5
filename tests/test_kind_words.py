"""A word for a kind of organisation alone is no name (kg/kind_words.py): "분야의 스타트업이"
names no company, and an entity made of it would gather every startup of the story; the
startup named after the word stays a company."""

from __future__ import annotations

from relation_cases import entity_types

_STORY = "가온벤처스는 음성인식 등 분야의 스타트업에 투자한다. 스타트업 누리랩은 30억원을 유치했다."


def test_the_kind_word_is_no_entity():
    types = entity_types(_STORY)
    assert "스타트업" not in types, types


def test_the_named_startup_and_its_investor_stay_companies():
    types = entity_types(_STORY)
    assert types.get("누리랩") == types.get("가온벤처스") == "Company", types
