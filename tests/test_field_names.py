"""Fields of work are no names (kg/fields.py): a field made of Kiwi's own nouns, written in the
list before a word for a field ("자연어처리와 컴퓨터비전 기술", "데이터라벨링, 음성인식 등
분야"), is no company; a company named beside it, or one whose name is made of common nouns but
written as a company, stays one."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

_SKILLS = "누리AI는 자연어처리와 컴퓨터비전 기술을 보유하고 있다."
_CALL = "가온벤처스는 데이터라벨링, 자연어처리, 음성인식 등 분야의 기업에 투자한다."


@pytest.mark.parametrize(
    "text, field",
    [(_SKILLS, "자연어처리"), (_CALL, "데이터라벨링"), (_CALL, "자연어처리")],
)
def test_a_field_is_no_name(text, field):
    types = entity_types(text)
    assert field not in types, types


@pytest.mark.parametrize(
    "text, company",
    [
        (_SKILLS, "누리AI"),
        (_CALL, "가온벤처스"),
        ("누리AI와 한빛소프트 기술이 함께 쓰였다.", "한빛소프트"),
    ],
)
def test_the_companies_beside_it_stay(text, company):
    types = entity_types(text)
    assert types.get(company) == "Company", types
