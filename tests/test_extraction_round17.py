"""Round 17 of the extraction work: relations of listed relative clauses and of careers, each on
invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types, extraction

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


def _worked_at(text: str) -> dict[tuple[str, str], str]:
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {
        (name[r.subject], name[r.object]): r.role for r in ex.relations if r.type == "WORKED_AT"
    }


def test_the_company_a_person_moved_to(lexicon):
    # 로/으로 + 옮기다/이직하다 (resources/careers.toml moved): the clause's head moved there
    # (the scorer alone found these at 0.57 and 0.98; the rule states them)
    text = (
        "가람화재 명예회장 박영수 씨가 별세했다. 1964년 가람화재에 입사해 1975년 누리화재로 "
        "옮긴 박 사장은 업계에서 이름을 알렸다. 정하람 이사는 2015년 도담물산으로 이직했다."
    )
    worked = _worked_at(text)
    assert ("박영수", "누리화재") in worked, worked
    assert ("정하람", "도담물산") in worked, worked
    rules = _rule_pairs(text)
    assert ("박영수", "WORKED_AT", "누리화재", "career") in rules, rules
    assert ("정하람", "WORKED_AT", "도담물산", "career") in rules, rules


def test_a_post_held_gives_the_company_and_the_title(lexicon):
    # organisation + title + 을/를 + 역임하다/지내다/거치다 (careers.toml held): the title is
    # the role, the organisation the name before it
    worked = _worked_at(
        "박영수 전무는 누리증권 상무를 거쳐 한빛증권 대표이사 부사장을 지냈다. "
        "정하람 이사는 도담물산 전무를 역임했다."
    )
    assert worked.get(("박영수", "누리증권")) == "상무", worked
    assert worked.get(("박영수", "한빛증권")) == "대표이사 부사장", worked
    assert worked.get(("정하람", "도담물산")) == "전무", worked


def test_serving_with_a_role_is_read_by_the_rules():
    # "X에서 고문으로 재직 중이었다" with no subject of its own: the person the text is about
    # (careers.toml serving); the scorer weighs the rule once refitted (the learned pair of a
    # person far from the sentence is below its threshold now)
    text = "박영수 전무는 누리증권 상무를 지냈다. 이후 한빛증권에서 영업고문으로 재직 중이었다."
    assert ("박영수", "WORKED_AT", "한빛증권", "career") in _rule_pairs(text)


def test_a_career_beside_a_title_chain(lexicon):
    # "한빛증권 박영수 전무는": the chain places him at 한빛증권 in this sentence, and a career
    # verb of his own places him at the others too (kg/limits.py _OWN_WORKED_AT)
    worked = _worked_at("한빛증권 박영수 전무는 누리증권 상무를 거쳐 도담증권 부사장을 지냈다.")
    assert worked.get(("박영수", "한빛증권")) == "전무", worked
    assert worked.get(("박영수", "누리증권")) == "상무", worked
    assert worked.get(("박영수", "도담증권")) == "부사장", worked


def test_each_post_of_a_list_held(lexicon):
    # "A 상무와 B(현 C) 전무 등을 역임했다", "A 상무, B 전무, C 부사장 등을 지냈다": each
    # post of the list, its note in brackets skipped, a post at no name passed over
    text = (
        "박영수 전무는 도담물산 해외영업담당 상무와 누리상사(현 누리글로벌) 전무 등을 역임했다. "
        "정하람 이사는 한빛증권 법무팀장, 가람화재 상무, 해외사업본부 부사장 등을 지냈다."
    )
    worked = _worked_at(text)
    assert worked.get(("박영수", "도담물산")) == "해외영업담당 상무", worked
    assert worked.get(("박영수", "누리상사")) == "전무", worked
    assert worked.get(("정하람", "한빛증권")) == "법무팀장", worked
    assert worked.get(("정하람", "가람화재")) == "상무", worked
    rules = _rule_pairs(text)
    for person, org in (("박영수", "도담물산"), ("박영수", "누리상사"), ("정하람", "한빛증권")):
        assert (person, "WORKED_AT", org, "career") in rules, rules


def test_a_clause_whose_object_is_no_name_takes_no_earlier_one(lexicon):
    # "'미르 2'를 선보인 한빛AI, '한결'을 출시한 누리텔레콤": Kiwi and the tagger may read
    # '한결' as no name; the clause still has its object right before the predicate, and 미르 2
    # belongs to the clause before (kg/arguments.py)
    text = (
        "'가온 3'를 개발한 도담소프트, '미르 2'를 선보인 한빛AI, '한결'을 출시한 누리텔레콤이 "
        "경쟁한다."
    )
    assert_relations(
        text,
        present=[{("도담소프트", "DEVELOPED", "가온 3")}, {("한빛AI", "DEVELOPED", "미르 2")}],
        absent={("누리텔레콤", "DEVELOPED", "미르 2")},
    )
    assert not any(r[0] == "누리텔레콤" and r[1] == "DEVELOPED" for r in _rule_pairs(text))
