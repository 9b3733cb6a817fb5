"""A list the question counts ("자회사 두 곳은 어디 어디인가?") answered by that many items has the
belief of all of them (search/counted_items.py, search/choice.py listed): held-out round 14's
two spun-off subsidiaries were each below the no-answer line.  Real Kiwi; the questions and
beliefs are invented for the test (end to end, the round 14 question is measured by
bench/qa.py)."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.choice import Choice, listed
from search.counted_items import asked_count
from search.spans import tokens_of


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("가람식품이 출범시킨 자회사 두 곳은 어디 어디인가?", 2),
        ("협약을 맺은 기관 4곳은 어디 어디야?", 4),
        ("회의에 참석한 장관 세 명은 누구인가?", 3),
        ("가람식품의 자회사는 어디 어디인가?", 0),  # no count: the list is as long as it is
    ],
)
def test_the_count_a_list_question_asks(question, count):
    toks = tokens_of(kiwi().tokenize(question))
    assert asked_count(toks, read_asked(toks).head_index) == count


def test_a_counted_list_has_the_belief_of_its_items():
    ch = Choice(
        key="가람마켓",
        pooled={"가람마켓": 0.40, "가람로지스": 0.33, "부산": 0.05},
        first={},
        probability=0.40,
        runner_up=0.33,
        graph_decided=False,
        stated=set(),
        titled=set(),
        doers=set(),
        same=set(),
    )
    out = listed(ch, ["가람마켓", "가람로지스"])
    assert (round(out.probability, 2), out.runner_up) == (0.73, 0.05)
