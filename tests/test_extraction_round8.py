"""Extraction of public-sector and legal news (round 8 of the extraction work): public bodies by
the endings of their names, local governments that act, a head's title glued to the name of the
government, firms named with their profession, addresses that end in a neighbourhood, quoted
titles of products and works, and the organisation in the genitive before a person's title.
Sentences of our own, each run with the built-in lexicon and without it."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve
from kg.public_bodies import head_title, is_public_body


def _extract(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    rels = {(name[r.subject], r.type, name[r.object]): r for r in ex.relations}
    return ex, rels


def _type(ex, name):
    entity = ex.entity_by_name(name)
    return entity.type if entity is not None else None


def _types(text, names):
    """The type of each name in what ``text`` gives (None: no such entity)."""
    ex, _ = _extract(text)
    return {name: _type(ex, name) for name in names}


def test_public_bodies_by_their_ending(lexicon):
    ex, _ = _extract(
        "환경부와 기상청은 AI 예보 모델 도입을 함께 검토한다고 밝혔다. "
        "해양수산부는 이번 사업에 정부 예산 일부를 쓴다. "
        "하늘전자 반도체사업부가 칩 설계를 맡는다."
    )
    assert _type(ex, "환경부") == "Organization"
    assert _type(ex, "기상청") == "Organization"
    assert _type(ex, "해양수산부") == "Organization"
    for word in ("정부", "일부", "반도체사업부", "하늘전자 반도체사업부"):
        assert _type(ex, word) != "Organization", word


def test_public_body_endings_table():
    assert is_public_body("국세청") and is_public_body("수원지방법원")
    assert is_public_body("금융감독원") and is_public_body("방송통신위원회")
    # a part of a company, a trading partner, the ending alone, a court's division with digits
    for word in ("클라우드사업부", "공급처", "위원회", "형사합의12부", "내부"):
        assert not is_public_body(word), word


def test_head_title_glued_to_the_government(lexicon):
    ex, rels = _extract(
        "협약식에는 박민호 전남도지사와 최수진 순천시장, 강태오 햇살파워 대표가 참석했다."
    )
    assert _type(ex, "박민호") == "Person" and _type(ex, "최수진") == "Person"
    assert ex.entity_by_name("박민호 전남도지사") is None
    assert _type(ex, "순천시장") is None
    assert rels[("최수진", "WORKED_AT", "순천시")].role == "시장"
    assert rels[("박민호", "WORKED_AT", "전남도")].role == "도지사"


def test_head_title_split_table():
    assert head_title("목포시장") == ("목포시", "시장")
    assert head_title("강남구청장") == ("강남구", "구청장")
    assert head_title("해남군수") == ("해남군", "군수")
    assert head_title("시장") is None


def test_markets_are_not_mayors(lexicon):
    ex, _ = _extract("업계는 국내시장과 해외시장에서 함께 성장할 것으로 본다.")
    assert ex.entity_by_name("국내시") is None and ex.entity_by_name("해외시") is None


def test_law_firm_names_keep_their_opener(lexicon):
    ex, rels = _extract(
        "작가들을 대리한 법무법인 가람의 정해인 변호사는 판결을 환영했다. "
        "새봄테크는 지난해 법무법인 다솜과 계약 검토 AI를 함께 개발하는 협약을 맺었다."
    )
    assert _type(ex, "법무법인 가람") == "Company"
    assert _type(ex, "법무법인 다솜") == "Company"
    assert ex.entity_by_name("가람") is None or ex.entity_by_name("가람").name == "법무법인 가람"
    assert ex.entity_by_name("법무법인 다솜").aliases == ["법무법인 다솜"]  # 과 is a particle
    assert rels[("정해인", "WORKED_AT", "법무법인 가람")].role == "변호사"


def test_address_ends_in_a_neighbourhood(lexicon):
    ex, rels = _extract(
        "부산 해운대구 센텀에 본사를 둔 바다소프트는 2020년 설립됐다. "
        "대구 수성구 알파시티 단지에는 연구소가 들어선다."
    )
    assert _type(ex, "부산 해운대구 센텀") == "Place"
    assert ("바다소프트", "LOCATED_IN", "부산 해운대구 센텀") in rels
    # a site's name after the neighbourhood: the address stops before it
    assert ex.entity_by_name("대구 수성구 알파시티") is None


def test_address_units_in_a_row_are_one_place(lexicon):
    ex, _ = _extract("새싹팜은 청주시 흥덕구 오송읍 생명과학단지 안에 공장을 짓는다.")
    assert _type(ex, "청주시 흥덕구 오송읍") == "Place"
    assert ex.entity_by_name("오송읍") is ex.entity_by_name("청주시 흥덕구 오송읍")  # no person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # local governments that act are organisations, a company is not one
            "전라남도와 순천시는 에너지 기업 햇살파워와 태양광 단지 조성 협약을 맺었다. "
            "햇살파워는 순천시에 연구소를 짓는다.",
            {"전라남도": "Organization", "순천시": "Organization", "햇살파워": "Company"},
            id="acting-local-governments",
        ),
        pytest.param(  # quoted titles after a word for a game or a new title are products
            "게임사 구름놀이의 대표작은 2023년 출시한 모바일 RPG '달의 정원'이다. "
            "구름놀이는 신작 '바람결'을 내년에 선보인다.",
            {"달의 정원": "Model", "바람결": "Model", "구름놀이": "Company"},
            id="quoted-titles",
        ),
    ],
)
def test_types_by_pattern(lexicon, text, expected):
    assert _types(text, list(expected)) == expected


def test_genitive_organisation_before_person_and_title(lexicon):
    _, rels = _extract(
        "새솔테크는 음성 비서를 개발한다. 한결대학교의 김민재 교수는 새솔테크의 자문을 맡았다."
    )
    assert rels[("김민재", "WORKED_AT", "한결대학교")].role == "교수"
    assert ("김민재", "WORKED_AT", "새솔테크") not in rels


def test_a_maker_marked_as_subject_inside_the_clause_made_the_model(lexicon):
    # the sentence is about 소리마루, but 선율랩이 is the subject of the model's own clause
    _, rels = _extract(
        "음원 플랫폼 소리마루와 작곡가 30명이 AI 스타트업 선율랩을 상대로 소송을 냈다. "
        "소리마루와 작곡가들은 선율랩이 작곡 모델 '가락 2'를 학습시키면서 소리마루에 올라온 "
        "곡을 허락 없이 내려받아 썼다고 주장했다."
    )
    assert ("선율랩", "DEVELOPED", "가락 2") in rels
    assert ("소리마루", "DEVELOPED", "가락 2") not in rels


def test_a_numbered_division_is_part_of_its_court(lexicon):
    ex, _ = _extract(
        "부산지방법원 형사합의12부(재판장 모은결 부장판사)는 2026년 5월 누리데이터에 벌금을 선고했다."
    )
    assert _type(ex, "부산지방법원") == "Organization"
    assert ex.entity_by_name("형사합의12부") is None


def test_a_public_body_abbreviated_is_the_same_body(lexicon):
    ex, _ = _extract(
        "과학기술정보통신부는 인공지능 반도체 지원 사업을 공고했다. "
        "과기정통부는 올해 예산 300억원을 투입한다. "
        "중소벤처기업부도 별도 지원책을 내놨고, 중기부는 다음 달 설명회를 연다."
    )
    science = ex.entity_by_name("과학기술정보통신부")
    assert science is not None and science.type == "Organization"
    assert ex.entity_by_name("과기정통부") is science
    smes = ex.entity_by_name("중소벤처기업부")
    assert smes is not None and ex.entity_by_name("중기부") is smes
    assert smes is not science


def test_an_abbreviation_of_two_bodies_joins_neither(lexicon):
    # '교육부' abbreviates both long names: which one the text means, it does not say
    ex, _ = _extract(
        "교육과학기술부와 교육문화체육부가 공동 사업을 검토했다. 교육부는 결론을 미뤘다."
    )
    short = ex.entity_by_name("교육부")
    assert short is not None
    assert short is not ex.entity_by_name("교육과학기술부")
    assert short is not ex.entity_by_name("교육문화체육부")


def test_abbreviations_table():
    from kg.public_bodies import abbreviates

    assert abbreviates("금감원", "금융감독원") and abbreviates("공정위", "공정거래위원회")
    assert abbreviates("수원지법", "수원지방법원")
    # another ministry; a company's division; the same length; not the first syllable
    assert not abbreviates("국토부", "국방부")
    assert not abbreviates("산업부", "반도체사업부")
    assert not abbreviates("통신부", "과학기술정보통신부")


def test_a_committee_short_name_is_a_body(lexicon):
    ex, _ = _extract("공정위는 플랫폼 기업 세곳에 과징금 120억원을 부과했다. 최상위 모델도 나왔다.")
    assert _type(ex, "공정위") == "Organization"
    assert ex.entity_by_name("최상위") is None


def test_abbreviation_merges_whichever_document_comes_first():
    from kg.resolve import Resolution

    short = analyze_document("a", "공정위는 이 회사에 대한 조사를 시작했다.")
    full = analyze_document("b", "공정거래위원회는 다음 달 조사 결과를 발표한다.")
    r = Resolution()
    r.update([short])
    assert r.extraction.entity_by_name("공정거래위원회") is None
    r.update([full])
    both = r.extraction
    assert both.entity_by_name("공정위") is both.entity_by_name("공정거래위원회") is not None
    assert sorted(both.entity_by_name("공정위").aliases) == sorted(
        resolve([short, full]).entity_by_name("공정위").aliases
    )
    r.update(removed=["b"])
    assert r.extraction.entity_by_name("공정거래위원회") is None
    assert r.extraction.entity_by_name("공정위") is not None


def test_backticks_quote_a_name_and_are_not_part_of_it(lexicon):
    ex, rels = _extract("해담게임즈가 교육 스타트업 `글벗랩`을 인수한다고 밝혔다.")
    assert ex.entity_by_name("글벗랩") is not None
    assert not any("`" in e.name for e in ex.entities.values())
    assert ("해담게임즈", "ACQUIRED", "글벗랩") in rels


def test_a_word_ending_like_a_committee_is_not_one(lexicon):
    ex, rels = _extract('법률사무소 온새의 정하람 변호사는 "이 규정은 광범위하게 쓰인다"고 말했다.')
    assert ex.entity_by_name("광범위") is None
    assert _type(ex, "법률사무소 온새") == "Company"
    assert ("정하람", "WORKED_AT", "법률사무소 온새") in rels


def test_a_span_of_years_is_no_date(lexicon):
    ex, _ = _extract(
        "최근 10년간 과징금을 받은 기업은 30년 만에 가장 많았다. '19년 이후 2배로 늘었다."
    )
    dates = {e.name for e in ex.entities.values() if e.type == "Date"}
    assert dates == {"2019년"}


def test_a_political_party_is_an_organization(lexicon):
    ex, _ = _extract("정하윤 새빛민주당 의원은 플랫폼 규제 법안을 대표 발의했다.")
    assert _type(ex, "새빛민주당") == "Organization"


def test_courts_and_prosecutors_as_news_shortens_them(lexicon):
    ex, _ = _extract(
        "서울중앙지방법원은 소송을 기각했다. 서울중앙지법 판결에 대해 수원지검은 항소했다."
    )
    court = ex.entity_by_name("서울중앙지방법원")
    assert court is not None and court.type == "Organization"
    assert ex.entity_by_name("서울중앙지법") is court
    assert _type(ex, "수원지검") == "Organization"


@pytest.mark.parametrize(
    "text, outlet",
    [
        ("[누리뉴스24 박지은 기자] 바다랩이 새 모델을 공개했다.", "누리뉴스24"),
        ("(서울=한빛통신) 홍길동 기자 = 바다랩이 새 모델을 공개했다.", "한빛통신"),
    ],
)
def test_the_outlet_of_a_byline_is_a_company(lexicon, text, outlet):
    ex, _ = _extract(text)
    assert _type(ex, outlet) == "Company"
