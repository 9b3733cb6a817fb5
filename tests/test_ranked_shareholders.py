"""Ranked shareholders in extraction (kg/shareholders.py), on invented sentences: disclosure news names who
owns a company by rank ("최대주주", "2대 주주") instead of by a percentage; an organisation so
named invests in the company (INVESTED_IN), through the whole pipeline (the rule is kept
without the relation scorer, kg/unscored_rules.py, until the scorer is refitted with it)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, named_relations


@pytest.mark.parametrize(
    "text",
    [
        "한결소재의 최대주주는 누리홀딩스다.",
        "누리홀딩스는 지난달 한결소재 최대주주에 올랐다.",
        "한결소재의 최대주주가 다온캐피탈에서 누리홀딩스로 변경됐다.",
        "누리홀딩스가 한결소재의 새 최대주주가 됐다.",
        "한결소재는 최대주주가 누리홀딩스로 바뀌었다.",
        "한결소재의 최대주주인 지주회사 누리홀딩스는 추가 매입을 검토하고 있다.",
    ],
)
def test_the_holder_invests_in_the_company(text):
    assert_relations(text, [{("누리홀딩스", "INVESTED_IN", "한결소재")}], [])


def test_the_company_the_text_is_about():
    text = (
        "반도체 장비 기업 가온테크가 코스닥 상장을 추진한다. "
        "최대주주는 사모펀드 운용사 청솔파트너스로, 상장 후 지분 29%를 보유한다."
    )
    assert_relations(text, [{("청솔파트너스", "INVESTED_IN", "가온테크")}], [])


def test_each_company_takes_its_own_holder():
    text = "한결소재와 누리바이오는 최대주주가 각각 다온캐피탈과 새봄홀딩스로 바뀌었다."
    assert_relations(
        text,
        [
            {("다온캐피탈", "INVESTED_IN", "한결소재")},
            {("새봄홀딩스", "INVESTED_IN", "누리바이오")},
        ],
        [
            ("다온캐피탈", "INVESTED_IN", "누리바이오"),
            ("새봄홀딩스", "INVESTED_IN", "한결소재"),
        ],
    )


def test_a_person_holding_the_company_is_no_investor():
    # the gold marks a founder who stays the largest shareholder as founder and executive only
    rels = named_relations("한결소재의 최대주주인 도윤하 회장은 지분을 늘렸다.")
    assert ("도윤하", "INVESTED_IN", "한결소재") not in rels, rels


def test_the_buyer_is_not_held_by_the_seller():
    # the company named in the sentence is the buyer here, not the one the seller held
    text = (
        "누리홀딩스는 지난달 2대 주주 다온캐피탈의 지분을 인수해 최대주주에 올랐다. "
        "누리홀딩스는 사업 목적에 2차전지 소재를 추가하려 했다."
    )
    rels = named_relations(text)
    assert ("다온캐피탈", "INVESTED_IN", "누리홀딩스") not in rels, rels


def test_the_stake_in_brackets_is_looked_past():
    # the holder's stake between its name and the copula; a second rank word of the sentence
    # with no company of its own is about the first one's company
    text = "한결소재의 최대주주는 누리홀딩스(35.2%)이며, 2대 주주는 다온캐피탈(10.1%)다."
    assert_relations(
        text,
        [{("누리홀딩스", "INVESTED_IN", "한결소재")}, {("다온캐피탈", "INVESTED_IN", "한결소재")}],
        [],
    )


def test_holders_listed_with_their_stakes_hold_the_topic():
    text = (
        "가온테크는 코스닥 상장을 추진한다. "
        "한결소재는 최대주주 누리홀딩스(44.0%), 다온캐피탈(9.5%) 등이 지분을 나눠 갖고 있다."
    )
    assert_relations(
        text,
        [{("누리홀딩스", "INVESTED_IN", "한결소재")}, {("다온캐피탈", "INVESTED_IN", "한결소재")}],
        [("누리홀딩스", "INVESTED_IN", "가온테크"), ("다온캐피탈", "INVESTED_IN", "가온테크")],
    )


def test_a_topic_that_only_speaks_of_the_holder_holds_nothing():
    # no verb of holding: the topic is who speaks, the holder's company the text's subject
    rels = named_relations(
        "방송통신위원회는 최대주주인 한결건설(지분 40%)이 사장 선임에 개입했다고 밝혔다."
    )
    assert ("한결건설", "INVESTED_IN", "방송통신위원회") not in rels, rels
