"""A figure revised in one sentence (search/revised_figures.py, issue 13, realqa43's real-news
probe): regulator news writes "A는 앞서 과태료 N을 부과받았으나 과태료 M으로 최종 확정됐다",
and "원래 과태료" is N while "최종 과태료" is M — another sentence restating M must not answer
the first.  Two attributes joined in a question ("과징금 및 과태료") ask the figure written for
the pair (search/attributes.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.attributes import asked_attribute

ARTICLE = (
    "보험사 제재 금융위서 최종 확정\n"
    "금융위원회는 7일 정례회의에서 보험사 세 곳에 대한 제재를 확정했다. 금융위원회에 따르면 "
    "한빛생명은 과징금 3억 2000만원, 과태료 1억 8000만원을 부과받았다. 한빛생명은 앞서 "
    "△보험금 지급 지연 △설명의무 위반 △광고 심의 절차 위반으로 과태료 9억 5000만원, 과징금 "
    "7억 1000만원을 부과받았으나 과징금 3억 2000만원, 과태료 1억 8000만원으로 최종 확정됐다. "
    "올해 보험사에 부과된 과징금 및 과태료는 "
    "모두 41억 3000만원으로 집계됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "revised", "보험사 제재 확정") as kb:
        yield kb


def test_the_original_figure_is_the_one_before_the_revision(kb):
    ans = kb.ask("한빛생명은 원래 과태료를 얼마 부과받았나?")
    assert ans.answer == "9억 5000만원", ans  # not the final 1억 8000만원 restated before


def test_the_final_figure_is_the_one_after_the_revision(kb):
    ans = kb.ask("한빛생명이 최종적으로 부과받은 과징금은 얼마인가?")
    assert ans.answer == "3억 2000만원", ans  # not the first 7억 1000만원


def test_two_attributes_joined_ask_the_pairs_figure(kb):
    assert asked_attribute("과징금 및 과태료는 얼마인가?") == ("과징금", ("과징금", "과태료"))
    assert asked_attribute("과징금은 얼마인가?") == ("과징금", ("과징금",))
    ans = kb.ask("올해 보험사에 부과된 과징금 및 과태료는 얼마인가?")
    assert ans.answer == "41억 3000만원", ans
