"""Two-ended questions: "X는 어디와 어디를 오가나?" is answered by both ends the text writes for
X ("A와 B를 오가는", "A와 B 사이", "A에서 B까지"), the pair written with X when a sentence lists
several routes, never a span of time.  Real Kiwi, real e5 embeddings, real FAISS; the article
is invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.two_ends import asks_two_ends, pairs_of

ARTICLE = (
    "단솔시, 수소 셔틀버스 두 노선 운행\n"
    "경남 단솔시가 다음 달부터 수소 셔틀버스를 운행한다고 12일 밝혔다. "
    "노선은 두 개다. ▲단솔역과 은빛호수공원을 잇는 6.4km 구간의 '푸른 1번' "
    "▲단솔시청과 나래과학대학교를 오가는 5.1km 구간의 '푸른 2번'이다. "
    "평일 오전 6시부터 오후 10시까지 15분 간격으로 다닌다. "
    "시는 내년에 단솔항에서 물빛산업단지까지 이어지는 '푸른 3번'도 새로 열 계획이다. "
    "운행은 지역 운수업체 가온교통이 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ends", "단솔시 셔틀버스") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "ends", "other"),
    [
        ("푸른 2번 노선은 어디와 어디를 오가나?", ["단솔시청", "나래과학대학교"], "단솔역"),
        ("푸른 1번은 어디와 어디를 잇나?", ["단솔역", "은빛호수공원"], "단솔시청"),
        ("푸른 3번은 어디에서 어디까지 가나?", ["단솔항", "물빛산업단지"], "단솔역"),
    ],
)
def test_both_ends_of_the_asked_route(kb, question, ends, other):
    ans = kb.ask(question)
    assert all(e in ans.answer for e in ends), (ans.answer, ans.method, ans.confidence)
    assert other not in ans.answer, ans.answer


def test_a_span_of_time_is_no_pair_of_places():
    text = "평일 오전 6시부터 오후 10시까지 15분 간격으로 다닌다."
    assert pairs_of(sentence_tokens(text), text) == []


def test_a_pair_between_two_places():
    text = "셔틀은 본관과 연구동 사이를 다닌다."
    assert [ends for ends, _, _ in pairs_of(sentence_tokens(text), text)] == [("본관", "연구동")]


@pytest.mark.parametrize(
    ("question", "pair"),
    [
        ("자율 2번은 어디와 어디를 오가나?", True),
        ("구간은 어디부터 어디까지인가?", True),
        (
            "운행을 맡은 회사는 어디 어디인가?",
            False,
        ),  # a list: read as two ends at 04f04cf..28cf3d9
        ("셔틀은 어디에서 출발하나?", False),
    ],
)
def test_which_questions_ask_two_ends(question, pair):
    assert asks_two_ends(SimpleNamespace(tokens=sentence_tokens(question))) is pair
