"""A figure written with a unit's symbol glued to it ("150㎏", "33만㎡", "42.5㎞", "영하 12℃") is
one candidate answer, symbol and all: Kiwi tags the symbol SW, and the reader offered "150" or
"33만" alone, which no "몇 kg" is answered by.  Real Kiwi, real e5 embeddings, real FAISS; the
shipped reader and calibration.  The article is invented for the test (the shapes are real
news's: payloads, site areas, route lengths and temperatures written with unit symbols)."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from kg.kiwi import kiwi
from search.spans import span_candidates, tokens_of

DRONE = (
    "하늘짐, 화물 드론 '나르미' 공개\n"
    "드론 업체 하늘짐은 화물 드론 '나르미'를 공개했다고 12일 밝혔다. "
    "나르미는 한 번에 최대 40㎏의 짐을 싣고 날 수 있다. "
    "시험 비행 노선 길이는 27.5㎞로, 산간 마을 세 곳을 잇는다. "
    "하늘짐은 경기 이천에 부지 2만㎡ 규모의 생산 공장을 짓는다."
)


@pytest.fixture(scope="module")
def drone_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, DRONE, "drone", "하늘짐 화물 드론") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("나르미는 최대 몇 kg을 실을 수 있나?", "40㎏"),
        ("시험 비행 노선 길이는?", "27.5㎞"),
        ("생산 공장 부지 면적은?", "2만㎡"),
    ],
)
def test_a_figure_is_answered_with_its_unit_symbol(drone_kb, question, want):
    ans = drone_kb.ask(question)
    assert ans.answer and want in ans.answer, ans


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("한파로 기온이 영하 12℃까지 떨어졌다.", "12℃"),
        ("배터리 용량은 500㎖ 음료 캔 크기다.", "500㎖"),
        ("발전소 출력은 300㎿다.", "300㎿"),
        ("지분 35%를 샀다.", "35%"),  # the percent sign, as before
    ],
)
def test_the_symbol_is_part_of_the_figure(text, figure):
    texts = [c.text for c in span_candidates(text, tokens_of(kiwi().tokenize(text)))]
    assert figure in texts
    assert figure[:-1] not in texts  # no bare number without its unit
