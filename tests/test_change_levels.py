"""Which figure is the asked one when Korean news writes a change next to a level, rounds a
figure in its headline or writes a deal's size with a count (search/change_levels.py,
search/rounded_figures.py, search/deal_sizes.py, the level of a topic's change in
search/topic_figures.py).  Real Kiwi, real e5 embeddings, real FAISS; the article and every
sentence below are invented for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.change_levels import change_levels, level_after, level_span, old_level, stated_change
from search.deal_sizes import asks_deal_money, deal_sizes
from search.question import Question
from search.reader import Candidate
from search.rounded_figures import amount, rounded_figures, rounds
from search.spans import Span
from search.topic_figures import topic_row

ARTICLE = (
    "한빛조선, 7천억원 규모 벌크선 수주\n"
    "한빛조선은 북유럽 선주로부터 벌크선 4척을 총 7천134억원에 수주했다고 3일 공시했다. "
    "한빛조선은 남미 선사와 총 2310억원 규모의 유조선 3척에 대한 건조 계약도 체결했다.\n"
    "특수선 물량은 기존 수주액 512억원에서 현재는 1034억원으로 크게 늘었다고 회사 측은 "
    "밝혔다.\n"
    "정부는 관광 바우처 예산은 215억원 늘어난 내년 1930억원, 지역축제 지원예산은 120억원 "
    "늘어난 860억원으로 책정했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "change-levels", "한빛조선 수주") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("한빛조선 벌크선 수주 금액은?", "7천134억원"),  # not the headline's rounded 7천억원
        ("한빛조선 유조선 계약 규모는?", "2310억원"),  # a deal's size is money, not 3척
        ("유조선 몇 척을 계약했나?", "3척"),  # a count asked keeps the count
        ("특수선 물량 현재 수주액은?", "1034억원"),  # the new level, not the 에서 one
        ("특수선 물량 기존 수주액은?", "512억원"),  # the old level asked
        ("관광 바우처 예산은?", "1930억원"),  # the level after "늘어난 내년"
        ("관광 바우처 예산은 얼마나 늘었나?", "215억원"),  # the change asked
    ],
)
def test_the_asked_figure(kb, question, figure):
    ans = kb.ask(question)
    assert ans.answer == figure, (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_level_after_and_its_span():
    text = "예산은 215억원 늘어난 내년 1930억원이다"
    assert level_after(text, 4, 9)  # a word of time between the change and its level
    assert level_span(text, 9) == (17, 23)
    assert level_after("14건에서 6건 줄어든 8건이다", 6, 8)  # the level right after
    assert not level_after("6건이 줄었다", 0, 2)  # no modifier of change
    assert level_span("6건 늘었다", 2) is None  # a change stated, no level after it
    assert level_span("6건 늘어난 것으로", 2) is None  # a modifier, no figure after it
    assert level_span("6건의 계약", 2) is None  # no change at all
    assert level_span("", 0) is None


def test_stated_change_and_old_level():
    assert stated_change("판매건수는 4건 늘었다", 6, 8)
    assert not stated_change("총 21건의 판권을 팔았다", 2, 5)
    assert old_level("기존 512억원에서 현재는 1034억원으로 늘었다", 3, 8)
    assert old_level("512억원에서 1034억원으로", 0, 5)  # no word between
    assert not old_level("512억원에서 출발했다", 0, 5)  # no new level after 에서
    assert not old_level("512억원에서 1034억원까지", 0, 5)  # the next one is no end of a change
    assert not old_level("512억원을 받았다", 0, 5)  # no 에서
    assert not old_level("", 0, 0)


def _cand(text: str, sentence: str, probability: float = 0.5, passage: int = 0) -> Candidate:
    start = sentence.index(text)
    span = Span(text=text, start=start, end=start + len(text), first=0, last=0)
    return Candidate(text=text, passage=passage, span=span, features={}, probability=probability)


def _ri(*texts: str):
    return SimpleNamespace(passages=[SimpleNamespace(text=t) for t in texts])


ROW = "올해 8곳이 총 21건의 판권을 팔았다. 판매 업체는 3곳 줄었지만 판매건수는 4건 늘었다."


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        ("판권 판매 건수는?", ["21건"]),  # the stated changes give way to the level
        ("판매건수는 얼마나 늘었나?", ["21건", "3곳", "4건"]),  # the change asked: untouched
        ("판매건수 증가 폭은?", ["21건", "3곳", "4건"]),  # a noun of change asked
        ("판매 증원 규모는?", ["21건", "3곳", "4건"]),  # a noun of change of the table
    ],
)
def test_stated_changes_give_way_to_a_level(question, kept):
    cands = [_cand("21건", ROW), _cand("3곳", ROW, 0.3), _cand("4건", ROW, 0.6)]
    out = change_levels(Question(question), _ri(ROW), cands)
    assert [c.text for c in out] == kept
    assert sum(c.probability for c in out) == pytest.approx(1.4)


def test_old_levels_and_nothing_left():
    text = "기존 512억원에서 현재는 1034억원으로 늘었다."
    cands = [_cand("512억원", text), _cand("1034억원", text)]
    assert [c.text for c in change_levels(Question("수주액은?"), _ri(text), cands)] == ["1034억원"]
    kept = change_levels(Question("기존 수주액은?"), _ri(text), cands)  # the old level asked
    assert [c.text for c in kept] == ["512억원", "1034억원"]
    only = [_cand("4건", ROW)]  # only a change: kept, nothing else would answer
    assert change_levels(Question("판매건수는?"), _ri(ROW), only) == only
    word = Candidate(text="판권", passage=0, span=None, features={}, probability=0.1)
    assert [c.text for c in change_levels(Question("판매건수는?"), _ri(ROW), [word])] == ["판권"]
    assert change_levels(Question("판매건수는?"), _ri(ROW), []) == []


def test_amounts_and_roundings():
    assert amount("7천134억원") == (713400000000, "원")
    assert amount("약 7천억원") == (700000000000, "원")
    assert amount("4억725만달러") == (407250000, "달러")
    assert amount("1.5억원") is None  # a decimal point: not read
    assert amount("억원") is None  # no number
    assert amount("3천x백원") is None  # no number under 만 the way Korean writes it
    assert amount("2천3x억원") is None
    assert amount("") is None
    assert rounds("7천억원", "7천134억원")
    assert not rounds("7천134억원", "7천억원")  # the exact one is no rounding
    assert not rounds("10억원", "15억원")  # too far apart: two quantities
    assert not rounds("7천억원", "7천134억달러")  # another unit
    assert not rounds("0원", "7천134억원")  # a zero rounds nothing
    assert not rounds("계약", "7천134억원")  # no figure


def test_rounded_figures_give_way():
    head, body = "7천억원 규모 수주", "총 7천134억원에 수주했다."
    cands = [_cand("7천억원 규모", head, 0.6), _cand("7천134억원", body, 0.3, 1)]
    out = rounded_figures(Question("수주 금액은?"), _ri(head, body), cands)
    assert [c.text for c in out] == ["7천134억원"]
    assert out[0].probability == pytest.approx(0.9)
    alone = [_cand("7천억원 규모", head)]
    assert rounded_figures(Question("수주 금액은?"), _ri(head), alone) == alone
    passed = "예산이 7천억원을 넘었다."  # a bound passed, no rounding: it stays
    cands = [_cand("7천억원", passed, 0.6), _cand("7천134억원", body, 0.3, 1)]
    out = rounded_figures(Question("예산은?"), _ri(passed, body), cands)
    assert [c.text for c in out] == ["7천억원", "7천134억원"]


def test_deal_sizes():
    assert asks_deal_money(Question("유조선 계약 규모는?"))
    assert asks_deal_money(Question("투자규모는?"))
    assert not asks_deal_money(Question("계약 규모는 몇 척인가?"))  # a count asked
    assert not asks_deal_money(Question("공장 규모는?"))  # no deal
    text = "총 2310억원 규모의 유조선 3척 건조 계약"
    word = Candidate(text="유조선", passage=0, span=None, features={}, probability=0.1)
    cands = [_cand("3척", text, 0.6), _cand("2310억원", text, 0.3), word]
    assert [c.text for c in deal_sizes(Question("계약 규모는?"), cands)] == ["2310억원", "유조선"]
    counts = [_cand("3척", text)]
    assert deal_sizes(Question("계약 규모는?"), counts) == counts  # no money: untouched
    assert deal_sizes(Question("몇 척 규모?"), cands) == cands


def test_a_topic_of_a_change_gets_its_level():
    row = "A 예산은 67억원 늘어난 내년 458억원, B 예산은 33억원 늘어난 37억원이다."
    assert topic_row(row) == [("A예산", 18, 23), ("B예산", 40, 44)]
