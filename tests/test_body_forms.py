"""A body asked by its full name and written short in the story (and the reverse):
"충청남도지사는 누구?" where the story writes "X 충남도지사".  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search import body_forms
from search.body_forms import body_form_for, known_body_forms

ARTICLE = (
    "민경록 충남도지사가 20일 도청에서 취임 3주년 기자회견을 열었다. "
    "민 지사는 서해안 철도 사업이 차질 없이 추진되고 있다고 말했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "forms", "충남지사 회견") as kb:
        yield kb


def test_the_full_name_asks_the_short_ones_post(kb):
    ans = kb.ask("충청남도지사는 누구인가?")
    assert ans.answer == "민경록"
    assert ans.question == "충청남도지사는 누구인가?"  # as asked


def _known(*keys):
    return lambda k: k in keys


@pytest.mark.parametrize(
    ("word", "known", "after", "want"),
    [
        ("충청남도지사는", _known("충남도"), "", "충남도지사는"),  # full -> short, post glued
        ("서울특별시장", _known("서울시"), "", "서울시장"),  # the longest form 서울특별시
        ("국토부", _known("국토교통부"), "장관은", "국토교통부"),  # short -> full, post next
        ("충청남도지사", _known("충청남도", "충남도"), "", None),  # known as written
        ("충청남도지사", _known(), "", None),  # no form known
        ("충남대는", _known("충청남도"), "", None),  # another body's name
        ("경기는", _known("경기도"), "", None),  # no post: a game
        ("누리전자", _known("충남도"), "", None),  # no body of the table
    ],
)
def test_body_form_for(word, known, after, want):
    assert body_form_for(word, known, after) == want


def test_known_body_forms_leaves_other_words():
    from kg import analyze_document, resolve

    ex = resolve([analyze_document("d", "민경록 충남도지사가 회견을 열었다.")])
    assert known_body_forms("충청남도지사는 누구인가?", ex) == "충남도지사는 누구인가?"
    assert known_body_forms("회견은 언제 열렸나?", ex) == "회견은 언제 열렸나?"


def test_bad_input_is_a_clear_error(monkeypatch):
    with pytest.raises(TypeError, match="a question is text"):
        known_body_forms(None, None)
    monkeypatch.setattr(
        body_forms,
        "appointment_table",
        lambda: {"body_forms": [["충청남도"]], "post_after": ["지사"]},
    )
    with pytest.raises(ValueError, match="body_forms"):
        body_form_for("충청남도지사", _known())
