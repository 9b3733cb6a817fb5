"""Round 13 of the extraction work: what made the spent held-out rounds 10 and 11's misses
(everyday words of industry taken for names, ...), each on invented sentences, with the lexicon
and without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types, extraction

from kg import analyze_document


def _names(text: str) -> set[str]:
    return set(entity_types(text))


def _by_alias(text: str) -> dict:
    """Every name and alias of the text's entities, with its entity."""
    ex = extraction(text)
    return {a: e for e in ex.entities.values() for a in (e.name, *e.aliases)}


INDUSTRY_WORDS = (
    "물류 기업 한결해운은 유럽 인프라 총괄 부사장을 지낸 오다인을 영입했다. 회사가 만든 "
    "컨테이너선 항법 장비는 지난달 형식승인을 받았고 선급 검사도 통과했다. 반도체 기업 "
    "다온칩스는 HBM 물량을 늘린다."
)


def test_everyday_words_of_industry_are_never_names(lexicon):
    # "인프라 총괄", "컨테이너선", "형식승인", "선급", "HBM": a field, a kind of ship, a
    # procedure, a kind of body, a kind of chip; never a person, company or product
    names = _names(INDUSTRY_WORDS)
    assert not names & {"인프라", "컨테이너선", "형식승인", "선급", "HBM"}, names
    assert {"한결해운", "다온칩스"} <= names, names


GLUED_PARTICLE = (
    "공조 설비 업체 한결에어텍은 충북도와 손잡고 새 공장을 짓는다. 설계는 한결에어텍이, 시공은 "
    "다온건설이 맡는다. 부지는 누리온랩이, 장비는 한결에어텍이 댄다."
)


def test_a_particle_kiwi_glued_to_a_known_name_is_its_particle(lexicon):
    # "한결에어텍이," read as one noun: the document knows 한결에어텍, so the word is the name
    # and its subject particle; a tail that ends names stays the name's ("충북도": the
    # province, not 충북 + 도)
    mentions = analyze_document("d", GLUED_PARTICLE).mentions
    found = [(m.sentence_id, m.text, m.particle) for m in mentions if "한결에어텍" in m.text]
    assert found == [
        ("d#0", "한결에어텍", "은"),
        ("d#1", "한결에어텍", "이"),
        ("d#2", "한결에어텍", "이"),
    ], found
    assert "충북도" in {m.text for m in mentions}, [m.text for m in mentions]


EVENT = (
    "'데이터 미래 부산 2027' 개막…AI 기업 300곳 참가\n"
    "'데이터 미래 부산 2027'이 3일 부산 벡스코에서 열렸다. 솔빛AI는 이 자리에서 새 모델 "
    "'솔빛 2'를 공개했다. 한빛소프트는 '오피스 2027'을 선보였다."
)


def test_a_name_ending_in_a_year_before_an_event_word_is_the_event(lexicon):
    # "'… 부산 2027' 개막": the event, no model; a product named with its year and written
    # before no event word stays a model ("오피스 2027")
    types = entity_types(EVENT)
    assert not {"부산 2027", "데이터 미래 부산 2027", "미래 부산 2027"} & set(types), types
    assert types.get("솔빛 2") == "Model" and types.get("오피스 2027") == "Model", types


DESCRIBED_COMPANIES = (
    "디스플레이 기업 한누리디스플레이의 패널은 캐나다 전자기기 업체 메이플탭의 주력 제품 "
    "'메이플 S5'에 들어간다. 한누리디스플레이는 싱가포르 데이터센터 운영사 리버라인과도 "
    "손잡았다."
)


def test_a_company_is_based_in_the_country_written_before_its_description(lexicon):
    # "캐나다 전자기기 업체 메이플탭의", "싱가포르 데이터센터 운영사 리버라인": a place, what kind
    # of company, its name; the genitive after the name does not cut it from its place
    assert_relations(
        DESCRIBED_COMPANIES,
        [{("메이플탭", "LOCATED_IN", "캐나다")}, {("리버라인", "LOCATED_IN", "싱가포르")}],
        [
            ("한누리디스플레이", "LOCATED_IN", "싱가포르"),
            ("한누리디스플레이", "LOCATED_IN", "캐나다"),
        ],
    )


HANJA_COUNTRY = (
    "한빛로봇, 日 사쿠라모터스와 손잡고 英 시장 두드린다\n"
    "한빛로봇은 일본 자동차 부품 업체 사쿠라모터스와 협력해 영국에 공장을 짓는다."
)


def test_a_country_written_by_its_hanja_letter_is_that_country(lexicon):
    # "日", "英" in a headline are 일본 and 영국 written short: one place each
    by_alias = _by_alias(HANJA_COUNTRY)
    for letter, country in (("日", "일본"), ("英", "영국")):
        assert letter in by_alias and by_alias[letter] is by_alias.get(country), by_alias
        assert by_alias[country].type == "Place", by_alias[country]


THROUGH_COREFERENCE = (
    "번역 소프트웨어 기업 누리온랩은 지난달 새 모델 '말결 3'을 공개했다. 이 회사 하도윤 대표는 "
    '"내년에는 일본어 번역도 내놓겠다"고 말했다.'
)


def test_a_title_chain_through_a_coreference_places_the_person(lexicon):
    # "이 회사 하도윤 대표는": 이 회사 is 누리온랩, where the person works
    assert_relations(THROUGH_COREFERENCE, [{("하도윤", "WORKED_AT", "누리온랩")}], [])


COMPANY_IN_TWO_SCRIPTS = (
    "한별데이터는 호주 데이터 기업 블루하버 클라우드(Bluehaven Cloud)와 손잡았다. 블루하버 "
    "클라우드의 제이슨 윤(Jason Yoon) 대표는 협력을 반겼다."
)


def test_a_company_word_at_the_end_of_a_name_in_two_scripts_makes_it_a_company(lexicon):
    # "블루하버 클라우드(Bluehaven Cloud)": written twice like a person's name, but 클라우드
    # / Cloud ends companies' names; "제이슨 윤(Jason Yoon)" stays a person
    types = entity_types(COMPANY_IN_TWO_SCRIPTS)
    assert types.get("블루하버 클라우드") == "Company", types
    assert types.get("Bluehaven Cloud") == "Company", types
    assert types.get("제이슨 윤") == "Person", types


FIRMS_BY_WHAT_THEY_DO = (
    "문 대표는 합류하기 전 싱가포르 데이터센터 운영사 브라이트게이트에서 8년간 최고운영책임자"
    "(COO)로 일했다. 한 부사장은 홍콩 항만 운영사 씨브릿지에서 5년간 재무 담당으로 일했다."
)


def test_a_firm_named_by_what_it_does_is_a_company(lexicon):
    # "데이터센터 운영사 브라이트게이트", "항만 운영사 씨브릿지": the word before the name
    # says what kind of company it is
    types = entity_types(FIRMS_BY_WHAT_THEY_DO)
    assert types.get("브라이트게이트") == "Company" and types.get("씨브릿지") == "Company", types


TITLES_IN_ONE_GLOSS = (
    "한결메모리, 3분기 영업이익 5000억 원…HBM 판매 늘어\n"
    "메모리 반도체 기업 한결메모리가 3분기 매출 2조 원을 올렸다고 30일 밝혔다. 한결메모리는 "
    "HBM 판매가 늘어 영업이익이 두 배가 됐다. 오지훈 최고재무책임자(CFO·전무)는 "
    '컨퍼런스콜에서 "4분기에도 수요가 이어질 것"이라고 말했다.'
)


def test_titles_listed_in_one_gloss_are_one_title(lexicon):
    # "최고재무책임자(CFO·전무)는": one title phrase, its particle the person's
    ex = extraction(TITLES_IN_ONE_GLOSS)
    roles = {
        (ex.entities[r.subject].name, ex.entities[r.object].name): r.role
        for r in ex.relations
        if r.type == "WORKED_AT"
    }
    assert "전무" in roles.get(("오지훈", "한결메모리"), ""), roles


SURNAME_PI = (
    "물류 스타트업 바른길로지스는 2022년 카카오모빌리티에서 배차 시스템을 설계했던 피서윤 "
    "최고기술책임자(CTO)와 함께 새 플랫폼을 만들었다."
)


def test_a_name_of_the_family_pi_is_a_person(lexicon):
    # 피 (皮) is a Korean family name: "피서윤 최고기술책임자" is a person, not a company
    types = entity_types(SURNAME_PI)
    assert types.get("피서윤") == "Person", types


COUNTS = (
    "부산시가 지역 기업 5곳과 손잡고 항만 물류 플랫폼을 만든다. 참여사 3개사는 "
    "해운 데이터 기업 바다결과 협력한다."
)


def test_a_number_and_a_counter_is_no_name(lexicon):
    # "기업 5곳과", "3개사는": how many companies, not a company
    names = _names(COUNTS)
    assert not names & {"5곳", "3개사"}, names
    assert "바다결" in names, names


AT_THE_HEAD_OFFICE = (
    "다온은행은 지난 3일 서울 종로구 본점에서 미국 클라우드 기업 스카이넷과 'AI 협력' "
    "업무협약을 맺었다고 5일 밝혔다."
)


def test_the_place_before_a_head_office_where_something_happens_is_the_companys(lexicon):
    # "서울 종로구 본점에서 … 맺었다": the company the sentence is about stands there
    assert_relations(AT_THE_HEAD_OFFICE, [{("다온은행", "LOCATED_IN", "서울 종로구")}], [])


SPELLINGS_IN_ONE_GLOSS = (
    "배터리 기업 한울셀은 중국 소재 업체 신양에너지(新陽能源·Xinyang Energy)와 합작법인을 "
    "세운다. 신양에너지는 양극재를 공급한다."
)


def test_spellings_listed_in_one_gloss_are_one_name(lexicon):
    # "신양에너지(新陽能源·Xinyang Energy)": the Hanja and the Latin spelling of one company
    by_alias = _by_alias(SPELLINGS_IN_ONE_GLOSS)
    assert by_alias.get("新陽能源") is by_alias.get("신양에너지") is not None, by_alias
    assert by_alias.get("Xinyang Energy") is by_alias["신양에너지"], by_alias


LED_THE_COMPANY = (
    "보안 소프트웨어 기업 한빛시큐어가 다음 달 1일 자로 임원 인사를 단행한다고 3일 밝혔다. "
    "2020년부터 회사를 이끌어 온 오세린 사장은 이사회 의장으로 자리를 옮긴다. 새 대표에는 "
    "한빛시큐어 보안사업부장인 마도현 전무가 오른다."
)


def test_the_company_a_sentence_opens_on_after_a_date_is_the_one_the_text_is_about(lexicon):
    # "2020년부터 회사를 이끌어 온 오세린 사장은": 회사 is 한빛시큐어, which she led
    assert_relations(LED_THE_COMPANY, [{("오세린", "WORKED_AT", "한빛시큐어")}], [])
