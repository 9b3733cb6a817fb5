"""search.belief.believed: the candidates a rule keeps take the belief of those it drops."""

import pytest

from search.belief import believed
from search.reader import Candidate
from search.spans import Span


def _candidate(text: str, probability: float) -> Candidate:
    return Candidate(text, 0, Span(text, 0, len(text), 0, 0), {}, probability=probability)


def test_the_kept_candidates_share_the_dropped_belief_in_proportion():
    count, other, name = _candidate("3명", 0.2), _candidate("5명", 0.1), _candidate("한빛", 0.3)
    kept = believed([count, other], [count, other, name])
    assert [c.text for c in kept] == ["3명", "5명"]
    assert [c.probability for c in kept] == pytest.approx([0.4, 0.2])


def test_nothing_kept_leaves_every_candidate_as_it_was():
    cands = [_candidate("한빛", 0.3), _candidate("누리", 0.5)]
    assert believed([], cands) is cands


def test_fits_still_hands_out_the_same_function():
    from search import fits

    assert fits.believed is believed
