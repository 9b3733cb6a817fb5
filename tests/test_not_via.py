"""A yes/no question that says how a thing was done ("셀 제조사를 거쳐 계약했나?") is answered
아니오 by the sentence that denies that way ("셀 제조사를 거치지 않고 직접 계약했다"), though the
two companies did sign: the plain question stays 예.  Real Kiwi, real e5 embeddings, real
FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가온소재, 한빛모터스와 양극재 직접 계약\n"
    "양극재 기업 가온소재는 완성차 업체 한빛모터스와 5년간 양극재를 공급하는 계약을 맺었다고 "
    "3일 밝혔다. 배터리 셀은 한빛모터스의 협력사인 셀 제조사가 만들지만, 가온소재는 셀 "
    "제조사를 거치지 않고 한빛모터스와 직접 물량과 가격을 정했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "cathode", "가온소재 직접 계약") as kb:
        yield kb


def test_a_way_the_text_denies_is_no(kb):
    ans = kb.ask("가온소재는 셀 제조사를 거쳐 한빛모터스와 계약했나?")
    assert ans.answer == "아니오", ans


def test_the_plain_question_is_yes(kb):
    ans = kb.ask("가온소재는 한빛모터스와 계약했나?")
    assert ans.answer == "예", ans
