"""A person asked by an office is answered only by a person the text writes in it
(search/own_titles.py, issue 13): a union's branch head and a reporter are no 홍보팀장, the
branch head of one company no branch head of another written in another paragraph.  Near
misses are still answered: the office written after the name, the office named before the
person ("신임 대표이사에 ... 선임").
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.own_titles import asked_offices, own_title
from search.question import Question

ARTICLE = (
    "누리온게임즈 노사 교섭 결렬…노조 쟁의 예고\n"
    "(서울=한빛뉴스) 모가람 기자 = 게임사 누리온게임즈의 노사 교섭이 결렬됐다.\n"
    "누리온게임즈 노동조합 지회는 지난 12일 사측과의 7차 교섭이 합의 없이 끝났다고 밝혔다. "
    '차윤재 누리온게임즈지회장은 "회사가 책임을 떠넘기고 있다"며 쟁의를 예고했다.\n'
    "한편 게임 엔진 기업 담쟁이소프트는 신임 대표이사에 남궁하린 다솜소프트 부사장을 "
    "선임했다. 남궁 신임 대표는 다음 달 1일부터 회사를 이끈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nurion", "누리온게임즈 노사 교섭") as kb:
        yield kb


#: questions the article cannot answer: the office asked is written with nobody of the company
UNANSWERED = [
    "누리온게임즈 홍보팀장은 누구인가?",  # a branch head and a reporter hold other offices
    "담쟁이소프트 노조 지회장은 누구인가?",  # 차윤재 heads the branch of another company
]

#: (question, the answer a reader expects)
ANSWERED = [
    ("누리온게임즈지회장은 누구인가?", "차윤재"),  # the office written after the name
    ("담쟁이소프트 신임 대표이사는 누구인가?", "남궁하린"),  # the office named before the name
]


@pytest.mark.parametrize("question", UNANSWERED)
def test_an_office_the_text_gives_nobody_gets_no_answer(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (question, ans.answer, ans.confidence)


@pytest.mark.parametrize(("question", "expected"), ANSWERED)
def test_a_person_written_in_the_asked_office_is_answered(kb, question, expected):
    ans = kb.ask(question)
    assert ans.method != "none" and expected in ans.answer, (question, ans.answer, ans.sentence)


def test_the_office_written_after_a_name():
    from kg.kiwi import kiwi
    from search.spans import tokens_of

    toks = tokens_of(kiwi().tokenize("남궁하린 다솜소프트 부사장은 말했다."))
    assert own_title(toks, 0) == "부사장"  # across another company's name
    toks = tokens_of(kiwi().tokenize("남궁하린 전 다솜소프트 부사장은 말했다."))
    assert own_title(toks, 0) is None  # an office held before says nothing of the post now
    toks = tokens_of(kiwi().tokenize("차윤재 누리온게임즈지회장은 말했다."))
    assert own_title(toks, 0) == "지회장"


def test_a_founder_is_asked_by_no_office():
    from kg.kiwi import kiwi
    from search.answer_types import read_asked
    from search.spans import tokens_of

    toks = tokens_of(kiwi().tokenize("누리온게임즈 창업자는 누구인가?"))
    q = Question(text="누리온게임즈 창업자는 누구인가?", tokens=toks)
    assert asked_offices(q, read_asked(toks)) == set()
