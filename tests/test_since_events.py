"""A figure of the earlier event a story measures its own against (search/since_events.py):
order news writes "…한 이래로 최대" with the earlier order's count and price, and a question that
gives no date asks about the story's own order.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test, and so is each sentence below."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.question import Question
from search.reader import Candidate
from search.since_events import in_since_clause, since_events
from search.spans import Span

ARTICLE = (
    "한결중공업, 벌크선 수주\n"
    "한결중공업은 아시아 선주로부터 벌크선 4척을 총 3천120억원에 수주했다고 9일 공시했다. "
    "이 회사는 2019년 3월 그리스 선사로부터 벌크선 9척을 7억달러에 수주한 이래로 대형 계약이 "
    "없었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "since", "한결중공업 수주") as kb:
        yield kb


def test_the_story_s_own_order_is_counted(kb):
    ans = kb.ask("한결중공업이 수주한 벌크선은 몇 척?")
    assert ans.answer == "4척", ans  # not the 2019 order's 9척


SINCE = "이 회사는 2019년 3월 벌크선 9척을 수주한 이래로 계약이 없었다."


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        (SINCE, "9척", True),
        (SINCE, "계약", False),  # after 이래: no figure of the earlier event
        ("벌크선 9척을 수주한 이래로 계약이 없었다.", "9척", False),  # no year dates the clause
        (
            "2019년 설립됐고, 벌크선 9척을 수주한 이래 최대다.",
            "9척",
            False,
        ),  # the year's clause ends
        ("2019년 벌크선 9척을 수주했고, 이래저래 바빴다.", "9척", False),  # no 이래 as a word
        ("2019년 매출 9천억원으로 창사 이래 최대다.", "9천억원", False),  # a noun before 이래
        ("2019년 9척을 맺었던 이래 처음이다.", "9척", True),  # 던: a past modifier
        ("2019년 9척을 수주한 뒤, 그 이래로 쉬었다.", "9척", False),  # a comma before 이래
    ],
)
def test_the_clause_of_an_earlier_event(text, word, inside):
    assert in_since_clause(text, text.index(word)) is inside


def _cand(text: str, sentence: str, probability: float) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=0, span=span, features={}, probability=probability)


def test_the_earlier_figure_gives_its_belief_unless_a_year_is_asked():
    text = "벌크선 4척을 수주했다. " + SINCE
    ri = SimpleNamespace(passages=[SimpleNamespace(text=text)])
    cands = [_cand("9척", text, 0.6), _cand("4척", text, 0.3)]
    kept = since_events(Question("수주한 벌크선은 몇 척?"), ri, cands)
    assert [(c.text, round(c.probability, 2)) for c in kept] == [("4척", 0.9)]
    assert since_events(Question("2019년 수주한 벌크선은 몇 척?"), ri, cands) == cands
    assert since_events(Question("How many ships?", english=True), ri, cands) == cands
    alone = [_cand("9척", text, 0.6)]  # nothing else left: kept
    assert since_events(Question("수주한 벌크선은 몇 척?"), ri, alone) == alone
