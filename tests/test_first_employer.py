"""Where a named person first worked: "X가 처음 입사한 회사는?" / "X의 첫 직장은?" is answered by
the organisation the sentences about X date earliest, also when the text writes it last and
goes on about X with 그; not by the company the article is about, nor by another person's
first employer.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "미로전자, 신임 대표에 경하람 선임\n"
    "미로전자는 경하람 솔빛통신 전무를 신임 대표이사로 선임했다고 2일 밝혔다. "
    "경하람 전무는 솔빛통신을 떠나 미로전자 대표로 자리를 옮긴다. "
    "그는 2015년 솔빛통신에 합류하기 전 2008년 단비텔레콤에서 사회생활을 시작했다. "
    "미로전자 최고재무책임자에는 2011년 누리회계법인에 입사한 차서윤 상무가 올랐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "first", "미로전자 대표 선임") as kb:
        yield kb


@pytest.mark.parametrize("question", ["경하람이 처음 입사한 회사는?", "경하람의 첫 직장은?"])
def test_the_first_employer_is_the_one_dated_earliest(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "단비텔레콤", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_another_persons_dated_employer_is_not_theirs(kb):
    ans = kb.ask("차서윤이 처음 입사한 회사는?")
    assert ans.answer == "누리회계법인", (ans.answer, ans.method, ans.confidence)


def test_where_someone_goes_is_the_company_after_leaving(kb):
    """ "X를 떠나 Y 대표로 자리를 옮긴다": Y, not the company left (right at 74c35ba already: a
    guard for the rules above, which read the same sentences)."""
    ans = kb.ask("경하람은 어디로 가나?")
    assert ans.answer == "미로전자", (ans.answer, ans.method, ans.confidence)
