"""Confident answers about the wrong thing (issue 13), each shape in several forms journalists
write it: the receiver of a transfer ("A가 B에 기술을 이전", "B는 A로부터 기술을 이전받아": 이전
is no "before"), an institute written after its parent ("한국기계연구원 수소연구센터", "서울대
의대"), a model code after its maker ("에어버스(Airbus) A321neo"), a place given by a better-known
one near it ("뮌헨 근교 프라이징"), a founder's date of what it founded ("X가 2022년 세운 법인":
no founding date of X), the price of a stake ("지분을 얼마에 인수하나": no "40%"), what a model
stands on ("X의 바탕이 된 모델": no model built on X).  Real Kiwi, real e5 embeddings, real FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from search.doers import asks_doer
from search.passages import sentence_tokens

CASES = [
    (
        "nuri",
        "가온대 수소 저장 기술, 누리정밀에 이전\n"
        "가온대학교 기계공학과 진하람 교수팀이 개발한 수소 저장 합금 기술이 부품기업 누리정밀에 "
        "이전됐다. 누리정밀은 가온대로부터 기술을 이전받아 내년부터 양산한다. 누리정밀은 시험 평가를 "
        "한국기계연구원 수소연구센터와 함께 1년간 진행했다. 생산은 누리정밀이 2022년 세운 베트남 "
        "법인 누리비나가 맡는다.",
    ),
    (
        "solbit",
        "솔빛제약, 독일에 연구소 열어\n"
        "솔빛제약은 독일 뮌헨 근교 프라이징에 신약 연구소를 열었다고 밝혔다. 솔빛제약은 비만 치료 "
        "후보물질을 서울대 의대 연구팀과 함께 발굴했다. 솔빛제약은 2020년 미국 보스턴에 현지 법인 "
        "솔빛USA를 설립했다.",
    ),
    (
        "baram",
        "바람에어, 김해~세부 노선 취항\n"
        "저비용항공사 바람에어는 다음 달부터 김해~세부 노선에 에어버스(Airbus) A321neo 항공기를 "
        "투입한다. 바람에어는 2019년 설립된 항공사로 항공기 14대를 운영한다. 정비는 바람에어가 "
        "2021년 설립한 자회사 바람테크닉스가 맡는다.",
    ),
    (
        "doram",
        "도담홀딩스, 가람바이오 인수\n"
        "도담홀딩스는 사모펀드 솔숲파트너스가 가진 가람바이오 지분 40%를 1200억 원에 인수한다고 "
        "밝혔다. 가람바이오는 지난해 매출 310억 원을 올렸다.",
    ),
    (
        "nurik",
        "누리봇, 상담 에이전트 '누리콜' 출시\n"
        "누리봇은 콜센터 상담 에이전트 '누리콜'을 출시했다. 누리콜은 누리봇이 자체 개발한 언어모델 "
        "'누리-5B'를 기반으로 하며, 누리-5B는 알리바바의 오픈소스 모델 큐웬 2를 상담 데이터로 추가 "
        "학습해 만들었다. 누리봇은 내년에 누리-5B를 바탕으로 한 번역 앱 '누리링고'도 낸다.",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "asked-things") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want", "never"),
    [
        # a transfer's receiver, asked with 이전받은 / 이전한: no "where did X work before"
        ("진하람 교수팀의 기술을 이전받은 회사는?", "누리정밀", "가온대"),
        ("가온대가 수소 저장 기술을 이전한 기업은?", "누리정밀", "가온대"),
        ("진하람 교수 기술이전을 받은 업체는?", "누리정밀", "가온대"),
        # the unit written after its parent body answers, with its parent
        ("누리정밀이 시험 평가를 함께 진행한 기관은?", "수소연구센터", None),
        ("솔빛제약이 후보물질을 함께 발굴한 곳은?", "서울대 의대", None),
        # the type is the code, never the maker written before it
        ("김해~세부 노선에 투입되는 항공기 기종은?", "A321neo", "에어버스"),
        # the place the sentence gives, past the better-known city near it
        ("솔빛제약 신약 연구소는 독일 어디에 있나?", "프라이징", None),
    ],
)
def test_the_asked_thing_not_its_neighbour(kb, question, want, never):
    ans = kb.ask(question)
    assert ans.answer and want in ans.answer, (ans.answer, ans.method, ans.confidence)
    assert never is None or never not in ans.answer.replace(want, ""), ans.answer


@pytest.mark.parametrize(
    "question",
    ["누리-5B의 바탕이 된 모델은?", "누리-5B의 기반 모델은?", "누리-5B는 어떤 모델의 토대인가?"],
)
def test_what_a_thing_stands_on_is_never_what_is_built_on_it(kb, question):
    """ "X의 바탕이 된 모델" asks the object of BASED_ON(X, ?): 누리콜 and 누리링고, built on
    누리-5B (the graph's edges run from them to it), never answer it."""
    ans = kb.ask(question)
    if ans.answer and ans.confidence >= 0.5:
        assert "누리콜" not in ans.answer and "누리링고" not in ans.answer, (
            ans.answer,
            ans.method,
            ans.confidence,
        )


@pytest.mark.parametrize(
    ("question", "want"),
    [("누리콜의 기반 모델은?", "누리-5B"), ("누리-5B를 기반으로 한 앱은?", "누리")],
)
def test_the_edges_in_their_own_direction_still_answer(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer and want in ans.answer, (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    "question",
    [
        "도담홀딩스는 가람바이오 지분을 얼마에 인수하나?",
        "솔숲파트너스는 가람바이오 지분을 얼마에 팔았나?",
        "가람바이오 지분은 얼마에 팔렸어?",
    ],
)
def test_a_price_asked_with_a_stake_is_money_no_share(kb, question):
    """얼마에 with a verb of buying or selling asks the price, whatever noun is asked about
    ("지분을 얼마에": no "40%")."""
    ans = kb.ask(question)
    assert ans.answer and "1200억" in ans.answer, (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    "question", ["누리정밀은 언제 설립됐나?", "솔빛제약은 언제 설립됐나?", "바람에어 설립 연도는?"]
)
def test_a_founders_date_of_what_it_founded_is_no_founding_of_its_own(kb, question):
    ans = kb.ask(question)
    if question.startswith("바람에어"):  # a guard: "바람에어는 2019년 설립된" is its own
        assert ans.answer and "2019" in ans.answer, (ans.answer, ans.method)
        return
    assert not ans.answer or not any(y in ans.answer for y in ("2020", "2022")), (
        ans.answer,
        ans.method,
        ans.confidence,
    )


def test_the_receiving_voice_is_no_passive():
    """ "이전받은 곳" asks the receiver: the subject of "이전받았다", never of "이전됐다" (the thing
    moved)."""
    assert asks_doer(sentence_tokens("기술을 이전받은 회사는?"), -1)[0] == "+이전"
    assert asks_doer(sentence_tokens("수행기관으로 선정된 곳은?"), -1)[0] == "-선정"
    assert asks_doer(sentence_tokens("셔틀을 운영하는 회사는?"), -1)[0] == "운영"
