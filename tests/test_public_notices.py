"""Public-sector notices as local news writes them (realqa40): a scheme's deadline ("내년 1월
6일까지 신청을 받는다"), asked "신청 마감일은?", was read as asking a thing and answered by a noun
of the sentence; places counted in 개소 ("관광시설 45개소"), asked "몇 곳?", got no answer.
search/resources/answer_types.toml [heads] reads 마감일 as a date, [figures] counters and
[counted_as] read 개소 as places.  Real Kiwi, real e5 embeddings, real FAISS; the article is
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한솔군, 마을관광 보조금 사업자 모집\n"
    "한솔군은 다음 달 20일까지 마을관광 보조금 사업자 신청을 받는다고 3일 밝혔다. "
    "대상은 군내 관광시설 45개소와 민박 120곳이다. "
    "지원사업은 오는 5월 보조금심의위원회 심의를 거쳐 확정된다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "hansol", "마을관광 보조금") as kb:
        yield kb


def test_a_deadline_asked_is_a_date(kb):
    ans = kb.ask("한솔군 보조금 신청 마감일은?")
    assert ans.answer_type == "date" and ans.answer.endswith("20일"), ans


@pytest.mark.parametrize("question", ["대상 관광시설은 몇 곳?", "대상 관광시설은 몇 군데?"])
def test_places_counted_in_gaeso(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "45개소", ans
