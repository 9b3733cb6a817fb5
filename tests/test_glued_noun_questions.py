"""A question typed as into a search box — one glued run of nouns ("수두해외감염환자수",
"누리마켓환불대기금액"), or its words without particles ("미정산 대금 얼마야?") — gets the answer
its spaced, particled form gets: the run is spaced at its nouns when it names nothing known
(search/question_repair.py), the noun right before a bare 얼마 is the head of what is asked
(search/question_heads.py), and the words news writes an asked noun with count as writing it
([qualifiers.alike]: 득표 as "표를 얻어", 대기 as "기다리는").  A 미정산 (unsettled) sum is no
sum the text withholds as 미정 (undecided) (search/stated_support.py).  Real Kiwi, e5, FAISS;
the articles are our own."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

CASES = [
    (
        "swim",
        "부산, 2030년 세계수영선수권 유치\n"
        "부산시는 국제수영연맹 총회 결선 투표에서 전체 160표 가운데 88표를 얻어 개최지로 "
        "뽑혔다. 경쟁 도시인 캐나다 밴쿠버는 72표에 그쳤다. 대회 운영비는 480억 원으로 "
        "추산된다.",
    ),
    (
        "shop",
        "오픈마켓 누리마켓, 판매대금 못 줘\n"
        "누리마켓 운영사가 파악한 미정산 대금은 540억 원이다. 소비자가 환불을 기다리는 금액도 "
        "75억 원으로 집계됐다. 운영사는 미정산 대금을 투자 유치로 갚겠다고 밝혔다. 누리마켓의 "
        "올해 1~3분기 누적 영업손실은 95억 원으로 지난해 같은 기간보다 늘었다.",
    ),
    (
        "rice",
        "산지 쌀값 1년 새 7% 내려\n"
        "산지 쌀값은 지난 10일 기준 80㎏에 17만 9000원으로 1년 전보다 7.1% 낮다. 정부는 햅쌀 "
        "15만t을 사들이기로 했다. 가람식품의 최대주주는 가람홀딩스로, 지분 42.5%를 갖고 있다. "
        "2대 주주인 누리캐피탈의 지분은 11.3%다.",
    ),
    (
        "fine",
        "공정위, 숙박 앱 '쉼표' 자사 우대 제재\n"
        "공정거래위원회는 숙박 예약 앱 '쉼표'를 운영하는 다온링크㈜가 검색 결과에서 자회사 "
        "숙소를 우대한 행위에 대해 시정명령과 과징금 52억 원을 부과한다고 3일 밝혔다. "
        "다온링크는 2019년 쉼표를 출시했다.",
    ),
    (
        "pox",
        "수두 환자 120명으로 늘어\n"
        "올해 국내 수두 환자가 120명으로 늘었다. 이 가운데 45명은 해외에서 감염된 뒤 입국한 "
        "환자였다. 질병관리청은 예방접종을 당부했다.",
    ),
]

#: (glued, spaced, a piece of the answer, the kind asked)
PAIRS = [
    ("부산결선투표득표수", "부산 결선투표 득표수는?", "88표", "number"),
    ("누리마켓환불대기금액", "누리마켓 환불 대기 금액은?", "75억", "money"),
    ("누리마켓미정산대금", "누리마켓 미정산 대금은?", "540억", "money"),
    ("수두해외감염환자수", "수두 해외 감염 환자 수는?", "45명", "number"),
    ("세계수영선수권운영비", "세계수영선수권 운영비는?", "480억", "money"),
    # 최대주주 stays one noun: "최대 주주" would ask the largest of the holders' stakes
    ("가람식품최대주주지분율", "가람식품 최대주주 지분율은?", "42.5%", "number"),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "glued") as kb:
        yield kb


@pytest.mark.parametrize(("glued", "spaced", "answer", "kind"), PAIRS)
def test_a_glued_question_is_answered_as_its_spaced_form(kb, glued, spaced, answer, kind):
    got, want = kb.ask(glued), kb.ask(spaced)
    assert answer in (want.answer or ""), (want.answer, want.confidence)
    assert got.answer == want.answer, (got.answer, got.confidence, want.answer)
    assert got.answer_type == want.answer_type == kind
    assert got.question == glued  # the question as typed is what the user sees


@pytest.mark.parametrize(
    "question",
    [
        "누리마켓 미정산 대금은 얼마입니까?",  # 합쇼체
        "누리마켓 미정산 대금은 얼마예요?",  # 해요체
        "누리마켓 미정산 대금 얼마야?",  # 반말, no particle
        "누리마켓 미정산 대금 얼마",  # a search box's words
    ],
)
def test_a_sum_is_asked_as_money_in_every_speech_level(kb, question):
    got = kb.ask(question)
    assert got.answer_type == "money", got.answer_type
    assert "540억" in (got.answer or ""), (got.answer, got.confidence)


@pytest.mark.parametrize(
    "question", ["누리마켓 1~3분기 누적 영업손실", "누리마켓1~3분기누적영업손실"]
)
def test_a_range_after_a_name_is_no_version_of_it(kb, question):
    # "누리마켓 1~3분기" opens a range of quarters: no 누리마켓 1 the text never names
    got = kb.ask(question)
    assert "95억" in (got.answer or ""), (got.answer, got.confidence)


@pytest.mark.parametrize(
    "question", ["다온링크 과징금 얼마야?", "다온링크 과징금은?", "다온링크과징금"]
)
def test_a_company_written_with_its_legal_form_is_the_one_asked(kb, question):
    # the fine is imposed on "다온링크㈜": the 다온링크 the question names, no other company
    got = kb.ask(question)
    assert "52억" in (got.answer or ""), (got.answer, got.confidence)


@pytest.mark.parametrize(
    "question",
    # 요즘, 지금 say this article's time, as 현재 does: no figure's sentence need write them
    ["요즘 산지 쌀값 얼마야?", "지금 산지 쌀값은 얼마예요?", "현재 산지 쌀값은?"],
)
def test_a_colloquial_now_is_no_qualifier_the_text_must_write(kb, question):
    got = kb.ask(question)
    assert "17만 9000원" in (got.answer or ""), (got.answer, got.confidence)


@pytest.mark.parametrize(
    ("question", "kind", "head"),
    [
        ("삼성 영업이익 얼마", "money", "영업이익"),
        ("세계수영선수권 운영비 얼마냐", "money", "운영비"),
        ("수두 환자 수 얼마", "number", "수"),
        # as the topic of "기본요금은 얼마로 오르나?" and "코스피는 얼마에 마감했나?" is
        ("대전 시내버스 기본요금 얼마로 올라?", "money", "요금"),
        ("이날 코스피 얼마에 마감", "money", "코스피"),
    ],
)
def test_the_noun_before_a_bare_amount_interrogative_is_its_head(question, kind, head):
    from search.answer_types import read_asked
    from search.passages import sentence_tokens

    asked = read_asked(list(sentence_tokens(question)))
    assert (asked.kind, asked.head) == (kind, head)


@pytest.mark.parametrize(
    ("question", "repaired"),
    [
        ("수두해외감염환자수", "수두 해외 감염 환자수"),
        ("코스닥종가", "코스닥 종가"),
        ("가람식품최대주주지분율", "가람식품 최대주주 지분율"),
        ("수두해외감염환자수는?", "수두 해외 감염 환자수는?"),
        # a compound the question is read by stays whole, and a question of words is left
        ("설립연도", "설립연도"),
        ("누가회사를세웠나", "누가회사를세웠나"),
        # only a question typed as one word: a glued word among spaced ones is as typed
        ("수두 해외감염환자수", "수두 해외감염환자수"),
    ],
)
def test_a_question_typed_as_one_run_of_nouns_is_spaced_at_them(kb, question, repaired):
    from search.question_repair import repair_question

    snap = kb.snapshot()
    assert repair_question(question, snap.extraction, snap.names) == repaired
