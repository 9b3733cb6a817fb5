"""The organisation written between a person's name and their title owns the post: "Y 한샘에너지
대표" answers no "Who is the CEO of X?" (search/holders.py), asked in English with the name
the article brackets.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "라온데이터, 충북에 데이터센터 짓는다\n"
    "서울 강남구에 본사를 둔 라온데이터(Raon Data)는 2019년 설립된 클라우드 기업이다. "
    "협약식은 충북도청에서 열렸으며 길서준 한샘에너지 대표가 라온데이터와 협약서에 서명했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "holder", "라온데이터 협약") as kb:
        yield kb


def test_another_organisations_head_is_no_ceo_of_the_asked_one(kb):
    ans = kb.ask("Who is the CEO of Raon Data?")
    assert "길서준" not in (ans.answer or ""), (ans.answer, ans.method, ans.confidence)
