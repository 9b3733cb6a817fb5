"""A terse headline question ending on a measure noun no [heads] entry lists ("상업운전 시작",
"최대 체공시간", "환불 대상") asks a date, a length of time or a count of people, and the figure
the text writes right after that noun answers it (search/measure_nouns.py,
search/measure_fits.py).  Real Kiwi, real e5 embeddings, real FAISS; the article and its names
are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from candidate_inputs import Passage, Passages, candidate, read

from search.measure_fits import measured, period_end
from search.measure_nouns import after_noun, kind_of_measure, measure_of
from search.reader import Candidate

ARTICLE = (
    "보라해상풍력 2031년 상업운전\n"
    "(목포=가온뉴스) 도하린 기자 = 전남 진도 앞바다에 들어서는 보라해상풍력 단지가 2031년 상업운전을 "
    "시작한다고 14일 밝혔다. 사업비는 모두 3조1천억 원이다. "
    "단지에 쓰일 점검용 무인선 바다새는 한 번 충전으로 최대 42시간 동안 바다에 떠 있다. "
    "지역 주민 가운데 발전 수익을 나눠 받는 대상은 2천400명이며, 공사에는 하루 300명이 투입된다. "
    "주민 투표의 찬성률은 64.8%였고 투표율은 81.2%였다. "
    "접속 설비 예산도 2천억 원에서 2천600억 원으로 늘었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bora", "보라해상풍력 2031년 상업운전") as kb:
        yield kb


@pytest.mark.parametrize(
    ("noun", "measure"),
    [
        ("시작", "date"),  # listed whole
        ("접수시작", "date"),  # Kiwi's last morpheme: 접수/시작
        ("체공시간", "duration"),  # Kiwi keeps it whole: the listed noun it ends on
        ("환불대상", "people"),
        ("단가", "money"),
        ("사업규모", "number"),
        ("회사", ""),  # no measure
        ("시", ""),  # one syllable: no listed noun it ends on
        ("", ""),
    ],
)
def test_measure_of(noun, measure):
    assert measure_of(noun) == measure


def test_kind_of_measure():
    assert [kind_of_measure(n) for n in ("개통", "운영기간", "가입자", "이름")] == [
        "date",
        "number",
        "number",
        "",
    ]


@pytest.mark.parametrize(
    ("before", "noun", "named"),
    [
        ("합병 찬성률은 ", "찬성률", True),
        ("순이익률도 ", "순이익률", True),
        ("지원 규모는 최대 ", "규모", True),  # a link word and a particle
        ("통과시간이", "시간", True),  # no space
        ("찬성률과 투표율은 ", "찬성률", False),  # another noun names it
        ("시간을 들여 ", "시간", False),
        ("찬성률은 ", "", False),  # no noun asked
    ],
)
def test_after_noun(before, noun, named):
    assert after_noun(before, noun) is named


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("보라해상풍력 상업운전 시작", "date"),
        ("보라해상풍력상업운전시작", "date"),
        ("바다새 최대 체공시간", "number"),
        ("수익 배분 대상", "number"),
        ("수익 배분 대상은?", "thing"),  # a particle at its end: no headline, may be a phrase
        ("수익 배분 대상은 누구인가?", "person"),  # an interrogative decides, as before
        ("찬성률은 얼마인가?", "number"),
        ("신설 열차 도착 시간", "date"),  # 시간 after a moment: a time of day
        ("마을버스 첫차 시간", "date"),  # the moment glued: 첫/MM 차/NNG
        ("마을버스 운행종료시간", "date"),
        ("무인선 통과 시간", "number"),  # a length of time
    ],
)
def test_a_headline_measure_is_asked(question, kind):
    """At 3f1f5c9 the headlines ending on 시작, 체공시간 and 대상 asked a thing."""
    assert read(question)[1].kind == kind


SENTENCE = "주민 투표의 찬성률은 64.8%였고 지난해 투표율은 81.2%였다."


def _input(sentence: str = SENTENCE, question: str = "주민 투표 찬성률") -> Passages:
    ri = Passages([Passage(sentence)])
    ri.reading = read(question)[0]  # its tokens, as the reader's question reading has them
    return ri


def test_the_figure_after_the_noun_is_kept():
    _, asked = read("주민 투표 찬성률")
    cands = [candidate(SENTENCE, "81.2%", 0.6), candidate(SENTENCE, "64.8%", 0.3)]
    assert [c.text for c in measured(asked, cands, _input())] == ["64.8%"]


def test_an_interrogative_or_a_name_asked_is_left_alone():
    cands = [candidate(SENTENCE, "64.8%", 0.3)]
    assert measured(read("찬성률은 얼마인가?")[1], cands, _input()) == []
    assert measured(read("주민 투표 진행자")[1], cands, _input()) == []  # a person asked
    assert measured(read("주민 투표 찬성률")[1], [], _input()) == []


def test_a_figure_written_after_another_name_is_not_named():
    """ "찬성률은 갑농협 78.2%, 을농협 71.5%": the figure after 찬성률 is the first one's."""
    sentence = "찬성률은 갑농협 78.2%, 을농협 71.5%였다."
    _, asked = read("을농협 찬성률")
    cands = [candidate(sentence, "갑농협 78.2%", 0.5), candidate(sentence, "71.5%", 0.3)]
    assert measured(asked, cands, _input(sentence, "을농협 찬성률")) == []


def test_the_figure_a_change_starts_from_is_not_named():
    sentence = "접속 설비 공사비도 2천억 원에서 2천600억 원으로 늘었다."
    _, asked = read("접속 설비 공사비")
    cands = [candidate(sentence, "2천억 원", 0.5), candidate(sentence, "2천600억 원", 0.3)]
    assert measured(asked, cands, _input(sentence, "접속 설비 공사비")) == []


def test_a_candidate_without_a_span_or_a_number_is_not_named():
    _, asked = read("주민 투표 찬성률")
    no_span = Candidate("64.8%", 0, None, {}, probability=0.4)
    words = candidate("찬성률은 높았다", "높았다", 0.4)
    assert measured(asked, [no_span, words], _input("찬성률은 높았다")) == []


def test_a_count_of_people_is_counted_in_myeong():
    """ "수익 배분 대상" keeps the figures counted in 명; none named by 대상 itself here."""
    sentence = "수익을 나눠 받는 주민은 2천400명이며 배분액은 12억 원이다."
    _, asked = read("수익 배분 대상")
    cands = [candidate(sentence, "12억 원", 0.6), candidate(sentence, "2천400명", 0.2)]
    assert [c.text for c in measured(asked, cands, _input(sentence, "수익 배분 대상"))] == [
        "2천400명"
    ]
    no_people = [candidate(sentence, "12억 원", 0.6)]
    assert measured(asked, no_people, _input(sentence, "수익 배분 대상")) == []


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("보라해상풍력상업운전시작", "2031년"),
        ("주민 투표 찬성률", "64.8%"),
    ],
)
def test_the_headline_is_answered(kb, question, figure):
    """At 3f1f5c9 the first asked a thing and a name or an amount answered it."""
    ans = kb.ask(question)
    assert figure in (ans.answer or "")


def test_a_listed_head_is_left_to_the_reader():
    """ "수요예측 경쟁률" over "일반 청약 경쟁률은 1천 102대 1": the text writes a listed head
    for other things too (the dev gold lost 8 answers when this rule read them)."""
    sentence = "일반 청약 경쟁률은 1천 102대 1이었다."
    _, asked = read("볼트 수요예측 경쟁률")
    ri = _input(sentence, "볼트 수요예측 경쟁률")
    assert measured(asked, [candidate(sentence, "1천 102대 1", 0.4)], ri) == []


def test_a_figure_before_another_figure_is_not_named():
    """ "찬성률은 2차 64.8%": the figure right before another one qualifies it."""
    sentence = "찬성률은 2차 64.8%였다."
    _, asked = read("주민 투표 찬성률")
    assert (
        measured(asked, [candidate(sentence, "2차", 0.4)], _input(sentence, "주민 투표 찬성률"))
        == []
    )


def test_a_listed_head_written_onto_a_noun_is_that_noun():
    """ "상장사 순이익률" is read with the listed head 이익률 (Kiwi: 순이익/률); the text's
    "순이익률도 7.81%" names it, "영업이익률은 9.4%" does not."""
    sentence = "영업이익률은 9.4%, 순이익률도 7.81%로 올랐다."
    question = "상장사 순이익률"
    _, asked = read(question)
    cands = [candidate(sentence, "9.4%", 0.6), candidate(sentence, "7.81%", 0.3)]
    assert [c.text for c in measured(asked, cands, _input(sentence, question))] == ["7.81%"]


def test_a_question_ending_on_a_particle_is_left_alone():
    """ "찬성률은?" reads its own frame: KorQuAD's dev half writes such questions."""
    question = "주민 투표 찬성률은?"
    _, asked = read(question)
    cands = [candidate(SENTENCE, "64.8%", 0.3)]
    assert measured(asked, cands, _input(SENTENCE, question)) == []


RANGE = "접수는 3일부터 17일까지 받는다."


def test_a_period_end_asked_is_the_end_of_the_range():
    """ "체험단 신청 마감" over "3일부터 17일까지": 17일, with the start's belief."""
    question = "체험단 신청 마감"
    _, asked = read(question)
    start, end = candidate(RANGE, "3일", 0.6), candidate(RANGE, "17일", 0.2)
    kept = period_end(asked, [start], [start, end], _input(RANGE, question))
    assert [(c.text, c.probability) for c in kept] == [("17일", 0.6)]


def test_a_period_end_without_the_other_end_keeps_the_candidate():
    question = "체험단 신청 마감"
    _, asked = read(question)
    start = candidate(RANGE, "3일", 0.6)
    assert period_end(asked, [start], [start], _input(RANGE, question)) == [start]
    words = candidate(RANGE, "접수는", 0.1)  # closed by no 부터
    assert period_end(asked, [words], [words], _input(RANGE, question)) == [words]


@pytest.mark.parametrize(
    "question", ["체험단 신청 시작", "체험단 신청 마감은 언제인가?", "체험단 신청 인원"]
)
def test_no_period_end_asked_is_left_alone(question):
    """A start asked, a question with an interrogative, or no date asked."""
    _, asked = read(question)
    start, end = candidate(RANGE, "3일", 0.6), candidate(RANGE, "17일", 0.2)
    assert period_end(asked, [start], [start, end], _input(RANGE, question)) == [start]


def test_a_start_of_no_period_keeps_the_candidate():
    """ "3일부터 17곳에서 받는다" starts no period: no 까지 closes what follows."""
    sentence = "접수는 3일부터 17곳에서 받는다."
    question = "체험단 신청 마감"
    _, asked = read(question)
    start, other = candidate(sentence, "3일", 0.6), candidate(sentence, "17곳", 0.2)
    assert period_end(asked, [start], [start, other], _input(sentence, question)) == [start]
