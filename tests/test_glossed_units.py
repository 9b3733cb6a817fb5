"""A business unit written by its code with a Korean gloss and the unit word glued on
(kg/glossed_units.py), on invented sentences: "가람전자 H&A(생활가전)사업본부장" names no company
"H&A" or "생활가전"; the person works at 가람전자."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types

_TEXT = "박지환 가람전자 H&A(생활가전)사업본부장은 올해 신제품 세 종을 소개했다."


def test_the_code_and_the_gloss_are_no_companies():
    types = entity_types(_TEXT)
    assert "H&A" not in types and "생활가전" not in types, types


def test_the_person_works_at_the_company_only():
    assert_relations(
        _TEXT, [{("박지환", "WORKED_AT", "가람전자")}], [("박지환", "WORKED_AT", "H&A")]
    )
