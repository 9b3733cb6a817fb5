"""A company asked by a noun of its kind written with 社 ("소송을 낸 게임사는?"), with a plural
in the clause before it ("이용자들이"): Kiwi may keep 게임사 whole as one proper noun, read as a
thing, and the plural of the clause's subject was read as a list asked — the question got no
answer (issue 13).  The kind nouns are data (search/resources/answer_types.toml [heads]); a
plural is a list asked only when it is not an argument of the clause that modifies the asked
noun (search/question_forms.py).  Real Kiwi, real e5 embeddings, real FAISS; the articles are
invented for the test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

from kg.kiwi import kiwi
from search.answer_types import read_asked
from search.question_forms import question_form
from search.spans import tokens_of

#: (document id, article, question, the answer a reader expects)
CASES = [
    (
        "game",
        '법원 "아이템 확률 속인 게임사, 배상하라"\n'
        "서울중앙지방법원은 모바일 게임 '달빛 원정대' 이용자 920명이 개발사 누리플레이를 "
        "상대로 낸 손해배상 청구 소송에서 원고 일부 승소로 판결했다고 4일 밝혔다.\n"
        "재판부는 누리플레이가 이용자 한 명에게 30만 원씩 물어 주라고 했다.",
        "달빛 원정대 이용자들이 소송을 낸 게임사는?",
        "누리플레이",
    ),
    (
        "telecom",
        "통신 장애 피해 가입자들, 집단 손배소\n"
        "지난달 9시간 동안 이어진 인터넷 장애로 피해를 본 가입자 3천 명이 통신업체 "
        "하늘텔레콤을 상대로 손해배상 청구 소송을 냈다고 6일 밝혔다.\n"
        "가입자들은 한 명에 20만 원을 요구했다.",
        "인터넷 장애 피해 가입자들이 손해배상을 청구한 통신사는?",
        "하늘텔레콤",
    ),
    (
        "pharma",
        "부작용 피해 환자들, 제약회사에 소송\n"
        "탈모 치료제 '모아나정'을 먹고 부작용을 겪었다는 환자 140명이 이 약을 만든 "
        "바른약품을 상대로 소송을 냈다고 8일 밝혔다.\n"
        "바른약품은 약과 부작용 사이에 관계가 없다는 입장이다.",
        "모아나정 부작용 환자들이 소송을 낸 제약사는?",
        "바른약품",
    ),
    (
        "builder",
        "입주 늦어진 아파트 주민들, 시공 업체 고소\n"
        "경기 한결시 새봄마을 아파트 입주 예정자 600가구가 입주가 1년 늦어졌다며 공사를 맡은 "
        "다온종합건설을 상대로 소송을 냈다고 11일 밝혔다.\n"
        "다온종합건설은 자재 값이 올라 공사가 늦어졌다고 설명했다.",
        "새봄마을 아파트 입주 예정자들이 소송을 낸 건설사는?",
        "다온종합건설",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "kinds") as kb:
        yield kb


@pytest.mark.parametrize(("question", "expected"), [(q, a) for _, _, q, a in CASES])
def test_a_company_asked_by_its_kind_written_with_sa(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer and expected in ans.answer, (question, ans.answer, ans.confidence)


def _form(text: str) -> tuple[str, str]:
    toks = tokens_of(kiwi().tokenize(text))
    asked = read_asked(toks)
    return question_form(toks, text, 0, asked), asked.kind


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("이용자들이 소송을 낸 게임사는?", "factoid"),  # the clause's subject is plural
        ("주민들이 반대한 건설사는?", "factoid"),
        ("투자자들이 모인 행사는 어디서 열렸나?", "factoid"),
        ("소송을 낸 이용자들은 누구인가?", "list"),  # the asked noun itself is plural
        ("어떤 기업들이 참여했나?", "list"),
    ],
)
def test_a_plural_is_a_list_asked_only_on_the_asked_noun(question, form):
    assert _form(question)[0] == form


@pytest.mark.parametrize(
    "question",
    [
        "소송을 낸 게임사는?",
        "손해배상을 청구한 통신사는?",
        "약을 만든 제약사는?",
        "공사를 맡은 건설사는?",
    ],
)
def test_a_kind_noun_with_sa_asks_a_company(question):
    assert _form(question)[1] == "company"
