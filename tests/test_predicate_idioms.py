"""Deals told in idioms of several words (kg/predicate_idioms.py, predicates.toml ``idioms``):
"B를 품에 안았다" (bought B), "A와 손을 맞잡았다", "힘을 합쳤다", "호흡을 맞춰" (partnered).
No word of them states the deal alone: "안았다" or "손을" without the rest states none.
Invented names."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations

from kg import predicate_idioms
from kg.kiwi import kiwi
from kg.pieces import Tok
from kg.predicate_idioms import idiom_frames
from kg.predicates import predicates

PAIR = {("누리소프트", "PARTNER_OF", "한빛은행"), ("한빛은행", "PARTNER_OF", "누리소프트")}


def _toks(text: str) -> list[Tok]:
    return [Tok.of(t) for t in kiwi().tokenize(text)]


def test_taken_into_its_arms_is_bought():
    assert_relations(
        "한빛전자는 지난달 음성인식 스타트업 누리랩스를 품에 안았다.",
        [{("한빛전자", "ACQUIRED", "누리랩스")}],
        [],
    )


@pytest.mark.parametrize(
    "text",
    [
        "누리소프트는 한빛은행과 손을 맞잡았다.",
        "누리소프트와 한빛은행이 인공지능 상담 서비스를 위해 힘을 합쳤다.",
        "누리소프트는 한빛은행과 손을 잡고 새 앱을 내놓았다.",
        "누리소프트는 한빛은행과 호흡을 맞춰 상담 서비스를 만든다.",
    ],
)
def test_joined_hands_or_forces_are_partners(text):
    assert_relations(text, [PAIR], [])


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자는 누리랩스를 안았다.",  # the verb without its words
        "누리소프트는 한빛은행과 함께 손을 씻었다.",  # the words with another verb
    ],
)
def test_part_of_an_idiom_states_nothing(text):
    deals = {("한빛전자", "ACQUIRED", "누리랩스")} | PAIR
    assert_relations(text, [], sorted(deals))


def test_idiom_frames_only_at_the_verb_that_ends_one():
    toks = _toks("누리소프트는 한빛은행과 손을 맞잡고 손을 씻었다.")
    verbs = {t.form: k for k, t in enumerate(toks)}
    assert [f.relation for f in idiom_frames(toks, verbs["맞잡"])] == ["PARTNER_OF"]
    assert idiom_frames(toks, verbs["씻"]) == ()  # a verb no idiom ends with
    assert idiom_frames(toks, verbs["손"]) == ()  # a noun of an idiom is no verb


def test_the_scorer_reads_the_idiom_verb_as_its_relation():
    toks = _toks("한빛전자는 누리랩스를 품에 안았다.")
    senses = {p.lemma: p.senses for p in predicates(toks)}
    assert "ACQUIRED" in senses["안"]


def test_an_idiom_of_one_word_is_a_clear_error(monkeypatch):
    bad = {"ACQUIRED": {"idioms": [["안"]]}}
    monkeypatch.setattr(predicate_idioms, "load_table", lambda name: bad)
    predicate_idioms._idioms.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"\[ACQUIRED\] idioms"):
            predicate_idioms._idioms()
    finally:
        predicate_idioms._idioms.cache_clear()
