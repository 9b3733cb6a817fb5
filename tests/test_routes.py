"""Routes are two places, on invented sentences: "청주~나가사키" was one company to the
tagger, and "목포항~가거도" one place or nothing; a span of time ("오전~오후") stays no name."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

TEXT = (
    "누리항공은 청주~나가사키, 대구~삿포로 등 2개 노선을 새로 띄운다. "
    "해솔해운은 ▲목포항~가거도(약 140km) 노선에 쾌속선을 투입했다. "
    "운항 시간은 오전~오후이며 월~금 운항한다."
)


@pytest.mark.parametrize("place", ["청주", "나가사키", "대구", "삿포로", "가거도"])
def test_each_end_of_a_route_is_a_place(place):
    assert entity_types(TEXT).get(place) == "Place", entity_types(TEXT)


def test_no_route_is_one_name():
    types = entity_types(TEXT)
    assert not [n for n in types if "~" in n], types


def test_spans_of_time_are_no_places():
    types = entity_types(TEXT)
    assert not {"오전", "오후", "월", "금"} & set(types), types
