"""A keyword question ending on the price of a deal ("누리스퀘어 매각가", issue 13) asks an
amount of money: Kiwi splits 매각가 into 매각 and the suffix 가, which no head was read from,
and the question read as asking a thing was answered with whatever the reader liked best.  A
terse question ending on an amount measured of a thing ("배출량", "검출량", glued whole as a
user types it) asks a figure, never the substance measured.  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb
from candidate_inputs import Passage, Passages, candidate, read

from search.figure_qualifiers import qualified_figures

ARTICLE = (
    "서진자산운용, 판교 '누리스퀘어' 3200억 원에 인수\n"
    "(서울=한빛뉴스) 부동산 운용사 서진자산운용이 경기 성남시 판교의 오피스 빌딩 "
    "'누리스퀘어'를 3200억 원에 사들인다고 4일 밝혔다.\n"
    "매도인은 해솔리츠로, 2019년 이 빌딩을 2100억 원에 사들였다. 빌딩에는 IT 기업 "
    "열두 곳이 입주해 있고, 공실률은 2% 수준이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nurisquare", "누리스퀘어 매각") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("누리스퀘어 매각가", "money"),
        ("누리스퀘어매각가", "money"),
        ("빌딩 낙찰가는?", "money"),
        ("공장 미세먼지 배출량", "number"),
        ("어린이가방프탈레이트검출량", "number"),
    ],
)
def test_a_price_or_a_measured_amount_is_asked_as_a_figure(question, kind):
    assert read(question)[1].kind == kind


def test_a_deal_price_is_answered_with_its_amount(kb):
    ans = kb.ask("누리스퀘어 매각가")
    assert "3200억" in (ans.answer or ""), ans


BAND_ARTICLE = (
    "2.6㎓ 대역 주파수 경매 종료…가온텔레콤·누리모바일 낙찰\n"
    "과학기술정보통신부는 2.6㎓ 대역 주파수 경매가 28라운드 만에 끝났다고 9일 밝혔다.\n"
    "가온텔레콤은 C블록(2.60∼2.64㎓)을 7천200억 원에, 누리모바일은 D블록(2.64∼2.68㎓)을 "
    "6천450억 원에 각각 낙찰받았다."
)


@pytest.fixture(scope="module")
def band_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, BAND_ARTICLE, "bands", "주파수 경매 종료") as kb:
        yield kb


def test_a_band_in_brackets_is_no_price_of_its_block(band_kb):
    """The bracket of "D블록(2.64∼2.68㎓)" glosses the block by its band: no row of the
    blocks' figures (search/topic_figures.py), so the price asked is the one it was won for."""
    ans = band_kb.ask("누리모바일 D블록 낙찰가")
    assert "6천450억" in (ans.answer or ""), ans


def test_a_deal_price_is_no_price_per_area():
    """The question "매각가" names no unit: the whole deal's 6400억 원, no 2800만 원 per 3.3㎡
    (search/figure_qualifiers.py, [per_unit] deal_prices); one that names the unit gets it."""
    bought = "운용사 해온자산운용이 광화문의 오피스 빌딩 '청람타워'를 6400억 원에 사들인다."
    per_area = "매각가는 3.3㎡당 약 2800만 원으로, 도심 오피스 거래 가운데 가장 높다."
    ri = Passages([Passage(bought), Passage(per_area)])
    cands = [
        candidate(bought, "6400억 원", 0.3, passage=0),
        candidate(per_area, "2800만 원", 0.6, passage=1),
    ]
    whole = qualified_figures(read("청람타워 매각가")[0], ri, cands)
    per_one = qualified_figures(read("청람타워 3.3㎡당 매각가")[0], ri, cands)
    assert [c.text for c in whole] == ["6400억 원"]
    assert [c.text for c in per_one] == ["2800만 원"]
