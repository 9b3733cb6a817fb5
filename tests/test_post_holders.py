"""A post asked by its noun alone (issue 13: a headline-style question of a committee chair,
a presiding judge, a business-unit head, a trial's principal investigator, in rounds 7, 12, 13
and 15): "한빛정밀 대추위원장" is a person, the one the text writes with the post, not the
company or another person of the sentence.  Real Kiwi, real e5 embeddings, real FAISS; the
article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛정밀, 차기 대표 후보에 노은서 부사장 확정\n"
    "정밀기기 기업 한빛정밀의 대표후보추천위원회(대추위)는 12일 노은서 부사장을 차기 대표 "
    "후보로 확정했다고 밝혔다. 대추위는 사외이사 5명으로 꾸려지며, 위원장은 법학자 출신인 "
    "제갈민호 사외이사가 맡고 있다.\n"
    "한빛정밀은 같은 날 조직 개편도 발표했다. 계측사업부를 이끌던 도하윤 전무는 새로 만들어진 "
    "스마트센서사업부문장을 맡는다.\n"
    "한빛정밀이 개발한 진단기기 '바른맥'의 확증 임상시험은 누리대학교병원 심장내과 탁서진 "
    "교수가 책임연구자를 맡아 진행된다.\n"
    "한편 한빛정밀이 경쟁사 다온계측을 상대로 낸 특허 소송에서 서울중앙지방법원 "
    "민사12부(재판장 석지환 부장판사)는 지난 5일 원고 일부 승소 판결을 내렸다.\n"
    "한빛정밀은 바른맥을 창원 2공장에서 생산한다."
)
PEOPLE = {"노은서", "제갈민호", "도하윤", "탁서진", "석지환"}


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "posts", "한빛정밀 대표 후보") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("한빛정밀 대추위원장", "제갈민호"),  # "위원장은 … 제갈민호 사외이사가 맡고 있다"
        ("한빛정밀 스마트센서사업부문장", "도하윤"),  # "도하윤 전무는 … 사업부문장을 맡는다"
        ("바른맥 확증 임상 책임연구자", "탁서진"),  # "탁서진 교수가 책임연구자를 맡아"
        ("특허 소송 재판장", "석지환"),  # "(재판장 석지환 부장판사)"
    ],
)
def test_a_post_asked_by_its_noun_is_its_holder(kb, question, holder):
    ans = kb.ask(question)
    assert ans.answer == holder, ans
    assert ans.answer_type == "person"
    assert holder in ans.evidence[0].text


def test_a_place_written_like_a_post_is_no_person(kb):
    """ "2공장" ends in 장 but is a plant (場), never a person of its sentence."""
    ans = kb.ask("한빛정밀 2공장")
    assert (ans.answer or "") not in PEOPLE, ans
