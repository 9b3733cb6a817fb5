"""A yes/no question whether a thing is done ("직원을 해고하나?") is answered 아니오 by the
sentence that writes that act right before 없이 ("해고 없이 모두 재배치하겠다"), the speaker's
own words counting; a question that itself asks about doing without is not read so.  Real
Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛마트, 적자 점포 9곳 연내 정리\n"
    "대형마트 한빛마트가 적자가 이어진 점포 9곳의 문을 연내 닫는다고 5일 밝혔다. 이에 따라 "
    '한빛마트의 점포 수는 87곳에서 78곳으로 줄어든다. 회사 측은 "닫는 점포의 직원 540명은 '
    '해고 없이 인근 점포와 온라인 물류센터로 모두 재배치하겠다"고 설명했다.'
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "done_without", "한빛마트 점포 정리") as kb:
        yield kb


def test_the_act_written_before_without_is_no(kb):
    """At 2c3b92e: 예 from the sentence of the shrinking store count."""
    ans = kb.ask("한빛마트는 문을 닫는 점포의 직원을 해고하나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "해고 없이" in ans.evidence[0].text


def test_a_question_about_doing_without_is_not_denied_by_it(kb):
    ans = kb.ask("한빛마트는 해고 없이 직원을 재배치하나?")
    assert ans.answer != "아니오", (ans.answer, ans.confidence, ans.sentence)
