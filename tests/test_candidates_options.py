"""The count of an option asked of an order is the figure written with the option word:
"확정 구매 10척에 옵션 4척" answers "옵션은 몇 척?" with 4척, not the firm 10척 nor the total
(search/candidates_options.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from candidate_inputs import Passage, Passages, candidate, read

from search.candidates_options import _written_with_option, asks_option, option_counts
from search.reader import Candidate

ARTICLE = (
    "한려조선, 컨테이너선 최대 14척 수주\n"
    "한려조선이 유럽 선사 노르딕라인으로부터 8000TEU급 컨테이너선을 수주했다고 9일 밝혔다. "
    "확정 물량 10척에 추가 발주 권리(옵션) 4척을 더해 최대 14척 규모다. 선박은 2029년까지 "
    "차례로 인도된다. 한려조선의 올해 수주는 모두 37척으로 늘었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ships", "한려조선 수주") as kb:
        yield kb


def test_the_option_count_answers(kb):
    ans = kb.ask("한려조선 컨테이너선 옵션은 몇 척이야?")
    assert ans.answer == "4척", (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("한빛해운 옵션은 몇 척인가?", True),
        ("옵션계약은 몇 대인가?", True),
        ("확정 물량은 몇 척인가?", False),  # no option
        ("옵션 가격은 얼마인가?", False),  # no count
    ],
)
def test_asks_option(question, asks):
    assert asks_option(*read(question)) is asks


@pytest.mark.parametrize(
    ("sentence", "figure", "written"),
    [
        ("확정 구매 18대에 추가 구매 권리(옵션) 6대를 더해", "6대", True),  # the word, then it
        ("확정 구매 18대에 추가 구매 권리(옵션) 6대를 더해", "18대", False),  # the next item's
        ("30대 확정주문과 20대의 옵션계약을", "20대", True),  # it, then the word
        ("30대 확정주문과 20대의 옵션계약을", "30대", False),
        ("당시 6대를 추가 구매할 수 있는 옵션을 설정한", "6대", True),  # in its phrase
        ("기종 50대(옵션 20대 포함)", "50대", False),  # a bracket breaks the total down
        ("기종 50대(옵션 20대 포함)", "20대", True),
        ("옵션 구매 20대", "20대", True),  # a word between
    ],
)
def test_written_with_option(sentence, figure, written):
    at = sentence.index(figure)
    assert _written_with_option(sentence, at, at + len(figure)) is written


SENTENCE = "확정 물량 10척에 옵션 4척을 더해 최대 14척 규모다."


def _cand(words: str, p: float) -> Candidate:
    return candidate(SENTENCE, words, p)


def _counts(question: str, cands):
    q, asked = read(question)
    kept = option_counts(q, asked, Passages([Passage(SENTENCE)]), cands)
    return [(c.text, round(c.probability, 2)) for c in kept]


def test_option_counts():
    firm, option, total = _cand("10척", 0.5), _cand("4척", 0.1), _cand("최대 14척", 0.2)
    assert _counts("옵션은 몇 척인가?", [firm, option, total]) == [("4척", 0.8)]
    # no option asked, no candidate, or none written with the option word: nothing moves
    assert _counts("확정 물량은 몇 척인가?", [firm, option]) == [("10척", 0.5), ("4척", 0.1)]
    assert _counts("옵션은 몇 척인가?", []) == []
    unspanned = Candidate("4척", 0, None, {}, probability=0.1)
    assert _counts("옵션은 몇 척인가?", [firm, unspanned]) == [("10척", 0.5), ("4척", 0.1)]
