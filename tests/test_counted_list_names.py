"""Names listed before a count of what they are, on invented sentences: start-ups named with
plain words ("솔비", "도담", "라임") were no names to the tagger, though "등 3개사" right after
the list says each is a company; so "등의 스타트업" and "등 대기업" ("바람" was missed,
"노을" typed a place)."""

from __future__ import annotations

import pytest
from relation_cases import entity_types

TEXT = (
    "이번 시리즈A 투자에는 솔비·도담·라임 등 3개사가 참여했다. "
    "협약식에는 가람, 누리, 해솔 등 벤처캐피털 3개사도 함께했다. "
    "지원 대상에는 메디오플러스, 바람, 노을 등의 스타트업이 뽑혔다. "
    "누리AI는 은행과 보험사 등 기업 고객 120곳에 서비스를 공급한다."
)


@pytest.mark.parametrize("name", ["솔비", "도담", "라임", "가람", "누리", "해솔", "바람", "노을"])
def test_each_counted_item_is_a_company(name):
    assert entity_types(TEXT).get(name) == "Company", entity_types(TEXT)


def test_the_count_and_the_words_before_it_are_no_names():
    types = entity_types(TEXT)
    assert "벤처캐피털" not in types and "시리즈A" not in types, types


def test_generic_nouns_before_a_noun_describing_others_stay_no_names():
    types = entity_types(TEXT)
    assert "보험사" not in types and "은행" not in types, types
