"""Answers on a news article of our own (issue 13, fourth round): where someone worked before,
read from the sentences that say it (search/past.py); a person asked for is answered by a
person's name, never by words such as "제약사 출신"; yes/no read from a clause that says the
opposite or that someone dropped out; the names written in one row with an answer ("종근당·보령");
who was supplied is not who supplies; a price asked of two names is no relation.  Real Kiwi,
real e5 embeddings, real FAISS; the shipped reader and calibration.  The article is invented
for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "하람바이오, 새 대표에 '제약사 출신' 문지호 부사장 선임\n"
    "서울 성동구 하람바이오 사무실에서 만난 최유진 창업자는 대웅제약 연구원으로 10년을 일한 "
    "약학 박사 출신이다. 그는 2019년 하람바이오를 세웠다.\n"
    "하람바이오는 셀트리온에서 임상 조직을 이끌던 문지호 부사장을 신임 대표로 선임했고, "
    "최고재무책임자(CFO)에는 신한은행 출신 오가람 씨를 영입했다. "
    "문 대표는 한미약품과 유한양행에서 15년간 개발자로 일한 뒤 2020년 하람바이오에 합류했다.\n"
    "최고과학책임자(CSO)에는 캐나다 토론토 출신 에밀리 카터 박사가 선임됐다. "
    "카터 박사는 화이자에서 신약 연구원으로 일한 뒤 지난해 하람바이오에 합류했다.\n"
    "하람바이오는 지난해 종근당·보령에 진단 키트 '하람 키트 2'를 공급했다. "
    "하람바이오의 지난해 매출은 320억원으로 전년보다 12% 줄었다. "
    "당초 공동 연구 참여가 거론됐던 녹십자는 이번 계약에서 빠졌다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "haram", "하람바이오 대표 선임") as kb:
        yield kb


def test_where_a_founder_comes_from_is_the_employer_of_their_clause(kb):
    # the company the person is met at stands in the same sentence, before the person
    ans = kb.ask("최유진 창업자는 어디 출신이야?")
    assert "대웅제약" in ans.answer, (ans.answer, ans.method)
    assert "하람바이오" not in ans.answer


def test_a_cue_belongs_to_the_person_written_after_it(kb):
    # "셀트리온에서 ... 이끌던 문지호" and "신한은행 출신 오가람": one sentence, two people
    ans = kb.ask("오가람 CFO는 어느 회사 출신인가?")
    assert "신한은행" in ans.answer, (ans.answer, ans.method)
    assert "셀트리온" not in ans.answer


def test_every_earlier_employer_surname_and_title_standing_for_the_name(kb):
    ans = kb.ask("문지호 대표는 하람바이오에 오기 전에 어디서 일했어?")
    for name in ("한미약품", "유한양행"):
        assert name in ans.answer, (ans.answer, ans.method)
    assert "하람바이오" not in ans.answer
    assert "신한은행" not in ans.answer  # the CFO's, in the sentence that names him


def test_where_someone_was_born_is_no_employer(kb):
    ans = kb.ask("에밀리 카터 박사의 전직장은?")
    assert "화이자" in ans.answer, (ans.answer, ans.method)
    assert "토론토" not in ans.answer and "캐나다" not in ans.answer


def test_a_person_is_answered_by_a_name(kb):
    ans = kb.ask("하람바이오 새 대표는 누구야?")
    assert ans.answer is None or "출신" not in ans.answer, ans.answer
    assert ans.answer is not None and "문지호" in ans.answer, (ans.answer, ans.method)


@pytest.mark.parametrize(
    "question",
    [
        "하람바이오 매출은 지난해 늘었나?",  # "12% 줄었다": the opposite verb
        "녹십자가 이번 계약에 참여했나?",  # "참여가 거론됐던 녹십자는 ... 빠졌다"
    ],
)
def test_yes_no_is_no_when_the_clause_says_the_opposite(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.sentence)


ROW = (
    "미래항공, 드론 배송 서비스 출시\n"
    "드론 스타트업 미래항공은 드론 배송 서비스를 개발했다고 3일 밝혔다. "
    "회사는 올해 초 한빛벤처스와 미국 세쿼이아캐피탈로부터 200억원을 투자받았다."
)


@pytest.fixture(scope="module")
def row_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ROW, "mirae", "미래항공 서비스 출시") as kb:
        yield kb


def test_the_names_written_in_one_row_with_the_answer_answer_too(row_kb):
    # "한빛벤처스와 미국 세쿼이아캐피탈로부터": a place between the names of one row
    ans = row_kb.ask("미래항공에 투자한 곳은?")
    for name in ("한빛벤처스", "세쿼이아캐피탈"):
        assert name in ans.answer, (ans.answer, ans.method)


def test_a_price_asked_of_two_names_is_no_relation(kb):
    ans = kb.ask("하람바이오의 하람 키트 2 판매 가격은?")
    assert ans.answer_type != "relation", (ans.answer, ans.answer_type)
