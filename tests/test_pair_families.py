"""Features of candidate pairs named by family (kg.pair_families): the relation types of the
predicates and relational nouns around a pair, and the lede, so that the relation scorer weighs
words it never saw by the kind they are."""

from __future__ import annotations

from kg.analysis import relation_pairs
from kg.kiwi import kiwi
from kg.pair_families import noun_families, position, predicate_families
from kg.pieces import Tok
from kg.predicates import predicates


def _predicates(text):
    return predicates([Tok.of(t) for t in kiwi().tokenize(text)])


def test_a_predicate_of_a_relation_names_its_family():
    p = _predicates("다온소프트는 미래정밀과 손잡았다.")[-1]
    assert predicate_families("mid", p) == ["mid_family:PARTNER_OF"]


def test_a_predicate_of_no_relation_has_no_family():
    p = _predicates("다온소프트는 올해 흑자를 냈다고 말했다.")[-1]
    assert p.senses == frozenset()
    assert predicate_families("after", p) == []


def test_relational_nouns_name_their_families_once():
    assert noun_families("between", ["공장", "본사", "내년"]) == ["between_family:LOCATED_IN"]
    assert noun_families("o_next", ["오늘"]) == []
    assert noun_families("between", []) == []


def test_the_first_sentences_are_the_lede_and_a_bad_id_gives_nothing():
    assert position("기사-3#0") == ["position:lede"]
    assert position("기사-3#1") == ["position:lede"]
    assert position("기사-3#2") == ["position:body"]
    assert position("기사-3") == []
    assert position("기사#첫째") == []
    assert position("") == []


def test_pairs_carry_the_families_around_them():
    # the lede names a headquarters after the place's particle; the third sentence is the
    # body, with a verb of partnership after both ends
    analysis, pairs = relation_pairs(
        "t",
        "다온소프트는 대구 수성구에 본사를 둔 로봇 기업이다. 직원은 40명이다. "
        "다온소프트는 미래정밀과 협력해 물류 로봇을 만든다.",
    )
    name = [m.text for m in analysis.mentions]
    located = [
        set(p.features)
        for p in pairs
        if p.type == "LOCATED_IN" and name[p.subject] == "다온소프트" and "수성구" in name[p.object]
    ]
    assert located and all("LOCATED_IN|position:lede" in f for f in located)
    assert any("LOCATED_IN|o_then_family:LOCATED_IN" in f for f in located)  # 에 본사를
    partner = [
        set(p.features)
        for p in pairs
        if p.type == "PARTNER_OF"
        and {name[p.subject], name[p.object]} == {"다온소프트", "미래정밀"}
    ]
    assert partner and all("PARTNER_OF|position:body" in f for f in partner)
    assert any("PARTNER_OF|after_family:PARTNER_OF" in f for f in partner)


def test_a_relational_noun_between_the_ends_is_a_feature():
    analysis, pairs = relation_pairs(
        "t", "다온소프트는 지난달 공장을 세운 울산에서 시험 생산을 시작했다."
    )
    name = [m.text for m in analysis.mentions]
    feats = [
        set(p.features)
        for p in pairs
        if p.type == "LOCATED_IN" and name[p.subject] == "다온소프트" and name[p.object] == "울산"
    ]
    assert feats and any("LOCATED_IN|between_family:LOCATED_IN" in f for f in feats)


def test_a_relational_noun_right_after_an_end_is_a_feature():
    analysis, pairs = relation_pairs("t", "누리로보틱스 연구소는 대전 유성구에 있다.")
    name = [m.text for m in analysis.mentions]
    feats = [
        set(p.features)
        for p in pairs
        if p.type == "LOCATED_IN"
        and name[p.subject] == "누리로보틱스"
        and "유성구" in name[p.object]
    ]
    assert feats and any("LOCATED_IN|s_next_family:LOCATED_IN" in f for f in feats)
