"""Buying a stake (kg/stakes.py), on invented sentences: "A는 B 지분 62%를 인수한다" is A buying B
when the stake is a majority, the whole or control; a minority stake, a stake of no stated size or
a stake sold is no acquisition."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations

from kg import analyze_document


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리소프트 지분 62%를 350억원에 인수하는 주식매매계약을 체결했다.",
        "한빛전자가 누리소프트의 지분 100%를 1200억원에 인수하기로 했다.",
        "한빛전자는 누리소프트 지분을 사들여 경영권을 확보했다.",
        "한빛전자가 누리소프트 지분 68%를 1,200억원에 취득한다고 공시했다.",
    ],
)
def test_a_majority_stake_is_an_acquisition(text):
    assert_relations(text, [{("한빛전자", "ACQUIRED", "누리소프트")}], [])


def test_a_minority_stake_is_no_acquisition():
    # 30%: an investment at most, never the buyer's company
    a = analyze_document("t", "청솔파트너스는 미래랩 지분 30%를 200억원에 취득했다.")
    assert not any(c.type == "ACQUIRED" for c in a.candidates), a.candidates


@pytest.mark.parametrize(
    "text",
    [
        # no size and no control: neither acquisition nor investment by this rule
        "한빛전자는 누리소프트 지분을 일부 사들였다.",
        # the stake is sold, not bought
        "한빛전자는 누리소프트 지분 62%를 매각했다.",
    ],
)
def test_no_acquisition_without_size_or_buying(text):
    assert not any(c.type == "ACQUIRED" for c in analyze_document("t", text).candidates)
