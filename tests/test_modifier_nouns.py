"""A descriptive noun written before the figure asked only modifies it (search/modifier_nouns.py):
"한빛건설 시공능력평가 순위는?" asks a rank, not an account of the 평가 (real receivership news
was answered with a whole sentence), "목표 주가는?" a price.  Real Kiwi; the sentences are
invented for the test."""

from __future__ import annotations

import pytest

from kg.kiwi import kiwi
from search.modifier_nouns import modifies_figure
from search.spans import tokens_of


def _modifiers(question: str) -> list[str]:
    toks = tokens_of(kiwi().tokenize(question))
    return [t.form for i, t in enumerate(toks) if modifies_figure(toks, i)]


@pytest.mark.parametrize(
    ("question", "modifiers"),
    [
        ("한빛건설 시공능력평가 순위는?", ["평가"]),  # 순위 is a number head
        ("한빛건설 시공능력평가는?", []),  # 평가 ends the phrase: no figure after it
        ("시장의 평가는 어떤가?", []),  # a particle after 평가, no noun
        ("평가 방식은?", []),  # 방식 is no figure head
    ],
)
def test_a_noun_before_a_figure_head_modifies_it(question, modifiers):
    assert _modifiers(question) == modifiers


def test_the_last_token_modifies_nothing():
    toks = tokens_of(kiwi().tokenize("평가"))
    assert modifies_figure(toks, len(toks) - 1) is False


@pytest.mark.parametrize(
    ("question", "descriptive"),
    [
        ("한빛건설 시공능력평가 순위는?", False),  # a rank asked
        ("한빛건설에 대한 시장의 평가는?", True),  # still a description
    ],
)
def test_the_question_reads_a_figure_not_a_description(question, descriptive):
    from kg import analyze_document, resolve
    from search.question import analyze_question

    ex = resolve([analyze_document("d", "한빛건설은 시공능력평가 52위 건설사다.")])
    assert analyze_question(question, ex).descriptive is descriptive
