"""Figures written each right after a bare label (search/labelled_figures.py): public-sector
news lists prices and votes as "1일권 8,300원, 2일권 1만3,900원" or "무효 5표, 찬성 812명", and a
question that writes one label ("2일권 가격은?") asks for the figure after it, not the first of
the row (real news: a tour pass's 48-hour ticket was answered with the 24-hour price).  Real
Kiwi, real e5 embeddings, real FAISS; the article is invented for the test, and so is each
sentence below."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.labelled_figures import labelled_figures, labelled_row
from search.question import Question
from search.reader import Candidate
from search.spans import Span

ARTICLE = (
    "한솔군, 한솔여행패스 출시\n"
    "한솔군은 관광지 40개소를 무료로 이용할 수 있는 '한솔여행패스'를 다음 달 3일 출시한다고 "
    "12일 밝혔다. 가격은 1일권 9,500원, 2일권 1만6,000원, 3일권 2만1,000원이다. "
    "군은 올해 패스 2만 장을 판매할 계획이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hansol", "한솔여행패스 출시") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한솔여행패스 2일권 가격은?", "1만6,000원"),  # not the first of the row, 9,500원
        ("한솔여행패스 3일권 가격은?", "2만1,000원"),
    ],
)
def test_the_label_asked_gets_its_own_figure(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer is not None and ans.answer.endswith(figure), ans


def test_a_row_reads_labels_that_begin_with_a_number():
    assert labelled_row("24시간권 3만원, 48시간권 5만원이다.") == [
        ("24시간권", 6, 9),
        ("48시간권", 17, 20),
    ]
    assert labelled_row("무효 5표, 찬성 812명으로 집계됐다.") == [("무효", 3, 5), ("찬성", 10, 14)]


@pytest.mark.parametrize(
    "sentence",
    [
        "지난해 매출 820억원을 올렸다.",  # one figure: no row
        "매출 40억원, 매출 25억원",  # one label twice: no row
        "40억원, 25억원을 더했다.",  # no label at all
        "예산은 67억원 늘어난 458억원, 인력은 3명 줄어든 37명이다.",  # 은, 난, 든: no labels
        "조합원 1,200명 중 980명이 투표했다.",  # "중 980명": 중 is no label
        "입력 100만 토큰당 200원이다.",  # 토큰당 is a rate's unit ("per token"), no label
    ],
)
def test_no_row(sentence):
    assert labelled_row(sentence) == []


def _cand(text: str, sentence: str, probability: float = 0.5, passage: int = 0) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=passage, span=span, features={}, probability=probability)


ROW = "가격은 1일권 9,500원, 2일권 1만6,000원이다."
OTHER = "다른 패스 1일권은 3만원이다."


def _ri(*texts: str):
    return SimpleNamespace(passages=[SimpleNamespace(text=t) for t in texts])


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # the row's other label's figure goes, read with its label or alone; another
        # sentence's figure stays
        ("2일권 가격은?", ["2일권 1만6,000원", "3만원"]),
        ("가격은?", ["9,500원", "1일권 9,500원", "2일권 1만6,000원", "3만원"]),  # no label asked
        ("1일권과 2일권 가격은?", ["9,500원", "1일권 9,500원", "2일권 1만6,000원", "3만원"]),
        (
            "What does the 2-day pass cost?",
            ["9,500원", "1일권 9,500원", "2일권 1만6,000원", "3만원"],
        ),
        # the question writes the label WITH its figure: it knows that one and asks the
        # other ("…신주 2주를 받나?" over "주식 3주당 신주 2주"): nothing dropped here
        (
            "2일권 1만6,000원이면 다른 건 얼마?",
            ["9,500원", "1일권 9,500원", "2일권 1만6,000원", "3만원"],
        ),
    ],
)
def test_one_label_asked_drops_the_others_of_its_row(question, kept):
    cands = [
        _cand("9,500원", ROW),
        _cand("1일권 9,500원", ROW),
        _cand("2일권 1만6,000원", ROW),
        _cand("3만원", OTHER, 0.3, 1),
    ]
    out = labelled_figures(Question(question, english=question.isascii()), _ri(ROW, OTHER), cands)
    assert [c.text for c in out] == kept
    assert sum(c.probability for c in out) == pytest.approx(1.8)


def test_no_figure_candidates_are_left_alone():
    name = Candidate(text="한솔군", passage=0, span=None, features={}, probability=0.4)
    assert labelled_figures(Question("2일권 가격은?"), _ri(ROW), [name]) == [name]


FINE = "한결물류에 과징금 8억원과 과태료 900만원이 부과됐다."


@pytest.mark.parametrize(
    ("entities", "kept"),
    [
        ([("e1", "에")], ["8억원"]),  # the row's sentence names the one asked of: read
        ([("e2", "에")], ["8억원", "900만원"]),  # it names only another: left to the owners
        ([], ["8억원", "900만원"]),  # the question names no one, the sentence does: left
    ],
)
def test_a_row_of_someone_else_is_left_alone(entities, kept):
    q = Question("과징금은 얼마인가?")
    q.entities = entities
    ri = SimpleNamespace(passages=[SimpleNamespace(text=FINE, entities=[{"id": "e1"}])])
    out = labelled_figures(q, ri, [_cand("8억원", FINE), _cand("900만원", FINE)])
    assert [c.text for c in out] == kept


def test_the_kb_gives_no_fine_of_another_company(tmp_path_factory):
    """ "다온운송에 부과된 과징금은?" over "한결물류에 과징금 8억원과 과태료 900만원이 부과됐다.
    다온운송에도 과태료 200만원이 부과됐다.": the fine is 한결물류's, 다온운송 got a fee."""
    text = (
        "한결물류 하도급법 위반 제재\n"
        "하도급 대금을 늦게 준 한결물류에 과징금 8억원과 과태료 900만원이 부과됐다. "
        "협력사 다온운송에도 과태료 200만원이 부과됐다."
    )
    with article_kb(tmp_path_factory, text, "fine", "한결물류 제재") as kb:
        ans = kb.ask("다온운송에 부과된 과징금은 얼마인가?")
    assert ans.answer != "8억원", ans


TOW = "업체는 한 대에 견인료 3만 원과 30분당 보관료 500원을 내야 한다."


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("한 대의 견인료는 얼마인가?", ["3만 원"]),  # one item of the row
        ("업체들이 낸 견인료 총액은 얼마인가?", ["3만 원", "500원"]),  # a total: no item of it
    ],
)
def test_a_total_asked_is_no_item_of_a_row(question, kept):
    from kg import analyze_document, resolve
    from search.question import analyze_question

    q = analyze_question(question, resolve([analyze_document("d", TOW)]))
    ri = SimpleNamespace(passages=[SimpleNamespace(text=TOW, entities=[])])
    out = labelled_figures(q, ri, [_cand("3만 원", TOW), _cand("500원", TOW)])
    assert [c.text for c in out] == kept
