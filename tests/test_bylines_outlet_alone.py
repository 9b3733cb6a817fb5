"""A byline that names only its outlet (issue 13): "[한빛경제] A와 B가 손잡았다" in real news
made the outlet a partner of the agreement and the answer to "A와 협약을 맺은 곳은?" (0.81).  The
outlet alone in brackets before the first sentence — by its ending, or after a dateline — is the
byline's outlet and no argument of the sentence; a tag in the same place ("[인터뷰]") is no name.
Invented sentences, with the lexicon and without it (tests/relation_cases)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, extraction

OUTLET_ALONE = "[한빛경제] 누리랩과 다온소프트가 교육 생태계 활성화를 위해 손잡았다고 19일 밝혔다."
DATELINE_ALONE = "(대구=새봄뉴스1) 물류 기업 파도라인이 대구에 새 물류센터를 열었다."
TAG_FIRST = "[인터뷰] 하람 누리랩 대표는 다온소프트와 업무협약을 맺었다고 말했다."


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        pytest.param(
            OUTLET_ALONE,
            [{("누리랩", "PARTNER_OF", "다온소프트"), ("다온소프트", "PARTNER_OF", "누리랩")}],
            [
                (a, "PARTNER_OF", b)
                for x in ("누리랩", "다온소프트")
                for a, b in (("한빛경제", x), (x, "한빛경제"))
            ],
            id="an-outlet-by-its-ending",
        ),
        pytest.param(
            DATELINE_ALONE,
            [],
            [("새봄뉴스1", "LOCATED_IN", "대구"), ("파도라인", "PARTNER_OF", "새봄뉴스1")],
            id="an-outlet-after-a-dateline",
        ),
    ],
)
def test_the_outlet_is_no_argument_of_the_sentence(lexicon, text, present, absent):
    assert_relations(text, present, absent)


def test_the_outlet_is_a_company_and_the_dateline_a_place(lexicon):
    for text, expected in [
        (OUTLET_ALONE, {"한빛경제": "Company"}),
        (DATELINE_ALONE, {"대구": "Place", "새봄뉴스1": "Company"}),
    ]:
        ex = extraction(text)
        types = {a: e.type for e in ex.entities.values() for a in (e.name, *e.aliases)}
        assert {n: types.get(n) for n in expected} == expected, text


def test_a_tag_in_brackets_is_no_outlet(lexicon):
    ex = extraction(TAG_FIRST)
    names = {a for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert "인터뷰" not in names, names
