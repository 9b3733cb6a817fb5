"""Round 11 of the extraction work: what made the spent held-out round 9's misses (a byline's
outlet and reporter, words of trade taken for names, places typed by
their look, a mayor after a name Kiwi reads as a noun, ...), each on invented sentences, with the lexicon and without it
(tests/relation_cases)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, extraction

BYLINE_AT_PLACE = (
    "[광주=남도일보 나은결 기자] 광주광역시가 드론 기업 하늘새와 손잡고 배송 시범사업을 시작한다."
)
BYLINE_TWO_REPORTERS = (
    "[디지털타임라인 서하람·문도윤 기자] 간편결제 서비스 '바로페이'를 운영하는 핀테크 기업 "
    "바로머니가 보상안을 발표했다."
)
DATELINE_FIRST = "(부산=동남경제) 차윤슬 특파원 = 해운 기업 파도라인이 새 물류 플랫폼을 공개했다."

CASES = [
    pytest.param(
        # "[PLACE=OUTLET NAME 기자]": the reporter works at the outlet, and at nothing the
        # sentence after the byline names
        BYLINE_AT_PLACE,
        [{("나은결", "WORKED_AT", "남도일보")}],
        [("나은결", "WORKED_AT", "하늘새"), ("하늘새", "PARTNER_OF", "남도일보")],
        id="a-byline-with-a-dateline-place",
    ),
    pytest.param(
        # "[OUTLET A·B 기자]": each reporter of the list works at the outlet
        BYLINE_TWO_REPORTERS,
        [{("서하람", "WORKED_AT", "디지털타임라인")}, {("문도윤", "WORKED_AT", "디지털타임라인")}],
        [("서하람", "WORKED_AT", "바로머니"), ("디지털타임라인", "DEVELOPED", "바로페이")],
        id="a-byline-with-two-reporters",
    ),
    pytest.param(
        # "(PLACE=OUTLET) NAME 특파원 =": the wire-service shape
        DATELINE_FIRST,
        [{("차윤슬", "WORKED_AT", "동남경제")}],
        [("차윤슬", "WORKED_AT", "파도라인")],
        id="a-dateline-before-the-reporter",
    ),
    pytest.param(
        # "NAME X시장은": a person Kiwi reads as a common noun, before a mayor's title glued to
        # the city, is the city's mayor
        '임서현 세종시장은 "시민 불편을 줄이겠다"고 말했다.',
        [{("임서현", "WORKED_AT", "세종시")}],
        [],
        id="a-mayor-after-a-name-kiwi-reads-as-a-noun",
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_relations_the_sentence_states_and_denies(lexicon, text, present, absent):
    assert_relations(text, present, absent)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BYLINE_AT_PLACE, {"광주": "Place", "남도일보": "Company", "나은결": "Person"}),
        (BYLINE_TWO_REPORTERS, {"디지털타임라인": "Company", "문도윤": "Person"}),
        (DATELINE_FIRST, {"부산": "Place", "동남경제": "Company", "차윤슬": "Person"}),
    ],
)
def test_a_bylines_names_have_their_types(lexicon, text, expected):
    ex = extraction(text)
    types = {a: e.type for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert {n: types.get(n) for n in expected} == expected


def test_the_reporters_word_is_the_role(lexicon):
    ex = extraction(DATELINE_FIRST)
    roles = {r.role for r in ex.relations if r.type == "WORKED_AT"}
    assert roles == {"특파원"}, roles


TRADE_WORDS = (
    "게임사 달빛스튜디오는 신작 '별의 정원'을 내년 대만 출시 후 북미에도 내놓는다. 대만 서비스는 "
    "현지 퍼블리셔가 맡는다. 신약 개발사 한솔바이오는 업프론트 200억 원을 먼저 받고, 마일스톤과 "
    "로열티는 따로 받는다. 번역 앱 '말벗'은 베트남어와 태국어를 지원한다."
)


def test_words_of_trade_and_languages_are_never_names(lexicon):
    ex = extraction(TRADE_WORDS)
    names = {a for e in ex.entities.values() for a in (e.name, *e.aliases)}
    kinds = {
        "출시",
        "대만 출시",
        "퍼블리셔",
        "업프론트",
        "마일스톤",
        "로열티",
        "베트남어",
        "태국어",
    }
    assert not names & kinds, names
    types = {a: e.type for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert types.get("대만") == "Place", types


FACILITIES = (
    "광주광역시가 다음 달부터 수소버스를 운행한다. 노선은 광주종합터미널에서 출발해 "
    "광주송정공항을 거친다. 시는 내년부터 노선을 담양군 창평면과 화순읍까지 늘린다."
)


def test_names_ending_in_a_facility_or_a_town_are_places(lexicon):
    ex = extraction(FACILITIES)
    types = {a: e.type for e in ex.entities.values() for a in (e.name, *e.aliases)}
    found = {n: types.get(n) for n in ("광주종합터미널", "광주송정공항", "화순읍")}
    assert found == dict.fromkeys(found, "Place"), types


def test_a_market_is_no_mayor(lexicon):
    # "X시장" after a name is a mayor only when X is a proper noun (or Kiwi knows the word
    # whole): "주식시장", "반도체시장" are markets, the word before them no mayor nor person
    text = (
        "이번 보고서는 한지호 주식시장 분석가가 썼다. 한국인 반도체시장 점유율이 늘었다. "
        "한재율 광양시장은 협약식에서 말했다."
    )
    ex = extraction(text)
    names = {a for e in ex.entities.values() for a in (e.name, *e.aliases)}
    assert not names & {"주식시", "반도체시", "한국인"}, names
    mayors = {(ex.entities[r.subject].name, ex.entities[r.object].name) for r in ex.relations}
    assert ("한재율", "광양시") in mayors, mayors
    assert not any(o in {"주식시", "반도체시"} for _, o in mayors), mayors
