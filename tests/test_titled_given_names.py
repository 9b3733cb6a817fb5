"""A given name ending in a syllable that is also a particle ("윤서은", "김하은"): Kiwi tags
the whole name as one proper noun, and the particle cut (kg/glued_particles.py) made "X정은
Y그룹 회장이" (a chair Kiwi knows by name, KorQuAD dev) a company X정 with 은.  Three Hangul syllables that start with a family name
and stand right before a title, or before a name and a title, keep the syllable
(glued_particles.toml [person_names]).  The sentences are invented."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

from kg.glued_particles import _name_endings, _titled_person, unglued
from kg.pieces import Tok


def test_a_given_name_before_a_title_stays_a_person():
    """Kiwi fuses a given name into one proper noun only where it knows the person (KorQuAD
    dev's well-known chair, "…은 …그룹 회장이"); an invented one it splits itself, so the rule
    is shown on Kiwi's tokens below, and here only that a name so written stays a person."""
    types = entity_types("이날 행사에는 김하은 사장이 참석했다.")
    assert types.get("김하은") == "Person", types
    assert "김하" not in types, types


def test_a_company_with_its_particle_is_still_cut():
    types = entity_types("세진머티리얼즈가 한빛그룹과 공급 계약을 맺었다.")
    assert types.get("세진머티리얼즈") == "Company", types


def _tok(form: str, tag: str = "NNP", start: int = 0) -> Tok:
    return Tok(form, tag, start, start + len(form))


@pytest.mark.parametrize(
    ("tok", "after", "want"),
    [
        (_tok("윤서은"), [_tok("회장", "NNG")], True),  # a title right after
        (_tok("윤서은"), [_tok("한빛그룹"), _tok("회장", "NNG")], True),  # a name, a title
        (_tok("윤서은"), [_tok("한빛그룹"), _tok("공장", "NNG")], False),  # no title
        (_tok("윤서은"), [_tok("새로운", "VA"), _tok("회장", "NNG")], False),  # no name between
        (_tok("윤서은"), [], False),  # nothing after
        (_tok("윤서은", "NNG"), [_tok("회장", "NNG")], False),  # no proper noun
        (_tok("남궁서은"), [_tok("회장", "NNG")], False),  # four syllables: not this rule's
        (_tok("윤서가"), [_tok("회장", "NNG")], False),  # 가 ends no given name here
        (_tok("달서은"), [_tok("회장", "NNG")], False),  # 달 is no family name
        (_tok("윤S은"), [_tok("회장", "NNG")], False),  # not all Hangul
    ],
)
def test_titled_person(tok, after, want):
    assert _titled_person(tok, after) is want


def test_unglued_keeps_the_name_and_cuts_the_rest():
    text = "윤서은 회장과 세진머티리얼즈가"
    toks = [
        _tok("윤서은"),
        _tok("회장", "NNG", 4),
        _tok("과", "JC", 6),
        _tok("세진머티리얼즈가", "NNP", 8),
    ]
    forms = [t.form for t in unglued(text, toks)]
    assert forms == ["윤서은", "회장", "과", "세진머티리얼즈", "가"]
    assert "은" in _name_endings()
