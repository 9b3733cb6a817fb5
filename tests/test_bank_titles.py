"""Bank titles (kg/resources/grammar.toml ``[titles]``, public.toml ``[body_heads]``), on
invented sentences: a person written with 행장, 부행장, 은행장 or 지점장 holds a post at the bank
written beside the title, also when the title is glued to the bank's name ("한빛은행장"), and
the bank is a company; a title written before the person with the copula ("CFO인 P 부행장")
is part of the post (kg/roles.py)."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, extraction, named_relations


@pytest.mark.parametrize(
    ("text", "person", "bank"),
    [
        ("새솔은행 윤재원 행장은 비대면 대출을 늘리겠다고 밝혔다.", "윤재원", "새솔은행"),
        ("문가영 새솔은행 부행장이 디지털 부문을 총괄한다.", "문가영", "새솔은행"),
        ("한도윤 새솔은행장은 취임 1년 만에 순이익을 두 배로 늘렸다.", "한도윤", "새솔은행"),
        ("새솔은행 판교지점 서민재 지점장은 기업 고객이 늘었다고 말했다.", "서민재", "새솔은행"),
    ],
)
def test_a_banker_works_at_the_bank(text, person, bank):
    assert (person, "WORKED_AT", bank) in named_relations(text)
    assert entity_types(text).get(bank) == "Company"


def test_a_title_before_the_person_with_the_copula_is_the_persons_post_too():
    ex = extraction(
        "새솔은행은 3분기 순이익이 12% 늘었다고 밝혔다. "
        "최고재무책임자(CFO)인 문가영 부행장은 배당을 늘리겠다고 말했다."
    )
    name = {eid: e.name for eid, e in ex.entities.items()}
    roles = {r.role for r in ex.relations if r.type == "WORKED_AT" and name[r.subject] == "문가영"}
    assert any("CFO" in role and "부행장" in role for role in roles), roles
