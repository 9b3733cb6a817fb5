"""A budget asked by its use ("청년 AI 교육 예산은?", "드론 실증 사업 예산은?"): news writes the
parts of a budget by what they are spent on ("교육에 34억원", "사업에 420억원을 활용한다") and the
word 예산 with the total only, so the figure written with the use answers, not the total
(search/figure_nouns.py ``_uses``); a common word first in a name ("AI 혁신펀드") is no partial
name of it, so "AI" in a question does not make it about the fund (search/question.py).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figure_nouns import _use_score, _uses

ARTICLE = (
    "산업부, 로봇·AI 예산 2100억원 추가 투입\n"
    "산업통상자원부가 추가경정예산으로 로봇과 인공지능(AI) 분야에 2100억원 규모 예산을 추가 "
    "투입한다. 제조 현장에 AI를 도입하는 AI 전환(AX) 예산으로 780억원을 편성했다. 중소 "
    "제조기업 AI 전환 컨설팅 사업에 210억원, 물류 로봇 보급 사업에 95억원을 확보했다. "
    "협동로봇 안전 실증 사업에 420억원을 활용한다. 기존 1200억원 규모 AI 혁신펀드에 "
    "600억원을 더한다. 재직자 AI 교육에 47억원, 창업기업 판로 지원에 62억원 등을 투입할 "
    "예정이다. "
    "한편 드론 분야 지원도 늘린다. 드론 관련 총 예산은 300억원이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "budget", "산업부 추경 예산") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("협동로봇 안전 실증 사업 예산은?", "420억원"),  # "사업에 420억원을 활용", no 예산 written
        ("재직자 AI 교육 예산은 얼마?", "47억원"),  # one of a row of uses
        ("AI 전환 예산은 얼마?", "780억원"),  # written with the head too, over the gloss (AX)
        ("중소 제조기업 AI 전환 컨설팅 사업 예산", "210억원"),
    ],
)
def test_a_budget_is_the_figure_written_with_its_use(kb, question, figure):
    ans = kb.ask(question)
    assert (ans.answer or "").startswith(figure), (ans.answer, ans.method, ans.sentence)


def test_ai_in_a_question_is_no_partial_name_of_the_fund(kb):
    ans = kb.ask("협동로봇 안전 실증 사업 AI 예산은?")
    assert "AI혁신펀드" not in str(ans.analysis.get("entities")), ans.analysis
    assert kb.ask("AI 혁신펀드 추가 금액은?").answer == "600억원"


def test_a_use_no_figure_is_written_with_takes_the_budget_written(kb):
    ans = kb.ask("드론 예산은 얼마?")  # the text gives the 드론 total, written with 예산
    assert ans.answer == "300억원", (ans.answer, ans.method, ans.sentence)


def test_only_a_budget_head_reads_uses():
    assert _uses("규모", {"사업", "규모"}) == set()  # an amount word asks as written
    assert _uses("예산", {"교육", "예산"}) == {"교육"}
    assert _use_score({"보급", "로봇"}, {"교육"}, "물류 로봇 보급 사업에 95억원", "예산") == 0
