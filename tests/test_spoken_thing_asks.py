"""Spoken questions about a thing: the object written without 을/를 ("영상 만들어주는 거") is
still what the question asks about, so a graph edge whose sentences never write it does not
answer (search/asked_items.py, answer_types.toml [bare_objects]); and "거 이름" asks the name
of a thing made to be used, never a person's (search/question_heads.py, [name_heads]
thing_words), even when the verb is one of founding (만들다).  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.resolve import Extraction
from search.answer_types import read_asked
from search.asked_items import asked_items
from search.passages import sentence_tokens
from search.question import analyze_question

ARTICLE = (
    "인공지능 스타트업 한결랩스가 사진 한 장으로 짧은 동영상을 만들어주는 서비스 '모아클립'을 "
    "출시했다고 3일 밝혔다. 한결랩스는 2021년 네이버 출신 윤다온 대표가 세운 회사다.\n\n"
    "한결랩스는 지난해 목소리를 글로 바꿔주는 앱 '소리적기'를 선보였다. 누적 이용자는 40만 "
    "명이다.\n\n"
    "새벽로보틱스는 물류 창고에서 상자를 옮기는 로봇 '나르미'를 개발했다. 새벽로보틱스는 "
    "2019년 서민재 대표가 창업했다."
)


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("A사에서 짧은 영상 만들어주는 서비스는?", ["영상"]),
        ("A사 그림 그려주는 모델 이름이 뭐야?", ["그림"]),
        ("A사가 배터리 만드는 공장은?", ["배터리"]),  # 만들 may be read as an auxiliary (VX)
        ("A사가 로봇 내놓은 게 언제야?", ["로봇"]),
        # nouns of time or order before the verb are adverbs, no object
        ("A사가 처음 만든 로봇은?", []),
        ("A사가 지난해 세운 법인은?", []),
        ("A사가 이번 내놓은 모델은?", []),
        ("A사가 최근 선보인 서비스는?", []),
        ("A사와 업무협약 맺은 곳은?", ["업무협약"]),  # as "업무협약을 맺은"
        ("A사에 투자 받은 곳은?", []),  # the relation's own word asks nothing more
    ],
)
def test_an_object_written_without_its_particle(question, items):
    assert asked_items(sentence_tokens(question), [(0, 2)]) == items


@pytest.mark.parametrize(
    "question",
    [
        "한결랩스에서 짧은 영상 만들어주는 거 이름이 뭐야?",
        "새벽로보틱스가 새로 내놓은 거 이름은?",
        "한결랩스 목소리 글로 바꿔주는 거 이름은?",
    ],
)
def test_a_things_name_is_no_persons(question):
    q = analyze_question(question, Extraction())
    assert read_asked(q.tokens).kind == "model"
    assert q.expected_type != "Person"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hangyeol", "한결랩스 모아클립 출시") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "name"),
    [
        # 만들다 also founds: no founder (윤다온) for the name of what makes videos
        ("한결랩스에서 짧은 영상 만들어주는 거 이름이 뭐야?", "모아클립"),
        ("한결랩스가 목소리 글로 바꿔주는 거 이름은?", "소리적기"),
        ("새벽로보틱스에서 상자 옮기는 거 이름이 뭐야?", "나르미"),
    ],
)
def test_the_name_of_what_a_thing_does(kb, question, name):
    ans = kb.ask(question)
    assert ans.answer == name, ans


def test_a_founding_edge_does_not_name_a_product(kb):
    # the FOUNDED edge's sentence writes no 그림: its founder answers nothing here
    ans = kb.ask("한결랩스에서 그림 그려주는 거 이름이 뭐야?")
    assert "윤다온" not in (ans.answer or ""), ans
