"""Round 17 of the extraction work: relations of listed relative clauses and of careers, each on
invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types

from kg.analysis import relation_pairs

LISTED_CLAUSES = (
    "자체 모델 '가온'을 출시한 스타트업 도담소프트와, '미르 2.0'을 공개한 한빛전자, "
    "'한결 4.0'을 내놓은 누리텔레콤 등이 참여했다."
)


def _rule_pairs(text: str) -> set[tuple[str, str, str, str]]:
    analysis, pairs = relation_pairs("t", text)
    name = {i: m.text for i, m in enumerate(analysis.mentions)}
    return {(name[p.subject], p.type, name[p.object], p.rule) for p in pairs if p.rule}


def test_each_relative_clause_of_a_list_goes_with_the_name_it_modifies(lexicon):
    # "'미르 2.0'을 공개한 한빛전자, '한결 4.0'을 내놓은 누리텔레콤": the comma lists the two
    # heads; 한결 4.0 is 누리텔레콤's, never 한빛전자's, and 한빛전자 is no model of anyone
    assert_relations(
        LISTED_CLAUSES,
        present=[
            {("도담소프트", "DEVELOPED", "가온")},
            {("누리텔레콤", "DEVELOPED", "한결 4.0")},
        ],
        absent={
            ("누리텔레콤", "DEVELOPED", "한빛전자"),
            ("한빛전자", "DEVELOPED", "한결 4.0"),
            ("도담소프트", "DEVELOPED", "미르 2.0"),
        },
    )
    # the rules read 한빛전자's own clause (the scorer weighs it once refitted on such lists)
    rules = _rule_pairs(LISTED_CLAUSES)
    assert ("한빛전자", "DEVELOPED", "미르 2.0", "relative") in rules, rules
    assert not any(r[0] == "누리텔레콤" and r[2] == "한빛전자" for r in rules), rules


def test_an_insurer_before_a_title_is_a_company(lexicon):
    # "한빛화재 대표이사 부사장을": a name before titles reads like a person's ("김하늘 대표"),
    # but 화재 ends a fire-and-casualty insurer's name (grammar.toml organisations)
    text = "김철수 사장은 1990년 한빛화재 대표이사 부사장을 역임했다."
    assert entity_types(text).get("한빛화재") == "Company", entity_types(text)
    assert_relations(text, present=[{("김철수", "WORKED_AT", "한빛화재")}], absent=set())
