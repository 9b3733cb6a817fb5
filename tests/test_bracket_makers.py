"""A maker written in the bracket after its product (kg/bracket_makers.py), on invented
sentences: consumer-goods round-ups write "'바삭칩 매운맛(다온제과)'", drug news "'포렌시주'(성분명
바렐리맙, 누리제약)"; the maker is a company of its own that made the product, not the
product's other spelling."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

from kg.bracket_makers import (
    bracket_maker_names,
    bracket_makers,
    maker_word,
    product_and_maker,
    without_other_makers,
)
from kg.kiwi import kiwi
from kg.model import Mention, RelationCandidate, Sentence
from kg.pieces import Tok, pieces

ROUNDUP = (
    "과자 코너에서는 '바삭칩 매운맛(다온제과)' '꿀보리 과자(한솔)' 등이 눈에 띄었다. "
    "라면 코너에도 '들깨국수(모래식품)'부터 '매운 곰탕면(가람푸드)'까지 새 제품이 많았다."
)


@pytest.mark.parametrize(
    ("maker", "product"),
    [
        ("다온제과", "바삭칩 매운맛"),
        ("한솔", "꿀보리 과자"),
        ("모래식품", "들깨국수"),
        ("가람푸드", "매운 곰탕면"),
    ],
)
def test_the_bracketed_maker_made_the_quoted_product(maker, product):
    types = entity_types(ROUNDUP)
    assert types.get(maker) == "Company" and types.get(product) == "Model", types
    assert (maker, "DEVELOPED", product) in named_relations(ROUNDUP)


def test_a_maker_did_not_make_the_next_product_in_the_list():
    rels = named_relations(ROUNDUP)
    assert ("다온제과", "DEVELOPED", "꿀보리 과자") not in rels, rels


def test_a_latin_gloss_stays_the_products_other_spelling():
    text = "누리AI는 '바다봇(BadaBot)'을 공개했다."
    assert entity_types(text).get("BadaBot") == entity_types(text).get("바다봇") == "Model"


def test_a_short_form_in_the_bracket_is_no_maker():
    text = "넥스타는 PC 게임 '크레이지 런너(크런)'을 모바일로 옮겼다."
    assert entity_types(text).get("크런") != "Company", entity_types(text)


@pytest.mark.parametrize(
    ("word", "product", "maker"),
    [
        ("다온제과", "바삭칩", True),  # a maker's word
        ("삼양", "흑당 과자", True),  # one proper noun to Kiwi
        ("크런", "크레이지 런너", False),  # the product's short form
        ("BadaBot", "바다봇", False),  # a Latin spelling
        ("다온제과", "Crispy", False),  # a Latin product: a gloss, not a list
        ("매운맛", "바삭칩", False),  # a common noun
        ("제과", "바삭칩", False),  # the word for a maker alone
    ],
)
def test_maker_word(word, product, maker):
    assert maker_word(word, product) is maker


def _names(text, mentions=()):
    s = Sentence("d#0", "d", 0, 0, 0, text)
    toks = [Tok.of(t) for t in kiwi().tokenize(text)]
    return bracket_maker_names(s, pieces(text, toks), toks, list(mentions), [False] * len(toks))


def test_a_place_in_the_bracket_is_no_maker():
    text = "'한옥 투어(전주)'가 인기다."
    place = Mention("d#0", 7, 9, "전주", votes={"Place": 3.0})
    out = _names(text, [place])
    assert out == [place] and "Company" not in place.votes


def test_names_found_before_get_the_votes():
    text = "'바삭칩(다온제과)'이 인기다."
    product = Mention("d#0", 1, 4, "바삭칩", votes={"Company": 1.0})
    maker = Mention("d#0", 5, 9, "다온제과")
    out = _names(text, [product, maker])
    assert out == [product, maker]
    assert product.votes["Model"] == 3.0 and maker.votes["Company"] == 3.0


def test_a_name_across_the_quote_is_left_alone():
    text = "'바삭칩(다온제과)'이 인기다."
    across = Mention("d#0", 0, 6, "'바삭칩(다", votes={"Company": 1.0})
    assert _names(text, [across]) == [across]


def test_no_bracket_no_names():
    assert _names("'바삭칩'이 인기다.") == []


def test_product_and_maker_needs_both_votes():
    product = Mention("d#0", 1, 4, "바삭칩", votes={"Model": 3.0})
    maker = Mention("d#0", 5, 9, "다온제과", votes={"Company": 3.0})
    assert product_and_maker(product, maker)
    assert not product_and_maker(maker, product)


class _View:
    def __init__(self, mentions):
        self.mentions = mentions
        self.mention_ids = list(range(len(mentions)))


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("'포렌시주'(성분명 바렐리맙, 누리제약)가 허가됐다.", True),  # alone after a comma
        ("'포렌시주'(누리제약)가 허가됐다.", True),  # alone in the bracket
        ("'포렌시주'(누리제약 제조)가 허가됐다.", False),  # not alone in its part
        ("'포렌시주'(주사제) 누리제약", False),  # the bracket closed before the maker
        ("'포렌시주' 누리제약", False),  # no bracket at all
    ],
)
def test_bracket_makers(text, made):
    pstart = text.index("포렌시주")
    mstart = text.index("누리제약")
    product = Mention("d#0", pstart, pstart + 4, "포렌시주", votes={"Model": 3.0})
    maker = Mention("d#0", mstart, mstart + 4, "누리제약", votes={"Company": 3.0})
    out = bracket_makers(_View([product, maker]), text, "d#0")
    assert [(c.subject, c.type, c.object) for c in out] == ([(1, "DEVELOPED", 0)] if made else [])


def test_a_maker_before_the_product_made_nothing():
    text = "누리제약 '포렌시주'"
    maker = Mention("d#0", 0, 4, "누리제약", votes={"Company": 3.0})
    product = Mention("d#0", 6, 10, "포렌시주", votes={"Model": 3.0})
    assert bracket_makers(_View([product, maker]), text, "d#0") == []


def test_without_other_makers_keeps_rules_and_other_products():
    cs = [
        RelationCandidate("DEVELOPED", 1, 0, "s", "bracket-maker", 0.85),
        RelationCandidate("DEVELOPED", 2, 0, "s", "learned", 0.9),  # another maker: goes
        RelationCandidate("DEVELOPED", 2, 3, "s", "learned", 0.9),  # its own product: stays
        RelationCandidate("PARTNER_OF", 2, 0, "s", "learned", 0.9),  # no DEVELOPED: stays
    ]
    assert without_other_makers(cs) == [cs[0], cs[2], cs[3]]
