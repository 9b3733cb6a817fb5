"""Yes/no by comparing the slot (issue 13, search/slot_values.py): the text states the asked act
with another value in the slot the question fills — for what the money goes, for whom a bank
is, as what a price is paid, where a thing happens, to whom a stake is sold — and never the
asked value: 아니오.  The asked value written with the act (one of a list, the part the text
names) stays 예.  Real Kiwi, real e5 embeddings, real FAISS; the articles are invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.slot_values import read_slots

RIGHTS_ISSUE = (
    "한솔바이오, 유상증자로 500억 원 조달\n"
    "한솔바이오가 500억 원 규모의 유상증자를 결정했다고 3일 공시했다. "
    "회사는 조달한 자금 가운데 300억 원을 차입금 상환에 쓰고, 나머지 200억 원은 오송 공장 "
    "설비 투자에 쓸 계획이다.\n"
    "한솔바이오는 지난해 영업손실 120억 원을 냈다."
)

GOODS = (
    "별빛엔터, 굿즈 판매 수익금 전액 기부\n"
    "별빛엔터테인먼트는 소속 그룹 데뷔 5주년 기념 굿즈의 판매 수익금 전액을 소아암 환자 "
    "지원 단체에 기부한다고 10일 밝혔다.\n"
    "굿즈는 이달 말까지 온라인으로만 판매된다."
)

BANK = (
    "모두뱅크, 소상공인 인터넷은행 예비인가 신청\n"
    "모두뱅크 컨소시엄이 소상공인과 자영업자를 위한 인터넷전문은행 예비인가를 금융위원회에 "
    "신청했다고 5일 밝혔다.\n"
    "컨소시엄에는 지역 신용협동조합 12곳과 결제대행사 세곳페이가 참여했다."
)

STAKE_SALE = (
    "대성케미칼, 울산 공장 지분 매각\n"
    "대성케미칼이 울산 석유화학 공장 지분 40%를 사우디 국영 석유회사 아람텍에 넘긴다고 "
    "21일 밝혔다. 매각 대금 6천억 원은 차입금을 갚는 데 쓴다. "
    "대금은 전액 현금으로 받는다.\n"
    "첫 시범 운행은 내년 5월 세종시에서 시작한다."
)


CARDS = (
    "새봄은행, 중소기업·소상공인 특화 은행 출범\n"
    "새봄은행이 중소기업·소상공인 특화 인터넷은행으로 12일 공식 출범했다. "
    "자회사 새봄카드는 사회초년생을 겨냥한 신용카드 '첫걸음카드'를 함께 내놨다.\n"
    "새봄은행은 첫해 대출 목표를 1조 원으로 잡았다."
)


@pytest.fixture(scope="module")
def cards(tmp_path_factory):
    with article_kb(tmp_path_factory, CARDS, "saebom", "새봄은행 출범") as kb:
        yield kb


@pytest.fixture(scope="module")
def rights_issue(tmp_path_factory):
    with article_kb(tmp_path_factory, RIGHTS_ISSUE, "hansol", "한솔바이오 유상증자") as kb:
        yield kb


@pytest.fixture(scope="module")
def goods(tmp_path_factory):
    with article_kb(tmp_path_factory, GOODS, "byeolbit", "별빛엔터 기부") as kb:
        yield kb


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    with article_kb(tmp_path_factory, BANK, "modu", "모두뱅크 예비인가") as kb:
        yield kb


@pytest.fixture(scope="module")
def stake_sale(tmp_path_factory):
    with article_kb(tmp_path_factory, STAKE_SALE, "daesung", "대성케미칼 지분 매각") as kb:
        yield kb


def _slots(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(s.role, sorted(s.words), sorted(s.acts)) for s in read_slots(sentence_tokens(text))]


def test_slots_of_purpose_beneficiary_and_means():
    assert ("to", ["상환", "차입금"], ["쓰"]) in _slots("회사는 300억 원을 차입금 상환에 쓴다.")
    assert ("to", ["갚", "차입금"], ["쓰"]) in _slots("대금은 차입금을 갚는 데 쓴다.")
    assert ("to", ["가계", "대출"], ["은행"]) in _slots("모두뱅크는 가계 대출을 위한 은행인가?")
    assert ("to", ["소상공인"], ["은행"]) in _slots("소상공인 전용 은행을 세운다.")
    assert ("to", ["소상공인", "중소기업"], ["은행"]) in _slots("중소기업·소상공인 특화 은행")
    assert ("to", ["세대"], ["앱"]) in _slots("2030세대를 타깃으로 한 앱을 선보였다.")
    assert ("to", ["고령층"], ["카드"]) in _slots("고령층을 위한 카드인가?")
    assert ("to", ["전액", "현금"], ["받"]) in _slots("대금은 전액 현금으로 받는다.")
    # a time before the place is no part of the value
    assert _slots("첫 시범 운행은 내년 5월 세종시에서 시작한다.") == [("at", ["세종시"], ["시작"])]


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("한솔바이오는 유상증자로 조달한 자금을 신약 연구개발에 쓰나?", "아니오"),
        ("한솔바이오가 유상증자 자금을 해외 기업 인수에 사용하나?", "아니오"),
        ("한솔바이오는 조달 자금의 일부를 차입금 상환에 쓰나?", "예"),  # the part named
        ("한솔바이오는 조달한 자금을 공장 설비 투자에 쓰나?", "예"),  # the other part
    ],
)
def test_what_the_money_is_for(rights_issue, question, verdict):
    ans = rights_issue.ask(question)
    assert ans.answer == verdict, (ans.answer, ans.evidence[:1])


def test_proceeds_given_away_are_not_spent_on_the_company(goods):
    ans = goods.ask("별빛엔터테인먼트는 굿즈 판매 수익금을 회사 운영에 쓰나?")
    assert ans.answer == "아니오" and "기부" in ans.evidence[0].text, ans.answer
    assert ans.confidence < 0.8
    assert goods.ask("별빛엔터테인먼트는 굿즈 수익금을 기부하나?").answer == "예"


@pytest.mark.parametrize(
    "question",
    [
        "별빛엔터테인먼트는 굿즈 판매 수익금을 회사가 갖나?",
        "굿즈 판매 수익금은 별빛엔터테인먼트 몫으로 남나?",
    ],
)
def test_proceeds_given_away_in_full_are_not_kept(goods, question):
    ans = goods.ask(question)
    assert ans.answer == "아니오" and "전액" in ans.evidence[0].text, ans.answer


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("모두뱅크는 가계 대출을 위한 은행인가?", "아니오"),
        ("모두뱅크는 대기업을 위한 은행인가?", "아니오"),
        ("모두뱅크는 자영업자를 위한 은행인가?", "예"),  # one of the two written
    ],
)
def test_whom_the_bank_is_for(bank, question, verdict):
    assert bank.ask(question).answer == verdict


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("대성케미칼은 매각 대금을 배당에 쓰나?", "아니오"),
        ("대성케미칼은 매각 대금을 주식으로 받나?", "아니오"),
        ("대성케미칼은 매각 대금을 현금으로 받나?", "예"),
        ("첫 시범 운행은 서울에서 시작하나?", "아니오"),
    ],
)
def test_spent_paid_and_where(stake_sale, question, verdict):
    assert stake_sale.ask(question).answer == verdict


@pytest.mark.parametrize(
    "question, verdict",
    [
        ("새봄은행은 대기업 특화 은행인가?", "아니오"),
        ("새봄은행은 가계 대출 전용 은행인가?", "아니오"),
        ("새봄은행은 소상공인 특화 은행인가?", "예"),
        ("첫걸음카드는 고령층을 위한 카드인가?", "아니오"),
        ("첫걸음카드는 사회초년생을 위한 카드인가?", "예"),
    ],
)
def test_whom_a_product_is_aimed_at(cards, question, verdict):
    assert cards.ask(question).answer == verdict
