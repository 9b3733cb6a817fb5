"""Quoted names after a word for a kind of product (kg.quoted_kinds), with real Kiwi."""

from kg import analyze_document, resolve
from kg.pieces import Piece
from kg.quoted_kinds import _dictionary_word, kind_word


def _types(text: str) -> dict[str, str]:
    ex = resolve([analyze_document("d", text)])
    return {e.name: e.type for e in ex.entities.values()}


def _piece(stem: str, tail: str = "") -> Piece:
    return Piece(0, len(stem), len(stem) + len(tail), stem, tail, 0, 1, 1, "", " ")


def test_kind_words():
    assert kind_word(_piece("관광패스"))  # a kind glued to what it is for
    assert kind_word(_piece("교통관광카드", "인"))  # with the copula
    assert kind_word(_piece("서비스", "인"))  # an introducer with the copula
    assert not kind_word(_piece("패스"))  # the ending alone
    assert not kind_word(_piece("관광패스", "를"))  # an object, not an apposition
    assert not kind_word(_piece("협약", "인"))  # no kind at all


def test_dictionary_words_are_catchwords():
    assert _dictionary_word("독창성")
    assert not _dictionary_word("솔바람나들이")


def test_a_pass_quoted_after_its_kind_is_a_product():
    types = _types("가람시는 외국인 전용 관광패스 '솔바람 나들이패스'를 다음 달 출시한다고 밝혔다.")
    assert types.get("솔바람 나들이패스") == "Model"


def test_a_card_after_the_copula_is_a_product():
    types = _types("두 기관은 교통관광카드인 '여울투어카드'를 활용해 관광 루트를 개발한다.")
    assert types.get("여울투어카드") == "Model"


def test_a_quoted_catchword_and_a_long_phrase_are_no_product():
    types = _types(
        "모두 실패한 차보험 '독창성' 경쟁이 치열하다. "
        "가람손보는 자동차보험 '운전 습관에 따라 보험료를 깎아 주는 새로운 특약'을 내놓았다."
    )
    assert types.get("독창성") != "Model"
    assert not any(t == "Model" and "특약" in n for n, t in types.items())


def test_a_name_the_tagger_found_gets_the_product_vote():
    types = _types("가람손해보험은 자동차보험 '가람드라이브'를 출시했다.")
    assert types.get("가람드라이브") == "Model"
    assert types.get("가람손해보험") == "Company"
