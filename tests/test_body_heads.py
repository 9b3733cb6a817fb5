"""Persons read beside a body's head title and a misread name (realext38, real MOU and
appointment news).  "이용현 서울소공인협회장": 장 glued to a body's name is its head's title
(kg/public_bodies.py [body_heads]); "이수능 사장이": Kiwi reads 이/MM 수능/NNG ("this exam"), but
a determiner is written apart, so one word is a name (kg/titled_persons.py).  Invented names."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, extraction

from kg.public_bodies import head_title


def _worked(text: str) -> set[tuple[str, str, str]]:
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {
        (name[r.subject], name[r.object], r.role) for r in ex.relations if r.type == "WORKED_AT"
    }


@pytest.mark.parametrize(
    ("text", "person", "body", "role"),
    [
        ("박도윤 한빛소공인협회장은 협력을 약속했다.", "박도윤", "한빛소공인협회", "협회장"),
        ("김하늘 누리대병원장은 새 센터를 소개했다.", "김하늘", "누리대병원", "병원장"),
    ],
)
def test_a_body_with_its_heads_title_glued_on(text, person, body, role):
    assert (person, body, role) in _worked(text)
    assert entity_types(text)[body] == "Organization"


@pytest.mark.parametrize(
    "stem",
    [
        "협회장",  # the title alone
        "AI연구소장",  # a lab inside a company: no body ending of the table
        "누리협회장님",  # does not end in the title
    ],
)
def test_no_body_split_without_a_name_before_the_title(stem):
    assert head_title(stem) is None


def test_a_mayor_still_splits_as_before():
    assert head_title("청주시장") == ("청주시", "시장")


def test_a_name_kiwi_reads_as_a_determiner_and_a_noun():
    text = "누리랩은 13일 이사회를 열었다. 이수능 사장이 사내이사직 사임을 요청했다."
    assert entity_types(text).get("이수능") == "Person"


def test_a_determiner_written_apart_is_no_name():
    assert "이 회사" not in entity_types("이 회사 사장은 신제품을 소개했다.")
    assert not any(t == "Person" for t in entity_types("이 회사 사장은 말했다.").values())
