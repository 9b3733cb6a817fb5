"""English questions read by family, not by one wording (search/english.py, english.toml):
"How long" asks a length of time, "By how much ... fall?" the size of a change, "How many
flights a week" a count of 회, "Who is the lead underwriter?" a company, and "When was the
club founded?" a team's 창단.  Real Kiwi, real e5 embeddings, real FAISS; the article and its
names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.english import asked_party, asks_change_size, asks_english_change, asks_length_of_time

ARTICLE = (
    "바람길항공, 몽골 울란바토르 노선 주 5회 운항\n"
    "저비용항공사 바람길항공(Baramgil Air)은 다음 달 3일부터 부산~울란바토르 노선을 주 5회 "
    "운항한다고 8일 밝혔다. 이 노선에는 리스사 그린윙리스에서 빌린 174석 규모 항공기 2대를 "
    "투입한다. 리스 계약 기간은 6년이며, 항공기 한 대의 월 임차료는 4억 원이다. "
    "바람길항공의 올해 3분기 영업이익은 86억 원으로 1년 전보다 24% 줄었다. "
    "최대주주는 지분 38%를 가진 바람길홀딩스다. "
    "바람길항공이 후원하는 프로농구단 부산바람길(Busan Baramgil)은 2009년 창단했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "baramgil", "바람길항공 울란바토르 취항") as kb:
        yield kb


def test_how_long_asks_a_length_of_time(kb):
    """Without [how_long]: a seat count or the rent, no 6년."""
    ans = kb.ask("How long is Baramgil Air's lease contract?")
    assert ans.answer and ans.answer.startswith("6년"), (ans.answer, ans.method, ans.confidence)


def test_by_how_much_asks_the_change(kb):
    """Without [changes]: the profit it fell to (86억 원), not the fall."""
    ans = kb.ask("By how much did Baramgil Air's third-quarter operating profit fall?")
    assert ans.answer == "24%", (ans.answer, ans.method, ans.confidence)


def test_flights_a_week_are_counted_in_times(kb):
    ans = kb.ask("How many flights a week will Baramgil Air operate to Ulaanbaatar?")
    assert ans.answer and "5회" in ans.answer, (ans.answer, ans.method, ans.confidence)


def test_a_club_is_founded_when_it_is_created(kb):
    """Without 창단 among the founding words: no answer (the text dates no 설립)."""
    ans = kb.ask("When was the basketball club founded?")
    assert ans.answer and ans.answer.startswith("2009"), (ans.answer, ans.method)


@pytest.mark.parametrize(
    ("question", "party"),
    [
        ("Who is the lead underwriter of the bond sale?", True),
        ("Who will be the buyer of the basketball club?", True),
        ("Who was Baramgil Air's aircraft supplier?", True),
        ("Who is Baramgil Air's largest shareholder?", False),  # a person as often
        ("Who is the CEO of the buyer?", False),
        ("Who signed the deal with the two firms?", False),
        ("Who founded Baramgil Air?", False),
    ],
)
def test_who_asks_a_company_by_the_party_noun(question, party):
    assert asked_party(question) is party


@pytest.mark.parametrize(
    ("words", "duration"),
    [
        ("How long can the drone stay in the air", True),
        ("How long will the exclusive contract last", True),
        ("How long did the renovation take", True),
        ("How long is the new bus route", False),
        ("How much is the lease", False),
    ],
)
def test_how_long_unless_a_length_is_measured(words, duration):
    assert asks_length_of_time(words.lower().split()) is duration


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("How much did sales grow last year?", True),
        ("By how much did the share price drop?", True),
        ("How many subscribers did the channel lose?", False),
        ("How much did the startup raise?", False),
        ("How many users rose to 3 million?", True),
    ],
)
def test_verbs_of_change_after_how_much(question, change):
    assert asks_english_change(question) is change


def test_by_before_how_asks_a_change_size():
    assert asks_change_size("by") and not asks_change_size("for")
