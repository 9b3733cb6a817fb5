"""The span of time and the one thing a figure is counted over (issue 13): news writes a toll
per trip beside a commuter's saving per year, a day's traffic beside a month's, and a question
that asks one span ("1년에 얼마나 아껴?", "하루 손실액은?") is answered by the figure of that
span, never by a figure per one trip or one person (search/figure_qualifiers.py, kinds span and
unit, [per_unit]).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.figure_qualifiers import asked_qualifiers, contradicts, figure_qualifiers


def _read(sentence: str, figure: str) -> dict:
    at = sentence.index(figure)
    return figure_qualifiers(sentence, at, at + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "kind", "values"),
    [
        (
            "출근 차량이 한 달에 20일 다리를 건너면 한 해 약 80만원을 아낀다.",
            "80만원",
            "span",
            {"year"},
        ),
        (
            "출근 차량이 한 달에 20일 다리를 건너면 한 해 약 80만원을 아낀다.",
            "20일",
            "span",
            {"month"},
        ),
        ("다리는 하루 평균 4만1천대가 지난다.", "4만1천대", "span", {"day"}),
        # both ends of a change written after the span are of it
        ("하루 처리량은 평소 9천TEU에서 3천TEU로 줄었다.", "3천TEU", "span", {"day"}),
        ("보통주 1주당 액면가를 1000원에서 200원으로 낮춘다.", "200원", "unit", {"share"}),
        ("피해자에게는 1인당 최대 5만원을 보상한다.", "5만원", "unit", {"person"}),
        ("1회 이용 시 3천400원을 낸다.", "3천400원", "unit", {"trip"}),
        # a unit written as a noun with 당: the noun, or the unit it names
        ("교육청은 학교당 최대 50억원을 지원한다.", "50억원", "unit", {"학교"}),
        ("피해 가구에는 가구당 20만원을 준다.", "20만원", "unit", {"household"}),
        ("내년 최저임금은 시간당 1만1200원이다.", "1만1200원", "unit", {"시간"}),
        ("주당 배당금은 1200원으로 정했다.", "1200원", "unit", {"share"}),
    ],
)
def test_the_span_and_unit_written_by_a_figure(sentence, figure, kind, values):
    assert _read(sentence, figure).get(kind) == values


def test_no_span_is_read_in_another_word():
    # 한 해외 기업: 해외, no year; 하루카: a name
    assert "span" not in _read("한 해외 기업이 300억원을 투자했다.", "300억원")
    assert "span" not in _read("하루카전자는 120억원을 받았다.", "120억원")
    # 상당, 해당, 담당: words of their own, no unit; a party's name is none either
    assert "unit" not in _read("3만원 상당의 포인트를 준다.", "3만원")
    assert "unit" not in _read("해당 고객에게 5만원을 준다.", "5만원")
    assert "unit" not in _read("민주당 의원 12명이 찬성했다.", "12명")
    assert "unit" not in _read("집권당 의원 120명이 찬성했다.", "120명")


def test_a_figure_per_one_thing_answers_no_span_asked():
    per_trip = _read("1회 이용 시 3천400원을 낸다.", "3천400원")
    assert contradicts(asked_qualifiers("1년에 얼마나 아껴?"), per_trip)
    assert not contradicts(asked_qualifiers("한 번 건널 때 통행료는?"), per_trip)
    # a question that names the unit and the span asks the figure of both
    both = _read("1인당 연간 50만원을 지원한다.", "50만원")
    assert not contradicts(asked_qualifiers("1인당 연간 지원액은?"), both)
    # a figure per one person and per a year answers a year asked
    assert not contradicts(asked_qualifiers("연간 지원액은 얼마인가?"), both)
    # a whole is no figure per one of its parts
    whole = _read("시는 교량 12곳의 보수에 모두 310억원을 들인다.", "310억원")
    assert contradicts(asked_qualifiers("교량 한 곳당 보수 비용은?"), whole)
    # a day's figure is no year's
    day = _read("다리는 하루 평균 4만1천대가 지난다.", "4만1천대")
    assert contradicts(asked_qualifiers("연간 통행량은?"), day)


ARTICLE = (
    "도담대교 통행료 5천원→3천400원으로 내린다\n"
    "민자 다리인 도담대교의 통행료가 다음 달 15일부터 5천원에서 3천400원으로 내린다. "
    "도담대교 운영사인 한가람교량은 시와 협약을 맺고 이같이 결정했다고 7일 밝혔다.\n"
    "2011년 개통한 도담대교는 하루 평균 4만1천대가 이용한다.\n"
    "통행료가 내리면 출근 차량이 한 달에 20일 다리를 왕복할 경우 한 해 약 77만원을 아낄 수 "
    "있다.\n"
    "시는 운영사의 수입 감소분을 메우려고 앞으로 4년 동안 모두 620억원을 지원한다. 시는 관내 "
    "교량 12곳의 보수에도 모두 310억원을 들인다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "dodam", ARTICLE.split("\n")[0]) as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("도담대교로 출근하면 1년에 얼마나 아껴?", "77만원"),  # no toll per trip, 3천400원
        ("도담대교 출퇴근 차량이 한 해 아끼는 돈은 얼마인가?", "77만원"),
        ("도담대교의 새 통행료는 얼마인가?", "3천400원"),  # the other way, left alone
    ],
)
def test_the_figure_of_the_asked_span(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer is not None and figure.replace(" ", "") in ans.answer.replace(" ", ""), ans


def test_no_figure_per_a_unit_the_text_never_writes(kb):
    # the text writes the repairs' whole (모두 310억원), no cost per bridge
    ans = kb.ask("교량 한 곳당 보수 비용은 얼마인가?")
    assert ans.answer is None, ans
