"""A yes/no question asking whether someone agreed ("노조는 선임에 찬성했나?") is answered 아니오
by a sentence stating its opposite ("노조 측은 … 강하게 반발했다", "반대했다").  Real Kiwi, real
e5 embeddings, real FAISS.  The article is invented for the test (the pattern is real news's: a
union against an appointment)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리전자, 한도윤 신임 사장 선임\n"
    "누리전자는 4일 이사회를 열어 한도윤 전 다온건설 사장을 신임 사장으로 선임했다. "
    "누리전자 노조 측은 한 사장의 선임에 강하게 반발했다.\n"
    "가람은행 노조는 같은 날 서하진 행장의 연임에 반대했다. 가람은행 이사회는 연임안을 "
    "의결했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "union", "누리전자 사장 선임") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("누리전자 노조는 한도윤 사장 선임에 찬성했나?", "아니오"),  # 찬성 / 반발
        ("가람은행 노조는 서하진 행장 연임에 찬성했나?", "아니오"),  # 찬성 / 반대
        ("가람은행 이사회는 연임안을 의결했나?", "예"),
    ],
)
def test_agreeing_meets_its_opposite(kb, question, answer):
    ans = kb.ask(question)
    assert ans.answer == answer, ans
