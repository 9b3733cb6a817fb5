"""Events as news names them (extract23): a trade show or a conference is none of the entity
types (tests/gold/README.md), so a name written right after a word of being held ("열리는 X에")
is no entity, wherever the document writes it, with its year or without.  Invented sentences,
with the lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_types


def test_a_name_after_being_held_is_an_event_not_an_entity(lexicon):
    text = (
        "가람게임즈는 부산 벡스코에서 열리는 한빛게임쇼 2025에 신작 '별빛 원정대'를 출품한다. "
        "가람게임즈는 한빛게임쇼에서 시연회를 연다."
    )
    types = entity_types(text)
    assert not {"한빛게임쇼 2025", "한빛게임쇼"} & set(types), types
    assert types.get("가람게임즈") == "Company" and types.get("별빛 원정대") == "Model", types
