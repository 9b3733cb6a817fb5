"""A person written in the office of another organisation does not answer a question about the
asked one's office (search/office_owners.py): news writes the organisation between the name and
the office ("오정민 한누리저축은행 대표는"), and a merger article that names the absorbed bank
but quotes only the buyer's head does not say who heads the absorbed one.  The dev gold
answered "동진저축은행 대표는 누구인가?" with the buyer's 대표.  Real Kiwi, real e5 embeddings,
real FAISS; the sentences are our own."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.office_owners import another_owner, owner_asked, written_owner
from search.passages import sentence_tokens

ARTICLE = (
    "새봄캐피탈, 적자 이어진 푸른할부금융 흡수합병\n"
    "여신전문금융회사 새봄캐피탈이 3년째 적자를 낸 푸른할부금융을 흡수합병한다고 "
    "14일 공시했다. 합병 기일은 내년 3월 2일이다.\n"
    "푸른할부금융은 자동차 할부 대출이 줄면서 지난해 순손실 120억 원을 냈다.\n"
    '남궁서진 새봄캐피탈 대표는 "두 회사의 고객 기반을 합쳐 중고차 금융을 키우겠다"고 '
    "말했다.\n"
    "합병 뒤 푸른할부금융 직원 140명은 모두 새봄캐피탈로 고용이 승계된다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "owners", "새봄캐피탈 푸른할부금융 합병") as kb:
        yield kb


def test_the_office_of_another_organisation_answers_nothing(kb):
    ans = kb.ask("푸른할부금융 대표는 누구인가?")
    assert ans.method == "none", (ans.answer, ans.confidence)


def test_the_office_the_text_writes_is_still_answered(kb):
    ans = kb.ask("새봄캐피탈 대표는 누구인가?")
    assert ans.method != "none" and "남궁서진" in ans.answer, (ans.answer, ans.confidence)


def test_the_owner_is_the_name_between_person_and_office():
    toks = sentence_tokens("마루솔 누리제약 사장은 공장 증설을 발표했다.")
    assert written_owner(toks, 0) == "누리제약"
    assert another_owner(toks, 0, "가온바이오 사장은 누구인가?", ["가온바이오"])
    assert not another_owner(toks, 0, "누리제약 사장은 누구인가?", ["누리제약"])
    # a question that asks no one's office ("사장은 누구인가?") is left to the other rules
    assert not another_owner(toks, 0, "사장은 누구인가?", [])
    # no owner written: the person may hold the asked office
    assert not another_owner(
        sentence_tokens("마루솔 사장은 말했다."), 0, "가온바이오 사장은?", ["가온바이오"]
    )


MERGER = (
    "다솜테크·하늬시스템 합병…새 이름 '누리온'\n"
    "소프트웨어 기업 다솜테크가 하늬시스템을 흡수합병한다고 9일 공시했다. 합병 법인의 사명은 "
    "'누리온'으로 바뀐다.\n"
    "누리온은 두 회사 대표가 함께 이끄는 공동대표 체제로 출범한다. 곽도윤 다솜테크 대표는 "
    "공공 사업을 맡고, 편서하 하늬시스템 대표는 클라우드 사업을 맡는다."
)


@pytest.fixture(scope="module")
def merger_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, MERGER, "merger", "다솜테크 하늬시스템 합병") as kb:
        yield kb


def test_heads_the_paragraph_gives_the_asked_office_are_kept(merger_kb):
    # each is written as its own company's 대표, after "누리온은 ... 공동대표 체제로"
    ans = merger_kb.ask("누리온의 공동대표는 누구 누구인가?")
    assert ans.method != "none" and "곽도윤" in ans.answer, (ans.answer, ans.confidence)


def test_only_a_question_naming_the_office_s_owner_is_read():
    assert owner_asked(sentence_tokens("누리온의 공동대표는 누구인가?"), [], 3)
    # a person asked by an act ("세운 교수") asks no organisation's office
    assert not owner_asked(sentence_tokens("누리온을 세운 교수는 누구인가?"), [], 4)
    # a name spelled otherwise in the question begins as the written owner does
    toks = sentence_tokens("마루솔 누리제약 사장은 말했다.")
    assert not another_owner(toks, 0, "누리재약 사장은?", ["누리재약"])
