"""Who holds an organisation's post written as a person's title, "X 누리공단 신임 이사장", asked
"누리공단 이사장은 누구인가?"; never the one the sentence says leaves or is replaced.  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.titled_holders import titled_holder

ARTICLE = (
    "누리환경공단 신임 이사장 취임\n"
    "서도하 누리환경공단 신임 이사장이 4일 취임한다. "
    "서도하 신임 이사장은 누리매립지공사 사장을 역임했다. "
    "누리환경공단은 환경부 산하 준정부기관이다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "titled", "누리환경공단 이사장 취임") as kb:
        yield kb


def test_the_holder_written_with_the_title(kb):
    assert kb.ask("누리환경공단 이사장은 누구인가?").answer == "서도하"


def test_a_question_of_no_post_is_not_read_here(kb):
    ans = kb.ask("누리환경공단은 어느 부처 산하인가?")
    assert ans.answer != "서도하"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("서도하 누리공단 신임 이사장이 취임한다.", "서도하"),
        ("서도하 누리공단 이사장이 말했다.", "서도하"),
        ("서도하 누리공단 전 이사장이 말했다.", None),  # a former post
        ("서도하 누리공단 이사장은 고문으로 물러났다.", None),  # the one leaving
        ("서도하 누리공단 이사장 후임에 권지호 이사 내정", None),  # the one replaced
        ("서도하 누리공단 직원이 말했다.", None),  # another post
        ("서도하 누리공단", None),  # nothing after the organisation
    ],
)
def test_titled_holder(text, want):
    found = titled_holder(text, (4, 8), "이사장", [(0, 3)])
    assert (text[slice(*found)] if found else None) == want


def test_no_name_right_before_the_organisation():
    text = "누리공단 신임 이사장에 서도하 이사가 취임한다."
    assert titled_holder(text, (0, 4), "이사장", [(13, 16)]) is None
