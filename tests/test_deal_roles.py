"""A deal's party asked by a noun of its role ("계약의 발주처는?", "매각자는?", "수주사는?") is the
party that does the role's act: the subject of a sentence writing the act, or the party a
sentence writing the counter-act names with 로부터 or 에 (search/deal_roles.py,
search/contract_parties.py).  Real Kiwi, real e5 embeddings, real FAISS; the article and its
names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한바다중공업, 덴마크 선사서 컨테이너선 6척 수주\n"
    "한바다중공업은 덴마크 선사 노르스케마린으로부터 컨테이너선 6척을 9천억 원에 수주했다고 "
    "5일 밝혔다. 선박은 전남 영암 조선소에서 건조된다.\n"
    "한편 식품기업 고운들푸드는 음료 사업부를 사모펀드 새솔파트너스에 매각하기로 했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "roles", "한바다중공업 수주") as kb:
        yield kb


@pytest.mark.parametrize(
    "question, party",
    [
        # at 0e962da: 한바다중공업 (the question was read as asking a thing)
        ("이번 컨테이너선 계약의 발주처는?", "노르스케마린"),
        # at 0e962da: 새솔파트너스, the buyer
        ("음료 사업부 매각자는?", "고운들푸드"),
    ],
)
def test_a_role_noun_asks_the_party_doing_its_act(kb, question, party):
    ans = kb.ask(question)
    assert ans.answer == party, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_buyer_is_still_the_buyer(kb):
    ans = kb.ask("고운들푸드 음료 사업부 인수자는 누구인가?")
    assert ans.answer == "새솔파트너스", (ans.answer, ans.method, ans.confidence)
