"""Round 19 of the extraction work: who did not make a product though the sentence names it
beside one (kg/makers.py, kg/limits.py), each on invented sentences, with the lexicon and
without it."""

from __future__ import annotations

from relation_cases import assert_relations, entity_types, named_relations


def test_a_head_who_announces_a_chip_did_not_develop_it(lexicon):
    # the company's head presents what the company makes; the company made the first chip,
    # and nobody is said to have made the second in the sentence that names it
    text = (
        "누리칩스는 2021년 설립된 반도체 설계 회사다. 강도윤 누리칩스 대표는 이날 "
        "간담회에서 \"차세대 칩 '하늬 X5'를 내년 상반기에 공개하겠다\"고 말했다. 강 대표는 "
        "이어 현재 개발 중인 추론용 칩 '하늬 T2'를 내년 하반기에 선보이겠다고 덧붙였다."
    )
    assert_relations(
        text,
        present=[{("누리칩스", "DEVELOPED", "하늬 X5")}, {("강도윤", "WORKED_AT", "누리칩스")}],
        absent=[("강도윤", "DEVELOPED", "하늬 T2"), ("강도윤", "DEVELOPED", "하늬 X5")],
    )


def test_a_head_who_made_it_with_their_own_hands_still_did(lexicon):
    # "직접 개발했다" (makers.toml own_hands): the head is the maker after all
    text = (
        "누리칩스는 2021년 설립된 반도체 설계 회사다. 강도윤 누리칩스 대표는 이날 간담회에서 "
        "신제품을 소개했다. 강 대표는 학습용 칩 '하늬 T2'를 직접 개발했다고 말했다."
    )
    assert_relations(text, present=[{("강도윤", "DEVELOPED", "하늬 T2")}], absent=[])


def test_a_foundry_whose_process_makes_the_chip_did_not_develop_it(lexicon):
    # "X의 5나노 공정으로": the foundry lends its process; it is still placed in its country
    text = (
        "가온반도체는 저전력 영상 칩을 설계하는 회사다. 후속 칩 '가온 M3'은 내년 대만 "
        "한빛파운드리의 5나노 공정으로 시제품을 만든다."
    )
    assert_relations(
        text,
        present=[{("한빛파운드리", "LOCATED_IN", "대만")}],
        absent=[("한빛파운드리", "DEVELOPED", "가온 M3")],
    )


def test_a_rivals_app_is_not_the_company_s_own(lexicon):
    # "경쟁 앱 '배달온'": the rival's app; the company's own app is the one it runs
    text = (
        "배달 앱 '주문콕'을 운영하는 콕스푸드가 경쟁 앱 '배달온'의 운영사 배달온코리아를 "
        "상대로 소송을 냈다."
    )
    rels = named_relations(text)
    assert ("콕스푸드", "DEVELOPED", "배달온") not in rels, rels
    assert ("콕스푸드", "DEVELOPED", "주문콕") in rels, rels


def test_a_topic_after_a_closed_clause_is_the_doer_of_its_own_clause(lexicon):
    # "A가 ... 공급하고, B는 'X'를 얹는다": B, not A, puts in the software
    text = (
        "소담모빌리티가 전기버스 6대를 개조해 공급하고, 미르오토는 자율주행 소프트웨어 "
        "'미르파일럿'을 얹는다."
    )
    names = entity_types(text)
    assert names.get("미르파일럿") == "Model" and names.get("소담모빌리티") == "Company", names
    rels = named_relations(text)
    assert ("소담모빌리티", "DEVELOPED", "미르파일럿") not in rels, rels


def test_a_successor_chip_is_no_follow_on_round(lexicon):
    # "후속 칩" is a successor product; "후속 투자" a follow-on round (grammar.toml funding)
    text = (
        "가온칩스는 2024년 누리벤처스가 주도한 시리즈A에서 100억 원을 유치했다. 후속 칩 "
        "'GM-300'은 내년 대만 한빛파운드리의 5나노 공정으로 시제품을 만든다. 이어진 후속 "
        "투자에는 한빛캐피탈이 참여했다."
    )
    assert_relations(
        text,
        present=[
            {("누리벤처스", "INVESTED_IN", "가온칩스")},
            {("한빛캐피탈", "INVESTED_IN", "가온칩스")},
        ],
        absent=[("한빛파운드리", "INVESTED_IN", "가온칩스")],
    )


def test_the_hyphen_in_a_model_name_opens_no_list_of_investors(lexicon):
    # "'GM-300'": the hyphen is no bullet ("-한빛벤처스(30억원)" is one), so the foundry after
    # it is no investor of the round the document tells
    text = (
        "가온칩스는 2024년 누리벤처스가 주도한 시리즈A에서 100억 원을 유치했다. 투자자들은 "
        "'GM-300' 칩을 대만 한빛파운드리가 만든다는 점을 높이 샀다."
    )
    assert_relations(
        text,
        present=[{("누리벤처스", "INVESTED_IN", "가온칩스")}],
        absent=[("한빛파운드리", "INVESTED_IN", "가온칩스")],
    )


def test_each_thing_put_in_goes_to_the_target_written_after_it(lexicon):
    # "A를 X에, B는 Y에 각각 탑재했다": Y is B's target, not A's (kg/limits.py)
    text = (
        "미르랩은 음성 모델 '미르보이스'를 콜센터 서비스 '미르콜'에, 번역 모델 '미르트랜스'는 "
        "메신저 '미르톡'에 각각 탑재했다."
    )
    assert_relations(
        text,
        present=[{("미르보이스", "INTEGRATED_INTO", "미르콜")}],
        absent=[("미르보이스", "INTEGRATED_INTO", "미르톡")],
    )


def test_a_foundry_whose_process_a_chip_goes_through_did_not_develop_the_phone(lexicon):
    # "X의 4나노 공정을 통해 생산되며": the process is the means (grammar.toml verbs.via)
    text = (
        "누리칩스는 새 모바일 칩 '하늬 A7'을 자체 설계했다. 이 칩은 대만 한빛파운드리의 4나노 "
        "공정을 통해 생산되며 스마트폰 '누리폰 9'에 활용될 전망이다."
    )
    assert_relations(
        text,
        present=[{("누리칩스", "DEVELOPED", "하늬 A7")}, {("한빛파운드리", "LOCATED_IN", "대만")}],
        absent=[
            ("한빛파운드리", "DEVELOPED", "누리폰 9"),
            ("한빛파운드리", "DEVELOPED", "하늬 A7"),
        ],
    )
