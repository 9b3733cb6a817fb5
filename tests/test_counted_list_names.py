"""Names listed before a count of what they are, on invented sentences: start-ups named with
plain words ("솔비", "도담", "라임") were no names to the tagger, though "등 3개사" right after
the list says each is a company."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

TEXT = (
    "이번 시리즈A 투자에는 솔비·도담·라임 등 3개사가 참여했다. "
    "협약식에는 가람, 누리, 해솔 등 벤처캐피털 3개사도 함께했다."
)


@pytest.mark.parametrize("name", ["솔비", "도담", "라임", "가람", "누리", "해솔"])
def test_each_counted_item_is_a_company(name):
    assert entity_types(TEXT).get(name) == "Company", entity_types(TEXT)


def test_the_count_and_the_words_before_it_are_no_names():
    types = entity_types(TEXT)
    assert "벤처캐피털" not in types and "시리즈A" not in types, types
