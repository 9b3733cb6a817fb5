"""The byline a wire story opens with ("[세종=한빛일보] 나은결 기자 =") is no answer to a question
about the story, unless the question asks who wrote or carried it (search/byline_spans.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from article_kb import article_kb

from search.byline_spans import asks_byline, byline_end, outside_bylines

ARTICLE = (
    "[세종=한빛일보] 나은결 기자 = 우리나라 초소형 관측위성 시험기가 두 차례 연기 끝에 미국 "
    "우주기업 스타랩의 발사체 '플레어'에 실려 궤도에 올랐다. "
    "시험기는 한반도 주변 해역을 감시하는 위성 12기의 첫 기체다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "sat", "관측위성 시험기 궤도 진입") as kb:
        yield kb


def test_the_byline_is_no_answer_about_the_story(kb):
    ans = kb.ask("시험기를 실은 발사체는?")
    assert not any(w in (ans.answer or "") for w in ("세종", "한빛일보", "나은결")), (
        ans.answer,
        ans.sentence,
    )


def test_the_byline_answers_who_wrote_the_story(kb):
    ans = kb.ask("이 기사를 쓴 기자는 누구인가?")
    assert ans.answer == "나은결", (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("[세종=한빛일보] 나은결 기자 = 시가 셔틀을 운행한다.", "시가 셔틀을 운행한다."),
        ("(서울=한빛통신) 홍길동 특파원 = 시가 셔틀을 운행한다.", "시가 셔틀을 운행한다."),
        ("[한빛경제 나은결 기자] 시가 셔틀을 운행한다.", "시가 셔틀을 운행한다."),
        ("[한빛경제 = 나은결 기자] 시가 셔틀을 운행한다.", "시가 셔틀을 운행한다."),
        # a bracket that is no byline, and no bracket at all
        ("[단독] 시가 셔틀을 운행한다.", "[단독] 시가 셔틀을 운행한다."),
        ("시가 셔틀을 운행한다.", "시가 셔틀을 운행한다."),
        ("", ""),
    ],
)
def test_byline_end(text, rest):
    assert text[byline_end(text) :] == rest


def test_asks_byline():
    assert asks_byline("처음 보도한 매체는?")
    assert asks_byline("Which outlet reported it?")
    assert not asks_byline("시험기를 실은 발사체는?")


@dataclass
class _Span:
    start: int


@dataclass
class _Cand:
    text: str
    passage: int
    span: _Span
    probability: float


@dataclass
class _Passage:
    text: str
    tokens: list | None = None


def test_outside_bylines_drops_the_byline_and_keeps_the_rest_as_read():
    text = "[세종=한빛일보] 나은결 기자 = 시험기가 궤도에 올랐다."
    at = text.index("시험기")
    cands = [_Cand("세종=한빛일보", 0, _Span(1), 0.5), _Cand("시험기", 0, _Span(at), 0.25)]
    kept = outside_bylines(cands, [_Passage(text)])
    assert [(c.text, c.probability) for c in kept] == [("시험기", 0.25)]


def test_outside_bylines_keeps_every_candidate_of_a_sentence_without_one():
    plain = [_Cand("시험기", 0, _Span(0), 0.5)]
    assert outside_bylines(plain, [_Passage("시험기가 궤도에 올랐다.")]) == plain
