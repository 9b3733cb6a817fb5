"""The organisation of a post in a career ("누리방송 기자, 보도국장 등을 역임했다", "누리방송에서
기자로 일했다") is found although the tagger reads "X 기자" as a byline's shape.  Invented names."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_types


@pytest.mark.parametrize(
    "text",
    [
        "김하늘 씨는 누리방송 기자와 보도국장을 거쳤다.",
        "김하늘 사장은 고려대를 졸업한 뒤 누리방송 기자, 보도국장 등을 역임했다.",
        "김하늘 대표는 누리방송에서 기자로 일했다.",
    ],
)
def test_the_organisation_of_a_post_held(text):
    assert entity_types(text).get("누리방송") == "Company"
    assert_relations(text, [{("김하늘", "WORKED_AT", "누리방송")}], [])


def test_a_word_before_a_title_without_a_career_verb_is_no_name():
    assert "보도" not in entity_types("보도 기자들이 현장에 모였다.")
