"""A person asked by family name and title alone: "조 사장은 누구인가?" is the one full name the
article writes with that family name and that title ("조성민 사장과 이태경 부사장은"), never the
other person of the sentence that says "조 사장과 이 부사장" (search/who_is.py,
search/surname_references.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "다온제약, 경영진 교체\n"
    "다온제약은 12일 이사회를 열고 반지후 부사장을 신임 대표이사로 선임했다고 밝혔다. "
    "반 대표는 영업본부장과 전략기획실장을 거쳤다. "
    "임기가 끝난 조성민 사장과 이태경 부사장은 고문으로 물러난다. "
    "조 사장과 이 부사장은 지난 6년간 회사의 해외 진출을 이끌었다. "
    '반 대표는 "두 분이 닦아 놓은 길을 이어 가겠다"고 말했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "family", "다온제약 경영진 교체") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("조 사장은 누구인가?", "조성민"),  # not 이태경 of the sentence "조 사장과 이 부사장은"
        ("이 부사장은 누구야?", "이태경"),  # 부사장, not the 사장 written before it
    ],
)
def test_the_full_name_of_a_family_name_and_title(kb, question, person):
    ans = kb.ask(question)
    assert ans.answer == person, (ans.answer, ans.method, ans.confidence)
