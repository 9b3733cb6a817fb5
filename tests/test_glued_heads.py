"""A head's title glued to the organisation's name in a question ("누리도서관장은 누구인가?")
asks the person heading it: Kiwi reads 누리/도서관장 and the question named nothing, so the
answer was a quote (real MOU news: "국회도서관장은 누구인가?" -> the chief's own words).  The
name is split off its glued title (search/question_repair.py).  Real Kiwi, e5, FAISS; the
article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리도서관, 한빛신문과 업무협약\n"
    "누리도서관(관장 한지우)은 13일 한빛신문(대표 오세린)과 정보 교류를 위한 업무협약을 맺었다고 "
    '밝혔다. 한지우 누리도서관장은 "이번 협력으로 두 기관이 필요한 정보를 함께 쓸 수 있게 '
    '됐다"고 말했다. 오세린 대표는 "기사 자료를 도서관 이용자에게 열겠다"고 밝혔다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리도서관 업무협약") as kb:
        yield kb


def test_the_head_of_the_glued_name(kb):
    ans = kb.ask("누리도서관장은 누구인가?")
    assert ans.answer == "한지우", (ans.answer, ans.method, ans.confidence)


@pytest.mark.parametrize(
    ("question", "repaired"),
    [
        ("누리도서관장은 누구인가?", "누리도서관 관장은 누구인가?"),
        ("한빛연구원장은 누구야?", "한빛연구원 원장은 누구야?"),
        ("누리도서관사장은?", "누리도서관 사장은?"),  # Kiwi's own boundary
        ("누리협의위원장은?", "누리협의위원장은?"),  # 위원장 of 누리협의위, no "원장"
    ],
)
def test_the_glued_title_is_written_apart(question, repaired):
    from kg import analyze_document, resolve
    from search.question_repair import repair_question

    ex = resolve([analyze_document("d", "누리도서관과 한빛연구원, 누리협의위는 협약을 맺었다.")])
    assert repair_question(question, ex) == repaired
