"""A list answer takes every item of the row its items are written in (issue 13, the spent
rounds' lists: "제주해협과 동중국해를 거쳐" answered with one sea in round 10, three rivals
written "A, 포털 B, 스타트업 C" answered with two in round 12): the reader's item brings the
row's other items of its kind, each as the name written at its end.  Real Kiwi, real e5
embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "바다누리호, 자율운항 시험 마쳐…인증 심사 착수\n"
    "조선사 한결조선이 건조해 청해해운에 넘긴 자율운항 화물선 바다누리호가 시험 운항을 "
    "마쳤다. 이 배는 지난달 초 목포항을 떠나 제주해협과 동중국해를 거쳐 상하이항까지 "
    "약 1900km를 오갔다. 선급은 다음 달 인증 심사를 시작한다.\n"
    "국내에서는 통신사 계열 AI 기업 하늘AI, 검색 포털 누리넷, 스타트업 별똥랩스(Byeolttong "
    "Labs)가 자율운항 소프트웨어 경쟁을 벌이고 있다. 하늘AI는 올해 선박 12척에 시스템을 "
    "공급했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "voyage", "바다누리호 시험") as kb:
        yield kb


def _items(ans) -> set[str]:
    return set((ans.answer or "").split(", "))


def test_the_seas_passed_are_both_items_of_the_row(kb):
    ans = kb.ask("시험 운항에서 배는 어디 어디를 거쳐 상하이항까지 갔어?")
    assert {"제주해협", "동중국해"} <= _items(ans), ans


def test_rivals_written_with_their_kinds_are_every_name_of_the_row(kb):
    ans = kb.ask("자율운항 소프트웨어 경쟁을 벌이는 세 회사는 어디 어디인가?")
    assert {"하늘AI", "누리넷", "별똥랩스"} <= _items(ans), ans
    assert "검색 포털 누리넷" not in _items(ans)
