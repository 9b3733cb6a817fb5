"""A rank asked ("시공능력 순위", "몇 위에 올랐나?") is answered by the ordinal written with the
asked company: no figure of money or change of the same sentence, no bound of a group ("50위
안 건설사"), no other company's rank, and not the rank it moved from unless the question asks
the earlier one.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from article_kb import article_kb
from candidate_inputs import candidate, read

from search.ranks import bound, earlier, moved_from, owner, rank_asked, ranked

ARTICLE = (
    "한결건설, 시공능력평가 38위…두 계단 상승\n"
    "국토교통부가 발표한 올해 시공능력평가에서 한결건설은 지난해 40위에서 두 계단 오른 "
    "38위를 기록했다. 한결건설은 토목 실적을 3천억원 이상 늘리며 순위를 끌어올렸다. "
    "같은 평가에서 바른산업은 다온토건(5조원)을 밀어내고 7위에 올랐고 누리종합건설이 9위를 "
    "차지했다. 업계에 따르면 올해 법정관리를 신청한 시공능력 50위 안 건설사는 세 곳이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "rank", "한결건설 시공능력평가") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("한결건설 시공능력 순위", "38위"),  # the present rank, no "50위 안"
        ("한결건설은 지난해 몇 위였나?", "40위"),  # the earlier one asked
        ("바른산업은 몇 위에 올랐나?", "7위"),  # no money of the sentence, no 다온토건's
        ("누리종합건설 순위는?", "9위"),  # no 바른산업's 7위 before it
    ],
)
def test_the_rank_written_with_the_asked_company(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.method, ans.confidence)


def test_a_rank_is_read_from_its_words():
    text = "A건설은 지난해 6위에서 두 계단 상승한 4위로 올라섰다."
    assert moved_from(text, text.index("6위") + 2)
    assert not moved_from(text, text.index("4위") + 2)
    assert not moved_from("3위에서 물러났다", 2)  # no rank it moved to
    assert earlier(text, text.index("6위"))  # 지난해 before it
    assert earlier("17위에서 9위로", 0)  # a move's start
    assert not earlier(text, text.index("4위"))
    assert bound("100위 안 건설사", 4) and bound("10위권 업체", 3) and bound("20위 이내에", 3)
    assert not bound("52위의 건설사", 3) and not bound("1위 자리를 내줬다", 2)


def test_the_owner_is_the_nearest_name_no_object():
    text = "B산업은 C토건(5조원)을 밀어내고 7위에 올랐다."
    mentions = [{"id": "b", "start": 0, "end": 3}, {"id": "c", "start": 5, "end": 8}]
    assert owner(text, text.index("7위"), mentions) == "b"
    assert owner(text, text.index("7위"), mentions[1:]) is None  # only an object before it
    assert owner("7위에 올랐다", 0, []) is None


@dataclass
class _Passage:
    text: str
    entities: list = field(default_factory=list)


@dataclass
class _Input:
    passages: list
    named: set = field(default_factory=set)


def test_ranked_keeps_cands_when_no_rank_is_asked_or_written():
    q, asked = read("한결건설의 매출은 얼마인가?")
    assert not rank_asked(asked)
    text = "한결건설은 매출 3천억원으로 7위에 올랐다."
    cands = [candidate(text, "3천억원", 0.6), candidate(text, "7위", 0.4)]
    assert ranked(q, asked, _Input([_Passage(text)]), cands) is cands
    q, asked = read("한결건설 시공능력 순위는?")
    assert rank_asked(asked)
    only_money = cands[:1]
    assert ranked(q, asked, _Input([_Passage(text)]), only_money) is only_money


def test_ranked_without_a_named_owner_keeps_every_present_rank():
    q, asked = read("몇 위에 올랐나?")
    text = "A건설은 지난해 6위에서 4위로 올라섰고 100위 안 업체는 3곳이다."
    cands = [
        candidate(text, "6위", 0.5),
        candidate(text, "4위", 0.2),
        candidate(text, "100위", 0.2),
        candidate(text, "3곳", 0.1),
    ]
    got = ranked(q, asked, _Input([_Passage(text)]), cands)
    assert [c.text for c in got] == ["4위"] and got[0].probability == pytest.approx(1.0)


ORDERS = (
    "한결전자, 세 번째 해외 공장 준공\n"
    "한결전자가 베트남 하노이에 세 번째 해외 공장을 준공했다고 5일 밝혔다. "
    "한결전자가 해외에 공장을 세운 것은 2015년 중국, 2019년 멕시코에 이어 세 번째다."
)


@pytest.fixture(scope="module")
def orders(tmp_path_factory):
    with article_kb(tmp_path_factory, ORDERS, "orders", "한결전자 해외 공장") as kb:
        yield kb


def test_an_order_asked_is_written_in_native_numerals(orders):
    ans = orders.ask("하노이 공장은 몇 번째 해외 공장인가?")  # None: the span was "번째"
    assert ans.answer == "세 번째", (ans.answer, ans.method, ans.confidence)


def test_orders_are_read_from_their_words():
    from search.ordinals import order_asked, ordered, spelled_order

    text = "한결전자가 세 번째 공장을, 3번째 라인을 세웠다."
    assert spelled_order(text, text.index("번째")) == text.index("세 ")
    assert spelled_order("이번째", 1) == -1 and spelled_order("번째", 0) == -1
    q, asked = read("몇 번째 공장인가?")
    assert order_asked(q.tokens, asked)
    raw = [
        candidate(text, "번째", 0.3),
        candidate(text, "3번째", 0.2),
        candidate(text, "한결전자", 0.5),
    ]
    raw.append(candidate("그 번째", "번째", 0.1))  # no numeral before it
    got = ordered(q.tokens, asked, _Input([_Passage(text)]), raw, raw[2:3])
    assert [c.text for c in got] == ["세 번째", "3번째"]
    assert sum(c.probability for c in got) == pytest.approx(1.0)
    q, asked = read("몇 번 만났나?")  # a count of times, no order
    assert not order_asked(q.tokens, asked)
    assert ordered(q.tokens, asked, _Input([_Passage(text)]), raw, raw) is raw
    q, asked = read("몇 번째 공장인가?")
    assert ordered(q.tokens, asked, _Input([_Passage(text)]), raw[2:3], raw[2:3]) == raw[2:3]
