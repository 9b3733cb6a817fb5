"""The head of a newly founded company is the one its sentence names to the post, not another
company's head: "X 초대 대표는 … 본부장을 지낸 Y 전무가 맡는다" names Y to X's post though Y's
own rank is 전무 (search/titles.py), and "Z사 W 대표는" writes W as Z's head, whatever company
the question asks (search/holders.py).  Rounds 11, 14 and 16 (spent) missed the head of a joint
venture so.  Real Kiwi, real e5 embeddings, real FAISS; the articles and names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

FUEL_CELLS = (
    "다솔에너지·벨로아, 수소 연료전지 합작법인 '하이온셀' 세운다\n"
    "다솔에너지와 프랑스 벨로아가 수소 연료전지 합작법인 '하이온셀'을 세운다고 12일 밝혔다. "
    "서명식에는 진하람 다솔에너지 대표와 클레르 뒤퐁(Claire Dupont) 벨로아 최고경영자(CEO)가 "
    "참석했다.\n"
    "하이온셀 초대 대표는 다솔에너지 수소사업본부장을 지낸 여민결 전무가 맡는다. "
    "최고재무책임자(CFO)에는 곽도희 벨로아코리아 재무담당(상무)이 선임됐다.\n"
    '벨로아 장서후 부사장은 "한국 시장에서 연료전지 보급을 앞당기겠다"고 말했다.'
)

CHIPS = (
    "한별모바일과 다온반도체가 자율주행 칩 합작법인 '루멘코어'를 세운다고 지난 3일 밝혔다. "
    "루멘코어 지분은 한별모바일이 60%, 다온반도체가 40%를 갖는다.\n"
    "루멘코어 초대 대표는 한별모바일 전장사업부장을 지낸 석지후 전무가 맡는다. "
    "다온반도체는 설계팀장인 남궁연 상무를 최고기술책임자(CTO)로 보내 기술 개발을 이끌게 했다.\n"
    '다온반도체 차도윤 대표는 "두 회사의 강점을 합쳐 세계 시장에 도전하겠다"고 말했다.'
)


@pytest.fixture(scope="module")
def fuel_cells(tmp_path_factory):
    with article_kb(tmp_path_factory, FUEL_CELLS, "hyoncell", "하이온셀 합작") as kb:
        yield kb


@pytest.fixture(scope="module")
def chips(tmp_path_factory):
    with article_kb(tmp_path_factory, CHIPS, "lumencore", "루멘코어 합작") as kb:
        yield kb


def test_the_first_head_is_the_one_the_post_is_given_to(fuel_cells):
    """At 2c3b92e: 클레르 뒤퐁, a partner's CEO ("여민결 전무": the rank read as another post)."""
    ans = fuel_cells.ask("하이온셀의 초대 대표는 누구인가?")
    assert ans.answer == "여민결", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_partner_s_own_officer_is_still_theirs(fuel_cells):
    ans = fuel_cells.ask("벨로아 부사장은 누구인가?")
    assert ans.answer == "장서후", (ans.answer, ans.method, ans.confidence)


def test_the_head_of_another_company_written_before_the_name_is_not_asked(chips):
    """At 2c3b92e: 차도윤, written "다온반도체 차도윤 대표"."""
    ans = chips.ask("루멘코어 대표 누구야?")
    assert ans.answer == "석지후", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_that_company_s_head_is_still_its_head(chips):
    ans = chips.ask("다온반도체 대표는 누구야?")
    assert ans.answer == "차도윤", (ans.answer, ans.method, ans.confidence)
