"""Round 20 of the extraction work: shapes seen on real news and in round 15, each on invented
sentences, with the lexicon and without it: an organisation's side glued to its name ("X측은",
kg/pieces.py), an industrial estate named by its place ("구미3공단", kg/facilities.py), a school
by the words of study after it ("포스텍 박사 출신", kg/schools.py), a Latin prefix before
프라이빗에쿼티 and a studio's name opened by 스튜디오 (grammar.toml)."""

from __future__ import annotations

import pytest
from relation_cases import entity_spellings, entity_types, named_relations

# "개발사 스튜디오 달그림자": a studio's name opened by 스튜디오 (grammar.toml typed_openers)
STUDIO = (
    "퍼블리셔 한빛게임즈가 개발사 스튜디오 달그림자의 신작 역할수행게임(RPG) '은하 항로'를 "
    "국내에 서비스한다. 스튜디오 달그림자는 윤하늘 대표가 2019년 세운 개발사다."
)

# (text, name, its type): names typed by their own shape or by the words around them
TYPED = [
    # a place's two-syllable name, maybe a number, then 공단: the estate, a place
    ("세림소재는 구미3공단에 2공장을 짓고 청주공단의 1공장은 닫는다.", "구미3공단", "Place"),
    ("세림소재는 구미3공단에 2공장을 짓고 청주공단의 1공장은 닫는다.", "청주공단", "Place"),
    # a longer name before 공단 is a public corporation, not an estate (passes at ba1be55 too)
    ("근로복지공단은 이날 산재 지원책을 발표했다.", "근로복지공단", "Organization"),
    # "X 박사 출신", "X를 졸업": X is a school, not a company
    ("한솔봇 윤채원 대표는 포스텍 박사 출신이다.", "포스텍", "Organization"),
    ("윤채원 대표는 앞서 지스트를 졸업했다.", "지스트", "Organization"),
    # where someone comes from stays a company (passes at ba1be55 too)
    ("한솔봇 윤채원 대표는 누리전자 출신이다.", "누리전자", "Company"),
    # the Latin word opens the private-equity firm's name
    ("QX 프라이빗에쿼티는 다온화장품 지분 60%를 인수했다.", "QX 프라이빗에쿼티", "Company"),
    (STUDIO, "스튜디오 달그림자", "Company"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TYPED, ids=[n for _, n, _ in TYPED])
def test_names_are_typed_by_their_shape_and_their_words(lexicon, text, name, type_):
    types = entity_types(text)
    assert types.get(name) == type_, types


def test_a_side_glued_to_a_name_is_the_organisation_itself(lexicon):
    # "새롬전자측은": the company speaks; 측 is not part of its name
    text = "새롬전자측은 김도현 대표가 2010년 창업했다고 설명했다. 새롬전자는 반도체 장비를 만든다."
    assert ("김도현", "FOUNDED", "새롬전자") in named_relations(text)
    text += " 다솜바이오 측은 사실이 아니라고 밝혔다. 다솜바이오측은 입장을 내지 않았다."
    spellings = {s for names in entity_spellings(text).values() for s in names}
    assert {"새롬전자", "다솜바이오"} <= spellings, spellings
    assert not {"새롬전자측", "다솜바이오측"} & spellings, spellings


def test_an_estate_a_school_and_a_fund_keep_their_relations(lexicon):
    rels = named_relations(
        "세림소재는 구미3공단에 2공장을 짓는다. QX 프라이빗에쿼티는 다온화장품 지분 60%를 "
        "인수했다. 한솔봇 윤채원 대표는 포스텍 박사 출신이다."
    )
    assert ("세림소재", "LOCATED_IN", "구미3공단") in rels, rels
    assert ("QX 프라이빗에쿼티", "ACQUIRED", "다온화장품") in rels, rels
    assert ("윤채원", "WORKED_AT", "포스텍") not in rels, rels


def test_a_studio_word_opens_a_found_company_name(lexicon):
    # the studio's name holds 스튜디오, and the studio keeps its founder
    rels = named_relations(STUDIO)
    assert ("윤하늘", "FOUNDED", "스튜디오 달그림자") in rels, rels


def test_a_studio_word_alone_makes_no_name(lexicon):
    assert entity_types("그는 스튜디오 촬영을 마쳤다.") == {}
