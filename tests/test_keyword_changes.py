"""A keyword question ending on a demand or a plan right after a change ("기본급 인상 요구",
issue 13, held-out round 32's union) asks the size of the change demanded, the figure written
with the change ("기본급 6.8% 인상을 요구"), not the other demand of the same sentence ("주말
근무 수당 신설"); a target with no change ("매출 목표") still asks the target.  Real Kiwi, real
e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가온물류 노조, 임금협상 결렬에 부분 파업\n"
    "택배기사 노동조합 가온물류지부는 임금협상이 결렬돼 오는 20일부터 부분 파업에 들어간다고 "
    "14일 밝혔다. 노조는 기본급 6.8% 인상과 주말 근무 수당 신설을 요구하고 있다. 회사 측은 "
    "기본급 2.9% 인상안을 내놨지만 노조는 이를 받아들이지 않았다.\n"
    "가온물류는 올해 매출 목표를 1조2천억원으로 잡았다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "gaonstrike", "가온물류 노조 부분 파업") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["가온물류지부 기본급 인상 요구", "가온물류지부기본급인상요구"]
)
def test_a_demanded_raise_is_its_figure(kb, question):
    ans = kb.ask(question)
    assert "6.8%" in (ans.answer or ""), ans
    assert ans.method != "none"


def test_a_target_with_no_change_asks_the_target(kb):
    ans = kb.ask("가온물류 올해 매출 목표")
    assert "1조2천억원" in (ans.answer or ""), ans
