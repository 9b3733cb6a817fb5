"""A thing answered by a word the asked head noun ends is the noun phrase its sentence writes
(issue 13): "회사가 제시한 안은?" is answered "기본급 3% 인상안", not "인상안".  Real Kiwi, real
e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별숲게임즈 임금 교섭 결렬\n"
    "게임사 별숲게임즈 노사의 임금 교섭이 결렬됐다. 회사는 기본급 3% 인상안을 제시했지만 "
    "노조는 받아들이지 않았다. 중앙노동위원회는 다음 주 조정 회의를 연다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "wages", "별숲게임즈 교섭") as kb:
        yield kb


def test_the_offer_is_the_whole_noun_phrase(kb):
    ans = kb.ask("회사가 제시한 안은?")
    assert ans.answer == "기본급 3% 인상안", ans


def test_an_answer_not_ending_with_the_head_is_left_as_read(kb):
    ans = kb.ask("조정 회의를 여는 곳은?")
    assert ans.answer == "중앙노동위원회", ans
