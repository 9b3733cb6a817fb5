"""A word of no that the question itself writes is asked, not denied ("영업 중단 점포 직원을
배치하나?" is 예 from "영업 중단 점포 직원 ... 을 전환배치해"), and the opposite act answers the
act ("해고하나?" / "전환배치해 고용을 보장하겠다": 아니오).  Real Kiwi, real e5 embeddings, real
FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리마트, 적자 점포 6곳 영업 중단\n"
    "대형마트 누리마트는 적자 점포 6곳의 영업을 이달 말 중단한다고 3일 밝혔다. 누리마트는 "
    "영업 중단 점포 직원 300명을 다른 점포로 전환배치해 고용을 보장하겠다고 설명했다."
    "\n누리마트의 물류 자회사 누리로지스는 부경대 해양공학과 교수인 도재윤 대표가 2024년 세운 "
    "회사다. 도 교수는 교수직을 유지한 채 겸직 형태로 회사를 이끈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "opposite_acts", "누리마트 영업 중단") as kb:
        yield kb


def test_a_denial_word_the_question_writes_is_asked(kb):
    """At 2c3b92e: 아니오 (0.87), the question's own 중단 read as the denial."""
    ans = kb.ask("누리마트는 영업 중단 점포 직원을 다른 점포로 배치하나?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)


def test_the_opposite_act_is_no(kb):
    """The same sentence says no to 해고 by its opposite (전환배치), not by 중단 (passes at
    2c3b92e for that wrong reason; fails here without the [yes_no] opposites pair)."""
    ans = kb.ask("누리마트는 영업 중단 점포 직원을 해고하나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "전환배치" in ans.evidence[0].text


def test_the_opposite_in_another_sentence_is_no(kb):
    """At 2c3b92e: 예 (0.93) from the sentence of the founding, which writes neither 그만두 nor
    유지."""
    ans = kb.ask("도재윤 교수는 누리로지스 대표를 맡으면서 교수직을 그만두나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "유지" in ans.evidence[0].text
