"""A name with the person's age in brackets right after it ("하민석(52) 씨", "도윤재(49) 대표",
"송하린(34·여)씨") is a person, as Korean news writes ages; a six-digit company code in
brackets is no age (kg/titled_persons.aged_persons; issue 12).  Found on real news, where such
people were never entities.  Real Kiwi; the sentences are invented."""

from __future__ import annotations

import pytest

from kg import analyze_document, resolve


def _people(text: str) -> set[str]:
    ex = resolve([analyze_document("doc", text)])
    return {e.name for e in ex.entities.values() if e.type == "Person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("사고로 운전자 하민석(52) 씨가 다쳤다.", "하민석"),
        ("누리전자 하민석(52) 대표는 회사를 떠났다.", "하민석"),
        ("누리전자는 도윤재(49) 박사를 최고기술책임자로 영입했다.", "도윤재"),
        ("현장에 있던 송하린(34·여)씨가 신고했다.", "송하린"),
    ],
)
def test_a_name_with_an_age_is_a_person(text, name):
    assert name in _people(text), text


def test_a_company_code_is_no_age():
    ex = resolve([analyze_document("doc", "누리전자(005930)는 장중 3% 올랐다.")])
    assert not any(e.type == "Person" for e in ex.entities.values())


def test_an_age_after_a_title_is_its_persons():
    """'조용일 사장(62)과 이성재 부사장(60)이': 사 and 부 are family names too, yet 사장 and
    부사장 are titles; the people are the names before them (before: 사장, 부사장 and 부회장
    were persons working at the company)."""
    text = (
        "대표이사 부회장 나도윤(70)이 물러나고 하서준 사장(62)과 구민재 부사장(60)이 뒤를 잇는다."
    )
    people = _people(text)
    assert {"하서준", "구민재"} <= people
    assert not people & {"사장", "부사장", "부회장"}
