"""A list's items are the names its row is written for, whatever describes them (issue 13, the
spent rounds' lists): a bulleted item "▲번역 모델 '말벗(Malbeot)'을 개발한 스타트업 도담AI"
names the company, not the model its clause is about (round 8), and two quoted titles each
written after the same kind noun, "냉각 장비 '서늘'과 전력 분배(PDU) 장비 '고른빛 3'", are
one row (rounds 8 and 10).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "누리클라우드, 3분기 매출 1200억원…GPU 임대 늘어\n"
    "클라우드 기업 누리클라우드가 올해 3분기 매출 1200억원을 기록했다고 2일 밝혔다. "
    "주요 고객사로는 ▲번역 모델 '말벗(Malbeot)'을 개발한 AI 스타트업 도담AI "
    "▲게임사 별빛플레이 ▲온라인 서점 운영사 책마루 등이 꼽힌다.\n"
    "누리클라우드는 내년 대전에 두 번째 데이터센터를 짓는다. 이곳에서는 회사가 자체 개발한 "
    "냉각 장비 '서늘(Seoneul)'과 전력 분배(PDU) 장비 '고른빛 3'를 함께 만든다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "rows", "누리클라우드 3분기") as kb:
        yield kb


def _items(ans) -> set[str]:
    return set((ans.answer or "").split(", "))


def test_a_bulleted_item_is_the_name_its_description_leads_to(kb):
    ans = kb.ask("누리클라우드의 주요 고객사는 어디 어디인가?")
    assert _items(ans) == {"도담AI", "별빛플레이", "책마루"}, ans


def test_quoted_titles_each_after_the_same_kind_noun_are_one_row(kb):
    ans = kb.ask("대전 데이터센터에서 만들 장비는 무엇 무엇인가?")
    assert {i.split("(")[0] for i in _items(ans)} == {"서늘", "고른빛 3"}, ans
