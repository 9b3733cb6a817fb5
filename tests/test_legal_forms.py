"""Organisations named with their legal form ("(주)연우", "㈜해창", "연우(주)", "주식회사 연우") or
with their head in brackets ("한빛화학(대표이사 김하늘)", "도담도서관(관장 이명우)"), as disclosure
news writes them: the name is found even when Kiwi reads it as another word (연우: a given name and
a determiner; 해창: two nouns).  Invented names."""

from __future__ import annotations

import pytest
from relation_cases import assert_relations, entity_types


@pytest.mark.parametrize(
    "text",
    [
        "한빛화학이 (주)연우를 인수했다.",
        "한빛화학이 ㈜연우를 인수했다.",
        "한빛화학이 주식회사 연우를 인수했다.",
        "한빛화학(대표이사 최현규)가 (주)연우(대표이사 기중현)를 인수했다.",
    ],
)
def test_a_company_written_with_its_legal_form_is_found(text):
    assert entity_types(text).get("연우") == "Company"
    assert_relations(text, [{("한빛화학", "ACQUIRED", "연우")}], [])


def test_the_form_after_the_name_and_a_name_of_two_nouns():
    assert entity_types("연우(주)는 화장품 용기를 만든다.").get("연우") == "Company"
    assert entity_types("셀바이오는 (주)해창의 주식을 사들였다.").get("해창") == "Company"


def test_a_head_in_brackets_makes_an_organisation():
    text = "도담도서관(관장 이명우)은 13일 누리신문(대표이사 사장 곽태헌)과 협약을 맺었다."
    types = entity_types(text)
    assert types.get("도담도서관") == "Organization"
    assert types.get("누리신문") == "Company"
    # each head works where the bracket is, not at the other organisation
    assert_relations(
        text,
        [{("곽태헌", "WORKED_AT", "누리신문")}, {("이명우", "WORKED_AT", "도담도서관")}],
        [("이명우", "WORKED_AT", "누리신문"), ("곽태헌", "WORKED_AT", "도담도서관")],
    )


def test_brackets_that_hold_no_head_name_nothing():
    # a bracket of a figure or an English name is no head: "주" alone is no company
    types = entity_types("한빛화학(주) 주가는 3%(전일 대비) 올랐다.")
    assert "주" not in types and "전일" not in types


def test_a_predicate_noun_with_a_comma_for_its_verb():
    # "B를 인수, 계열사로 편입했다": news shortens 인수했고 to 인수 and a comma
    assert_relations(
        "한빛화학은 코스닥 상장사인 누리텍을 인수, 계열사로 편입하기로 결정했다.",
        [{("한빛화학", "ACQUIRED", "누리텍")}],
        [],
    )
