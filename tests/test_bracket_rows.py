"""A row of names with bracketed figures whose kind the sentence before names
(search/bracket_rows.py): real Kiwi, real e5 embeddings, real FAISS."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.bracket_rows import row_kind_written

ARTICLE = (
    "국내 자동차 부품사들의 3분기 매출이 일제히 늘었다. 한결모터스(898억원), 새봄정밀(896억원), "
    "다온테크(540억원) 순으로 많았다. 업계는 4분기에도 증가세가 이어질 것으로 본다.\n\n"
    "게임업계에서는 중견사들의 영업이익이 눈에 띄었다. 별내게임즈(212억원)와 초록소프트(97억원)가 "
    "흑자를 냈다.\n\n"
    "물류 스타트업들은 올해 직원을 크게 늘렸다. 바로배송(420명), 나래물류(185명)가 대표적이다.\n\n"
    "매출 86조원을 기록한 가온차가 5위에서 3위로 올라섰다. 이어 한빛전자(83조4673억원)‧"
    "누리전력(71조2579억원)‧다솜화학(62조2784억원) 순으로 뒤를 이었다.\n\n"
    "올해 3분기 영업이익은 한빛증권이 가장 많았다. 한빛증권(1조2000억원)에 이어 "
    "누리투자(8300억원), 가온캐피탈(2100억원) 순이었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "rows", "부품사 3분기 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("새봄정밀의 매출은?", "896억원"),  # its own bracket, the kind named the sentence before
        ("다온테크의 3분기 매출은 얼마인가?", "540억원"),
        ("초록소프트의 영업이익은?", "97억원"),
        ("나래물류의 직원 수는?", "185명"),
        # the sentence before names another's 매출 ("…을 기록한 가온차"): the row's is 누리전력's
        ("누리전력의 매출은?", "71조2579억원"),
        # the sentence before names the first of the row ("한빛증권이 가장 많았다")
        ("누리투자의 3분기 영업이익은?", "8300억원"),
    ],
)
def test_a_rows_bracketed_figure_is_the_kind_named_before(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, ans


def test_another_kind_is_not_the_rows(kb):
    # the row is of 매출: no 영업이익 of 새봄정밀 is written
    assert kb.ask("새봄정밀의 영업이익은?").answer != "896억원"


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("새봄정밀(896억원)이 뒤를 이었다.", ["3분기 매출이 늘었다."]),  # one bracket: no row
        ("영업이익은 한결(10억원), 새봄(896억원)이다.", ["3분기 매출이 늘었다."]),  # its own kind
        (
            "한결(10억원), 새봄(896억원) 순이다.",
            ["공장을 지었다.", "직원을 뽑았다.", "매출이 늘었다."],
        ),
    ],
)
def test_no_row_or_a_kind_of_its_own_or_far_gives_none(sentence, earlier):
    start = sentence.index("896")
    assert row_kind_written(sentence, start, start + 5, earlier, ["매출", "영업이익"]) is None


SEVERAL_VALUES = (
    "반도체 장비 기업들의 올해 매출이 크게 늘었다. 새솔테크(4천억원, 업계 순위 3위)와 "
    "다온시스템(2천억원, 업계 순위 7위)이 성장을 이끌었다.\n\n"
    "국내 제약사들의 상반기 영업이익이 발표됐다. 한울제약(2위·830억원), "
    "보람바이오(5위·410억원) 순으로 이어졌다."
)


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # a bracket holding an amount and a rank: the amount is the row's kind, the rank a rank
        ("새솔테크의 매출은?", "4천억원"),
        ("다온시스템의 올해 매출은 얼마인가?", "2천억원"),
        ("새솔테크는 업계 몇 위인가?", "3위"),
    ],
)
def test_each_value_of_a_bracket_is_its_own(tmp_path_factory, question, figure):
    with article_kb(tmp_path_factory, SEVERAL_VALUES, "values", "장비 기업 매출") as kb:
        assert kb.ask(question).answer == figure


def test_a_value_apart_by_a_dot_or_a_comma_is_a_rows_figure():
    earlier = ["제약사들의 상반기 영업이익이 발표됐다."]
    row = "한울제약(2위·830억원), 보람바이오(5위·410억원) 순이었다."
    at = row.index("410")
    assert row_kind_written(row, at, at + 5, earlier, ["영업이익"]) == "영업이익"
    row = "새솔테크(4천억원, 업계 순위 3위)와 다온시스템(2천억원, 업계 순위 7위)이 이끌었다."
    at = row.index("3위")  # part of an item, not the item
    assert row_kind_written(row, at, at + 2, earlier, ["영업이익"]) is None
