"""A rate asked by a noun no table lists ("찬성률", "손해율"), headline-style or as a question, is
a number asked and a percentage answers it (search/rate_nouns.py).  Real Kiwi, real e5
embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.rate_nouns import rate_noun
from search.spans import tokens_of

ARTICLE = (
    "두 농협 합병 가결\n"
    "(광주=가온뉴스) 도하린 기자 = 전남 화순의 너른들농협과 솔밭농협이 하나로 합친다. "
    "너른들농협은 지난 12일 조합원 투표에서 합병안을 찬성률 68.2%로 가결했다고 14일 밝혔다. "
    "솔밭농협의 투표율은 74.9%였다. 합병 농협의 자산은 모두 5200억 원이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "coops", "두 농협 합병 가결") as kb:
        yield kb


def _asked(question: str):
    return read_asked(tokens_of(kiwi().tokenize(question)))


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("너른들농협 합병 찬성률", "찬성률"),  # a headline: no interrogative
        ("찬성률은?", "찬성률"),
        ("합병 찬성률은 얼마?", "찬성률"),
        ("자동차보험 손해율", "손해율"),
        ("지분율은?", "지분율"),  # listed in [rates] heads, as before
    ],
)
def test_an_unlisted_rate_asks_a_number(question, head):
    """At df3ba91: "찬성률" and "손해율" (split by Kiwi, 찬성/NNG 률/XSN) were no head, a thing asked."""
    asked = _asked(question)
    assert (asked.kind, asked.head) == ("number", head)


@pytest.mark.parametrize(
    ("noun", "rate"),
    [
        ("찬성률", True),
        ("투표율", True),
        ("점유율", True),
        ("법률", False),
        ("비효율", False),
        ("", False),
    ],
)
def test_rate_noun(noun, rate):
    """Two syllables are a word of their own ("법률"); [rates] not_rates are no rate."""
    assert rate_noun(noun) is rate


def test_a_law_is_no_rate():
    assert _asked("법률 자문은 누가 맡았나?").kind == "person"


@pytest.mark.parametrize(
    ("question", "figure"),
    [("너른들농협합병찬성률", "68.2%"), ("솔밭농협 투표율은?", "74.9%")],
)
def test_the_rate_is_answered(kb, question, figure):
    """At df3ba91 the headline asked a thing and a cooperative's name answered it."""
    ans = kb.ask(question)
    assert figure in (ans.answer or "")
