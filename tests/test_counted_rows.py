"""What a party asked for, counted and then listed (issue 13, the spent rounds' misses): "노조가
요구한 것은 어떤 것들인가?" is answered by the bulleted items after "세 가지를 요구했다", not by
"가지"; "시정명령은 무엇 무엇인가?" by the row "▲A ▲B ▲C를 명령했다", the last item without its
act; "적용하는 서비스는 무엇 무엇인가?" by the row "▲A ▲B ▲C 등 세 가지다" without its count.  Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별숲게임즈 노조, 첫 쟁의 돌입\n"
    "게임사 별숲게임즈 노동조합은 회사와의 임금 교섭이 결렬됐다며 쟁의 행위에 들어간다고 7일 "
    "밝혔다. 노조는 지난달 교섭에서 세 가지를 요구했다. ▲기본급 6% 인상 ▲주 4.5일제 시범 "
    "도입 ▲성과급 산정 기준을 공개하라는 것이다.\n"
    "회사는 기본급 3% 인상안을 제시했지만 노조는 받아들이지 않았다. 중앙노동위원회는 다음 주 "
    "조정 회의를 연다.\n"
    "공정거래위원회는 별숲게임즈에 ▲확률 정보 공개 ▲환불 거부 중단 ▲이용자에게 위반 사실 "
    "통지를 명령했다.\n"
    "별숲게임즈는 생성형 AI를 사내 업무에 들인다. 첫 적용 대상은 ▲고객센터 상담원 '숲봇' "
    "▲버그 보고서 요약 도구 ▲사내 규정 검색 서비스 '규정찾기' 등 세 가지다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "union", "별숲게임즈 노조 쟁의") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["노조가 요구한 것은 어떤 것들인가?", "별숲게임즈 노조가 교섭에서 요구한 것은?"]
)
def test_the_counted_demands_are_the_bulleted_items(kb, question):
    ans = kb.ask(question)
    items = (ans.answer or "").split(", ")
    assert items == ["기본급 6% 인상", "주 4.5일제 시범 도입", "성과급 산정 기준을 공개"], ans
    assert "세 가지를 요구했다" in ans.evidence[0].text


def test_a_question_of_no_counted_act_is_left_to_the_reader(kb):
    ans = kb.ask("조정 회의를 여는 곳은?")
    assert ans.answer == "중앙노동위원회", ans


def test_the_ordered_remedies_are_the_row_the_order_takes(kb):
    ans = kb.ask("공정위가 별숲게임즈에 내린 시정명령은 무엇 무엇인가?")
    items = (ans.answer or "").split(", ")
    assert items == ["확률 정보 공개", "환불 거부 중단", "이용자에게 위반 사실 통지"], ans


def test_the_counted_services_are_the_row_without_its_count(kb):
    ans = kb.ask("별숲게임즈가 처음 생성형 AI를 적용하는 서비스는 무엇 무엇인가?")
    assert (
        ans.answer
        == "고객센터 상담원 '숲봇', 버그 보고서 요약 도구, 사내 규정 검색 서비스 '규정찾기'"
    ), ans
