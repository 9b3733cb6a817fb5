"""The byline "[outlet=reporter 기자]" ("[한빛경제=나은결 기자]"), the commonest shape of online
Korean news besides "[outlet reporter 기자]": the reporter works at the outlet, and nobody the
sentence after it names does.  A title's bracketed unit ("부사장(전략부문장)") is no part of the
title.  Invented names."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types


def test_outlet_equals_reporter():
    text = "[한빛경제=나은결 기자] 누리전자가 김도윤 부사장을 신임 대표이사로 내정했다."
    types = entity_types(text)
    assert types.get("한빛경제") == "Company" and types.get("나은결") == "Person"
    assert_relations(
        text,
        [{("나은결", "WORKED_AT", "한빛경제")}, {("김도윤", "WORKED_AT", "누리전자")}],
        [("김도윤", "WORKED_AT", "한빛경제")],
    )


def test_a_place_dateline_keeps_its_shape():
    types = entity_types("[세종=한빛일보 나은결 기자] 시가 셔틀을 운행한다.")
    assert types.get("세종") == "Place" and types.get("한빛일보") == "Company"


def test_a_titles_bracketed_unit_is_no_part_of_it():
    from kg import analyze_document, resolve

    ex = resolve([analyze_document("t", "누리전자 김도윤 부사장(전략부문장)은 실적을 발표했다.")])
    roles = {r.role for r in ex.relations if r.type == "WORKED_AT"}
    assert "부사장" in roles and not any("(" in r for r in roles), roles


def test_outlet_bar_reporter():
    """ "[outlet | reporter 기자]", the bar often typed as the letter ㅣ: the reporter alone is
    the person, never "outletㅣreporter"."""
    text = "[한빛경제ㅣ나은결 기자] 누리전자 김도윤 부사장이 신제품을 소개했다."
    types = entity_types(text)
    assert types.get("나은결") == "Person" and types.get("한빛경제") == "Company", types
    assert_relations(text, [{("나은결", "WORKED_AT", "한빛경제")}], [])
    assert entity_types("[다온뉴스 | 나은결 기자] 누리전자가 앱을 냈다.").get("나은결") == "Person"


def test_a_title_phrase_ends_at_the_bylines_bracket():
    """Real news: "[한국정책신문=이지우 기자] 보험업계 장수 최고경영자로 꼽히는 P가": the words
    from 기자 past "]" up to the title 최고경영자 were read as one title phrase, the reporter as
    working at the outlet in that role by the chain rule, and the byline dropped the chain's
    reading and with it the reporter (kg/roles.py: a phrase stops at a square bracket)."""
    from kg import analyze_document, resolve

    text = "[한빛경제=나은결 기자] 업계 장수 최고경영자로 꼽히는 도하준 부회장이 물러났다."
    ex = resolve([analyze_document("t", text)])
    name = {e.id: e.name for e in ex.entities.values()}
    worked = {(name[r.subject], name[r.object]): r.role for r in ex.relations}
    assert worked.get(("나은결", "한빛경제")) == "기자"
