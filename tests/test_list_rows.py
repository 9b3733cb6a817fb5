"""List questions answered with the whole list (issue 13; round 29-31's list misses): a row
summed up by a count of the asked noun ("A과 B, C 등 3개 도시"), a row opened by a 와/과 the
tagger reads as "with", one name written two ways counted once, a clause's topic beside
another clause's "도" subject, a group word written as a named item's kind, items a middle
dot joins inside a row ("화학·정유와 조선"), and a question's alternatives said by two
sentences side by side ("조사나 점검에 나선 기관").  Real Kiwi, real e5 embeddings, real FAISS; the
articles are invented for the tests."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from kg.resolve import Extraction
from search.head_lists import rows_of
from search.passages import sentence_tokens
from search.question import analyze_question
from search.results import Answer, Hit
from search.whole_rows import whole_row

CASES = [
    (
        "festival",
        "여름 축제 유치전, 대구가 웃었다\n"
        "(서울=누리통신) 한가람 기자 = 내년 여름 국제 불꽃축제 개최지로 대구가 뽑혔다. "
        "본선에는 대구와 독일 뒤셀도르프, 프랑스 리옹 등 3개 도시가 진출했다. "
        "대구는 결선 투표에서 리옹을 제쳤다.",
    ),
    (
        "zoofare",
        "대전동물원 입장료 내년 3월 인상\n"
        "(대전=누리통신) 한가람 기자 = 대전동물원 입장료가 내년 3월부터 8천원으로 오른다. "
        "인근 울산시는 지난달 동물원 입장료를 1만원으로 올렸고, 경남 창원시도 내년 인상을 "
        "검토하고 있다. 대전시는 노인 할인을 유지한다.",
    ),
    (
        "ricesale",
        "햅쌀 공급 계약 체결\n"
        "(서울=누리통신) 한가람 기자 = 농협은 올해 햅쌀 3만 톤을 풀기로 했다. "
        "한빛공사는 이날 대형마트 새솔마트, 떡집 체인 바른떡방과 햅쌀 공급 계약을 맺었다. "
        "새솔마트는 다음 주부터 전국 점포에서 햅쌀을 판다.",
    ),
    (
        "closing",
        "코스피 1% 올라 마감\n"
        "(서울=누리통신) 한가람 기자 = 코스피가 외국인 매수에 1% 올라 마감했다. "
        "업종별로는 화학·정유(2.1%)와 조선(1.7%)이 강세를 보였고, 건설(-0.8%)과 "
        "보험(-0.3%)은 약세였다. 거래대금은 12조 원이었다.",
    ),
    (
        "paydelay",
        "누리페이 정산 지연 두 달째\n"
        "(서울=누리통신) 한가람 기자 = 간편결제 업체 누리페이의 판매대금 정산이 두 달째 "
        "밀렸다. 한국소비자원은 누리페이 이용자의 피해 신고를 받아 실태 조사에 들어갔다. "
        "금융감독원은 누리페이와 거래해 온 카드사 3곳에 대해 현장 점검을 벌이고 있다. "
        "누리페이는 다음 달 정산을 다시 시작하겠다고 밝혔다.",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "list-rows") as kb:
        yield kb


def _key(text: str) -> str:
    return text.replace(" ", "")


def _has_all(ans, *items: str) -> bool:
    return all(_key(i) in _key(ans.answer or "") for i in items)


def _rows(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in row] for row in rows_of(sentence_tokens(text))]


def test_a_with_read_row_goes_on_when_a_comma_carries_it():
    text = "본선에는 대구와 독일 뒤셀도르프, 프랑스 리옹 등 3개 도시가 진출했다."
    assert ["대구", "독일 뒤셀도르프", "프랑스 리옹"] in _rows(text)


def test_with_followed_by_a_verb_opens_no_row():
    assert _rows("가람전자는 누리랩과 손잡고 칩, 보드를 만든다.") == [["칩", "보드"]]


def test_the_cities_summed_up_by_their_count_are_all_answered_once(kb):
    ans = kb.ask("본선에 진출한 도시는 어디 어디인가?")
    assert _has_all(ans, "대구", "뒤셀도르프", "리옹"), ans.answer
    assert ans.answer.count("리옹") == 1, ans.answer


def test_a_topic_beside_a_clause_of_too_is_an_item_of_the_list(kb):
    ans = kb.ask("대전 말고 동물원 입장료를 올렸거나 인상을 검토하는 곳은 어디 어디인가?")
    assert _has_all(ans, "울산시", "창원시"), ans.answer


def test_a_group_word_written_as_a_named_partys_kind_is_no_item(kb):
    ans = kb.ask("한빛공사와 햅쌀 공급 계약을 맺은 곳은 어디 어디인가?")
    assert "새솔마트" in (ans.answer or ""), ans.answer
    assert "대형마트" not in (ans.answer or "").split(", "), ans.answer


def test_the_sectors_of_the_clause_asked_with_a_dotted_one_whole(kb):
    ans = kb.ask("이날 강세를 보인 업종은 어디 어디인가?")
    assert _has_all(ans, "화학·정유", "조선"), ans.answer
    assert "건설" not in (ans.answer or ""), ans.answer


def test_a_group_word_before_the_name_it_describes_leaves_the_answer():
    text = "한빛공사는 이날 대형마트 새솔마트, 떡집 체인 바른떡방과 햅쌀 공급 계약을 맺었다."
    ents = [
        {"id": n, "name": n, "type": "Company", "start": text.index(n), "end": text.index(n) + 4}
        for n in ("대형마트", "새솔마트")
    ]
    hit = Hit(sentence_id="d#1", doc_id="d", text=text, score=1.0, entities=ents)
    q = analyze_question("한빛공사와 햅쌀 공급 계약을 맺은 곳은 어디 어디인가?", Extraction())
    ans = Answer(question=q.text, answer="새솔마트, 대형마트", evidence=[hit], method="sentence")
    found, _ = whole_row(q, "list", (ans, {}))
    assert "대형마트" not in found.answer.split(", "), found.answer
    assert "새솔마트" in found.answer.split(", "), found.answer


def test_alternatives_said_by_two_sentences_side_by_side_are_both_answered(kb):
    ans = kb.ask("누리페이 사태로 조사나 점검에 나선 기관은 어디 어디인가?")
    assert _has_all(ans, "한국소비자원", "금융감독원"), ans.answer
