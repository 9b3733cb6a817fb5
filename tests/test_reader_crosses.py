"""The reader's features crossed with the kind of question (search/reader_crosses.py): which
crossed names a candidate gets for a question asking for each kind, and that candidate_features
adds them at answer time exactly as the fit (bench/fit_reader.py) reads them.  Real Kiwi,
invented sentences and names."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.reader import Passage, question_reading
from search.reader_crosses import crossed_kind, kind_crosses
from search.reader_features import candidate_features
from search.spans import tokens_of

_FEATURES = {"near": 0.4, "head_last": 1.0, "rank=1": 1.0, "ask=date&cand=date": 1.0}


@pytest.mark.parametrize(
    ("kind", "group"),
    [
        ("person", "person"),
        ("company", "organization"),
        ("investor", "organization"),
        ("organization", "organization"),
        ("where", "place"),
        ("place", "place"),
        ("date", "date"),
        ("number", "number"),
        ("money", "money"),
        ("model", "other"),
        ("thing", "other"),
    ],
)
def test_a_factoid_question_crosses_the_crossed_features_with_its_kind(kind, group):
    # rank=1 and the pairs already made with the asked kind are not crossed
    assert kind_crosses(_FEATURES, kind, "factoid") == {
        f"kind={group}&near": 0.4,
        f"kind={group}&head_last": 1.0,
    }


def test_a_list_question_crosses_them_with_its_form_too():
    assert kind_crosses({"near": 0.4}, "person", "list") == {
        "kind=person&near": 0.4,
        "form=list&near": 0.4,
    }


def test_an_unknown_kind_is_other():
    assert crossed_kind("description") == "other"


def _toks(text):
    return tokens_of(kiwi().tokenize(text))


def test_candidate_features_carry_the_crosses_of_the_asked_kind():
    text = "한빛모빌리티는 2025년 4월 9일 대전에 배터리 공장을 착공했다."
    passage = Passage("d#0", text, _toks(text), rank=0, score=1.0)
    reading = question_reading(_toks("한빛모빌리티가 배터리 공장을 착공한 날짜는?"))
    feats = {c.text: c.features for c in candidate_features(reading, [passage])}
    day = feats["2025년 4월 9일"]
    assert day["kind=date&near"] == day["near"] > 0
    assert day["kind=date&rank=0"] == 1.0
    assert not any(k.startswith(("kind=person&", "form=list&")) for k in day)
