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
