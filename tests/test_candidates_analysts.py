"""An analyst asked about a company is no post of that company: "한결전자 목표주가를 올린
애널리스트는 누구?" is answered by "누리투자증권 서하람 연구원", whom another firm employs
(search/candidates_analysts.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from candidate_inputs import Passage, Passages, candidate, read

from search.candidates_analysts import analysts_back, asked_analyst
from search.reader import Candidate

ARTICLE = (
    "한결전자, 3분기 영업이익 412억 원…시장 예상 웃돌아\n"
    "[경제일보 기자] 전력반도체 업체 한결전자가 3분기 영업이익 412억 원을 기록했다고 8일 "
    "공시했다. 증권가는 실적 발표 직후 목표주가를 올렸다. 누리투자증권 서하람 연구원은 "
    "\u201c전력반도체의 수익성이 예상보다 좋다\u201d며 한결전자 목표주가를 5만 원에서 6만 2000원으로 "
    "높였다. 한결전자 주가는 이날 4.1% 오른 5만 1200원에 거래를 마쳤다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "analyst", "한결전자 실적") as kb:
        yield kb


def test_the_analyst_of_another_firm_answers(kb):
    ans = kb.ask("한결전자 목표주가를 6만 2000원으로 올린 애널리스트는 누구야?")
    assert ans.answer == "서하람", (ans.answer, ans.method, ans.sentence)


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("목표주가를 올린 애널리스트는 누구?", "애널리스트"),
        ("투자의견을 올린 연구원은 누구인가?", "연구원"),  # Kiwi: 연구 + 원, read whole
        ("한결전자 대표는 누구인가?", ""),  # a post, no analyst
        ("목표주가는 얼마인가?", ""),  # no person asked
    ],
)
def test_asked_analyst(question, word):
    assert asked_analyst(*read(question)) == word


SENTENCE = (
    "누리투자증권 서하람 연구원은 목표주가를 높였고, 도윤재 가온증권 애널리스트는 유지했으며, "
    "한결전자 민서진 연구원은 개발을 맡았다. 표다온 대표는 답했다."
)
PERSON = {"type": "Person"}


def _cand(words: str, p: float, entity: dict | None = PERSON) -> Candidate:
    return candidate(SENTENCE, words, p, entity)


def _back(question: str, before, after):
    q, asked = read(question)
    kept = analysts_back(q, asked, before, after, Passages([Passage(SENTENCE)]))
    return [(c.text, round(c.probability, 2)) for c in kept]


def test_analysts_come_back_with_the_belief():
    seo, do = _cand("서하람", 0.2), _cand("도윤재", 0.1)  # a broker beside each
    own = _cand("민서진", 0.2)  # a 연구원 of the company itself: no broker beside
    head = _cand("표다온", 0.2)  # a 대표: no analyst's title
    figure = _cand("목표주가", 0.3, None)
    before = [seo, do, own, head, figure]
    # the rule of the named company's posts dropped every one of them; the analysts come back
    # and take the belief of the figure it kept (what it dropped took its belief away)
    assert _back("한결전자 실적을 밝게 본 연구원은 누구인가?", before, [figure]) == [
        ("서하람", 0.4),
        ("도윤재", 0.2),
    ]
    # 애널리스트 says analyst alone, and so does an analyst's act (목표주가): any person
    # written with an analyst's title
    for question in (
        "한결전자 실적을 밝게 본 애널리스트는 누구?",
        "목표주가를 올린 연구원은 누구인가?",
    ):
        assert _back(question, before, [figure]) == [
            ("서하람", 0.32),
            ("도윤재", 0.16),
            ("민서진", 0.32),
        ]


def test_nothing_moves_without_an_analyst():
    figure = _cand("목표주가", 0.3, None)
    head = _cand("표다온", 0.2)
    unspanned = Candidate("서하람", 0, None, {}, probability=0.2, entity=PERSON)
    # no analyst asked: what the posts' rule kept stays
    assert _back("한결전자 대표는 누구인가?", [figure, head], [head]) == [("표다온", 0.2)]
    # an analyst asked, none written as one: the kept ones, the belief where it was
    assert _back("목표주가를 올린 애널리스트는 누구?", [figure, head, unspanned], [head]) == [
        ("표다온", 0.2)
    ]
