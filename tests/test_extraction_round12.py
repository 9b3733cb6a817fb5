"""Round 12 of the extraction work: what made the spent held-out round 10's extra names (a
city after its province's short name or its state, ...), each on invented sentences, with the
lexicon and without it."""

from __future__ import annotations

from relation_cases import entity_types as _types
from relation_cases import extraction

REGION_AND_CITY = (
    "부품사 해솔정밀은 경북 포항에 새 공장을 짓는다. 연구소는 전남 순천에 둔다. 미국 법인은 "
    "오하이오주 콜럼버스에 세우고, 호주 시드니에도 영업소를 연다."
)


def test_a_city_after_its_province_or_state_is_one_place(lexicon):
    # "경북 포항", "오하이오주 콜럼버스": one address, not a province and a city apart; a
    # country before its city stays two places ("호주 시드니")
    types = _types(REGION_AND_CITY)
    joined = {n: types.get(n) for n in ("경북 포항", "전남 순천", "오하이오주 콜럼버스")}
    assert joined == dict.fromkeys(joined, "Place"), types
    assert not {"경북", "포항", "순천", "콜럼버스", "호주 시드니"} & set(types), types
    assert types.get("호주") == "Place" and types.get("시드니") == "Place", types


FOREIGN_BODIES = (
    "배터리 업체 한울에너지는 미국 연방거래위원회에 합병 심사를 신청했다. 회사는 영국 "
    "경쟁시장청의 조사도 받는다. 독일 시장 점유율은 3%다."
)


def test_a_country_before_a_public_body_is_part_of_its_name(lexicon):
    # "미국 연방거래위원회": a foreign body goes by its country's name, one organisation; the
    # country written alone stays a place
    types = _types(FOREIGN_BODIES)
    bodies = {n: types.get(n) for n in ("미국 연방거래위원회", "영국 경쟁시장청")}
    assert bodies == dict.fromkeys(bodies, "Organization"), types
    assert not {"연방거래위원회", "경쟁시장청"} & set(types), types
    assert types.get("독일") == "Place", types


def test_a_noun_made_a_verb_is_no_known_name(lexicon):
    # "인도한" is 인도/NNG + 하/XSV (delivered), never the country the lexicon knows as 인도
    types = _types("조선사 한바다중공업은 새 운반선을 해운사 푸른상선에 인도했다.")
    assert "인도" not in types, types
    if lexicon == "lexicon":  # the country, where the text names it, is still known
        assert _types("한바다중공업은 인도 조선소와 협력한다.").get("인도") == "Place"


def test_a_country_glued_before_a_known_company_is_its_subsidiary(lexicon):
    # "한국IBM": the Korean subsidiary of IBM, a company of its own beside IBM (the tagger, on
    # its own, takes no name there)
    ex = extraction(
        "다온은행이 미국 IBM과 손잡는다. 다온은행은 지난 3일 서울 종로구 본점에서 한국IBM과 "
        "'AI 협력' 업무협약을 맺었다."
    )
    names = {e.name: e for e in ex.entities.values()}
    assert names.get("한국IBM") is not None and names["한국IBM"].type == "Company", names
    assert names.get("IBM") is not None and "한국IBM" not in names["IBM"].aliases, names


def test_ports_straits_and_pacific_regions_are_places(lexicon):
    # a port, a strait, a region named by the Pacific: places by their ending, whatever the
    # tagger voted ("아시아태평양 총괄" after a company is its region, no company)
    types = _types(
        "운반선은 인천항을 떠나 말라카해협을 지나 로테르담항에 닿았다. 해운사 푸른상선의 "
        "아시아태평양 총괄인 조엘 마틴이 말했다."
    )
    found = {n: types.get(n) for n in ("인천항", "말라카해협", "로테르담항", "아시아태평양")}
    assert found == dict.fromkeys(found, "Place"), types


def test_a_university_beside_companies_is_an_organisation(lexicon):
    # "한빛대": a university by its ending, also when the sentence lists it after a startup
    types = _types(
        "제조사 두리정밀은 검사 스타트업 비전온, 한빛대와 함께 용접 라인의 불량 판정 모델을 "
        "만든다. 차세대 모델은 내년에 나온다."
    )
    assert types.get("한빛대") == "Organization", types
    assert "차세대" not in types, types


def test_a_version_number_alone_is_no_name(lexicon):
    # "2.0 버전에는": an edition of the family the text names, not a model called "2.0" (the
    # tagger takes the number after the bracketed spelling for a name of its own)
    ex = extraction(
        "두리조선은 선박기술 계열사 두리마린랩이 개발한 자율운항 시스템 '바다길(SeaRoad) 2.0'이 "
        "노르선급협회(NSA)로부터 인증을 받았다고 3일 밝혔다. 2.0 버전에는 엔진 출력을 조절하는 "
        "기능이 더해졌다."
    )
    names = {a for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert "2.0" not in names, names


def test_a_country_and_a_company_in_two_scripts_are_no_person(lexicon):
    # "영국 파인랩(Oxford Pinelab)": a country before a company spelled in Latin after it, not
    # a person written twice; "제이슨 박(Jason Park)" still is one
    types = _types(
        "영국 파인랩(Oxford Pinelab) 상무 출신인 한 대표는 2021년 합류했다. 다리온 "
        "최고기술책임자 제이슨 박(Jason Park)도 함께했다."
    )
    assert types.get("파인랩") == "Company" and types.get("영국") == "Place", types
    assert "영국 파인랩" not in types, types
    assert types.get("제이슨 박") == "Person", types
