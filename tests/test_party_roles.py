"""A party's role in a joint venture ("합작법인에서 A가 맡는 역할은?", "B가 합작법인에서 하는 일은?")
is the object of the act the text writes the party doing in its own clause ("A는 전력과 부지를
제공하고" -> "전력과 부지 제공"), not the other party named beside it (search/party_roles.py).
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "미르에너지·구름넷, AI 데이터센터 합작법인 세운다\n"
    "미르에너지와 구름넷은 AI 데이터센터 합작법인 '새벽AI센터'를 설립한다고 4일 밝혔다. "
    "합작법인에서 미르에너지는 전력과 부지를 제공하고, 구름넷은 클라우드 운영과 고객 유치를 "
    "맡는다. 지분은 미르에너지가 55%, 구름넷이 45%를 갖는다.\n"
    "두 회사는 부산에 두 번째 센터도 짓는다. 부산 센터에서는 미르에너지는 냉각 설비를, "
    "해솔건설은 건물 시공을 각각 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "jv", "새벽AI센터 설립") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, role",
    [
        # at 0e962da: 구름넷, the other party
        ("합작법인에서 미르에너지가 맡는 역할은 무엇인가?", "전력과 부지"),
        # at 0e962da: 미르에너지
        ("구름넷이 합작법인에서 하는 일은?", "클라우드 운영과 고객 유치"),
    ],
)
def test_a_partys_role_is_the_object_of_its_act(kb, question, role):
    ans = kb.ask(question)
    assert ans.answer.startswith(role), (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "제공하고" in ans.evidence[0].text


def test_a_role_written_once_for_every_party_is_each_ones_object(kb):
    """At 0e962da: 미르에너지 ("A는 X를, B는 Y를 각각 맡는다" writes the act once)."""
    ans = kb.ask("부산 센터에서 해솔건설이 맡는 역할은?")
    assert ans.answer == "건물 시공", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_stake_is_still_a_figure(kb):
    ans = kb.ask("합작법인에서 미르에너지의 지분은 몇 %인가?")
    assert ans.answer == "55%", (ans.answer, ans.method, ans.confidence)
