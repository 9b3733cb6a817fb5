"""A date written after a year word relative to the article ("내년 3월 말", "올해 1분기") is
answered with it: "3월 말" alone says no year.  A date with its own year stays as written.
Real Kiwi, real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛정보, 보안 기업 누리쉴드 인수\n"
    "한빛정보가 보안 소프트웨어 기업 누리쉴드의 지분 80%를 650억 원에 인수한다고 3일 "
    "공시했다. 거래는 공정거래위원회의 기업결합 심사를 거쳐 내년 3월 말 마무리될 예정이다. "
    "누리쉴드는 2016년 설립된 회사다. 한빛정보는 다음 달 31일 임시 주주총회를 연다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nuri", "한빛정보 누리쉴드 인수") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("누리쉴드 거래는 언제 마무리되나?", "내년 3월 말"),  # '3월 말' at 517f66f
        ("누리쉴드는 언제 설립됐나?", "2016년"),  # a guard
        ("한빛정보 임시 주주총회는 언제 열리나?", "다음 달 31일"),  # '31일' of which month?
    ],
)
def test_the_date_with_its_year_word(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.method, ans.confidence)


def test_a_day_gets_the_month_word_written_before_it():
    from search.anchored_dates import anchored

    assert anchored("오는 12월 착공 예정이다.", "12월") == "오는 12월"
    assert anchored("지난달 28일 문을 닫았다.", "28일") == "지난달 28일"
    assert anchored("지난 2020년 세웠다.", "2020년") == "2020년"  # a year needs no month word
    assert anchored("보도는 28일 나왔다.", "28일") == "28일"
