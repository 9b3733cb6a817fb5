"""A former holder asked ("누리통신의 전 대표는 누구인가?") is the person the text writes with
전 before the title ("오태석 전 누리통신 대표"), not the present one written nearer the
question's words; the present holder is still the answer without 전.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "통신 3사 대표, 신년 모임에 엇갈린 행보\n"
    "한결텔레콤 서지안 대표는 5일 서울에서 열린 정보통신 신년 모임에 참석해 새 AI 비서 "
    "서비스를 올해 안에 내놓겠다고 밝혔다. "
    "지난해 오태석 전 누리통신 대표가 불참한 데 이어 올해에도 한지훈 누리통신 대표는 "
    "참석하지 않았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "former", "신년 모임") as kb:
        yield kb


def test_the_former_holder_is_the_one_written_former(kb):
    """At 517f66f: 한지훈, the present head (0.93 on the real article this was found on)."""
    ans = kb.ask("누리통신의 전 대표는 누구인가?")
    assert ans.answer == "오태석", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_present_holder_is_still_the_present_one(kb):
    ans = kb.ask("누리통신 대표는 누구인가?")
    assert ans.answer == "한지훈", (ans.answer, ans.method, ans.confidence)


PREDECESSORS = (
    "두리전자 새 대표에 남궁하린 전무\n"
    "두리전자는 1일 남궁하린 전무를 대표로 선임했다. 지난해 물러난 백도윤 전 두리전자 대표에 "
    "이어 남궁하린 두리전자 대표가 회사를 이끈다. 한편 솔바람랩스의 전임 CEO인 탁세온 씨는 "
    "고문으로 남고, 피지후 솔바람랩스 대표가 새 사업을 맡는다."
)


@pytest.fixture(scope="module")
def kb_predecessors(tmp_path_factory):
    with article_kb(tmp_path_factory, PREDECESSORS, "predecessors", "두리전자 새 대표") as kb:
        yield kb


def test_a_predecessor_asked_with_jeonim_is_the_one_written_former(kb_predecessors):
    """At 0e962da: 남궁하린, the present head (전임 was no former mark)."""
    ans = kb_predecessors.ask("두리전자의 전임 대표는 누구인가?")
    assert ans.answer == "백도윤", (ans.answer, ans.method, ans.confidence, ans.sentence)


@pytest.mark.parametrize("question", ["솔바람랩스의 전 CEO는 누구인가?", "솔바람랩스 전임 CEO는?"])
def test_a_marked_title_before_the_name_writes_a_former_holder(kb_predecessors, question):
    """At 0e962da: no answer and 피지후, the present head ("전임 CEO인 탁세온" was not read)."""
    ans = kb_predecessors.ask(question)
    assert ans.answer == "탁세온", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_title_right_before_nugu_is_the_office_asked(kb_predecessors):
    """At 0e962da and 677ebf3: 탁세온, a former head of another company (no head noun was read:
    the title right before 누구 was passed over as a narrowing noun)."""
    ans = kb_predecessors.ask("두리전자 전임 대표 누구야?")
    assert ans.answer == "백도윤", (ans.answer, ans.method, ans.confidence, ans.sentence)
