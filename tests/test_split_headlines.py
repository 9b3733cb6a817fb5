"""A headline split in two ("'도심 하늘길 연다'…누리시, 드론 배송 협약" is two sentences) still
counts as one with the lede after it (search/qualifiers.py ``article_of``): the lede names the
project ("도심 드론 배송 실증사업"), and a later sentence gives its figure by the bare noun
("사업비 32억 원은"), so a question that writes the project's nouns is answered by it (issue
13: "누수 관리 시범사업 사업비는?" got no answer).  Real Kiwi, real e5 embeddings, real FAISS;
the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

#: (document id, article, question, the answer a reader expects)
CASES = [
    (
        "drone",
        "'도심 하늘길 연다'…누리시·한빛항공, 드론 배송 협약\n"
        "(누리=새봄일보) 서다인 기자 = 누리시와 한빛항공이 도심 드론 배송 실증사업 협약을 "
        "맺었다고 3일 밝혔다. 협약식에는 누리시장과 한빛항공 대표가 참석했다.\n"
        "한빛항공은 내년 3월부터 드론 20대를 띄운다. 드론은 시청 옥상 거점에서 뜬다. "
        "사업비 32억 원은 누리시가 절반을 댄다.\n"
        "한빛항공은 2018년 세워진 회사다.",
        "도심 드론 배송 실증사업 사업비는?",
        "32억",
    ),
    (
        "battery",
        "'폐배터리 다시 쓴다'…환경부, 재활용 스타트업과 손잡아\n"
        "(세종=새봄일보) 마하늘 기자 = 환경부가 배터리 재활용 스타트업 리셀에너지와 전기차 "
        "폐배터리 회수 시범사업 협약을 맺었다고 5일 밝혔다.\n"
        "리셀에너지는 전국 정비소 300곳에 수거함을 둔다. 모인 배터리는 충북 공장에서 "
        "분해한다. 예산 18억 원은 환경부가 모두 부담한다.\n"
        "리셀에너지는 지난해 매출 40억 원을 올렸다.",
        "전기차 폐배터리 회수 시범사업 예산은 얼마인가?",
        "18억",
    ),
    (
        "robot",
        "'어르신 약 챙긴다'…다온구, 말벗 로봇 나눠준다\n"
        "(서울=새봄일보) 기보람 기자 = 서울 다온구가 홀몸 어르신 돌봄 로봇 보급사업을 "
        "시작한다고 7일 밝혔다.\n"
        "로봇은 약 먹을 시간을 알려 주고 말벗이 돼 준다. 이상이 생기면 구청 관제실에 "
        "알린다. 총사업비 9억 원은 구 예산으로 충당한다.\n"
        "다온구는 올해 어르신 450명에게 로봇을 나눠준다.",
        "홀몸 어르신 돌봄 로봇 보급사업 총사업비는?",
        "9억",
    ),
    (
        "startup",
        "'빈 점포 살린다'…한결시, 청년 창업 공간으로\n"
        "(한결=새봄일보) 노은결 기자 = 한결시가 구도심 빈 점포 청년 창업 지원사업 참여자를 "
        "모집한다고 10일 밝혔다.\n"
        "뽑힌 청년은 2년 동안 점포를 무료로 쓴다. 인테리어 비용도 시가 함께 낸다. "
        "사업비 15억 원은 한결시가 모두 댄다.\n"
        "신청은 이달 말까지 시 누리집에서 받는다.",
        "청년 창업 지원사업 사업비는 얼마인가?",
        "15억",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "headlines") as kb:
        yield kb


@pytest.mark.parametrize(("question", "expected"), [(q, a) for _, _, q, a in CASES])
def test_a_figure_of_the_project_the_lede_under_a_split_headline_names(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer and expected in ans.answer, (question, ans.answer, ans.confidence)
