"""A country written before the noun of the asked kind ("독일 회사", "일본 카메라 업체") is a
condition on the answer: a company the text writes after that country answers; when the text
names none, the answer is none, never a company of another country that fits the verb.  Real
Kiwi, real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "다온모빌리티, 자율주행 셔틀 운행 연기\n"
    "다온모빌리티는 셔틀 운행을 다음 달로 미룬다고 밝혔다. 다온모빌리티에 따르면 라이다 센서는 "
    "독일 공급사로부터 받기로 돼 있었는데 선적이 늦어졌다. 차량은 국내 제조사 한빛오토가 "
    "만들고, 관제 소프트웨어는 미국 스타트업 루미너스AI가 공급한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "shuttle", "셔틀 운행 연기") as kb:
        yield kb


def test_a_country_the_text_names_no_company_of_gives_no_answer(kb):
    ans = kb.ask("라이다 센서를 공급하는 독일 회사의 이름은?")
    assert ans.method == "none", ans


def test_a_company_written_after_the_country_answers(kb):
    ans = kb.ask("관제 소프트웨어를 공급하는 미국 스타트업은?")
    assert ans.answer == "루미너스AI", ans
