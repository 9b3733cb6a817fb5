"""A particle Kiwi leaves inside a name (kg/glued_particles.py), on invented sentences: "솔담이/NNP"
is the law firm 솔담 and the subject particle, so the firm is found without the particle; a known
noun with a suffix ("삽화가", an illustrator) stays one word (that test guards the rule: it
fails when the rule cuts known nouns too)."""

from __future__ import annotations

from relation_cases import entity_types

_FIRMS = (
    "누리전자 측은 법무법인 솔담이 대리한다. "
    "법률 자문은 법무법인 해솔이, 재무 자문은 정담회계법인이 맡았다."
)


def test_a_firm_is_found_without_its_particle():
    types = entity_types(_FIRMS)
    assert "법무법인 솔담" in types and "법무법인 솔담이" not in types, types
    assert "법무법인 해솔" in types and "법무법인 해솔이" not in types, types


def test_a_noun_with_a_suffix_stays_whole():
    types = entity_types(
        "아동도서 출판사 누리북스와 삽화가 12명이 이미지 생성 AI 기업 가람픽셀을 상대로 "
        "소송을 냈다."
    )
    assert "삽화" not in types and types.get("누리북스") == "Company", types


# realext38: a name the document glosses in Hanja keeps its last syllable; a firm's name after an
# opener loses its particle even where its stem is a common noun
def test_a_name_glossed_in_hanja_keeps_its_last_syllable():
    from kg.glued_particles import glossed_names, unglued
    from kg.pieces import Tok

    # Kiwi tags a name it knows whole with its last syllable 의 ("X의/NNP", as a famous founder's)
    text = "편정의 회장은 누리랩을 세웠다."
    tok = Tok("편정의", "NNP", 0, 3)
    whole = glossed_names(["누리랩을 이끄는 편정의(片正義·영문 이름 Jay Pyeon) 회장이 방한했다."])
    assert whole == frozenset({"편정의"})
    assert [t.form for t in unglued(text, [tok], whole)] == ["편정의"]
    assert [t.form for t in unglued(text, [tok])] == ["편정", "의"]


def test_a_gloss_of_another_length_keeps_nothing_whole():
    from kg.glued_particles import glossed_names

    assert glossed_names(["중국(中華人民共和國)과", "편정의(韓正)"]) == frozenset()


def test_a_firm_after_an_opener_loses_its_particle():
    types = entity_types("법률자문은 법무법인 광장이, 회계자문은 누리회계법인이 각각 맡았다.")
    assert "법무법인 광장" in types and "법무법인 광장이" not in types, types
