"""A figure written in brackets right after a name is that name's ("A(1천400억원)과 B(1억2천만원)
등 2개 계열사"): a question about B's amount is answered with B's, not A's (search/figure_owners.py;
issue 13).  Found on a real article about fines, where the other affiliate's fine was answered
at 0.99.  Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figure_owners import _owner_of

ARTICLE = (
    "공정위, 지난해 과징금 26% 늘어\n"
    "공정거래위원회는 지난해 기업에 부과한 과징금이 전년 대비 26% 늘었다고 밝혔다.\n"
    "과징금은 누리마트(830억원)와 한빛물류(12억원) 등 2개 계열사에 부과됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "fines", "공정위 과징금") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [("한빛물류의 과징금은 얼마인가?", "12억원"), ("누리마트의 과징금은 얼마인가?", "830억원")],
)
def test_a_bracketed_figure_is_the_names_before_it(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer == expected, (question, ans.answer, ans.confidence)


def test_owner_of_a_bracketed_figure():
    mentions = [{"id": "a", "start": 0, "end": 4}, {"id": "b", "start": 13, "end": 17}]
    assert _owner_of("누리마트(830억원)와 한빛물류(12억원)", mentions, 18) == "b"
    assert _owner_of("누리마트(830억원)와 한빛물류(12억원)", mentions, 5) == "a"
