"""Rows of contributions (kg/contribution_rows.py), on invented sentences: every party a row
writes with its own amount invests in what receives the money — a joint venture the row
founds, a name the money is put into, the company whose round or capital call the text tells —
whatever verb puts the money in (출자, 투자, 넣다, 대다, 내다, 참여); a row of profits or of
spending on oneself invests in nothing.

The rule's candidates are what is checked (``KGSEARCH_RELATIONS=rules``): the relation scorer
weighs the rule ``contribution`` only once it is refitted (bench/fit_relations.py)."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, named_relations


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setenv("KGSEARCH_RELATIONS", "rules")


@pytest.mark.parametrize(
    ("text", "investors", "receiver"),
    [
        # each party with its own amount, the receiver named under a target particle
        (
            "물류 합작사 바닷길로지스에는 대양마린이 300억 원, 미르물산이 200억 원을 냈다.",
            ["대양마린", "미르물산"],
            "바닷길로지스",
        ),
        # amounts in brackets after each party, the company the row founds
        (
            "태극소재(450억 원)와 한결케미칼(350억 원)이 출자해 합작법인 그린포스를 세운다.",
            ["태극소재", "한결케미칼"],
            "그린포스",
        ),
        # topics with their amounts, 각각, a serial verb ("나눠 댄다")
        (
            "반도체 장비 기업 세움테크는 신주 발행을 마무리했다. "
            "솔내캐피탈은 120억 원을, 은빛투자는 80억 원을 각각 나눠 댔다.",
            ["솔내캐피탈", "은빛투자"],
            "세움테크",
        ),
        # a list sharing one amount each, the money put into a named company
        (
            "다솔증권과 한울캐피탈이 각각 50억 원씩 바른헬스에 투자했다.",
            ["다솔증권", "한울캐피탈"],
            "바른헬스",
        ),
        # amounts after 각각 with the receiver's capital call between, 하기로 contracted
        (
            "보람그룹 계열사 보람캐피탈과 보람생명이 자회사 보람리츠 유상증자에 "
            "각각 200억 원, 100억 원을 출자키로 했다.",
            ["보람캐피탈", "보람생명"],
            "보람리츠",
        ),
        # amounts in 억 with no currency written, in brackets
        (
            "새봄바이오는 상장 전 투자를 마무리했다. 이번 투자에는 온누리투자(150억)와 "
            "푸른솔벤처스(90억)가 참여했다.",
            ["온누리투자", "푸른솔벤처스"],
            "새봄바이오",
        ),
        # the round the text tells: the row names only its investors
        (
            "의료 AI 기업 메디코어가 시리즈B 투자를 유치했다. "
            "이번 투자에는 가람벤처스가 70억 원, 소나무파트너스가 40억 원을 넣었다.",
            ["가람벤처스", "소나무파트너스"],
            "메디코어",
        ),
    ],
)
def test_every_party_of_a_row_invests(text, investors, receiver):
    assert_relations(text, [{(i, "INVESTED_IN", receiver)} for i in investors], [])


def test_a_row_of_results_is_no_investment():
    rels = named_relations(
        "하늘전자는 지난해 900억 원의 영업이익을 냈고, 누리반도체가 300억 원의 적자를 냈다."
    )
    assert not {r for r in rels if r[1] == "INVESTED_IN"}, rels


def test_a_denied_contribution_is_no_investment():
    rels = named_relations(
        "에코셀 합작 논의에서 한결화학이 200억 원, 누리에너지가 100억 원을 출자하지 않기로 했다."
    )
    assert ("한결화학", "INVESTED_IN", "에코셀") not in rels, rels
