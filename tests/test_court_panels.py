"""Court news: the panel that heard a case is the words before the judge ("대구지법 형사5단독
문서윤 판사", "부산고법 형사2부(정하람 부장판사)"), with its court (search/court_panels.py); a
question asking the 재판부 gets it, not the judge nor the court alone.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.court_panels import panel_in

ARTICLE = (
    "'보조금 부정수급' 업체 대표 항소심도 유죄\n"
    "부산고법 형사2부(정하람 부장판사)는 14일 보조금법 위반 혐의로 기소된 업체 대표 C씨의 "
    "항소를 기각하고 원심과 같이 징역 1년을 선고했다. "
    "앞서 1심인 부산지법 형사5단독 문서윤 판사는 C씨에게 징역 1년을 선고했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "panels", "보조금 부정수급 항소심") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "panel"),
    [
        ("문서윤 판사는 어느 재판부 소속인가?", "부산지법 형사5단독"),  # the judge's own
        ("항소를 기각한 재판부는?", "부산고법 형사2부"),
    ],
)
def test_the_panel_asked(kb, question, panel):
    ans = kb.ask(question)
    assert ans.answer == panel, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_judge_asked_is_still_a_person(kb):
    assert kb.ask("1심에서 C씨에게 징역 1년을 선고한 판사는?").answer == "문서윤"


def test_a_panel_has_a_number():
    assert panel_in("재판부는 피고인의 주장을 받아들이지 않았다.") is None
    assert panel_in("형사7부장판사 출신") is None  # a title, no panel


def test_a_panel_as_the_subject_of_another_ask_is_no_panel_asked(kb):
    ans = kb.ask("재판부가 C씨의 항소를 기각한 이유는?")
    assert ans.answer != "부산고법 형사2부", ans.answer  # a reason asked, not the panel
