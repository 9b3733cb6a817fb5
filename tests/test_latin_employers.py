"""A company written in Latin words right before a person and a title, on invented sentences:
"RX AI 이연수 대표이사" lost the company (Kiwi cut the name 이/MM 연수 and the tagger found
nothing), "VK AI 김도윤 상무" kept only "VK", "MQ Bio 한지호 부사장" was typed a person."""

from __future__ import annotations

from relation_cases import entity_types, named_relations

TEXT = (
    "RX AI 이연수 대표이사는 이날 간담회에서 새 계획을 밝혔다. "
    "행사에는 VK AI 김도윤 상무와 MQ Bio 한지호 부사장이 참석했다. "
    'Norvia CEO 마크 헤일은 "협력을 넓히겠다"고 말했다.'
)


def test_the_latin_words_name_the_company():
    types = entity_types(TEXT)
    for name in ("RX AI", "VK AI", "MQ Bio"):
        assert types.get(name) == "Company", (name, types)


def test_the_person_works_there():
    rels = named_relations(TEXT)
    assert ("이연수", "WORKED_AT", "RX AI") in rels, rels
    assert ("한지호", "WORKED_AT", "MQ Bio") in rels, rels


def test_a_latin_title_ends_the_company():
    types = entity_types(TEXT)
    assert types.get("Norvia CEO") is None, types
    assert types.get("Norvia") == "Company", types
