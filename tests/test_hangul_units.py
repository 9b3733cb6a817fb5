"""Units spelt in Hangul are a figure's units (search/resources/answer_types.toml counters):
"35기가와트시(GWh)" is an energy capacity, not a date because it ends in 시 (search/candidate_kinds.py
candidate_class: a date's unit stands right after its number, "오후 3시").  Real Kiwi, e5
embeddings, FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.candidate_kinds import candidate_class
from search.spans import tokens_of

ARTICLE = (
    "누리배터리, 미국에 합작공장\n"
    "누리배터리는 미국 완성차 업체와 합작공장을 짓는다고 3일 밝혔다. 공장은 약 80만㎡ 부지에 "
    "들어서며, 연간 생산능력은 40기가와트시(GWh)로 전기차 약 50만 대에 배터리를 공급할 수 있다."
)


@pytest.mark.parametrize(
    ("text", "cls"),
    [("40기가와트시", "number"), ("120메가와트", "number"), ("오후 3시", "date"), ("3월", "date")],
)
def test_the_class_of_a_figure(text, cls):
    assert candidate_class(tokens_of(kiwi().tokenize(text))) == cls


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리배터리 합작공장") as kb:
        yield kb


def test_a_capacity_in_hangul_units(kb):
    ans = kb.ask("연간 생산능력은 얼마야?")
    assert ans.answer and "40기가와트시" in ans.answer, (ans.answer, ans.confidence)
