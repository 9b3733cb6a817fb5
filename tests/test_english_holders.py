"""An English question asking the head of a company's unit abroad ("Who heads Seodam Games'
US unit?") is answered by the person the text writes heading that unit ("서담게임즈 미국
법인은 변지호 법인장이 이끈다"), not by the company's own head: "heads" and "unit" are glossed
into the Korean news writes (search/resources/english.toml) and the unit asks the head of it
(search/holders.py).  Real Kiwi, real e5 embeddings, real FAISS; the article and its names
are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "서담게임즈, 새 대표에 곽세린 부사장 선임\n"
    "서담게임즈(Seodam Games)는 30일 이사회를 열고 곽세린 부사장을 새 대표로 선임했다고 밝혔다. "
    "곽 대표는 2015년 입사해 모바일사업본부를 이끌어 왔다. "
    "서담게임즈 미국 법인은 변지호 법인장이 이끈다. "
    "서담게임즈는 올해 약 900억 원을 신작 개발에 투자한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "seodam", "서담게임즈 새 대표") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["Who heads Seodam Games' US unit?", "Who leads the US unit of Seodam Games?"]
)
def test_the_head_of_a_unit_abroad_is_the_one_heading_it(kb, question):
    """At 0e962da: 곽세린, the company's head ("heads", "unit" had no Korean words)."""
    ans = kb.ask(question)
    assert ans.answer == "변지호", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_company_head_is_still_the_company_head(kb):
    ans = kb.ask("Who is the CEO of Seodam Games?")
    assert ans.answer == "곽세린", (ans.answer, ans.method, ans.confidence)
