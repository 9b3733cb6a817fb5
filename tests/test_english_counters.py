"""A count asked in English ("How many songs ...?") is written with the counter news uses
for the noun (곡), not the other count of the sentence ("작곡가 1,300명"): the noun after "how
many" says the counter (search/resources/english.toml [counters]).  Real Kiwi, real e5
embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가락누리, 음원 학습 AI 작곡 서비스 공개\n"
    "AI 음악 스타트업 가락누리는 2일 작곡 서비스 '노랫결'을 공개했다. "
    "가락누리는 작곡가 1,300명이 만든 3만 2,000곡 이상의 음원을 학습에 썼다. "
    "회사는 음원 사용료로 작곡가들에게 약 25억 원을 지급했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "garak", "가락누리 노랫결 공개") as kb:
        yield kb


def test_how_many_songs_is_the_count_of_songs(kb):
    """At 0e962da: "1,300명", the composers ("songs" had no counter)."""
    ans = kb.ask("How many songs did Garak Nuri train on?")
    assert ans.answer.startswith("3만 2,000곡"), (ans.answer, ans.method, ans.confidence)


def test_the_korean_question_still_counts_songs(kb):
    ans = kb.ask("가락누리가 학습에 쓴 음원은 몇 곡인가?")
    assert ans.answer.startswith("3만 2,000곡"), (ans.answer, ans.method, ans.confidence)
