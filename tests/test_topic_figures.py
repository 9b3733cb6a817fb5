"""Figures written each after its own topic (search/topic_figures.py): deal and plant news splits
a whole into parts named by plain nouns ("국내 공장은 40억원, 해외 법인은 25억원 규모다"), and
a question that writes one of them asks for its part, not the whole written elsewhere.  Real
Kiwi, real e5 embeddings, real FAISS; the article is invented for the test, and so is each
sentence below."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.question import Question
from search.reader import Candidate
from search.spans import Span
from search.topic_figures import topic_figures, topic_row

ARTICLE = (
    "다온정밀, 65억원 규모 설비 증설\n"
    "자동차 부품업체 다온정밀은 국내 공장과 멕시코 법인에 총 65억원 규모의 설비 증설을 위한 "
    "투자를 결정했다고 3일 밝혔다. 국내공장은 40억원, 멕시코법인은 25억원 규모다. "
    "회사는 지난해 매출 820억원을 기록했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "topics", "다온정밀 증설") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("다온정밀 국내공장 투자 금액은?", "40억원"),  # the part, not the whole 65억원
        ("멕시코법인 투자 금액은?", "25억원"),
        ("다온정밀 설비 증설 투자 규모는?", "65억원"),  # no topic of the row asked: the whole
    ],
)
def test_the_topic_asked_gets_its_own_figure(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


def _cand(text: str, sentence: str, probability: float = 0.5, passage: int = 0) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=passage, span=span, features={}, probability=probability)


ROW = "국내 공장은 40억원, 해외 법인은 25억원 규모다."
WHOLE = "총 65억원을 투자한다."


def _ri(*texts: str):
    return SimpleNamespace(passages=[SimpleNamespace(text=t) for t in texts])


def test_a_row_needs_two_topics_and_reads_one_or_two_words():
    assert topic_row(ROW) == [("국내공장", 7, 11), ("해외법인", 20, 24)]
    assert topic_row("국내공장은 약 40억원이다.") == []  # one figure: no row
    assert topic_row("매출은 40억원, 매출은 25억원") == []  # one topic twice: no row
    assert topic_row("40억원, 25억원을 더했다.") == []  # no topic at all


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("해외 법인 투자 금액은?", ["25억원"]),  # the asked topic's figure takes the belief
        ("투자 금액은?", ["40억원", "25억원", "65억원"]),  # no topic asked: untouched
        ("국내 공장과 해외 법인 투자 금액은?", ["40억원", "25억원", "65억원"]),  # both asked
        ("What did the overseas unit get?", ["40억원", "25억원", "65억원"]),  # English: not read
    ],
)
def test_one_topic_asked_keeps_its_figure(question, kept):
    cands = [_cand("40억원", ROW), _cand("25억원", ROW), _cand("65억원", WHOLE, 0.3, 1)]
    out = topic_figures(Question(question, english=question.isascii()), _ri(ROW, WHOLE), cands)
    assert [c.text for c in out] == kept
    assert sum(c.probability for c in out) == pytest.approx(1.3)


def test_a_topic_inside_another_asked_is_that_one_only():
    row = "법인은 10억원, 해외법인은 25억원 규모다."
    cands = [_cand("10억원", row), _cand("25억원", row)]
    out = topic_figures(Question("해외법인 투자액은?"), _ri(row), cands)
    assert [c.text for c in out] == ["25억원"]  # "법인" is written inside "해외법인" only
    word = Candidate(text="법인", passage=0, span=None, features={}, probability=0.1)
    out = topic_figures(Question("해외법인 투자액은?"), _ri(row), [*cands, word])
    assert [c.text for c in out] == ["25억원"]  # a candidate that is no figure gives way too
