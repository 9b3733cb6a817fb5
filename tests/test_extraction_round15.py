"""Round 15 of the extraction work: relation recall on news (investors listed past a relative
clause, ...), each on invented sentences, with the lexicon and without it."""

from __future__ import annotations

from relation_cases import assert_relations

ROUND_WITH_DESCRIBED_INVESTOR = (
    "다온랩은 300억원 규모의 시리즈B 투자를 유치했다고 밝혔다. 이번 투자는 한빛벤처스가 "
    "주도했으며 누리캐피탈, 가온파트너스와 기존 투자사인 별빛인베스트먼트가 참여했다."
)


def test_investors_listed_before_one_described_by_a_relative_clause(lexicon):
    # "A, B와 기존 투자사인 C가 참여했다": the relative clause describes C only; A and B are
    # listed with it and take its 가, so each joined the round
    assert_relations(
        ROUND_WITH_DESCRIBED_INVESTOR,
        present=[
            {("누리캐피탈", "INVESTED_IN", "다온랩")},
            {("가온파트너스", "INVESTED_IN", "다온랩")},
            {("별빛인베스트먼트", "INVESTED_IN", "다온랩")},
            {("한빛벤처스", "INVESTED_IN", "다온랩")},
        ],
        absent=set(),
    )


ROUND_TOLD_BY_ITS_RAISER = (
    "다온랩은 2021년 설립된 핀테크 기업이다. 다온랩의 직원은 80명이다. "
    "2025년에는 한빛벤처스가 주도한 시리즈B에서 200억원을 투자받았고, 누리캐피탈도 참여했다. "
    "가람소프트는 2024년 별빛인베스트먼트가 주도한 시리즈A에서 90억원을 투자받았으며, "
    "당시 게임사 모아게임즈도 전략적 투자자로 참여했다."
)


def test_a_round_raised_names_its_lead_and_the_investors_that_joined(lexicon):
    # "X가 주도한 시리즈B에서 투자받았고, Y도 참여했다": the sentence says the company raised
    # the round (its own name, or, when it names none, the company the text is about), and
    # the one that led it and the one that joined it each invested in that company
    assert_relations(
        ROUND_TOLD_BY_ITS_RAISER,
        present=[
            {("한빛벤처스", "INVESTED_IN", "다온랩")},
            {("누리캐피탈", "INVESTED_IN", "다온랩")},
            {("별빛인베스트먼트", "INVESTED_IN", "가람소프트")},
            {("모아게임즈", "INVESTED_IN", "가람소프트")},
        ],
        absent={("다온랩", "INVESTED_IN", "다온랩"), ("가람소프트", "INVESTED_IN", "가람소프트")},
    )


def test_a_bank_that_did_not_join_the_round_raised_is_no_investor(lexicon):
    # the same shape negated: "Y는 참여하지 않았다" names no investor
    text = (
        "가람소프트는 별빛인베스트먼트가 주도한 시리즈A에서 90억원을 투자받았으며, "
        "한결은행은 참여하지 않았다."
    )
    assert_relations(
        text,
        present=[{("별빛인베스트먼트", "INVESTED_IN", "가람소프트")}],
        absent={("한결은행", "INVESTED_IN", "가람소프트")},
    )


def test_two_investors_each_described_in_parallel(lexicon):
    # "기존 투자자인 A와 신규 투자자 B도 참여했다": the nouns after A's 와 describe B as the
    # relative clause describes A, so A is listed with B and joined the round; two companies
    # listed with a description each but none before the first stay what they were
    text = (
        "다온랩은 300억원 규모의 시리즈B 투자를 유치했다. "
        "기존 투자자인 별빛인베스트먼트와 신규 투자자 모아캐피탈도 참여했다. "
        "누리클라우드 컨소시엄은 AI반도체 기업 시온칩스와 공공 소프트웨어 기업 가람정보기술이 "
        "함께 꾸렸다."
    )
    assert_relations(
        text,
        present=[
            {("별빛인베스트먼트", "INVESTED_IN", "다온랩")},
            {("모아캐피탈", "INVESTED_IN", "다온랩")},
        ],
        absent={
            ("시온칩스", "PARTNER_OF", "가람정보기술"),
            ("가람정보기술", "PARTNER_OF", "시온칩스"),
        },
    )


def test_a_subsidiary_founded_by_a_company_then_named_with_its_title(lexicon):
    # "X가 세운 AI 자회사 Y의 대표": the relative clause modifies Y, marked 의 because a title
    # follows it; a place marked 의 ("세운 미국의 법인 Z") stays a modifier of what follows
    text = (
        "그는 한빛통신이 2019년 세운 AI 자회사 한빛AI랩의 대표도 겸한다. "
        "누리전자가 2021년 세운 미국의 판매 법인 누리글로벌은 직원이 30명이다."
    )
    assert_relations(
        text,
        present=[
            {("한빛통신", "FOUNDED", "한빛AI랩")},
            {("누리전자", "FOUNDED", "누리글로벌")},
        ],
        absent={("누리전자", "FOUNDED", "미국")},
    )


def test_a_profile_s_round_raised_from_a_named_source(lexicon):
    # "2021년에는 X로부터 투자받았다": the sentence names no raiser (only a date takes 는), so
    # the company the text is about raised it from X
    text = (
        "다온트래블은 2015년 설립된 여행 플랫폼 기업이다. 다온트래블의 회원은 300만 명이다. "
        "2021년에는 사모펀드 운용사 한빛파트너스로부터 500억원을 투자받았다."
    )
    assert_relations(
        text,
        present=[{("한빛파트너스", "INVESTED_IN", "다온트래블")}],
        absent={("다온트래블", "INVESTED_IN", "한빛파트너스")},
    )


def test_the_company_that_raised_so_far_is_the_one_the_text_tells_of(lexicon):
    # "회사가 지금까지 유치한 투자금은": "회사" is the company whose rounds the text tells,
    # not the shareholder the sentence before was about; a later round goes to it too
    text = (
        "가온로봇은 물류 로봇을 만든다. 가온로봇은 300억원 규모의 시리즈C 투자를 유치했다. "
        "기존 주주인 한결기술투자는 후속 투자에 나섰다. "
        "회사가 지금까지 유치한 누적 투자금은 500억원이다. "
        "2024년 시리즈B에는 누리파트너스와 다온제약이 참여했다."
    )
    assert_relations(
        text,
        present=[
            {("한결기술투자", "INVESTED_IN", "가온로봇")},
            {("누리파트너스", "INVESTED_IN", "가온로봇")},
            {("다온제약", "INVESTED_IN", "가온로봇")},
        ],
        absent={
            ("누리파트너스", "INVESTED_IN", "한결기술투자"),
            ("가온로봇", "INVESTED_IN", "한결기술투자"),
        },
    )


def test_the_company_a_founder_set_up_after_working_elsewhere(lexicon):
    # "김 대표는 X에서 일하다 2022년 회사를 세웠다": "회사" is the company the text is about
    # (the founder's), never X named in the same sentence, where the founder worked before
    text = (
        "누리랩스는 음성 AI 스타트업이다. 김하람 누리랩스 대표는 기자와 만나 계획을 밝혔다. "
        "김 대표는 가온넷 검색 연구소에서 5년간 일하다 2022년 회사를 세웠다."
    )
    assert_relations(
        text,
        present=[{("김하람", "FOUNDED", "누리랩스")}, {("누리랩스", "FOUNDED_IN", "2022년")}],
        absent={("김하람", "FOUNDED", "가온넷"), ("가온넷", "FOUNDED_IN", "2022년")},
    )
