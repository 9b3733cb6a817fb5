"""A plain word listed among companies is a company, on invented sentences: "모래" and "들풀",
start-ups named with common nouns, were no names to the tagger in a list of companies."""

from __future__ import annotations

from relation_cases import entity_types

TEXT = (
    "이번 투자에는 한빛벤처스, 누리캐피털, 모래와 가람테크가 참여했다. "
    "해솔AI는 가온소프트, 들풀, 다온랩스와 업무협약을 맺었다. "
    "누리AI, 한빛소프트와 정부가 함께 나섰다. "
    "다온랩스는 가온소프트, 누리캐피털과 경쟁하고 있다."
)


def test_plain_words_in_a_list_of_companies_are_companies():
    types = entity_types(TEXT)
    assert types.get("모래") == "Company", types
    assert types.get("들풀") == "Company", types


def test_grammar_words_and_verbs_in_a_list_stay_what_they_are():
    types = entity_types(TEXT)
    assert "정부" not in types and "경쟁" not in types, types
