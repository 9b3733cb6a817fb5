"""How long someone stayed, from the two years one sentence writes for the stint ("2011년
한별은행에 입행해 2020년 퇴사했다" -> "9년"), only when the question asks a length ("몇 년
일했나?"; "몇 년에 입행했나?" still asks the year) and no sentence writes the length itself.
Real Kiwi, e5, FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리페이, 새 최고재무책임자에 민서하 선임\n"
    "[금융한빛 고은별 기자] 간편결제 업체 누리페이가 민서하 전 한별은행 부장을 최고재무책임자(CFO)로 "
    "선임했다고 2일 밝혔다. 민 CFO는 2011년 한별은행에 입행해 2020년 퇴사했다. 이후 "
    "회계법인에서 핀테크 기업 자문을 맡았다. 누리페이는 내년 상장을 준비하고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuripay", "누리페이 새 CFO") as kb:
        yield kb


def test_years_of_a_stint_are_counted_from_its_two_years(kb):
    ans = kb.ask("민서하 CFO는 한별은행에서 몇 년 일했나?")
    assert ans.answer == "9년", ans


def test_the_year_asked_is_still_a_year(kb):
    ans = kb.ask("민서하 CFO는 몇 년에 한별은행에 입행했나?")
    assert ans.answer == "2011년", ans
