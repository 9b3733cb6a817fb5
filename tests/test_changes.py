"""search.changes: one reading of "the question asks the size of a change" and of "the text
writes a figure as the size of a change", for search/change_sizes.py and
search/change_amounts.py.  The two rules once read them apart; each place they disagreed is
shown here with the reading kept and why.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.change_amounts import _modifies, changes_to
from search.changes import (
    asked_rate,
    asks_change,
    asks_level,
    change_after,
    change_nouns,
    changed_at,
    in_points,
)
from search.question import Question
from search.spans import tokens_of


def _q(text: str) -> Question:
    return Question(text=text, tokens=tokens_of(kiwi().tokenize(text)))


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        # both readings agreed
        ("내수 판매는 얼마나 줄었나?", True),
        ("영업이익은 전년 대비 몇 % 늘었나?", True),
        ("몇 %포인트 하락했나?", True),  # the unit word starts with a unit of a rate
        ("매출은 몇%나 늘었나?", True),
        ("제재 건수는?", False),
        ("점유율은 몇 %인가?", False),  # 몇 % with no verb of change
        ("과징금 상한은 얼마로 오르나?", False),  # the end asked (search/change_ends.py)
        # a noun of the size of a change, no interrogative: search/change_amounts.py's reading
        # was right, search/change_sizes.py read no change and answered another row's rate
        ("감소폭은?", True),
        ("영업이익 증가율은?", True),
        ("두 회사 영업이익 차이는 얼마?", True),  # a difference: "N 많은 M" writes it first
        # 몇 and a counter then a verb of change asks the change (change_sizes.py read 몇 only
        # with a unit of a rate); a verb after another word asks something else (change_amounts
        # read any "증가했" as a change asked)
        ("승진한 임원은 지난해보다 몇 명 줄었나?", True),
        ("직원은 몇 명이나 늘렸나?", True),
        ("직원은 몇 명 정도 늘었나?", True),  # a word of about between
        ("수출은 몇 개월 연속 증가했나?", False),  # a length of time
        # a counter written with a particle of an end asks the end (change_amounts read a change)
        ("기단은 몇 대로 늘어나나?", False),
        ("제재 건수는 몇 건으로 줄었나?", False),
        # a verb of change change_sizes.py had no stem of (change_amounts read any 얼마나)
        ("불량률은 얼마나 낮아졌나?", True),
        ("대출 승인율을 얼마나 높였어?", True),
        ("기준금리는 얼마나 내렸나?", True),
        # figure63: a fall said as people say it of a price (빠지다 was no verb of change)
        ("주가 오늘 얼마나 빠졌어?", True),
        # no verb of change after the interrogative: change_amounts read a change in any 얼마나
        # or any 늘었/내렸 (change_sizes.py was right)
        ("국비는 얼마나 들어가나?", False),
        ("이번 행사에 얼마나 많은 사람이 왔나?", False),  # 많은 is a text's word only
        ("하늘소프트의 3분기 영업이익은 늘었나?", False),  # yes or no, no size
        ("가처분 결정은 어느 법원이 내렸어?", False),
        ("몇?", False),  # 몇 with no counter
    ],
)
def test_asks_change(question, asked):
    assert asks_change(_q(question)) is asked


def test_asks_change_reads_the_text_without_kiwi():
    # tests and callers may build a question without its morphemes
    assert asks_change(Question(text="얼마나 줄었나?"))
    assert not asks_change(Question(text="얼마인가?"))


@pytest.mark.parametrize(
    ("text", "figure", "changed"),
    [
        # search/change_amounts.py's verbs, now read by search/change_sizes.py too
        ("기준금리를 0.25%포인트 내린 3.0%로 정했다.", "0.25%포인트", True),
        ("부채는 3조원 불어난 12조원이다.", "3조원", True),
        ("처리 건수는 전년보다 3건 많은 10건이다.", "3건", True),  # a difference
        ("불량률은 2%포인트 낮아졌다.", "2%포인트", True),
        ("승인율을 27% 높였다.", "27%", True),
        ("주가는 12.4% 빠진 8천930원에 마감했다.", "12.4%", True),  # figure63
        # starts too short to be a verb of change
        ("올해 10건 적발했다.", "10건", False),  # 적발 is no 적은
        ("공장은 3년 내 짓는다.", "3년", False),  # 내 is within, no 내린
    ],
)
def test_changed_at(text, figure, changed):
    assert changed_at(text, text.index(figure) + len(figure)) is changed


def test_change_after_gives_the_whole_word():
    assert change_after("매출은 20%가량 늘어난 300억원", 7)["word"] == "늘어난"
    assert change_after("매출은 300억원이다", 10) is None


@pytest.mark.parametrize(
    ("text", "figure", "changes"),
    [
        ("14건에서 6건 줄어든 8건이다", "6건", True),
        # search/change_sizes.py's words, now read by search/change_amounts.py too
        ("매출은 12% 성장한 340억원이다", "12%", True),
        ("주가는 1600원(14.10%) 급등한 1만2950원이다", "1600원", True),  # a bracketed gloss
        ("매출은 20%가량 늘어난 300억원", "20%", True),  # a word of about
        ("20% 뛴 3만원", "20%", True),
        ("6건 줄었다", "6건", False),  # no modifier: the verb ends the clause
        ("20% 늘어 300억원", "20%", False),  # 늘어 joins clauses, no figure modified
        ("6건 줄어든7건", "6건", False),  # no space: no word of change then a figure
        ("매출 20%↑ 300억원", "20%", False),  # an arrow modifies nothing
    ],
)
def test_changes_to(text, figure, changes):
    start = text.index(figure)
    assert changes_to(text, start, start + len(figure)) is changes


@pytest.mark.parametrize(
    ("word", "modifies"),
    [("줄어든", True), ("뛴", True), ("많은", True), ("늘었다", False), ("↑", False), ("", False)],
)
def test_modifies(word, modifies):
    assert _modifies(word) is modifies


@pytest.mark.parametrize(
    ("question", "rate"),
    [
        ("영업이익은 몇 % 늘었나?", "percent"),
        ("매출은 몇 퍼센트 늘었나?", "percent"),
        ("영업이익률은 몇 %포인트 높아졌나?", "points"),  # starts with % too
        ("점유율은 몇 포인트 올랐나?", "points"),
        ("영업이익은 몇 배 늘었나?", ""),  # a multiple, no rate
        ("영업이익은 얼마나 늘었나?", ""),  # no 몇
    ],
)
def test_asked_rate(question, rate):
    assert asked_rate(Question(text=question)) == rate


def test_in_points():
    assert in_points("3.2%포인트") and in_points("0.5%p")
    assert not in_points("71%")


def test_change_nouns():
    assert {"증가", "증가율", "차이"} <= change_nouns()
    assert "매출" not in change_nouns()


ARTICLE = (
    "한울전자 3분기 실적\n"
    "한울전자의 3분기 영업이익은 누리전자보다 120억원 많은 900억원이다. 한울전자의 3분기 매출은 "
    "전년 동기보다 12% 성장한 3400억원이다. 한울전자 직원 수는 지난해보다 30명 늘어난 "
    "510명이다. 한울전자 제품 판매는 국내에서 18.5% 급증한 4200대, 해외에서 6.1% 증가한 "
    "9100대였다. 한울전자 주가는 2050원 뛴 3만5400원에 마감했다. 한울전자의 올해 신규 채용은 "
    "85명으로 지난해 112명보다 27명 줄었다. 한울전자는 기준 수수료율을 0.5%포인트 내린 4.2%로 "
    "정했다. 한울전자의 해외 매출과 영업이익은 전년 동기 대비 각각 17%, 52% 늘어 분기 최대치를 "
    "기록했다. 해외 영업이익률은 14.1%로 1년 전보다 2.4%포인트 높아졌다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "changes", "한울전자 3분기 실적") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # right before the one reading, each for the reason its rule then had
        ("한울전자의 3분기 매출은?", "3400억원"),
        ("한울전자 직원은 몇 명 늘었나?", "30명"),
        ("한울전자 국내 판매 증가율은?", "18.5%"),
        ("한울전자 해외 판매 증가율은?", "6.1%"),  # a noun of change: the row of 해외
        ("한울전자와 누리전자의 영업이익 차이는 얼마?", "120억원"),  # the difference
        ("한울전자 신규 채용은 몇 명으로 줄었나?", "85명"),  # the end asked, no change
        # wrong before: "얼마나" alone read as a change asked kept the change (30명 at 0.62)
        ("한울전자 직원 수는 얼마나 되나?", "510명"),
        # wrong before: 뛴 was no verb of search/change_amounts.py (2050원 at 0.90)
        ("한울전자 주가는?", "3만5400원"),
        # 내렸 was no stem of search/change_sizes.py: right here (0.90) by the figure rules, no
        # answer where the sentence wrote the rate as money's ("기준 가격을 0.5%포인트 내린")
        ("한울전자 기준 수수료율은 얼마나 내렸나?", "0.5%포인트"),
        # 몇 명 was no change asked for search/change_sizes.py: 0.51 before, the change rule's now
        ("한울전자 신규 채용은 지난해보다 몇 명 줄었나?", "27명"),
        ("한울전자 해외 영업이익률은 1년 전보다 몇 %포인트 높아졌나?", "2.4%포인트"),
        # a percent asked where only points are written: the points, as before
        ("한울전자 기준 수수료율은 몇 % 내렸나?", "0.5%포인트"),
    ],
)
def test_one_reading_answers(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_percent_asked_is_no_change_in_points(kb):
    # 높아 is a verb of change of both rules now, so 영업이익률's "2.4%포인트 높아졌다" is a change
    # too, its sentence writing "1년 전보다" as the question does: it was the answer at 0.57
    ans = kb.ask("한울전자 해외 영업이익은 1년 전보다 몇 % 늘었나?")
    assert ans.answer is not None and "52%" in ans.answer and "포인트" not in ans.answer, ans


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("건설사 평가 순위는 몇 위에 올랐나?", True),  # a rank's counter after 몇
        ("몇 등으로 내려갔나?", True),
        ("평가 순위는 얼마나 올랐나?", True),  # a rank's noun, no counter
        ("직원은 몇 명 늘었나?", False),  # another counter: a change asked
        ("매출은 얼마나 늘었나?", False),
    ],
)
def test_a_rank_is_a_level_asked_not_a_change(text, level):
    q = Question(text=text)
    assert asks_level(q) is level
    assert asks_change(q) is (not level)
