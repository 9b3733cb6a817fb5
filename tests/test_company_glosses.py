"""Foreign companies written in two scripts are companies, on invented sentences: a two-word
Hangul name with its Latin gloss in brackets was read as a person's name written twice, even
when its last word is an English company word ("로렌타 사이언스(Lorenta Science)") or a noun
right before it says it is a company ("분석 기업 마렌 하이트(Maren Height)")."""

from __future__ import annotations

from relation_cases import entity_types

TEXT = (
    "미국 데이터 분석 업체 로렌타 사이언스(Lorenta Science)는 서울에 한국 지사를 열었다. "
    "독일 물류 기업 베르크 로지스틱스(Berg Logistics)는 카렐 다이내믹스(Karel Dynamics)와 손을 잡았다. "
    "미국 게임 개발사 마렌 하이트(Maren Height)도 협약에 참여했다. "
    '토마스 베르크(Thomas Berg) 최고경영자는 "한국 시장이 중요하다"고 말했다.'
)


def test_english_company_words_make_companies():
    types = entity_types(TEXT)
    for name in ("Lorenta Science", "로렌타 사이언스", "Berg Logistics", "Karel Dynamics"):
        assert types.get(name) == "Company", (name, types)


def test_a_company_noun_before_makes_a_company():
    types = entity_types(TEXT)
    assert types.get("Maren Height") == "Company", types
    assert types.get("마렌 하이트") == "Company", types


def test_persons_in_two_scripts_stay_persons():
    assert entity_types(TEXT).get("Thomas Berg") == "Person"
