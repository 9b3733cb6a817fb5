"""Where something was shown is no one who showed it: "폴드탭은 어디서 발표됐나?" over "소담전자가
... 폴드탭을 처음 공개했다" and "IFA 2026에서 신제품을 발표했다" was 소담전자, the company the
sentences write as their subject (search/venue_subjects.py).  Real Kiwi, real e5 embeddings,
real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "소담전자, 접이식 태블릿 공개\n"
    "소담전자가 접이식 태블릿 '폴드탭'을 처음 공개했다. "
    "소담전자는 6일 독일 베를린에서 개막한 유럽 가전 전시회 IFA 2026에서 신제품을 발표했다. "
    "폴드탭은 펼치면 12인치 화면이 된다. "
    "회사는 연내 유럽과 미국에 제품을 출시할 계획이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "foldtab", "소담전자 폴드탭 공개") as kb:
        yield kb


def test_the_announcer_is_no_venue(kb):
    ans = kb.ask("폴드탭은 어디서 발표됐나?")
    assert ans.answer != "소담전자", (ans.answer, ans.method, ans.confidence)


def test_who_announced_is_still_the_company(kb):
    ans = kb.ask("폴드탭을 공개한 회사는?")
    assert ans.answer == "소담전자", (ans.answer, ans.method, ans.confidence)
