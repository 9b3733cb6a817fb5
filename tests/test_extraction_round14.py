"""Round 14 of the extraction work: what made the spent held-out round 12's misses (everyday
words of games, medicine and committees taken for names, lines of work of finance news, ...),
each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types

EVERYDAY_WORDS = (
    "신작 '별빛 전쟁'은 보스전 난도가 높다. 누리메디의 판독 소프트웨어는 병원의 PACS와 "
    "연동되며 기흉과 폐결절을 찾아낸다. 투자 대상은 외부 전문가로 꾸린 심의위원회가 정했다."
)


def test_words_of_games_medicine_and_committees_are_never_names(lexicon):
    # a boss fight, a hospital's kind of system, two findings on a chest X-ray and a committee
    # named by what it does: none is a company, place or organisation of its own
    names = set(entity_types(EVERYDAY_WORDS))
    assert not names & {"보스전", "PACS", "기흉", "폐결절", "심의위원회"}, names
    assert {"별빛 전쟁", "누리메디"} <= names, names


ANALYSTS = (
    "증권사 애널리스트 오하람은 다온테크의 실적이 좋아질 것으로 본다. "
    "누리증권 출신인 한빛리서치 구세라 애널리스트는 목표주가를 올렸다."
)


def test_an_analyst_is_a_title_not_a_company(lexicon):
    # "애널리스트" after a name is the person's line of work: the person works at the firm
    # before the name, and the word is no company the person works at
    types = entity_types(ANALYSTS)
    assert types.get("오하람") == "Person" and types.get("구세라") == "Person", types
    assert "애널리스트" not in types, types
    assert_relations(
        ANALYSTS,
        present=[{("구세라", "WORKED_AT", "한빛리서치")}],
        absent={("구세라", "WORKED_AT", "애널리스트")},
    )


def test_a_former_firm_before_the_present_one_is_where_the_person_worked(lexicon):
    # "누리증권 출신인 한빛리서치 구세라 애널리스트": the person's present firm stands between
    # 출신 and the name; the firm before 출신 is still where the person worked
    for title in ("애널리스트는", "연구원은"):
        text = f"누리증권 출신인 한빛리서치 구세라 {title} 목표주가를 올렸다."
        assert_relations(
            text,
            present=[
                {("구세라", "WORKED_AT", "누리증권")},
                {("구세라", "WORKED_AT", "한빛리서치")},
            ],
            absent=set(),
        )


LINKED_FOUNDING = (
    "2018년 설립돼 경기 성남시 분당구에 본사를 둔 다온로보틱스는 직원이 120명이다. "
    "2016년 설립되어 판교에 연구소를 둔 한빛정밀은 부품을 만든다."
)


def test_a_founding_linked_to_a_relative_clause_dates_the_noun_it_modifies(lexicon):
    # "설립돼 ... 본사를 둔 X": the founded clause has no subject of its own; it shares the
    # one of the relative clause it is linked to, the company after it
    assert_relations(
        LINKED_FOUNDING,
        present=[
            {("다온로보틱스", "FOUNDED_IN", "2018"), ("다온로보틱스", "FOUNDED_IN", "2018년")},
            {("한빛정밀", "FOUNDED_IN", "2016"), ("한빛정밀", "FOUNDED_IN", "2016년")},
        ],
        absent={("한빛정밀", "FOUNDED_IN", "2018년"), ("다온로보틱스", "FOUNDED_IN", "2016년")},
    )


LAWS = (
    "금융감독원도 전자금융거래법 위반 여부를 따로 검사할 예정이다. 한빛페이는 "
    "전자상거래소비자보호법 개정안에 대비한다. 다온랩은 서울중앙지법에 소송을 냈다."
)


def test_a_law_is_no_name_and_a_court_short_name_stays_one(lexicon):
    # a word that ends as a law's name does ("…법", "…개정안") is a law; "서울중앙지법" ends
    # in 법 too, but it is the district court, an organisation
    types = entity_types(LAWS)
    assert not {"전자금융거래법", "전자상거래소비자보호법"} & set(types), types
    assert types.get("서울중앙지법") == "Organization", types
    assert types.get("한빛페이") == "Company" and types.get("금융감독원") == "Organization", types
