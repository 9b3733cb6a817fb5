"""A person named to the asked post across the organisation and unit written before the name
("신임 대표이사로 ㈜누리홀딩스 전략부문 하도윤 사장을 내정", "대표이사로는 하도윤 부사장이 내정됐다")
answers who holds it, whatever title follows the name (search/titles.py ``appointed``; issue 13).
Before, the title after the name (사장) counted as another office and a former head of another
company, written with 전, was answered instead.
Real Kiwi, real e5 embeddings, real FAISS; the shipped reader.  The article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.spans import tokens_of
from search.titles import appointed

ARTICLE = (
    "누리홀딩스, 바다중공업 신임 대표에 하도윤 부회장 내정\n"
    "[한빛경제 모가람 기자] 누리홀딩스는 바다중공업 신임 대표이사로 ㈜누리홀딩스 전략부문 "
    "하도윤 사장을 부회장 승진과 함께 내정했다.\n"
    "우선 바다중공업 신임 대표이사로는 하도윤 부회장이 내정됐다. 하 신임 대표이사는 누리에너지 "
    "대표이사를 역임했다.\n"
    "또 누리 계열사 대표이사를 역임한 도해준 전 누리화학 대표와 남지온 전 누리에너지 대표가 "
    "각각 사내이사 후보로 추천됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "bada", "바다중공업 신임 대표") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["바다중공업 신임 대표이사는 누구인가?", "바다중공업 대표이사는 누구인가?"]
)
def test_the_person_named_to_the_post_is_its_holder(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "하도윤", (question, ans.answer, ans.confidence, ans.sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        ("신임 대표이사로 ㈜누리홀딩스 전략부문 하도윤 사장을 내정했다.", "하도윤", True),
        ("신임 대표이사로는 하도윤 부회장이 내정됐다.", "하도윤", True),
        ("신임 대표이사에 하도윤 사장을 선임했다.", "하도윤", True),
        # a verb between the post and the name: the person is not named to it
        ("대표이사로 일한 하도윤 사장이 떠났다.", "하도윤", False),
        ("누리홀딩스 전략부문 하도윤 사장이 말했다.", "하도윤", False),
    ],
)
def test_named_to_the_post_across_organisation_and_unit(sentence, name, expected):
    toks = tokens_of(kiwi().tokenize(sentence))
    first = next(i for i, t in enumerate(toks) if name.startswith(t.form) and t.tag == "NNP")
    last = first
    while (
        last + 1 < len(toks)
        and toks[last + 1].start == toks[last].end
        and toks[last + 1].tag == "NNP"
    ):
        last += 1
    assert appointed(toks, first, last, {"대표이사", "대표"}) is expected, sentence
