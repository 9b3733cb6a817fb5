"""Deals written as a noun phrase (kg/nominal_deals.py): "A의 B 인수" (A ACQUIRED B), "A와 B의
합병" and "A의 B 합병" (MERGED_WITH).  Real deal news names a deal so in headlines, league tables
and background, with no verb of buying; a word right after the noun that says the deal fell
through or is only sought states none.  Invented names; real Kiwi."""

from __future__ import annotations

import pytest
from relation_cases import entity_types, named_relations

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


@pytest.mark.parametrize(
    "text",
    [
        "누리전자와 한빛모빌리티 간 합병은 내년 3월 마무리된다.",  # a word for between
        "누리전자와 한빛모빌리티 사이의 합병이 완료됐다.",  # 사이 takes 의
        "누리전자·한빛모빌리티 합병법인은 4월 출범한다.",  # listed bare, a middle dot
        "누리전자와 한빛모빌리티 합병 법인이 출범했다.",  # listed bare, 와
    ],
)
def test_both_parties_listed_before_the_merger(text):
    merged = {frozenset((s, o)) for s, t, o in named_relations(text) if t == "MERGED_WITH"}
    assert frozenset(("누리전자", "한빛모빌리티")) in merged, merged


def test_a_comma_closes_a_headline_topic_no_party():
    # "공정위," is who approved the merger: the comma joins it to no party
    rels = named_relations("공정위, 가람항공-누리에어 합병 조건부 승인")
    assert not any(t == "MERGED_WITH" and "공정위" in (s, o) for s, t, o in rels), rels


def test_the_merged_company_by_its_kind_is_no_name():
    # "합병법인" is the company the merger creates, named by its kind: no company of its own
    # (resources/stopnames.toml words_org_kind)
    text = "합병법인의 이름은 누리한빛으로 정해졌다. 합병법인 대표는 도가람 누리전자 대표가 맡는다."
    assert "합병법인" not in entity_types(text)
