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
