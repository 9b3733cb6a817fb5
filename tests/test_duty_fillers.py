"""The party that fills the duty a question asks (issue 13): "대표 주관사는?", "설계를 맡은
곳은?", "감리를 하는 회사는?" — news names several parties in several jobs in one sentence, and
the answer is the one written in the asked job, never its neighbour (search/duty_fillers.py).
Sentences and the article are our own, in the shapes read in real business and culture news;
real Kiwi, real e5 embeddings, real FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.answer_types import read_asked
from search.duty_fillers import asked_duty, duty_spans
from search.passages import sentence_tokens


def _duty(question: str):
    toks = sentence_tokens(question)
    asked = read_asked(list(toks))
    return asked_duty(toks, asked.wh_index, asked.head_index)


@pytest.mark.parametrize(
    ("question", "duty"),
    [
        # a role noun of a doer: its act, and the noun that says which
        ("누리바이오 상장의 대표 주관사는 어디야?", ("주관", "주관사", ("대표",))),
        ("신작 영화의 북미 배급사는?", ("배급", "배급사", ("북미",))),
        ("새 공장의 시공사는 어디인가?", ("시공", "시공사", ())),  # 공장의: whose, not which
        # the object of a verb of duty or a light verb
        ("공사 감리를 하는 회사는?", ("감리", "", ("공사",))),
        ("현지 조립을 맡는 회사는 어디인가?", ("조립", "", ("현지",))),
        ("매각 자문을 담당한 곳은?", ("자문", "", ("매각",))),
        # the topic whose doer the interrogative asks, a person's job before its kind
        ("새 드라마 연출은 누가 맡나?", ("연출", "", ("드라마",))),
        ("단지 조경 어디가 맡아?", ("조경", "", ("단지",))),
        ("이 영화의 음악 감독은 누구인가?", ("음악", "", ())),
    ],
)
def test_the_asked_duty_is_read_from_the_question(question, duty):
    assert _duty(question) == duty


@pytest.mark.parametrize(
    "question",
    [
        "시리즈B 투자를 주도한 투자사는?",  # who led (주도), asked by its own act
        "한빛전자의 협력사는 어디인가?",  # an act done together: the partner answers too
        "새 공장은 어디에 짓나?",  # no party asked
        "누리은행 신임 대표는 누구인가?",  # a title: read by search/titles.py
    ],
)
def test_no_duty_is_read_where_none_is_asked(question):
    assert _duty(question) is None


def _fillers(text: str, duty) -> list[str]:
    return [text[s:e] for s, e in duty_spans(text, sentence_tokens(text), [], duty)]


@pytest.mark.parametrize(
    ("text", "duty", "party"),
    [
        # in apposition with the role, the one of the asked kind
        (
            "공동 주관사인 가온증권과 대표 주관사 나래투자증권이 실사를 맡는다.",
            ("주관", "주관사", ("대표",)),
            "나래투자증권",
        ),
        (
            "공동 주관사인 가온증권과 대표 주관사 나래투자증권이 실사를 맡는다.",
            ("주관", "주관사", ("공동",)),
            "가온증권",
        ),
        # the topic of a verb of duty, one pair of several
        (
            "인테리어 설계는 소담디자인이, 현장 감리는 미소기술단이 맡는다.",
            ("설계", "", ()),
            "소담디자인",
        ),
        (
            "인테리어 설계는 소담디자인이 맡고 현장 감리는 미소기술단이 수행한다.",
            ("감리", "", ()),
            "미소기술단",
        ),
        # the object of a verb of duty, the duty made a verb, its agent in the passive
        ("이번 거래에서는 대명회계법인이 매각 자문을 담당했다.", ("자문", "", ()), "대명회계법인"),
        ("이 드라마는 국내에서 누리미디어가 배급한다.", ("배급", "배급사", ()), "누리미디어"),
        ("신작은 파랑게임즈를 통해 북미에 배급된다.", ("배급", "배급사", ()), "파랑게임즈"),
        # the one given the duty
        ("시청은 한빛기술단에 교량 안전 점검을 맡겼다.", ("점검", "", ()), "한빛기술단"),
        # the noun a clause of the duty describes
        ("예약 앱을 운영하는 초록랩스는 지난해 흑자를 냈다.", ("운영", "운영사", ()), "초록랩스"),
        (
            "조사를 맡은 누리교통연구원은 편익 비율을 0.9로 냈다.",
            ("조사", "", ()),
            "누리교통연구원",
        ),
        ("설계를 담당한 가온건축은 지난해 상을 받았다.", ("설계", "", ()), "가온건축"),
        # the one a client commissions, not the client
        ("청솔시는 누리교통연구원에 타당성 조사를 의뢰했다.", ("조사", "", ()), "누리교통연구원"),
    ],
)
def test_the_party_written_in_the_duty(text, duty, party):
    assert party in _fillers(text, duty)


def test_the_client_of_a_commissioned_duty_is_not_its_doer():
    assert "청솔시" not in _fillers(
        "청솔시는 누리교통연구원에 타당성 조사를 의뢰했다.", ("조사", "", ())
    )
    # a clause of the duty with its own subject: that subject, not the noun it describes
    assert _fillers("가온건축이 설계를 맡은 청사는 12층이다.", ("설계", "", ())) == ["가온건축"]


def test_a_duty_of_another_kind_fills_no_slot():
    text = "법률 자문은 법무법인 바른길이 맡았고, 회계 실사는 정안회계법인이 했다."
    assert _fillers(text, ("자문", "", ("기술",))) == []
    assert _fillers(text, ("자문", "", ("법률",))) == ["법무법인 바른길"]


ARTICLE = """누리건설, 1800억 원 규모 이천 물류센터 공사 수주
[한빛일보 기자] 중견 건설사 누리건설이 유통 기업 새봄마켓의 경기 이천 물류센터 신축 공사를 수주했다고 2일 밝혔다. 누리건설은 다음 달 착공해 2028년 말 공사를 마친다.
건물 설계는 온담건축이 맡았고, 공사 감리는 가람기술단이 수행한다.
자동 분류 설비는 독일 업체 소르텍이 공급하고, 보안 시스템 구축은 세움정보통신이 담당한다.
부지 매입의 법률 자문은 법무법인 바른길이 맡았다. 새봄마켓은 이 센터를 통해 수도권 당일 배송 물량을 두 배로 늘릴 계획이다. 누리건설 측은 "물류센터 시공 경험을 살리겠다"고 말했다.
"""


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리건설 물류센터 수주") as kb:
        yield kb


def test_the_firm_of_the_asked_duty_is_no_neighbour(kb):
    # the reader's belief goes to the contractor of the lead (누리건설) at 670adda
    ans = kb.ask("이천 물류센터 공사 감리를 하는 회사는?")
    assert "가람기술단" in (ans.answer or ""), ans.answer


def test_a_duty_of_a_kind_the_text_never_writes_is_unanswered(kb):
    # only 법률 자문 is written: answered "법무법인 바른길" (0.742) at 670adda
    assert kb.ask("물류센터 공사의 기술 자문을 맡은 곳은?").method == "none"
    assert "바른길" in (kb.ask("부지 매입의 법률 자문을 맡은 곳은?").answer or "")


STUDY = """청솔시 경전철 타당성 조사 착수…내년 6월 결과
[바른일보 기자] 청솔시가 도심 경전철 건설을 위한 타당성 조사에 착수했다고 3일 밝혔다.
조사를 맡은 누리교통연구원은 내년 6월까지 수요 예측과 경제성 분석을 마친다.
노선은 청솔역에서 시청을 거쳐 산업단지까지 12㎞ 구간이다.
개통 뒤 운영은 청솔시 산하 청솔도시공사가 맡는 방안이 검토되고 있다.
"""


@pytest.fixture(scope="module")
def study_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, STUDY, "study", "청솔시 경전철 타당성 조사") as kb:
        yield kb


def test_the_body_that_carries_out_the_study_is_the_one_written_in_it(study_kb):
    # "조사를 맡은 A는": A, not the operator of "운영은 B가 맡는" (round 30's 예타 question)
    ans = study_kb.ask("청솔시 경전철 타당성 조사를 맡은 기관은?")
    assert ans.answer == "누리교통연구원", ans
    assert ans.evidence[0].text.startswith("조사를 맡은")


LISTING = """바로페이, 다음 달 코스닥 상장…공모가 1만 8천 원 확정
[한빛일보 기자] 간편결제 기업 바로페이가 공모가를 희망 범위 상단인 1만 8천 원으로 확정했다고 5일 밝혔다.
공모 금액은 540억 원이다. 대표 주관사는 한결투자증권이, 공동 주관사는 누리증권이 맡았다.
회계 자문은 바른회계법인이 맡았다. 일반 청약은 다음 달 2일부터 이틀간 진행된다.
"""


@pytest.fixture(scope="module")
def listing_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, LISTING, "listing", "바로페이 코스닥 상장") as kb:
        yield kb


def test_the_lead_and_co_slots_of_a_role_write_the_asked_kind_of_it(listing_kb):
    # "대표"/"공동" say which holder, not which duty: the unstated-duty check withdrew both
    # firms for "상장 주관사" (r14-fintechipo's miss at 072ce7ae)
    ans = listing_kb.ask("바로페이 상장 주관사는 어디 어디인가?")
    assert "한결투자증권" in (ans.answer or ""), ans
    # asked a holder itself, another holder is no answer: only one 공동 주관사 is written
    assert listing_kb.ask("바로페이의 단독 주관사는 어디인가?").method == "none"
    # a noun of another kind still withholds: only 회계 자문 is written
    assert listing_kb.ask("바로페이의 기술 자문을 맡은 곳은?").method == "none"
