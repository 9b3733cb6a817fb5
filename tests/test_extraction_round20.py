"""Round 20 of the extraction work: shapes seen on real news, each on invented sentences, with
the lexicon and without it: an organisation's side glued to its name ("X측은", kg/pieces.py)
and an industrial estate named by its place ("구미3공단", kg/facilities.py)."""

from __future__ import annotations

from relation_cases import entity_spellings, entity_types, named_relations


def test_a_side_glued_to_a_name_is_the_organisation_itself(lexicon):
    # "한울전자측은": the company speaks; 측 is not part of its name
    text = "새롬전자측은 김도현 대표가 2010년 창업했다고 설명했다. 새롬전자는 반도체 장비를 만든다."
    spellings = entity_spellings(text)
    assert "새롬전자측" not in {s for names in spellings.values() for s in names}, spellings
    rels = named_relations(text)
    assert ("김도현", "FOUNDED", "새롬전자") in rels, rels


def test_a_side_written_apart_is_no_part_of_the_name_either(lexicon):
    text = "다솜바이오 측은 사실이 아니라고 밝혔다. 다솜바이오측은 추가 입장을 내지 않았다."
    spellings = entity_spellings(text)
    assert any("다솜바이오" in names for names in spellings.values()), spellings
    assert "다솜바이오측" not in {s for names in spellings.values() for s in names}, spellings


def test_a_numbered_or_named_industrial_estate_is_a_place(lexicon):
    # a place's two-syllable name, maybe a number, then 공단: the estate, a place
    types = entity_types("세림소재는 구미3공단에 2공장을 짓고 청주공단의 1공장은 닫는다.")
    assert types.get("구미3공단") == "Place", types
    assert types.get("청주공단") == "Place", types
    assert ("세림소재", "LOCATED_IN", "구미3공단") in named_relations(
        "세림소재는 구미3공단에 2공장을 짓는다."
    )


def test_a_public_corporation_in_gongdan_stays_an_organisation(lexicon):
    # a longer name before 공단 is a public corporation, not an estate
    types = entity_types("근로복지공단은 이날 산재 지원책을 발표했다.")
    assert types.get("근로복지공단") == "Organization", types


def test_a_school_without_daehak_is_an_organisation_by_its_studies(lexicon):
    # "X 박사 출신", "X를 졸업": X is a school (kg/schools.py vote_studied), not a company
    text = "한솔봇 윤채원 대표는 포스텍 박사 출신이다. 윤 대표는 앞서 지스트를 졸업했다."
    types = entity_types(text)
    assert types.get("포스텍") == "Organization", types
    assert types.get("지스트") == "Organization", types
    assert ("윤채원", "WORKED_AT", "포스텍") not in named_relations(text)


def test_a_company_someone_comes_from_stays_a_company(lexicon):
    types = entity_types("한솔봇 윤채원 대표는 누리전자 출신이다.")
    assert types.get("누리전자") == "Company", types


def test_a_latin_prefix_and_private_equity_are_one_company(lexicon):
    # "QX 프라이빗에쿼티": the Latin word opens the firm's name (grammar.toml closers)
    text = "QX 프라이빗에쿼티는 다온화장품 지분 60%를 인수했다."
    types = entity_types(text)
    assert types.get("QX 프라이빗에쿼티") == "Company", types
    assert "프라이빗에쿼티" not in types, types
    assert ("QX 프라이빗에쿼티", "ACQUIRED", "다온화장품") in named_relations(text)


def test_a_studio_word_opens_a_found_company_name(lexicon):
    # "개발사 스튜디오 달그림자": the studio's name holds 스튜디오 (grammar.toml typed_openers)
    text = (
        "퍼블리셔 한빛게임즈가 개발사 스튜디오 달그림자의 신작 역할수행게임(RPG) '은하 항로'를 "
        "국내에 서비스한다. "
        "스튜디오 달그림자는 윤하늘 대표가 2019년 세운 개발사다."
    )
    types = entity_types(text)
    assert types.get("스튜디오 달그림자") == "Company", types
    assert ("윤하늘", "FOUNDED", "스튜디오 달그림자") in named_relations(text)


def test_a_studio_word_alone_makes_no_name(lexicon):
    assert entity_types("그는 스튜디오 촬영을 마쳤다.") == {}
