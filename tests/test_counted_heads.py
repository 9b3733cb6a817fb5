"""A noun counted in the question ("자회사 두 곳", "장관 두 명") is what is asked, not the
counter after it: "곳" alone asks where, "자회사 두 곳은 어디 어디인가?" asks for companies
(issue 13: held-out round 14's two spun-off subsidiaries were read as places).  Real Kiwi;
the questions are invented for the test."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.spans import tokens_of


def _asked(question: str):
    return read_asked(tokens_of(kiwi().tokenize(question)))


@pytest.mark.parametrize(
    ("question", "head", "kind"),
    [
        ("하늘짐이 새로 세운 자회사 두 곳은 어디 어디인가?", "자회사", "company"),
        ("회의에 참석한 장관 두 명은 누구인가?", "장관", "person"),
        ("협약을 맺은 기관 4곳은 어디 어디야?", "기관", "organization"),
    ],
)
def test_the_counted_noun_is_the_head(question, head, kind):
    asked = _asked(question)
    assert (asked.head, asked.kind) == (head, kind), asked


def test_a_counter_alone_still_asks_where():
    assert _asked("새 공장이 들어설 곳은 어디인가?").kind in {"where", "place"}
