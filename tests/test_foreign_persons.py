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
        "사토 고지(高地) 지역이 넓다.",  # no title after the word and its gloss
        "사토 고지(高地)",  # nothing after the gloss
        "사토 고지",  # nothing after the name
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


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a family name missing from the table, known by a common given name after it
        ("하나모리전기는 구라모토 히로키 부사장이 사장으로 승진한다고 밝혔다.", "구라모토 히로키"),
        # the name's Hanja and the country between the name and an office of the state
        ("무라세 후미오(村瀬文雄) 일본 총리는 투자를 요청했다.", "무라세 후미오"),
        ("구라모토 시게루 일본 총리가 말했다.", "구라모토 시게루"),
        # the Hanja and the age before the title
        (
            "하나모리전기는 구라모토 히로키(倉本裕樹·58) 부사장을 사장으로 발탁했다.",
            "구라모토 히로키",
        ),
    ],
)
def test_a_given_name_of_the_table_or_the_hanja_before_the_title(text, person):
    assert entity_types(text).get(person) == "Person"


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        ("구라모토 부사장은 사장 취임 후에도 CFO를 맡는다.", "구라모토 부사장은"),  # a title
        ("사토 신임 사장은 취임했다.", "사토 신임"),  # a modifier of the title
        ("구라모토 히로키 일본 지역을 찾았다.", "구라모토 히로키"),  # no title after the country
    ],
)
def test_a_title_or_a_modifier_is_no_given_name(text, not_person):
    assert entity_types(text).get(not_person) != "Person"


def test_the_family_name_and_a_title_refer_to_the_person_named_before():
    text = (
        "하나모리전기는 요시다 겐타 부사장이 사장으로 승진한다고 밝혔다. "
        "요시다 사장은 하나모리전기의 반도체 사업을 이끌었다."
    )
    types = entity_types(text)
    assert types.get("요시다 겐타") == "Person"
    assert "요시다" not in types  # the reference joins the person, no second one


def test_japanese_families_are_the_first_words_of_japanese_persons():
    from kg.model import Mention

    ms = [
        Mention("s", 0, 7, "요시다 겐타", rule="japanese"),
        Mention("s", 8, 11, "김하늘", rule="tagger"),
    ]
    assert foreign_persons.japanese_families(ms) == frozenset({"요시다"})


def test_a_missing_given_name_list_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(foreign_persons, "load_table", lambda name: {})
    foreign_persons._givens.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"foreign_names\.toml needs japanese_given"):
            foreign_persons._givens()
    finally:
        foreign_persons._givens.cache_clear()
