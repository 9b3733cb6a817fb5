"""A question read as descriptive ("…무엇인가?") that still asks for a noun phrase gets the
reader's short span, not the whole sentence; a question of what a thing is ("…는 어떤
제품이야?") keeps the sentence.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader
and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.question import Question
from search.reader_describe import wants_span
from search.results import Answer
from search.spans import tokens_of

ARTICLE = (
    "하늘고등학교는 1985년 경기도 수원시에 세워진 공립 고등학교이다.\n"
    "하늘고등학교 학생들은 2019년 전국 과학경진대회에서 대상을 받았다. 대회에 낸 작품은 "
    "빗물을 모아 화단에 주는 자동 급수 장치였다.\n"
    "이 학교 졸업생이 세운 가온랩의 주력 제품은 창고 재고를 세는 드론 '셈드론'이다.\n"
    "체스 경기는 체크메이트를 당한 사람의 패배로 끝난다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "school", "하늘고등학교") as kb:
        yield kb


def test_a_what_question_gets_the_noun_phrase_not_the_sentence(kb):
    ans = kb.ask("하늘고등학교 학생들이 2019년 전국 과학경진대회에서 받은 것은 무엇인가?")
    assert ans.answer == "대상", (ans.answer, ans.method)
    assert ans.method == "sentence"
    assert "대상을 받았다" in ans.evidence[0].text


def test_a_question_of_what_a_thing_is_keeps_the_sentence_that_says_it(kb):
    ans = kb.ask("셈드론은 어떤 제품이야?")
    assert "창고 재고를 세는 드론" in ans.answer, (ans.answer, ans.method)
    assert ans.answer_type == "description"


def _question(text: str) -> Question:
    return Question(text, tokens=tokens_of(kiwi().tokenize(text)))


def _answer(method: str, answer: str | None, sentence: str = "") -> Answer:
    return Answer(question="q", answer=answer, method=method, sentence=sentence)


def test_only_a_whole_sentence_or_nothing_gives_way_and_never_to_say_what_a_word_means():
    whole = "체스 경기는 체크메이트를 당한 사람의 패배로 끝난다."
    q = _question("체스 경기는 체크메이트를 당한 사람의 무엇으로 끝나나?")
    assert wants_span(q, _answer("passage", whole, whole), "factoid")
    assert wants_span(q, _answer("none", None), "factoid")
    # a phrase the description path read ("what the text calls it") stands
    assert not wants_span(q, _answer("passage", "창고 재고를 세는 드론", whole), "factoid")
    assert not wants_span(q, _answer("passage", whole, whole), "description")
    meaning = _question("체크메이트란 무엇인가요?")
    assert not wants_span(meaning, _answer("passage", whole, whole), "factoid")
