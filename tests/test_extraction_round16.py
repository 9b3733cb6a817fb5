"""Round 16 of the extraction work: names as Korean news writes them (a Latin name and a company
word written apart, a company word Kiwi does not know, ...), each on invented sentences, with the
lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types

CLOSED_NAMES = (
    "QRS 글로벌은 지난해 도담소프트에 50억원을 투자했다. "
    "이번 투자에는 HJK 인베스트먼트와 누리 파트너스가 참여했다. "
    "KLM 헬스케어는 영상 판독 AI를 출시했다. "
    '베르난 오토메이션 관계자는 "수출을 늘리겠다"고 말했다. '
    "라벤 모터스는 전기차를 공개했다."
)


def test_a_company_word_written_apart_closes_the_name_before_it(lexicon):
    # "QRS 글로벌", "HJK 인베스트먼트": the company word belongs to the name before it, however
    # the tagger cut the two words (the Latin part alone, the company word alone, nothing)
    types = entity_types(CLOSED_NAMES)
    closed = (
        "QRS 글로벌",
        "HJK 인베스트먼트",
        "누리 파트너스",
        "KLM 헬스케어",
        "베르난 오토메이션",
    )
    for name in (*closed, "라벤 모터스"):
        assert types.get(name) == "Company", (name, types)
    assert not {"QRS", "글로벌", "인베스트먼트", "파트너스", "헬스케어"} & set(types), types
    assert_relations(
        CLOSED_NAMES,
        present=[{("QRS 글로벌", "INVESTED_IN", "도담소프트")}],
        absent={("글로벌", "INVESTED_IN", "도담소프트")},
    )


OPEN_PHRASES = (
    "디지털 헬스케어 시장과 미국 헬스케어 기업이 함께 컸다. AI 헬스케어 분야에 돈이 몰렸다. "
    "다온전자 글로벌 전략도 바뀌었다."
)


def test_a_company_word_in_a_phrase_makes_no_name(lexicon):
    # a field ("디지털 헬스케어"), a country's industry ("미국 헬스케어 기업"), a general term
    # ("AI 헬스케어") and a phrase that goes on ("글로벌 전략") are no company's names
    types = entity_types(OPEN_PHRASES)
    phrases = {"디지털 헬스케어", "미국 헬스케어", "AI 헬스케어", "다온전자 글로벌"}
    assert not phrases & set(types), types
    assert types.get("미국") == "Place", types


FOREIGN_TITLES = (
    "누리게임즈가 개발한 '라이브러리 오브 섀도우'는 다음 달 출시된다. "
    "별빛게임즈의 신작 '캐슬 오브 드림 나이츠'는 PC로 나온다. "
    "회사는 '누리AI 추격전'에 나섰다."
)


def test_a_quoted_foreign_title_is_one_name(lexicon):
    # a title of English words written in Hangul ("오브": of) is one name between its quotes,
    # with or without a word before it that introduces a title; a quoted phrase of Korean words
    # is no title, and the company's name inside it stays its own
    types = entity_types(FOREIGN_TITLES)
    assert types.get("라이브러리 오브 섀도우") == "Model", types
    assert types.get("캐슬 오브 드림 나이츠") == "Model", types
    assert not {"오브 섀도우", "캐슬 오브", "누리AI 추격전"} & set(types), types
    assert types.get("누리AI") == "Company", types
    assert_relations(
        FOREIGN_TITLES,
        present=[{("누리게임즈", "DEVELOPED", "라이브러리 오브 섀도우")}],
        absent={("누리게임즈", "DEVELOPED", "오브 섀도우")},
    )


PLATFORMS = (
    "별빛게임즈의 신작은 오로라박스와 하이페리온 버전으로 먼저 나온다. "
    "모바일 게임 '달빛 정원'은 한국과 일본 버전으로 출시된다."
)


def test_names_before_a_build_word_are_platforms(lexicon):
    # "X와 Y 버전으로": the game comes out on two platforms, products (Model) by the gold's
    # convention, not companies; two countries' editions stay places
    types = entity_types(PLATFORMS)
    assert types.get("오로라박스") == "Model" and types.get("하이페리온") == "Model", types
    assert types.get("한국") == "Place" and types.get("일본") == "Place", types


DOTTED = (
    "한국가람·누리산업협회는 성명을 냈다. 법무부·특허청은 합동 단속에 나섰다. "
    "가람·누리전자는 실적을 냈다."
)


def test_a_body_named_for_two_fields_keeps_its_middle_dot(lexicon):
    # "X·Y산업협회" is one association of two industries; two full names with a dot are a list
    # of two bodies, and a shared company ending is two firms
    types = entity_types(DOTTED)
    assert types.get("한국가람·누리산업협회") == "Organization", types
    assert not {"한국가람", "누리산업협회", "법무부·특허청"} & set(types), types
    assert types.get("법무부") == "Organization" and types.get("특허청") == "Organization", types
    assert "가람·누리전자" not in types, types


SCHOOL_HOSPITAL = "판독 솔루션을 가장 먼저 도입한 한빛대학교병원은 판독 시간을 줄였다."


def test_a_university_hospital_after_a_relative_clause_is_an_organisation(lexicon):
    # Kiwi reads the hospital's name after "도입한" as a common noun and the tagger took
    # nothing: a school's name with 병원 glued after it is one organisation's name
    assert entity_types(SCHOOL_HOSPITAL).get("한빛대학교병원") == "Organization"


SITES = (
    "누리로지스는 작년 로테르담, 위트레흐트에 사무소를 열었다. "
    "회사는 다온소프트에 연구소 운영을 맡겼다."
)


def test_names_listed_before_a_site_are_places(lexicon):
    # "X, Y에 사무소를 열었다": the foreign cities listed before the site are places, though
    # the tagger took the first for a company; a firm's name before a site stays a company
    types = entity_types(SITES)
    assert types.get("로테르담") == "Place" and types.get("위트레흐트") == "Place", types
    assert types.get("다온소프트") == "Company", types


SCANS = (
    "누리메디의 소프트웨어는 병원의 MRI와 CT 영상을 읽는다. 한빛의료원은 유방촬영술"
    "(Mammography) 판독에 이를 쓴다. 의료원은 스마트병원으로 바뀌고 있다."
)


def test_kinds_of_scan_and_hospital_are_never_names(lexicon):
    # kinds of scan and of scanner, and a kind of hospital, are no organisation or company
    names = set(entity_types(SCANS))
    assert not names & {"MRI", "CT", "유방촬영술", "Mammography", "스마트병원"}, names
    assert {"누리메디", "한빛의료원"} <= names, names


GROUP_AFFILIATE = "다온전자계열 벤처캐피털인 다온인베스트가 이번 라운드에 참여했다."


def test_a_group_word_glued_after_a_name_is_not_part_of_it(lexicon):
    # "X계열 벤처캐피털": the firm belongs to the X group; the name is X, not "X계열"
    types = entity_types(GROUP_AFFILIATE)
    assert types.get("다온전자") == "Company" and "다온전자계열" not in types, types
    assert types.get("다온인베스트") == "Company", types


GLUED_PLACES = (
    "누리로지스는 작년 로테르담, 위트레흐트, 에인트호번에 사무소를 열었다. "
    "오스나브뤼크에 본사를 둔 칼도스 오토메이션이 장비를 댄다."
)


def test_a_foreign_place_read_with_its_particle_before_a_site_is_a_place(lexicon):
    # Kiwi reads an unknown city with 에 as one noun ("에인트호번에"); before a site the word is
    # the city and its particle, a place, and the firm based there is located in it
    types = entity_types(GLUED_PLACES)
    assert types.get("에인트호번") == "Place" and types.get("오스나브뤼크") == "Place", types
    assert not {"에인트호번에", "오스나브뤼크에"} & set(types), types
    assert_relations(
        GLUED_PLACES,
        present=[{("칼도스 오토메이션", "LOCATED_IN", "오스나브뤼크")}],
        absent=set(),
    )


INNER_COMMITTEES = "한빛은행은 은행 안에 윤리위원회를 두고, 감사위원회가 이를 점검한다."


def test_a_company_s_inner_committee_is_no_organisation(lexicon):
    # a committee a company sets up inside is the company's, written without an owner
    names = set(entity_types(INNER_COMMITTEES))
    assert not names & {"윤리위원회", "감사위원회"}, names
    assert "한빛은행" in names, names
