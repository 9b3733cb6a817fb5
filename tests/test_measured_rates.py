"""A measured quality asked ("답변 정확도는?", "인식률은?") is a figure, a percentage, never the
technique written beside it ("Agentic RAG 기술로 정확도 90%를 달성") (resources/answer_types.toml
head kinds and [rates]); and a figure's noun is no kind of thing ("98% 정확도로 집어낸다" says how
well, not what it is: search/appositions.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.appositions import predicated

ARTICLE = (
    "누리텔레콤, 상담 AI '누리봇' 정확도 92% 달성\n"
    "누리텔레콤은 자체 개발한 상담 AI 누리봇에 Hybrid RAG 기술을 적용해 답변 정확도 92%를 "
    "달성했다고 밝혔다. 음성 인식률은 97%까지 높아졌다. 회사는 연말까지 상담 시간을 20% 줄이는 "
    "것이 목표라고 했다. "
    "이 회사의 로봇 팔 '누리핸드'는 카메라 영상만으로 처음 보는 상품도 98% 정확도로 집어낼 수 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuribot", "누리봇 정확도") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [("누리봇 답변 정확도는?", "92%"), ("음성 인식률은?", "97%")],
)
def test_a_measured_quality_is_a_percentage(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.sentence)


def test_a_figure_noun_is_no_kind_of_thing(kb):
    ans = kb.ask("누리핸드는 어떤 제품인가?")
    assert ans.answer != "정확도", (ans.answer, ans.method, ans.sentence)


def test_a_figure_noun_before_ro_is_no_predicated_kind():
    text = "이 회사의 로봇 팔 '누리핸드'는 카메라 영상만으로 상품을 98% 정확도로 집어낼 수 있다."
    assert predicated(text, ["누리핸드"]) == []
    # a noun of a kind before 로 still is one
    assert predicated("라온은 2019년 설립된 생활가전 업체로 공기청정기를 만든다.", ["라온"]) == [
        "2019년 설립된 생활가전 업체"
    ]
