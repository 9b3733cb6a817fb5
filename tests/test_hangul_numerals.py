"""Numbers written in Hangul words are figures (search/fits.py): a broadcast interview's
transcript writes "가입자는 백사십만 명", "직원은 이백십 명", and "몇 명" questions found no
figure with a digit and gave no answer (held-out round 17, spent).  Real Kiwi (백/사/십/만: NR),
e5, FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리페이, 가입자 백사십만 명 돌파\n"
    "간편결제 업체 누리페이의 가입자는 지난달 백사십만 명을 넘었다. 누리페이 직원은 이백십 명이다. "
    '김하늘 누리페이 대표는 "올해 안에 가입자 이백만 명을 채우겠다"고 말했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리페이 가입자") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [("누리페이 직원은 몇 명인가?", "이백십 명"), ("누리페이 가입자 몇 명이야?", "백사십만 명")],
)
def test_a_count_in_hangul_words(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence)
