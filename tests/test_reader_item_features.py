"""Whose figure a reader's candidate is (search/reader_item_features.py): the item or party its
own clause names against the one the question names, and the noun written right before it.
Real Kiwi; the sentences are written for the test."""

from __future__ import annotations

from kg.kiwi import kiwi
from search.reader import Passage, question_reading
from search.reader_features import candidate_features
from search.spans import tokens_of


def _features(
    question: str, sentences: list[tuple[str, list[tuple[str, str, str]]]], named=frozenset()
) -> dict:
    """The features of every candidate by its text; each sentence with its mentions
    (name, entity id, type); ``named`` the ids of the entities the question names."""
    passages = []
    for i, (text, names) in enumerate(sentences):
        entities = [
            {"start": text.index(n), "end": text.index(n) + len(n), "id": eid, "type": kind}
            for n, eid, kind in names
        ]
        toks = tokens_of(kiwi().tokenize(text))
        passages.append(Passage(f"d#{i}", text, toks, rank=i, score=1.0, entities=entities))
    r = question_reading(tokens_of(kiwi().tokenize(question)))
    return {c.text: c.features for c in candidate_features(r, passages, named=set(named))}


def test_a_fine_of_another_company_and_a_fee_of_the_asked_one_are_told_apart():
    # the question's company is no entity of the graph (a coined name): its written noun counts
    f = _features(
        "누리물산에 부과된 과징금은 얼마인가?",
        [
            (
                "하도급 대금을 늦게 준 가람정밀에 과징금 5억원이 부과됐다.",
                [("가람정밀", "g", "Company")],
            ),
            ("협력사 누리물산에도 과태료 300만원이 부과됐다.", []),
        ],
    )
    fine, fee = f["5억원"], f["300만원"]
    assert fine.get("item_other_only&fig") == 1.0 and fine.get("item_other_clause&fig") == 1.0
    assert fine.get("item_label=asked") == 1.0  # 과징금 is asked; 가람정밀's, though
    assert fee.get("item_named_clause&fig") == 1.0 and "item_other_only&fig" not in fee
    assert fee.get("item_label=other") == 1.0  # 과태료 is not asked


def test_a_figure_of_another_clause_of_the_headline_is_not_the_named_items():
    f = _features(
        "미르셀 1의 개발비는 얼마인가?",
        [("세림바이오, 시리즈A 80억원 유치…신약 '미르셀 1' 임상 확대", [])],
    )
    money = f["80억원"]
    assert money.get("item_named_sentence&fig") == 1.0  # 미르셀 is written, in another clause
    assert "item_named_clause&fig" not in money
    assert money.get("item_label=other") == 1.0  # 시리즈A's 80억원
    assert money.get("item_clause_none&fig") == 1.0  # "시리즈A 80억원 유치" says no asked word


def test_a_figure_of_another_statistic_contradicts_the_asked_one():
    f = _features(
        "이번 공모의 평균 경쟁률은 얼마인가?",
        [("평균 경쟁률은 42대 1, 최고 경쟁률은 130대 1이었다.", [])],
    )
    assert f["130대 1"].get("item_qual=contradicts") == 1.0
    assert f["42대 1"].get("item_qual=agrees") == 1.0


def test_a_question_naming_no_entity_has_no_date_nor_party_of_its_item_as_another_item():
    # the question names its item by words only: the sum's own year and the company building
    # the item (written beside it) are no other item; a company never written beside it is
    f = _features(
        "해오름 복합 단지 총사업비는 얼마인가?",
        [
            (
                "누리건설은 광주시와 함께 해오름 복합 단지를 세운다.",
                [("누리건설", "n", "Company"), ("광주시", "g", "Organization")],
            ),
            (
                "2028년부터 모두 720억 원이 투입되며, 이 중 누리건설이 150억 원을 댄다.",
                [("2028년", "d", "Date"), ("누리건설", "n", "Company")],
            ),
            ("한빛토건은 따로 300억 원을 들여 물류 창고를 짓는다.", [("한빛토건", "h", "Company")]),
        ],
    )
    total = f["720억 원"]
    assert "item_other_clause&fig" not in total and "item_other_only&fig" not in total, total
    assert f["300억 원"].get("item_other_clause&fig") == 1.0


def test_a_party_written_in_one_clause_with_the_named_entity_is_no_other_item():
    # the seller is written in the clause where the question's company buys: a party of the
    # asked act, not another item; a company written in a clause of its own still is
    f = _features(
        "한울제약이 사들인 공장 부지는 몇 평인가?",
        [
            (
                "한울제약은 세진화학이 보유한 공장 부지 3,200평을 150억원에 사들였다.",
                [("한울제약", "h", "Company"), ("세진화학", "s", "Company")],
            ),
            (
                "인근의 대영케미칼은 부지 5,000평을 따로 갖고 있다.",
                [("대영케미칼", "d", "Company")],
            ),
        ],
        named={"h"},
    )
    bought = next(v for k, v in f.items() if k.startswith("3,200"))
    assert "item_other_clause&fig" not in bought, bought
    held = next(v for k, v in f.items() if k.startswith("5,000"))
    assert held.get("item_other_clause&fig") == 1.0, held
