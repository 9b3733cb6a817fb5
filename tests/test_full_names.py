"""An organisation answered by its full name when the sentence read writes a short form of it
(search/full_names.py, issue 13, realqa43's real-news probe: a headline's "금융위서 최종 확정"
answered "제재를 확정한 기관은?" with 금융위).  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가맹본부 제재 공정위서 최종 확정…과징금 낮아져\n"
    "공정거래위원회는 지난 3월 가맹본부 두 곳을 조사했다. 12일 공정거래위원회에 따르면 "
    "누리치킨은 과징금 2억 4000만원, 하늬피자는 과징금 9600만원을 부과받았다. 두 회사는 "
    "가맹점에 물품 구매를 강요한 것으로 조사됐다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "franchise", "가맹본부 제재") as kb:
        yield kb


def test_a_body_is_answered_by_its_full_name(kb):
    ans = kb.ask("가맹본부 제재를 최종 확정한 기관은?")
    assert ans.answer == "공정거래위원회", ans  # the headline writes 공정위
