"""A why-question is answered by the reason the sentence after the act gives as what was said,
closing on a noun of reason ("…손님이 끊길 것이라는 이유에서다", "…떨어졌다는 이유다"), even
when the act is written in another word than the question's ("반발하고 있다" for "왜 반대해?")
(search/stated_reasons.py).  Real Kiwi, real e5 embeddings, real FAISS; the article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from search.stated_reasons import closes_on_reason, stated_reason

CASES = [
    (
        "parking",
        "새봄시, 중앙시장 앞 공영주차장 없애고 광장 조성\n"
        "(새봄=한빛뉴스) 도유찬 기자 = 새봄시가 중앙시장 앞 공영주차장 120면을 없애고 시민 "
        "광장을 만든다고 4일 밝혔다.\n"
        "공사는 내년 3월 시작해 10월 끝난다. 사업비 48억원은 시비로 마련한다.\n"
        "그러나 시장 상인들은 반발하고 있다. 주차할 곳이 사라지면 장을 보러 오는 손님이 "
        "끊길 것이라는 이유에서다.\n"
        "새봄시는 시장에서 500m 떨어진 곳에 임시 주차장 80면을 마련할 계획이다.",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "told") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    ["상인들은 왜 주차장 없애는 걸 반대해?", "시장 상인들이 주차장을 없애는 데 반대하는 이유는?"],
)
def test_the_reason_told_after_the_act_answers(kb, question):
    # the base answered the sentence of the backlash itself, or nothing
    ans = kb.ask(question)
    assert ans.answer is not None and "손님이 끊길 것" in ans.answer, (ans.answer, ans.method)
    assert "반발" not in ans.answer


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("학교가 사라지면 마을에 아이가 줄 것이라는 이유에서다.", "마을에 아이가 줄 것"),
        ("공사비가 크게 올라 사업성이 떨어졌다는 이유다.", "사업성이 떨어졌다"),
        ("적자 누적이 철수의 이유다.", "적자 누적"),
    ],
)
def test_a_reason_told_is_read_whole(sentence, reason):
    found = stated_reason(sentence)
    assert found is not None and reason in found, found
    assert "이유" not in found


def test_a_reason_told_explains_the_sentence_before():
    assert closes_on_reason("주차할 곳이 사라지면 손님이 끊길 것이라는 이유에서다.")
    assert not closes_on_reason("상인들이 반대하는 이유는 손님이 끊길 것이라는 점이다.")
