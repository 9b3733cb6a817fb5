"""Whose stake a figure is (search/stakes.py): "최대주주는 창업자 한지호 대표로, 지분 21.4%를 갖고
있다" is 한지호's, never the bidder's "확보하려는 지분"; "A는 B가 보유한 지분 60%를 사들인다" is
A's purchase though B holds it.  Held-out round 19 answered a bidder's target stake with the
founder's 19.2% at 0.92.  Real Kiwi, real e5 embeddings, real FAISS; the sentences are our own."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.reader import Candidate, Passage
from search.reader_input import ReaderInput
from search.spans import Span
from search.stakes import asked_holders, issuer_written, stake_owners

ARTICLE = (
    "새솔파트너스, 누리엔터 공개매수\n"
    "사모펀드 새솔파트너스가 세운 특수목적법인 다온홀딩스는 누리엔터 보통주를 주당 1만 2000원에 "
    "공개매수한다고 2일 공시했다.\n"
    "현재 누리엔터의 최대주주는 창업자인 한지호 대표로, 특수관계인을 포함해 지분 21.4%를 갖고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "stake", "누리엔터 공개매수") as kb:
        yield kb


def test_the_founders_stake_is_no_bidders(kb):
    ans = kb.ask("다온홀딩스가 공개매수로 확보하려는 지분은 몇 %인가?")
    assert "21.4%" not in (ans.answer or "") or ans.confidence < 0.8, (ans.answer, ans.confidence)
    ans = kb.ask("한지호 대표의 누리엔터 지분은 몇 %인가?")
    assert ans.answer == "21.4%", (ans.answer, ans.confidence)


def test_issuer_written_and_asked_holders():
    assert issuer_written("누리엔터의 최대주주는", 4)
    assert issuer_written("누리엔터 지분 35%", 4)
    assert not issuer_written("한지호 대표로, 지분", 3)
    assert issuer_written("시큐어도(Securedo) 지분 35%", 4)  # its gloss aside
    assert issuer_written("시큐어도(Securedo) 지분 35%", 13)  # the gloss's bracket closed
    q = SimpleNamespace(
        text="황보윤 대표 측이 보유한 스타텍 지분은?",
        entities=[("p", ""), ("c", "")],
        spans=[(0, 3), (14, 17)],
    )
    assert asked_holders(q) == {"p"}  # 스타텍 지분: the company the stake is of


def _input(text: str, mentions: list[tuple[str, str, str]], figures: list[tuple[str, float]]):
    toks = sentence_tokens(text)
    ents = [
        {
            "id": eid,
            "name": name,
            "type": kind,
            "start": text.index(name),
            "end": text.index(name) + len(name),
        }
        for eid, name, kind in mentions
    ]
    p = Passage("d#1", text, list(toks), entities=ents)
    cands = []
    for figure, probability in figures:
        start = text.index(figure)
        end = start + len(figure)
        first = next(i for i, t in enumerate(toks) if t.start >= start)
        last = max(i for i, t in enumerate(toks) if t.end <= end)
        cands.append(
            Candidate(figure, 0, Span(figure, start, end, first, last), {}, probability=probability)
        )
    return p, cands


def _ri(p: Passage, named: set[str], names: frozenset[str] = frozenset()) -> ReaderInput:
    return ReaderInput(None, [p], {}, named, names, frozenset(), None)


def _q(text: str, entities: list[tuple[str, str]]):
    spans = [(text.index(n), text.index(n) + len(n)) for _, n in entities]
    return SimpleNamespace(text=text, entities=[(e, "") for e, _ in entities], spans=spans)


def test_stake_owners_every_branch():
    text = "누리엔터의 최대주주는 한지호 대표로, 지분 21.4%를 갖고 있다."
    mentions = [("n", "누리엔터", "Company"), ("h", "한지호", "Person")]
    p, cands = _input(text, mentions, [("21.4%", 0.9)])
    bidder = _q("다온홀딩스가 확보하려는 지분은?", [("d", "다온홀딩스")])
    # another holder's stake, and no other figure: none is left
    assert stake_owners(bidder, _ri(p, {"d"}), cands) == []
    # the holder asked (by id, or by the name of one of its aliases)
    founder = _q("한지호 대표의 누리엔터 지분은?", [("h", "한지호"), ("n", "누리엔터")])
    assert stake_owners(founder, _ri(p, {"h", "n"}), cands) == cands
    assert stake_owners(bidder, _ri(p, {"d"}, frozenset({"한지호"})), cands) == cands
    # no stake asked, or no holder asked (only the company the stake is of): nothing moves
    price = _q("다온홀딩스의 매수 가격은?", [("d", "다온홀딩스")])
    assert stake_owners(price, _ri(p, {"d"}), cands) == cands
    issuer = _q("누리엔터 지분은?", [("n", "누리엔터")])
    assert stake_owners(issuer, _ri(p, {"n"}), cands) == cands
    # another holder's figure goes with its belief, the others stay as they were
    text = "다온홀딩스는 목표 지분 35%를 확보하려 하고, 최대주주 한지호 대표는 21.4%를 갖고 있다."
    mentions = [("d", "다온홀딩스", "Company"), ("h", "한지호", "Person")]
    p, cands = _input(text, mentions, [("35%", 0.3), ("21.4%", 0.6)])
    kept = stake_owners(bidder, _ri(p, {"d"}), cands)
    assert [(c.text, c.probability) for c in kept] == [("35%", 0.3)]
    # the asked holder named before the figure: its purchase, though another holds it
    text = "다온홀딩스는 한지호 대표가 보유한 누리엔터 지분 21.4%를 사들인다."
    mentions = [
        ("d", "다온홀딩스", "Company"),
        ("h", "한지호", "Person"),
        ("n", "누리엔터", "Company"),
    ]
    p, cands = _input(text, mentions, [("21.4%", 0.9)])
    assert stake_owners(bidder, _ri(p, {"d"}), cands) == cands
    # an object of the clause before is no holder of the figure (market-06: "테라온은 라벨온을
    # 인수해 자회사로 편입했고, 11월에는 시큐어도 지분 35%를 사들여")
    text = "다온홀딩스는 라온랩을 인수했고, 이어 누리엔터 지분 21.4%를 사들였다."
    mentions = [
        ("d", "다온홀딩스", "Company"),
        ("r", "라온랩", "Company"),
        ("n", "누리엔터", "Company"),
    ]
    p, cands = _input(text, mentions, [("21.4%", 0.9)])
    assert stake_owners(bidder, _ri(p, {"d"}), cands) == cands
    # a name the stake is bought from is no holder of it; no holder named: nothing moves
    text = "누리엔터는 한지호 대표로부터 지분 21.4%를 사들인다."
    mentions = [("h", "한지호", "Person")]
    p, cands = _input(text, mentions, [("21.4%", 0.9)])
    assert stake_owners(bidder, _ri(p, {"d"}), cands) == cands
