"""A counter asked with its suffix ("몇 년생") is answered by the figure written with that
suffix ("1958년생"), never by another year of the sentence (the year he joined a company), and
a year asked without it is still any year.  Real Kiwi, real e5 embeddings, real FAISS; the
shipped reader and calibration.  The article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가람전자, 새 대표에 한도경 부사장\n"
    "가람전자는 한도경 부사장을 대표이사로 선임했다고 20일 공시했다. "
    "1984년 가람전자에 입사한 한 부사장은 1958년생으로 올해 66세다. "
    "그는 반도체사업부장과 경영지원실장을 지냈다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "ceo", "가람전자 대표 선임") as kb:
        yield kb


def test_a_birth_year_is_the_year_written_with_its_suffix(kb):
    ans = kb.ask("한도경 부사장은 몇 년생인가?")
    assert ans.answer == "1958년생", ans


def test_a_year_asked_without_a_suffix_is_any_year(kb):
    ans = kb.ask("한도경 부사장은 몇 년에 가람전자에 입사했나?")
    assert ans.answer == "1984년", ans
