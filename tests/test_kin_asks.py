"""Who one person is to another, asked by 누구 (search/kin_asks.py): the family tie a sentence
writes between the two, as a relation question gets it (search/kinship.py), not the company
both run.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리제과, 창업주 차남 대표이사 선임\n"
    "누리제과는 20일 이사회를 열어 한만석 회장 차남인 한도윤 부사장을 대표이사로 선임했다. "
    "한도윤 대표는 누리제과 해외사업본부장을 지냈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "kin", "누리제과 대표 선임") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["한도윤은 한만석 회장의 누구인가?", "한도윤은 한만석의 누구야?"]
)
def test_who_one_is_to_the_other(kb, question):
    ans = kb.ask(question)
    assert "차남" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_who_alone_asks_no_tie(kb):
    ans = kb.ask("누리제과 대표이사로 선임된 사람은 누구인가?")
    assert "차남" not in (ans.answer or ""), ans.answer
