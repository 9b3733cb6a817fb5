"""The topic of a clause that a role noun describes holds the role at the organisation in the
genitive: "Y는 X의 창업자다" is Y FOUNDED X (kg/role_nouns.py), on invented sentences."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations


@pytest.mark.parametrize(
    "text",
    [
        "한가람 대표는 길벗소프트의 창업자다.",
        "한가람 대표는 지도 업체 길벗소프트의 창업자이며, 지금은 누리넷의 고문이다.",
    ],
)
def test_the_topic_founded_the_organisation_of_the_role_noun(text):
    assert_relations(text, [{("한가람", "FOUNDED", "길벗소프트")}], [])


def test_an_organisation_as_topic_founds_nothing_by_it():
    # the topic is a company, not a person: no founder is named
    assert_relations(
        "누리넷은 길벗소프트의 창업자가 세운 회사다.", [], [("누리넷", "FOUNDED", "길벗소프트")]
    )
