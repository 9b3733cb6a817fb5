"""The members of a consortium a list question asks: the organisations its sentence writes
after the group as its topic ("컨소시엄 지분은 A 50%, B 30%, C 20%다") or before it as the
object of forming it ("A는 B·C와 컨소시엄을 구성해"), not the client that ordered the work nor
the ministry that praised it (search/group_members.py, [group_members]).  Member lists of a
consortium were asked in rounds 1, 3, 5, 8, 13 and 16; those of 1, 3, 13 and 16 missed members
or took in another party.  Real Kiwi, real e5 embeddings, real FAISS; the articles and names
are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

SUBWAY = (
    "한결건설 컨소시엄, 베트남 하노이 지하철 3호선 공사 수주\n"
    "한결건설이 이끄는 국내 건설사 컨소시엄이 베트남 하노이 도시철도공사가 발주한 지하철 3호선 "
    "연장 공사를 따냈다고 4일 밝혔다. 계약 규모는 9억 달러다. 컨소시엄 지분은 한결건설 50%, "
    "두리엔지니어링 30%, 새빛이앤씨 20%다. 국토교통부는 이번 수주가 올해 동남아 최대 규모라고 "
    "설명했다. 공사비 일부는 한국수출입은행이 빌려준다."
)

FARMS = (
    "스마트팜 기업 푸른들은 농업기술센터 두 곳과 손잡았다. 푸른들은 지난달 경북농업기술원·"
    "전남농업기술원과 컨소시엄을 구성해 농림축산식품부의 디지털 농업 실증 사업에 뽑혔다. "
    "농식품부는 이 사업에 3년간 60억 원을 지원한다. 한편 또 다른 후보였던 씨앗텍 컨소시엄에는 "
    "한빛대학교와 스타트업 그린루트가 참여했지만 탈락했다."
)


SEWERS = (
    "충남 보령시가 발주한 하수처리장 공사 심의에서 다은건설 컨소시엄이 1위에 올랐다. "
    "다은건설컨소시엄은 다은건설(40%), 푸른토건(35%), 한길건설(25%)으로 구성됐다. "
    "공사비는 모두 420억 원이다."
)


@pytest.fixture(scope="module")
def sewers(tmp_path_factory):
    with article_kb(tmp_path_factory, SEWERS, "daeun", "다은건설 컨소시엄 1위") as kb:
        yield kb


def test_members_written_with_their_shares_in_brackets(sewers):
    """The bracket of a share is no part of a member's name."""
    ans = sewers.ask("컨소시엄에 참여한 건설사는 어디 어디인가?")
    assert ans.answer == "다은건설, 푸른토건, 한길건설", (ans.answer, ans.method, ans.sentence)


@pytest.fixture(scope="module")
def subway(tmp_path_factory):
    with article_kb(tmp_path_factory, SUBWAY, "hangyeol", "한결건설 컨소시엄 수주") as kb:
        yield kb


@pytest.fixture(scope="module")
def farms(tmp_path_factory):
    with article_kb(tmp_path_factory, FARMS, "pureundeul", "푸른들 컨소시엄") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["컨소시엄에 참여한 건설사는 어디 어디인가?", "컨소시엄 참여사 어디 어디야?"]
)
def test_the_members_are_those_the_shares_are_written_of(subway, question):
    """At 2c3b92e: '한결건설, 도시철도공사' (the client) and '한결건설' alone."""
    ans = subway.ask(question)
    assert ans.answer == "한결건설, 두리엔지니어링, 새빛이앤씨", (
        ans.answer,
        ans.method,
        ans.sentence,
    )


def test_the_members_that_formed_it_with_the_one_asked(farms):
    """At 2c3b92e: 농림축산식품부, the ministry that chose it."""
    ans = farms.ask("푸른들과 컨소시엄을 꾸린 기관은?")
    assert ans.answer == "경북농업기술원, 전남농업기술원", (ans.answer, ans.method, ans.sentence)


def test_the_members_of_the_other_consortium_named(farms):
    """At 2c3b92e: '한빛대학교, 그린루트, 대학교' (a piece of a name as an item)."""
    ans = farms.ask("씨앗텍 컨소시엄에 참여한 곳은 어디 어디인가?")
    assert ans.answer == "한빛대학교, 그린루트", (ans.answer, ans.method, ans.sentence)


def test_the_client_asked_is_still_the_client(subway):
    ans = subway.ask("지하철 공사를 발주한 곳은?")
    assert "도시철도공사" in (ans.answer or ""), (ans.answer, ans.method)
