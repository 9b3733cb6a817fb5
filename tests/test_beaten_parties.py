"""The name written before 에/에게 and a verb of losing is the winner: "해외 제약사 두 곳도
참여했으나 가격 조건에서 가람캐피탈에 밀렸다" does not answer "밀린 해외 제약사는?" with
가람캐피탈 (the losers go unnamed).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.beaten_parties import asks_loser, beaten_by
from search.spans import tokens_of

ARTICLE = (
    "가람캐피탈, 온결제약 인수\n"
    "사모펀드 가람캐피탈이 온결제약의 경영권 지분을 1800억 원에 인수한다고 4일 밝혔다. "
    "매각 과정에는 해외 제약사 두 곳도 참여했으나 가격 조건에서 가람캐피탈에 밀린 것으로 알려졌다. "
    "온결제약은 경북 구미에 공장을 두고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ongyeol", "가람캐피탈 온결제약 인수") as kb:
        yield kb


def test_the_winner_is_no_loser(kb):
    ans = kb.ask("온결제약 매각에 참여했다가 밀린 해외 제약사는 어디 어디인가?")
    assert ans.answer != "가람캐피탈", (ans.answer, ans.method, ans.confidence)


def test_the_buyer_is_still_read(kb):
    ans = kb.ask("온결제약을 인수하는 곳은?")  # a guard: the winner asked as the buyer
    assert ans.answer == "가람캐피탈", (ans.answer, ans.method, ans.confidence)


def _toks(text: str):
    return tokens_of(kiwi().tokenize(text))


def test_the_winner_and_the_loser_asked():
    toks = _toks("협상에서 경쟁사에게 졌다.")
    assert [i for i in range(len(toks)) if beaten_by(toks, i)] == [2]
    assert asks_loser(_toks("입찰에서 밀린 회사는?"))
    assert not asks_loser(_toks("그 회사는 누구에게 졌나?"))  # the winner asked
    assert not asks_loser(_toks("인수한 회사는?"))
