"""Deals written as a noun phrase (kg/nominal_deals.py): "A의 B 인수" (A ACQUIRED B), "A와 B의
합병" and "A의 B 합병" (MERGED_WITH).  Real deal news names a deal so in headlines, league tables
and background, with no verb of buying; a word right after the noun that says the deal fell
through or is only sought states none.  Invented names; real Kiwi."""

from __future__ import annotations

import pytest
from relation_cases import named_relations

from kg import analyze_document, nominal_deals


def _rules(text: str) -> set[tuple[str, str]]:
    return {(c.rule, c.type) for c in analyze_document("t", text).candidates}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 누리랩 인수는 지난달 마무리됐다.",  # the deal as a topic
        "법무법인 정률은 한빛전자의 누리랩 인수 자문을 맡았다.",  # inside an adviser's role
    ],
)
def test_the_genitive_bought_the_bare_name(text):
    assert ("한빛전자", "ACQUIRED", "누리랩") in named_relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자와 누리랩의 합병 법인은 내년 출범한다.",  # both listed before 의
        "누리랩은 한빛전자의 누리소프트 흡수합병을 마무리했다.",  # 흡수/NNG 합병/NNG
    ],
)
def test_a_merger_named_by_its_noun(text):
    merged = {frozenset((s, o)) for s, t, o in named_relations(text) if t == "MERGED_WITH"}
    assert merged & {frozenset(("한빛전자", "누리랩")), frozenset(("한빛전자", "누리소프트"))}


@pytest.mark.parametrize(
    "text",
    [
        "한빛전자의 누리랩 인수 무산 이후 주가가 떨어졌다.",  # called off
        "한빛전자의 누리랩 인수 추진 소식이 전해졌다.",  # only sought
        "한빛전자와 누리랩의 인수 경쟁이 뜨겁다.",  # two bidders, no buyer and bought
        "누리랩 인수 소식이 전해졌다.",  # no buyer named
        "한빛전자의 인수 소식이 전해졌다.",  # nothing bought named
    ],
)
def test_no_deal_without_both_parties_or_when_it_did_not_happen(text):
    assert ("nominal-deal", "ACQUIRED") not in _rules(text)
    assert not {r for r in named_relations(text) if r[1] == "ACQUIRED"}


def test_the_verb_is_left_to_the_predicate_rules():
    text = "한빛전자는 누리랩을 인수했다."
    assert ("nominal-deal", "ACQUIRED") not in _rules(text)
    assert ("한빛전자", "ACQUIRED", "누리랩") in named_relations(text)


def test_the_rule_names_its_candidates():
    assert ("nominal-deal", "ACQUIRED") in _rules("한빛전자의 누리랩 인수는 지난달 마무리됐다.")


def test_a_missing_word_list_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(nominal_deals, "load_table", lambda name: {"nominal_deals": {}})
    nominal_deals._table.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"\[nominal_deals\] needs nouns"):
            nominal_deals._table()
    finally:
        nominal_deals._table.cache_clear()
