"""A later figure of a row is of the kind the first is written with, and 각각 after the row pairs
the figures with the names before them in order ("A와 B 직원들에게 과태료 5120만원과 980만원을
각각 부과했다": B's 과태료 is 980만원; search/figure_nouns.py ``_row_shared``,
search/respective_figures.py ``_row_before_each``).  Before, 980만원 was written with no noun,
so the question took the first figure (a real story's 금감원 answered with the exchange's
figure).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ROW = (
    "해솔증권·다온자산운용 직원 무더기 제재\n"
    "금융위원회는 해솔증권과 다온자산운용 직원들에게 과태료 5120만원과 980만원을 각각 부과했다. "
    "다온자산운용은 내부 점검을 강화하기로 했다."
)


@pytest.fixture(scope="module")
def row_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ROW, "row", "직원 제재") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [("다온자산운용 직원 과태료는?", "980만원"), ("해솔증권 직원 과태료는 얼마?", "5120만원")],
)
def test_a_later_figure_of_a_row_is_the_first_ones_kind(row_kb, question, figure):
    # "과태료 5120만원과 980만원을 각각": 980만원 is a 과태료 too, and 각각 pairs it with the second
    ans = row_kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.sentence)


def test_only_a_figure_joined_to_the_one_before_shares_its_nouns():
    from kg.kiwi import kiwi
    from search.spans import tokens_of
    from search.written_nouns import written_nouns

    for text, figure, nouns in [
        ("과태료 5120만원과 980만원을 부과했다.", "980만원", {"과태료"}),  # joined: shared
        ("매출 100억원과 영업이익 20억원을 기록했다.", "20억원", {"영업이익"}),  # its own noun
    ]:
        toks = tokens_of(kiwi().tokenize(text))
        assert written_nouns(text, toks, text.index(figure)) == nouns
