"""Where someone worked before founding their company ("창업 전에 일한 회사는?"): every earlier
employer an interviewee names in their own words, never the company they founded or head, and
no answer when the text names no earlier employer.  Real Kiwi, real e5 embeddings, real FAISS;
the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from test_speakers import QA

HEAD_ONLY = (
    "누리셀, 소형 배터리 칩으로 시리즈A 유치\n"
    "소형 배터리 관리 칩 스타트업 누리셀의 마서윤 대표는 지난 10일 대전 사무실에서 기자와 "
    "만나 신제품 계획을 설명했다. 누리셀은 올해 시리즈A에서 80억 원을 유치했다. 누리셀은 "
    "내년에 두 번째 칩을 내놓는다."
)


@pytest.fixture(scope="module")
def interview(tmp_path_factory):
    with article_kb(tmp_path_factory, QA, "qa", "누리셀 대표 인터뷰") as kb:
        yield kb


@pytest.fixture(scope="module")
def head_only(tmp_path_factory):
    with article_kb(tmp_path_factory, HEAD_ONLY, "head", "누리셀 시리즈A") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "마서윤 대표가 창업 전에 일한 회사는 어디 어디인가?",
        "마서윤 대표가 누리셀을 세우기 전에 일한 곳은?",
    ],
)
def test_every_earlier_employer_the_interviewee_names(interview, question):
    ans = interview.ask(question)
    got = (ans.answer, ans.method, ans.confidence, ans.sentence)
    assert "한울화학" in ans.answer and ("테라셀" in ans.answer or "Terracell" in ans.answer), got
    assert "누리셀" not in ans.answer, got


@pytest.mark.parametrize(
    "question",
    ["마서윤 대표가 창업 전에 일한 회사는 어디 어디인가?", "마서윤 대표가 설립 전에 일한 곳은?"],
)
def test_never_the_company_the_person_heads(head_only, question):
    ans = head_only.ask(question)
    assert ans.method == "none", (ans.answer, ans.method, ans.confidence, ans.sentence)
