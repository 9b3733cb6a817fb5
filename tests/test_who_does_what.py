"""Who does what in a news article (issue 13, after held-out round 11): the earlier employer of
a person is the organisation the past cue names, also when Kiwi reads a coined name as a common
noun after a kind of organisation ("로봇 기업 키네틱필드에서 일했던") and when the posts held are the
object of 지내다 / 역임하다 ("A 부사장, B 부회장 등을 지낸"); the doer of an asked act is the
subject (or the "X가 맡는다" argument) of the verb asked, not another company of the sentence.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import read_asked
from search.doers import asks_doer, doer_spans
from search.passages import sentence_tokens
from search.past import past_affiliations

ARTICLE = (
    "해솔시티, 스마트도시 시범사업 착수\n"
    "해솔시는 스마트도시 시범사업을 다음 달부터 시작한다고 2일 밝혔다. 사업에는 "
    "민간 기업 네 곳이 참여한다. ▲바닷길모빌리티는 역과 산업단지를 잇는 자율주행 "
    "셔틀 8대를 운영하고 ▲햇살그리드는 공공건물 30곳에 태양광 설비를 구축한다. "
    "▲다올정보통신은 도시 데이터를 한곳에 모으는 통합 플랫폼 '온누리 허브'를 "
    "만들고 ▲청석건설은 통신관로 공사를 맡는다.\n"
    "시범사업 운영 법인의 초대 대표에는 한빛클라우드에서 인프라 총괄 부사장을 지낸 "
    "제이슨 박이 선임됐다. 박 대표는 한빛클라우드에 합류하기 전 홍콩 물류센터 "
    "운영사 파도게이트에서 7년간 최고운영책임자(COO)로 일했다. "
    "최고재무책임자(CFO)는 누리텔레콤 재무실장 출신인 고다인 상무가 맡는다. "
    "법인은 박 대표 직속으로 최고AI책임자(CAIO) 자리도 새로 만들었다. 초대 CAIO에는 연서진 전 다온AI 연구소장이 "
    "영입됐다.\n"
    "셔틀을 만든 해솔로보틱스는 최근 시리즈C에서 900억 원을 유치했다. 기존 "
    "투자자인 대원벤처스와 라온캐피탈도 참여했다. 이번 라운드는 "
    "물결브릿지인베스트먼트가 주도했다.\n"
    "자문위원으로는 나윤서 한결대 기계공학과 교수와 도해준 새빛과기원(SAIST) 전산학과 교수가 "
    '참여한다. 해솔증권 변하람 연구원은 "시범사업이 도시 단위 실증의 첫 사례"라고 평가했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haesol", "해솔시 스마트도시 시범사업") as kb:
        yield kb


#: (question, the answers a reader expects, every one in the answer)
ASKED = [
    # a coined name Kiwi cuts with a particle inside ("파/도/게이트에서"), after "운영사"
    ("제이슨 박 대표가 한빛클라우드에 합류하기 전에 일한 회사는?", ["파도게이트"]),
    # the subject of the asked act, not the other company of the sentence
    ("자율주행 셔틀을 운영하는 회사는?", ["바닷길모빌리티"]),
    ("온누리 허브 만드는 곳 어디야?", ["다올정보통신"]),
    ("통신관로 공사를 맡는 회사는?", ["청석건설"]),
    # a Korean office asked is the Latin title written ("초대 CAIO에는 연서진 ...")
    ("법인의 초대 최고AI책임자는 누구야?", ["연서진"]),
    # a person's organisation is the one written beside the name, not another person's
    ("나윤서 교수 소속", ["한결대"]),
    ("도해준 교수 소속", ["새빛과기원"]),
    ("나윤서 교수는 어느 대학 소속이야?", ["한결대"]),
    ("변하람 연구원은 어느 증권사 소속인가?", ["해솔증권"]),
]


@pytest.mark.parametrize(("question", "expected"), ASKED)
def test_answers_a_reader_expects(kb, question, expected):
    ans = kb.ask(question)
    got = (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert all(e in (ans.answer or "") for e in expected), got


PAST = [
    # the name after a kind of organisation, also when it ends a longer word ("운영사")
    ("그는 싱가포르 데이터센터 운영사 리버게이트에서 8년간 COO로 일했다.", ["리버게이트"]),
    ("미국 보스턴의 로봇 기업 키네틱필드에서 일했던 반도윤 CTO가 창업했다.", ["키네틱필드"]),
    # the posts held as the object of a verb of holding, the titles dropped
    (
        "신임 대표는 한빛전자 부사장, 누리중공업 부회장 등을 지낸 경영 전문가다.",
        ["한빛전자", "누리중공업"],
    ),
    ("봉 대표는 KT클라우드 전략본부장을 지내고 2018년 구름솔루션즈에 합류했다.", ["KT클라우드"]),
    # with 에서 the organisation stays the one before it, not the post
    (
        "한국씨티은행에서 디지털금융 본부장을 지낸 도 부행장은 청하은행에 영입됐다.",
        ["한국씨티은행"],
    ),
    # a post of no organisation names none
    ("정 대표는 회사를 이끌며 여러 직책을 지냈다.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), PAST)
def test_past_cues_name_the_organisation(sentence, expected):
    found = [org for org, _ in past_affiliations(sentence, sentence_tokens(sentence), [])]
    assert found == expected


DOERS = [
    # each bullet's subject does its own act
    (
        "▲가람모빌리티는 셔틀 8대를 운영하고 ▲햇살그리드는 태양광 설비를 구축한다.",
        "운영",
        ["셔틀"],
        ["가람모빌리티"],
    ),
    (
        "▲가람모빌리티는 셔틀 8대를 운영하고 ▲햇살그리드는 태양광 설비를 구축한다.",
        "구축",
        ["태양광"],
        ["햇살그리드"],
    ),
    # the act as a topic, done by the subject of a verb of duty
    (
        "관제 시스템은 별하정보통신이 만들고, 충전 설비 운영은 초록에너지가 맡는다.",
        "운영",
        ["충전"],
        ["초록에너지"],
    ),
    # a subject inside a clause modifying the object is not the act's
    ("가람은 누리가 만든 앱을 운영한다.", "운영", ["앱"], ["가람"]),
    ("가람은 누리가 만든 앱을 운영한다.", "만들", ["앱"], ["누리"]),
    # coordinated subjects, also across a clause modifying the last
    (
        "연구교수 출신인 민서하 대표와 다온클라우드에서 일했던 피재훈 CTO가 함께 세웠다.",
        "세우",
        [],
        ["민서하 대표", "피재훈 CTO"],
    ),
    # pairs sharing one verb: the pair that writes the asked words
    ("설계는 한빛건축이, 시공은 청석건설이 맡는다.", "맡", ["시공"], ["청석건설"]),
    ("설계는 한빛건축이, 시공은 청석건설이 맡는다.", "맡", ["설계"], ["한빛건축"]),
    # pairs of a subject and the post it is named to: the pair of the asked post
    (
        "문서윤 박사가 누리연구원장에, 도윤재 교수가 바다연구원장에 각각 임명됐다.",
        "-임명",
        ["누리연구원장"],
        ["문서윤 박사"],
    ),
    (
        "문서윤 박사가 누리연구원장에, 도윤재 교수가 바다연구원장에 각각 임명됐다.",
        "-임명",
        ["바다연구원장"],
        ["도윤재 교수"],
    ),
    # a clause that does not write what the question says the act is about names no doer
    ("무브케어는 재활 로봇 걸음 3을 개발했다.", "개발", ["루미", "CT"], []),
]


@pytest.mark.parametrize(("sentence", "act", "words", "expected"), DOERS)
def test_the_doer_is_the_subject_of_the_asked_act(sentence, act, words, expected):
    spans = doer_spans(sentence, sentence_tokens(sentence), act, words)
    assert [sentence[s:e] for s, e in spans] == expected


ACTS = [
    ("자율주행 셔틀을 운영하는 회사는?", ("운영", ["자율", "주행", "셔틀"])),
    ("천안 시티허브 만드는 곳 어디야?", ("만들", ["천안", "시티", "허브"])),
    ("누가 충전 설비를 운영하나?", ("운영", ["충전", "설비"])),
    # only the act's nearest argument must be in the doer's clause; "이번 인사" may be context
    ("이번 인사에서 전무로 승진한 사람은 누구누구야?", ("승진", ["전무"])),
    ("베타 테스트에 파트너로 참여하는 곳은?", ("참여", ["파트너"])),
    # the question writes the subject: its answer is the object, not a doer
    ("오픈AI가 개발한 모델은?", ("", [])),
    ("해솔로보틱스는 무엇을 만드나?", ("", [])),
    # where the act happens is no doer
    ("셔틀은 어디에서 운행하나?", ("", [])),
]


@pytest.mark.parametrize(("question", "expected"), ACTS)
def test_a_question_asks_for_the_doer_only_without_a_subject(question, expected):
    q = sentence_tokens(question)
    assert asks_doer(q, read_asked(q).wh_index) == expected


ACTS_NOT_ASKED = [
    # done together: the partner answers as well as the subject
    "잣대 2 공급 계약을 맺은 은행은 어디어디인가?",
    "충북도와 업무협약을 체결한 곳은?",
]


@pytest.mark.parametrize("question", ACTS_NOT_ASKED)
def test_an_act_done_together_asks_for_no_doer(question):
    q = sentence_tokens(question)
    assert asks_doer(q, read_asked(q).wh_index) == ("", [])


def test_the_voice_of_the_act_must_match():
    """ "투자받았다" says who was invested in, not who invested ("투자한 곳"); the receiving voice
    is its own: "이전받은 곳" is no subject of "기술이 이전됐다", the thing moved (trust46)."""
    text = "마루클라우드는 2023년 가람벤처스로부터 210억원을 투자받았다."
    toks = sentence_tokens(text)
    assert doer_spans(text, toks, "투자", []) == []
    assert [text[s:e] for s, e in doer_spans(text, toks, "+투자", [])] == ["마루클라우드"]
    moved = "가온대 기술이 누리정밀에 이전됐다."
    assert doer_spans(moved, sentence_tokens(moved), "+이전", []) == []
    q = sentence_tokens("수행기관으로 선정된 곳은?")
    assert asks_doer(q, read_asked(q).wh_index)[0] == "-선정"
