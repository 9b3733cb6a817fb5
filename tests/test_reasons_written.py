"""A question asking why ("…에 뛰어드는 이유는?", "연임된 이유는?") is answered by the clause of
reason in the ways Korean news writes one beside 때문, 차원, 여파 and "것으로 풀이된다", not by the
whole sentence, the headline or a word the reader picks from it ("적극적").  Real Kiwi, real e5
embeddings, real FAISS; the shipped reader and calibration.  The article is invented for the test
(the patterns are real news's: an acquisition race, a reappointment, a CEO appointment, a
shrunken contract)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.motives import reason_clause

ARTICLE = (
    "하늘마트·바다24, 솔편의점 인수전 참전\n"
    "편의점 업계 3위 하늘마트와 4위 바다24가 매물로 나온 솔편의점 인수전에 뛰어들었다. "
    "하늘마트와 바다24가 솔편의점 인수에 적극적으로 뛰어드는 이유는 점포 수를 크게 늘릴 "
    "기회이기 때문이다.\n"
    "한편 누리중공업은 3일 주주총회를 열어 강도현 사장의 연임을 확정했다. 강 사장의 연임은 "
    "8년 만에 영업이익을 흑자로 돌려놓은 성과를 인정받은 것으로 풀이된다.\n"
    "가람화학은 이날 이사회를 열어 서지우 부회장을 대표이사로 선임했다. 가람화학 관계자는 "
    '"서 부회장의 대표이사 선임은 책임경영을 강화하겠다는 차원에서 이뤄졌다"고 밝혔다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "reasons", "솔편의점 인수전") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ("하늘마트와 바다24가 솔편의점 인수에 뛰어드는 이유는?", "점포 수를 크게 늘릴 기회"),
        ("강도현 사장이 연임된 이유는?", "흑자로 돌려놓은 성과를 인정받은"),
        ("서지우 부회장을 대표이사로 선임한 이유는?", "책임경영을 강화하겠다는 차원에서"),
    ],
)
def test_the_clause_of_reason_answers_why(kb, question, reason):
    ans = kb.ask(question)
    assert ans.answer is not None and reason in ans.answer, ans
    assert ans.answer != ans.sentence, ans  # a clause, no whole sentence


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("매장이 줄어든 것은 임대료가 오른 여파로 보인다.", "임대료가 오른 여파로"),
        ("이번 인사는 현장 경영을 강화하려는 차원이다.", "현장 경영을 강화하려는 차원"),
        ("실적이 좋아질 것으로 보인다.", None),  # a forecast, no reading of why
        ("그 결정은 비용을 줄인 것으로 해석된다.", "비용을 줄인"),
        ("것으로 풀이된다.", None),  # nothing before 것
    ],
)
def test_nouns_of_reason_and_the_reporters_reading(sentence, clause):
    assert reason_clause(sentence) == clause
