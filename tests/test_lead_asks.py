"""A headline question ending on the noun of leading a round ("누리칩 시리즈B 주도", issue 13)
asks an investor: read as a thing, the reader answered with the round's amount.  Real Kiwi; the
names are invented for the test."""

from __future__ import annotations

import pytest
from candidate_inputs import read


@pytest.mark.parametrize(
    "question", ["누리칩 시리즈B 주도", "누리칩시리즈B주도", "누리칩 시드 라운드 리드"]
)
def test_the_lead_of_a_round_is_an_investor(question):
    assert read(question)[1].kind == "investor"


@pytest.mark.parametrize("question", ["정부 주도", "누리칩 시리즈B 주도는?"])
def test_no_round_or_a_question_ending_asks_no_investor_so(question):
    assert read(question)[1].kind != "investor"
