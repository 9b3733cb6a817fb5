"""Where a nominee worked before is the organisation written after 전: "석하윤 내정자는 전에
어느 회사에서 일했나?" over "태림카드 신임 대표에는 석하윤 전 누리은행 부행장이 내정됐다" was
태림카드 (the company the person is named to) at 0.92, and "태림카드, 가온생명" at 0.94 when the
post was "전략담당 상무" (search/former_employers.py).  Real Kiwi, real e5 embeddings, real
FAISS; the articles are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb


def _article(org: str, post: str) -> str:
    return (
        "태림카드 새 대표에 석하윤 내정\n"
        f"태림카드 신임 대표에는 석하윤 전 {org} {post}이 내정됐다. "
        "태림카드는 12일 임원후보추천위원회를 열고 석 내정자를 단독 후보로 추천했다. "
        "석 내정자는 다음 달 주주총회를 거쳐 정식 취임한다. "
        "태림카드는 석 내정자가 디지털 전환을 이끌 것으로 기대한다고 밝혔다."
    )


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    with article_kb(tmp_path_factory, _article("누리은행", "부행장"), "bank", "태림카드") as kb:
        yield kb


@pytest.fixture(scope="module")
def insurer(tmp_path_factory):
    text = _article("가온생명", "전략담당 상무")
    with article_kb(tmp_path_factory, text, "insurer", "태림카드") as kb:
        yield kb


def test_the_company_named_to_is_no_earlier_employer(bank):
    ans = bank.ask("석하윤 내정자는 전에 어느 회사에서 일했나?")
    assert ans.answer in (None, "누리은행"), (ans.answer, ans.method, ans.confidence)


def test_a_row_is_cut_to_the_earlier_employer(insurer):
    ans = insurer.ask("석하윤 내정자는 전에 어느 회사에서 일했나?")
    assert ans.answer == "가온생명", (ans.answer, ans.method, ans.confidence)


def test_the_company_named_to_still_answers_where_they_go(bank):
    ans = bank.ask("석하윤은 어느 회사 대표로 내정됐나?")
    assert ans.answer == "태림카드", (ans.answer, ans.method, ans.confidence)


# News writes where a person came from with 출신 too, after their clause or before their name,
# often with a role between ("누리전자 연구원 출신"); the company they work at now is no answer
# to "전에 어느 회사에서 일했나?" or "어느 회사 출신인가?", a school they come from is still the
# answer to "어느 대학 출신인가?".
ORIGINS = (
    "한결테크, 반도체 설계 인력 보강\n"
    "한결테크는 하태경 부사장과 모아린 상무를 영입했다고 4일 밝혔다. 하 부사장은 솔빛반도체 "
    "출신으로 메모리 설계를 20년 가까이 맡았다. 누리전자 연구원 출신인 모아린 상무는 전력 반도체 "
    "사업을 이끈다. 모 상무는 한빛대 출신이다."
)


@pytest.fixture(scope="module")
def origins(tmp_path_factory):
    with article_kb(tmp_path_factory, ORIGINS, "origins", "한결테크 인력 보강") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "came_from"),
    [
        # at 916a57a: "누리전자, 한빛대" 0.97 (a school is no company worked at)
        ("모아린 상무는 어느 회사 출신인가?", "누리전자"),
        ("모아린 상무는 전에 어느 회사에서 일했나?", "누리전자"),
    ],
)
def test_the_company_now_is_not_where_they_came_from(origins, question, came_from):
    ans = origins.ask(question)
    assert ans.answer in (None, came_from), (ans.answer, ans.method, ans.confidence)


def test_a_school_they_come_from_is_still_a_school(origins):
    ans = origins.ask("모아린 상무는 어느 대학 출신인가?")
    assert ans.answer == "한빛대", (ans.answer, ans.method, ans.confidence)


BEFORE_NAMED = (
    "다올로보틱스, 최고기술책임자 영입\n"
    "다올로보틱스는 권서하 최고기술책임자(CTO)를 영입했다고 7일 밝혔다. 권 CTO는 누리전자 "
    "출신으로, 누리전자에 합류하기 전에는 한빛정보통신연구원에서 연구원으로 6년간 일했다."
)


@pytest.fixture(scope="module")
def before_named(tmp_path_factory):
    with article_kb(tmp_path_factory, BEFORE_NAMED, "before_named", "다올로보틱스") as kb:
        yield kb


def test_the_organisation_the_question_names_is_not_the_one_before_it(before_named):
    """Without the rule: no answer (누리전자, the one named, was read as where they came from)."""
    ans = before_named.ask("권서하 누리전자 이전 직장")
    assert ans.answer == "한빛정보통신연구원", (ans.answer, ans.method, ans.confidence)
