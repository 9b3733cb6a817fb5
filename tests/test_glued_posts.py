"""A body's head post written glued to its name ("X병원장에 P 교수") names the body and the
post (kg/public_bodies.py, kg/glued_posts.py), on invented sentences: the tagger read the word
as one noun, so neither the hospital nor the person's post was found."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, extraction


def posts(text: str) -> set[tuple[str, str, str]]:
    """(person, organisation, role) of every WORKED_AT of ``text``."""
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {
        (name[r.subject], name[r.object], r.role) for r in ex.relations if r.type == "WORKED_AT"
    }


@pytest.mark.parametrize(
    ("text", "person", "body", "title"),
    [
        ("다온의료원은 다온암병원장에 정하은 교수를 임명했다.", "정하은", "다온암병원", "병원장"),
        ("정하은 교수가 다온암병원장에 내정됐다.", "정하은", "다온암병원", "병원장"),
        ("다온암병원장에는 정하은 교수가 연임됐다.", "정하은", "다온암병원", "병원장"),
        (
            "한국다온건설협회장에 정하은 가온건설 대표가 선출됐다.",
            "정하은",
            "한국다온건설협회",
            "협회장",
        ),
        (
            "이사회는 정하은 박사를 다온에너지연구원장으로 선임했다.",
            "정하은",
            "다온에너지연구원",
            "연구원장",
        ),
    ],
)
def test_the_person_of_a_glued_post_works_at_the_body(text, person, body, title):
    assert entity_types(text).get(body) == "Organization", entity_types(text)
    assert (person, body, title) in posts(text), posts(text)


def test_each_clause_names_its_own_head():
    text = "다온의료원은 다온병원장에 정하은 교수, 다온암병원장에 추도원 교수를 각각 임명했다."
    found = {(p, b) for p, b, _ in posts(text)}
    assert {("정하은", "다온병원"), ("추도원", "다온암병원")} <= found, found
    assert ("추도원", "다온병원") not in found, found


def test_a_market_is_no_post():
    text = "가온전자는 유럽시장에 새 모델을 내놓고 정하은 상무를 법인장에 임명했다."
    assert "유럽시" not in entity_types(text), entity_types(text)
