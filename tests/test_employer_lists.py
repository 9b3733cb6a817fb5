"""Lists of people with their organisations and titles, as news reports a panel or a ceremony
("김한준 퓨리오사AI CTO, 조강원 모레 CEO, 이주형 마크비전 AI 총괄이"): an organisation written
between a person and a title is that person's, even when the next person's own organisation is a
word the tagger does not take for a name; and once the text has named several employers, a
person called by a bare title later ("이주형 총괄은") does not work at the organisation the
article is about by default."""

from __future__ import annotations

from relation_cases import assert_relations, extraction

PANEL = (
    "강연에는 한지호 누리칩스 CTO, 서하준 모레 CEO, 윤다온 별솔랩스 연구 총괄이 무대에 올라 "
    '창업 배경을 소개했다. 서하준 CEO는 "다양한 칩과 협업하겠다"고 말했다. 윤다온 총괄은 '
    '"별솔랩스는 보호 생태계를 선도하겠다"고 말했다.'
)


def test_each_panelist_works_where_their_own_chain_says():
    assert_relations(
        PANEL,
        [{("한지호", "WORKED_AT", "누리칩스")}, {("윤다온", "WORKED_AT", "별솔랩스")}],
        [
            ("서하준", "WORKED_AT", "누리칩스"),
            ("서하준", "WORKED_AT", "별솔랩스"),
            ("윤다온", "WORKED_AT", "누리칩스"),
        ],
    )


def test_one_company_article_still_gives_a_bare_title_its_company():
    # one employer named: "권 대표는" is the company's, as before
    assert_relations(
        "누리칩스는 새 칩을 공개했다. 한지호 누리칩스 CTO가 발표를 맡았다. "
        '권서하 대표는 "내년 양산에 들어간다"고 말했다.',
        [{("한지호", "WORKED_AT", "누리칩스")}, {("권서하", "WORKED_AT", "누리칩스")}],
        [],
    )


def test_an_age_in_brackets_is_the_persons_not_the_title():
    # "이근모(65) 재무총괄 사장": appointment news writes the age after the name; the role is the
    # words after it, the age is no part of it
    text = "한빛그룹 지주사인 한빛코퍼레이션 신임 대표이사로는 서하준(65) 재무총괄 사장이 선임됐다."
    ex = extraction(text)
    roles = {r.role for r in ex.relations if r.type == "WORKED_AT"}
    assert roles and not any("65" in r for r in roles), roles
    assert_relations(
        "박지훈(45) 누리소프트 대표는 말했다.", [{("박지훈", "WORKED_AT", "누리소프트")}], []
    )
