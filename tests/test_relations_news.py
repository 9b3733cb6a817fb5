"""Relation shapes of Korean news that used to be missed (issue 12): the last item of a list
closed by 등, two-token join verbs (함께/MAG 하/VV), names of several tokens inside a list, a
branch or lab that places a company, founders in apposition.  Sentences of our own, run with the
built-in lexicon and without it (the grammar must not depend on known names)."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


@pytest.fixture(params=["lexicon", "no-lexicon"])
def lexicon(request, monkeypatch):
    monkeypatch.setenv("KGSEARCH_BUILTIN_LEXICON", "1" if request.param == "lexicon" else "0")
    return request.param


def _relations(text):
    ex = resolve([analyze_document("t", text)])
    name = {eid: e.name for eid, e in ex.entities.items()}
    return ex, {(name[r.subject], r.type, name[r.object]) for r in ex.relations}


def _linked(rels, a, rel, b):
    return (a, rel, b) in rels or (b, rel, a) in rels


def test_the_last_investor_before_deung_invests_too(lexicon):
    _, rels = _relations(
        "물류 로봇 기업 아라로보틱스가 200억원 규모의 시리즈A 투자를 유치했다고 2일 밝혔다. "
        "이번 라운드에는 솔빛벤처스와 누리인베스트먼트, 한결파트너스 등이 참여했다."
    )
    for investor in ("솔빛벤처스", "누리인베스트먼트", "한결파트너스"):
        assert (investor, "INVESTED_IN", "아라로보틱스") in rels, investor


def test_followers_joined_by_a_two_word_verb_invest(lexicon):
    _, rels = _relations(
        "음성 AI 스타트업 소리담이 120억원 규모의 시리즈A 투자를 유치했다고 5일 밝혔다. "
        "이번 라운드는 솔빛벤처스가 리드하고 다온캐피털, 미르테크투자가 함께했다."
    )
    for investor in ("솔빛벤처스", "다온캐피털", "미르테크투자"):
        assert (investor, "INVESTED_IN", "소리담") in rels, investor
    assert not _linked(rels, "다온캐피털", "INVESTED_IN", "미르테크투자")


def test_founder_in_apposition_founded_the_text_s_company(lexicon):
    _, rels = _relations(
        "테라보이스는 콜센터용 음성 AI를 만드는 스타트업이다. "
        "창업자인 남궁준 대표는 삼성전자에서 음성인식 연구원으로 일했다."
    )
    assert ("남궁준", "FOUNDED", "테라보이스") in rels
