"""Japanese persons written in Hangul before a title (kg/foreign_persons.py): Kiwi reads "사토
고지" as 사/NNG 토/NNG 고지/NNG, takes "우치다 마코토" for 우치다 alone, or cuts a given name's
last syllable for a particle ("겐이치/NNP 로/JKB").  A family name of the table, a whole given
name and a title right after them are one person.  Company names invented; the family names are
the table's, the given names made up."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

from kg import foreign_persons


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("하나모리전기의 사토 고지 사장은 새 공장을 소개했다.", "사토 고지"),
        ("하나모리전기의 우치다 마코토 사장이 협약서에 서명했다.", "우치다 마코토"),
        ("하나모리전기 요시다 겐이치로 회장은 투자를 약속했다.", "요시다 겐이치로"),
    ],
)
def test_a_japanese_name_before_a_title_is_one_person(text, person):
    assert entity_types(text).get(person) == "Person"
    if not person.endswith("로"):  # "겐이치/NNP 로/JKB": the word's piece keeps 로 as its particle,
        # so the title reads as not glued to the name and no WORKED_AT is made (left as it is)
        assert any(s == person and t == "WORKED_AT" for s, t, o in named_relations(text))


@pytest.mark.parametrize(
    "text",
    [
        "사토 고지 지역을 방문했다.",  # no title after the given name
        "사토는 고지 사장을 만났다.",  # the family name with a particle: two words apart
        "사토 고지(高地) 사장이 말했다.",  # no title right after the word
        "누리랩 고지 사장이 말했다.",  # no family name of the table
    ],
)
def test_no_person_without_family_name_given_name_and_title(text):
    types = entity_types(text)
    assert "사토 고지" not in types


def test_a_missing_name_list_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(foreign_persons, "load_table", lambda name: {})
    foreign_persons._families.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"foreign_names\.toml needs japanese"):
            foreign_persons._families()
    finally:
        foreign_persons._families.cache_clear()
