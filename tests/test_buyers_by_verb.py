"""A deal asked by a native verb: "물류센터 누가 사?" is the party the text sells to ("B에
팔린다", "B에 매각하기로"), "물류센터를 파는 회사는?" the one that sells ("A가 ... 매각한다"),
never the deal's adviser nor the other side (search/deal_roles.py verb_act,
search/contract_parties.py; the verbs are [contract_parties.verbs]).  Round 16 (spent) answered
"본사 건물 누가 사?" with the seller's adviser at 0.941; round 11 "구주를 넘기는 투자사" with the
buyer (the seller is the holder the buyer's clause writes: "B 등이 보유한 구주를 넘겨받는다").  Real Kiwi, real e5 embeddings, real FAISS; the articles and names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

SOLD = (
    "유통기업 새봄리테일이 서울 성수동 물류센터를 매각한다. 새봄리테일은 지난 5일 이사회를 열고 "
    "성수 물류센터 매각안을 의결했다고 밝혔다. 물류센터는 부동산 투자회사 마루리츠에 "
    "1천200억 원에 팔린다. 매각 자문은 세경회계법인이 맡았다. 새봄리테일은 매각 대금으로 "
    "차입금을 갚을 계획이다."
)

PLANT = (
    "중견 제약사 온누리약품이 경기 화성 공장을 처분한다. 온누리약품은 화성 공장 토지와 건물을 "
    "사모펀드 운용사 청솔인베스트먼트에 870억 원에 매각하기로 했다고 2일 공시했다. 거래 자문은 "
    "다온회계법인이 맡았다. 온누리약품은 매각 대금을 신약 개발에 쓸 예정이다."
)


SHARES = (
    "제약사 한빛약품이 유전자 분석 스타트업 젠로드를 인수한다. 인수는 신주와 구주를 함께 사는 "
    "방식이다. 한빛약품은 새로 발행되는 신주 300억 원어치를 사들이고, 초기 투자사 모래알벤처스 "
    "등이 보유한 구주를 150억 원에 넘겨받는다. 젠로드 창업자 석다온 대표는 회사에 남는다."
)


@pytest.fixture(scope="module")
def shares(tmp_path_factory):
    with article_kb(tmp_path_factory, SHARES, "genroad", "한빛약품 젠로드 인수") as kb:
        yield kb


def test_the_seller_of_old_shares_is_their_holder(shares):
    """At 2c3b92e: 한빛약품, the buyer."""
    ans = shares.ask("구주를 넘기는 투자사는 어디야?")
    assert ans.answer == "모래알벤처스", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_buyer_of_new_shares_is_still_the_buyer(shares):
    ans = shares.ask("신주를 사들이는 회사는?")
    assert ans.answer == "한빛약품", (ans.answer, ans.method, ans.confidence)


@pytest.fixture(scope="module")
def sold(tmp_path_factory):
    with article_kb(tmp_path_factory, SOLD, "saebom", "새봄리테일 물류센터 매각") as kb:
        yield kb


@pytest.fixture(scope="module")
def plant(tmp_path_factory):
    with article_kb(tmp_path_factory, PLANT, "onnuri", "온누리약품 공장 매각") as kb:
        yield kb


@pytest.mark.parametrize("question", ["물류센터 누가 사?", "물류센터는 누가 사들이나?"])
def test_the_buyer_is_the_one_it_is_sold_to(sold, question):
    """At 2c3b92e: 새봄리테일, the seller."""
    ans = sold.ask(question)
    assert ans.answer == "마루리츠", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_seller_is_the_one_that_sells(sold):
    """At 2c3b92e: 마루리츠 at 0.77, the buyer."""
    ans = sold.ask("물류센터를 파는 회사는?")
    assert ans.answer == "새봄리테일", (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_the_buyer_of_a_plant_sold_with_a_noun_of_selling(plant):
    """At 2c3b92e: 온누리약품, the seller."""
    ans = plant.ask("화성 공장을 사들이는 곳은?")
    assert ans.answer == "청솔인베스트먼트", (ans.answer, ans.method, ans.confidence)


def test_the_seller_of_the_plant(plant):
    ans = plant.ask("화성 공장을 판 회사는?")
    assert ans.answer == "온누리약품", (ans.answer, ans.method, ans.confidence)


def test_an_adviser_asked_by_its_role_is_still_the_adviser(plant):
    ans = plant.ask("거래 자문은 누가 맡았나?")
    assert ans.answer == "다온회계법인", (ans.answer, ans.method, ans.confidence)
