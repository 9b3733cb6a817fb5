"""An earnings round-up (search/attributes.py, search/topic_figures.py): news writes each company
in one sentence and its other figures in the next ones with no name ("같은 기간 매출액은 …",
"당기순이익은 …"), the same topics for every company, a figure joined to its attribute after it
("2,315억원의 매출에 58억원의 영업이익을"), and 당기순이익 shortened to 당기순익.  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.attributes import asked_attribute

ARTICLE = (
    "두리식품은 3분기 영업이익이 312억원으로 작년 같은 기간보다 6.2% 늘었다고 24일 밝혔다. "
    "같은 기간 매출액은 4,870억원으로 5.1% 증가했고, 당기순이익은 221억원으로 8.3% 늘었다.\n"
    "하람제약은 3분기 영업이익이 97억원으로 지난해 같은 기간보다 2.4% 줄었다. "
    "매출액은 1,204억원을 기록했다. 당기순이익은 64억원으로 1.9% 증가했다.\n"
    "세온케미칼은 지난 2분기에는 2,315억원의 매출에 58억원의 영업이익을 기록했지만 "
    "당기순익은 131억원 순손실을 기록했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "roundup", "식품·제약 3분기 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # the topic of a row in 두리식품's sentence, written alone in 하람제약's
        ("하람제약 3분기 당기순이익", "64억원"),
        # the company named the sentence before; the reader believed its 영업이익
        ("두리식품의 3분기 매출액은 얼마인가?", "4,870억원"),
        # 영업이익 is joined after 58억원, whatever stands before it
        ("세온케미칼의 2분기 영업이익은?", "58억원"),
    ],
)
def test_each_company_gets_its_own_figure(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_shortened_net_income_is_net_income():
    assert asked_attribute("세온케미칼의 당기순익은?") == ("순익", ("순이익", "순익"))
