"""The part of a request a ruling granted (issue 13, round 12's miss): "법원이 받아들인 신청은
무엇인가?" is answered by the words of "신청 가운데 ... 부분을 인용하고", not by "일부" from "일부
받아들여졌다".  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "법원, 누리건설 가처분 일부 인용\n"
    "누리건설이 하람개발을 상대로 낸 공사대금 가처분 신청이 법원에서 일부 받아들여졌다. "
    "대전지방법원 민사12부는 지난 3일 누리건설의 신청 가운데 공사 대금 12억 원의 지급을 미뤄 "
    "달라는 부분을 인용하고, 나머지는 기각했다.\n"
    "하람개발은 결정에 불복해 이의신청을 낼 계획이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ruling", "누리건설 가처분") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["법원이 받아들인 신청은 무엇인가?", "법원이 받아들인 것은 무엇인가?"]
)
def test_the_granted_part_is_the_words_of_the_part(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "공사 대금 12억 원의 지급을 미뤄 달라는 부분", ans
    assert "신청 가운데" in ans.evidence[0].text


def test_a_question_of_the_court_is_left_to_the_reader(kb):
    ans = kb.ask("누리건설 가처분을 판단한 법원은?")
    assert ans.answer == "대전지방법원", ans
