"""An answer whose own clause does not fit what the question qualifies keeps its text but not
a confident score (search/answer_agreement.py).  Held-out round 27 answered at 0.8-1.0 a percent
change of exports for a question on imports, another county's head for "X군수는 누구인가?", the
company's founding year for "when will it halt", the district of another bank's head office and
a ministry for the body under it; dev round 27 a year of a licence bought in America for
"when is it launched in Japan".  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from search.answer_agreement import agreement_capped, disagreement
from search.resource_tables import resource_table
from search.results import Answer, Hit

TRADE = "지난달 수출은 1년 전보다 6.2% 늘었고, 수입은 3.1% 줄었다."
SALES = "매출은 전월보다 4% 늘었고 전년 같은 달보다는 12% 늘었다."
COUNTY = '정미란 보은군수는 "복구를 서두르겠다"고 말했다.'
POST = "한지석 대표는 새 법인의 최고재무책임자(CFO)를 맡는다."
FAIR = "박람회는 해솔시가 주최하고 누리진흥원이 주관한다."
PLANT = "2009년 문을 연 가온제약은 내년 6월 새 공장을 가동할 예정이다."
BANK = "부산에 본사를 둔 해람은행은 지점 12곳을 운영한다."
UNDER = "행사 운영은 보건부 산하 누리건강센터가 맡는다."

OUTBREAK = "올해 보고된 독감 환자는 1천240명으로 늘었고, 이 가운데 3명이 숨졌다."
FLOOD = "이번 폭우로 이재민 420명이 생겼고 부상자는 15명으로 집계됐다."

EARNINGS = "다온식품은 1분기 1,120억원의 매출에 41억원의 영업이익을 냈다."
SPLIT = "상반기 매출은 9400억원으로 국내 매출 3100억원, 수출 6300억원으로 나뉜다."


@pytest.mark.parametrize(
    ("question", "answer", "sentence", "check"),
    [
        # the figure's clause is about another measure or another base
        ("지난달 수입은 몇 % 줄었나?", "6.2%", TRADE, "measure"),
        ("매출은 전년 대비 몇 % 늘었나?", "4%", SALES, "measure"),
        # the measure the figure is written of ("…의 매출에 41억원의 영업이익"), not the last before
        ("다온식품의 1분기 영업이익은?", "1,120억원", EARNINGS, "measure"),
        ("상반기 수출은 얼마인가?", "3100억원", SPLIT, "measure"),  # the word right before it
        # a post they hold now, not the one the clause names them to
        (
            "한별화재 사장은 누구인가?",
            "윤서진",
            "윤서진 한별캐피탈 사장은 이날 자리에 없었다.",
            "title",
        ),
        # another county's head, another post taken, another act done
        ("옥천군수는 누구인가?", "정미란", COUNTY, "title"),
        ("옥천군수는 누구인가?", "정미란 보은군수", COUNTY, "title"),  # the title in the answer
        ("새 법인 대표는 누가 맡나?", "한지석", POST, "post"),
        ("박람회 주관 기관은 어디인가?", "해솔시", FAIR, "act"),
        # a past date for a time still to come
        ("가온제약은 새 공장을 언제 가동하나?", "2009년", PLANT, "tense"),
        ("When will 가온제약 start its new plant?", "2009년", PLANT, "tense"),
        # the date of the act done elsewhere: the asked place is nowhere in the date's sentence
        ("가온제약은 베트남에 언제 공장을 짓나?", "내년 6월", PLANT, "place"),
        # the place of another bank's clause; the parent of the body that runs it
        ("가온은행 본사는 어디에 있나?", "부산", BANK, "owner"),
        ("행사 운영 기관은 어디인가?", "보건부", UNDER, "owner"),
        # a count of one kind of people answered by a count of another
        ("올해 독감으로 숨진 사람은 몇 명인가?", "1천240명", OUTBREAK, "counted"),
        ("이번 폭우 사망자는 몇 명인가?", "420명", FLOOD, "counted"),
        ("이번 폭우로 다친 사람은 몇 명이야?", "420명", FLOOD, "counted"),
    ],
)
def test_a_disagreeing_answer_is_flagged(question, answer, sentence, check):
    assert disagreement(question, answer, sentence) == check


@pytest.mark.parametrize(
    ("question", "answer", "sentence"),
    [
        ("지난달 수입은 몇 % 줄었나?", "3.1%", TRADE),
        ("지난달 수출은 1년 전보다 몇 % 늘었나?", "6.2%", TRADE),
        ("매출은 전년 대비 몇 % 늘었나?", "12%", SALES),
        # the subject's measure, not one in an adverbial phrase ("반도체 가격 상승에 힘입어")
        (
            "올해 수출은 몇 % 늘었나?",
            "9.4%",
            "경북의 올해 수출이 반도체 가격 상승에 힘입어 9.4% 늘었다.",
        ),
        ("다온식품의 1분기 영업이익은?", "41억원", EARNINGS),
        ("상반기 수출은 얼마인가?", "6300억원", SPLIT),  # not the topic 매출은
        # the clause names them to the asked post
        (
            "한별화재 사장으로 내정된 사람은?",
            "윤서진",
            "윤서진 한별캐피탈 사장을 한별화재 사장으로 내정했다.",
        ),
        ("보은군수는 누구야?", "정미란", COUNTY),
        ("보은군수는 누구야?", "정미란 보은군수", COUNTY),
        # the answer's own name before the title binds no place
        ("누리봇 대표는 누구야?", "한도윤", "누리봇은 2020년 한도윤 대표가 세운 회사다."),
        ("한빛전자 대표는 누구인가?", "라이언 피셔", "라이언 피셔 한빛전자 대표가 말했다."),
        (
            "가온제약은 베트남에 언제 공장을 짓나?",
            "내년 6월",
            "가온제약은 내년 6월 베트남에 공장을 짓는다.",
        ),
        ("새 법인 최고재무책임자는 누가 맡나?", "한지석", POST),
        ("박람회 주관 기관은 어디인가?", "누리진흥원", FAIR),
        ("가온제약은 새 공장을 언제 가동하나?", "내년 6월", PLANT),
        ("가온제약은 언제 문을 열었나?", "2009년", PLANT),
        ("해람은행 본사는 어디에 있나?", "부산", BANK),
        ("행사 운영 기관은 어디인가?", "누리건강센터", UNDER),
        # the count's own clause writes the kind asked (a part of a group of another kind too)
        ("올해 독감으로 숨진 사람은 몇 명인가?", "3명", OUTBREAK),
        ("올해 독감 환자는 몇 명인가?", "1천240명", OUTBREAK),
        ("이번 폭우로 다친 사람은 몇 명이야?", "15명", FLOOD),
        ("이번 폭우 이재민은 몇 명인가?", "420명", FLOOD),
        # no kind of people asked: any count may answer
        ("올해 독감으로 몇 명이 입원했나?", "1천240명", OUTBREAK),
        ("누리건강센터는 어느 부처 산하인가?", "보건부", UNDER),
        # a figure is no place of another body's clause
        (
            "수수료 상한은 몇 %로 오르나?",
            "4%",
            "수수료 상한은 2%에서 4%로, 부당한 공동행위는 더 오른다.",
        ),
        # a plan's start is no plan still to come; 인용 is not the act asked, 무산 not asked
        ("가온제약의 공장 계획이 처음 나온 시기는?", "2019년", "공장 계획은 2019년 처음 나왔다."),
        (
            "합병 무산을 보도한 신문은?",
            "누리일보",
            "누리일보는 업계 관계자를 인용해 합병이 무산됐다고 보도했다.",
        ),
    ],
)
def test_an_agreeing_answer_is_not(question, answer, sentence):
    assert disagreement(question, answer, sentence) == ""


def test_the_answer_written_twice_agrees_where_one_clause_fits():
    sentence = "다온랩이 센서를 개발했으며, 한빛전자는 2023년 다온랩에 투자했다."
    assert disagreement("한빛전자는 어디에 투자했나?", "다온랩", sentence) == ""


def _answer(text: str, sentence: str, confidence: float) -> Answer:
    hit = Hit(sentence_id="plant#1", doc_id="plant", text=sentence, score=1.0)
    return Answer(
        question="",
        answer=text,
        evidence=[hit],
        method="sentence",
        confidence=confidence,
        answer_type="date",
    )


def test_a_disagreeing_answer_keeps_its_text_under_the_cap():
    cap = resource_table("answer_agreement.toml")["cap"]
    capped = agreement_capped("가온제약은 새 공장을 언제 가동하나?", _answer("2009년", PLANT, 0.95))
    assert capped.answer == "2009년" and capped.confidence == cap < 0.8
    kept = agreement_capped("가온제약은 새 공장을 언제 가동하나?", _answer("내년 6월", PLANT, 0.95))
    assert kept.confidence == 0.95
