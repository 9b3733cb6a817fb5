"""Drug products in quotes (kg/drug_names.py), on invented sentences: approval news quotes a
drug by a name that ends in its dosage form, with its ingredient (and maker) in the bracket
after it ("'로나벨정'(성분명 아미로딘, 한빛제약)"), or quotes the ingredient and brackets the
product ("'모라지맙(제품명 : 테라핀주)'")."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

from kg.drug_names import drug_form, drug_names
from kg.kiwi import kiwi
from kg.model import Mention, Sentence
from kg.pieces import Tok, pieces

TEXT = (
    "한빛제약은 '로나벨정'(아미로딘, 유전자재조합)을 전문의약품으로 허가받았다. "
    "가온약품의 '세렌디액'(성분명 파로셀린)은 피부 질환에 쓰인다. "
    "신약으로 허가된 다온코리아의 '미로젠정250마이크로그램(펜타로실)'은 유지요법제다. "
    "희귀의약품 '테라핀주25mg 및 테라핀주100mg'은 다발성 골수종에 쓰인다. "
    "암 치료제인 '모라지맙 염산염(제품명 : 벨로틴캡슐)'이 희귀의약품으로 지정됐다."
)


@pytest.mark.parametrize(
    "name",
    [
        "로나벨정",
        "세렌디액",
        "미로젠정250마이크로그램",
        "테라핀주25mg",
        "테라핀주100mg",
        "벨로틴캡슐",
    ],
)
def test_a_quoted_name_in_a_dosage_form_is_a_product(name):
    assert entity_types(TEXT).get(name) == "Model", entity_types(TEXT)


@pytest.mark.parametrize("ingredient", ["아미로딘", "파로셀린", "펜타로실", "모라지맙 염산염"])
def test_the_ingredient_is_no_entity(ingredient):
    assert ingredient not in entity_types(TEXT), entity_types(TEXT)


def test_a_quoted_list_of_strengths_is_two_products_not_one():
    assert "테라핀주25mg 및 테라핀주100mg" not in entity_types(TEXT), entity_types(TEXT)


def test_the_maker_before_the_drug_made_it():
    rels = named_relations(TEXT)
    assert ("한빛제약", "DEVELOPED", "로나벨정") in rels, rels
    assert ("다온코리아", "DEVELOPED", "미로젠정250마이크로그램") in rels, rels


def test_a_maker_alone_in_the_bracket_is_kept_and_made_it():
    text = "새 항암제 '포렌시주'(성분명 바렐리맙, 누리제약)가 품목 허가를 받았다."
    types = entity_types(text)
    assert types.get("포렌시주") == "Model" and types.get("누리제약") == "Company", types
    assert "바렐리맙" not in types, types
    assert ("누리제약", "DEVELOPED", "포렌시주") in named_relations(text)


def test_a_maker_first_in_the_bracket_is_no_ingredient():
    text = "'포렌시주'(누리제약)가 품목 허가를 받았다."
    assert entity_types(text).get("누리제약") == "Company", entity_types(text)


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("로나벨정", "정"),
        ("미로젠정250마이크로그램", "정"),
        ("테라핀주 25 mg", "주"),
        ("세렌디연질캡슐", "연질캡슐"),
        ("일정", ""),  # a word Kiwi knows, and too short
        ("경주", ""),  # no more than one letter before the form
        ("바삭칩", ""),  # no dosage form
        ("", ""),  # nothing
        ("가 나 다 라정", ""),  # too many words for a drug's name
    ],
)
def test_drug_form(name, form):
    assert drug_form(name) == form


def test_quoted_common_words_stay_what_they_were():
    text = "회사는 '일정'을 미루고 '가격 조정'을 검토했다."
    types = entity_types(text)
    assert "일정" not in types and "가격 조정" not in types, types


def test_an_empty_product_bracket_names_no_product():
    # "(제품명 : )" names nothing: no empty name, and the quoted ingredient is still no entity
    types = entity_types("'모라지맙(제품명 : )'이 지정됐다.")
    assert "모라지맙" not in types and "" not in types, types


def _run(text, mentions=()):
    s = Sentence("d#0", "d", 0, 0, 0, text)
    toks = [Tok.of(t) for t in kiwi().tokenize(text)]
    return drug_names(s, pieces(text, toks), toks, list(mentions), [False] * len(toks))


def test_a_name_found_over_the_quote_gets_a_product_vote():
    text = "'로나벨정'이 허가됐다."
    found = Mention("d#0", 1, 5, "로나벨정", votes={"Company": 1.0})
    out = _run(text, [found])
    assert out == [found] and found.votes["Model"] == 3.0


def test_a_name_reaching_out_of_the_quotes_is_left_alone():
    text = "'로나벨정'이 허가됐다."
    across = Mention("d#0", 0, 8, "'로나벨정'이", votes={"Company": 1.0})
    assert _run(text, [across]) == [across]


def test_a_sentence_without_quotes_is_unchanged():
    assert _run("한빛제약은 로나벨정을 허가받았다.") == []


def test_a_product_bracket_after_the_quote_names_the_product():
    text = "'모라지맙'(제품명 벨로틴캡슐)이 희귀의약품으로 지정됐다."
    types = entity_types(text)
    assert types.get("벨로틴캡슐") == "Model" and "모라지맙" not in types, types


def test_a_quote_with_no_tokens_given_adds_nothing():
    text = "'로나벨정'이 허가됐다."
    s = Sentence("d#0", "d", 0, 0, 0, text)
    assert drug_names(s, [], [], [], []) == []
