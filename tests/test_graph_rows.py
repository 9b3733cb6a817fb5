"""Graph answers that answer the question asked: one answer asked in Korean (no plural) is every
party the answer's edge's sentence gives ("A와 B로부터 투자를 유치": both; search/edge_rows.py),
and a question about this time's act is not answered by an edge told only as past experience
("…로부터 시드 투자를 받은 바 있다"; search/current_acts.py), and a kind of business asked
("식품업체는?") not by a public body (search/business_asks.py).  Real Kiwi, real e5 embeddings,
real FAISS; the articles are invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.business_asks import asks_business
from search.current_acts import asks_current, told_as_experience
from search.passages import sentence_tokens

ARTICLE = (
    "디지털 헬스케어 스타트업 누리헬스가 한빛인베스트와 미국 벤처캐피털 세븐캐피털로부터 "
    "50억원을 투자받았다고 2일 밝혔다. 누리헬스는 2022년 다온파트너스로부터 10억원의 시드 "
    "투자를 받은 바 있다.\n\n"
    "가온로보는 세진정밀과 함께 용접 로봇 '불꽃 2'를 공동 개발했다. 불꽃 2는 내년 상반기 "
    "조선소에 들어간다."
)


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("누리헬스는 2022년 다온파트너스로부터 시드 투자를 받은 바 있다.", True),
        ("두 회사는 2020년에도 물류 자동화 협약을 맺은 적이 있다.", True),
        ("가온로보는 앞서 세진정밀에 기술을 이전한 바 있다.", True),
        ("누리헬스는 세븐캐피털로부터 50억원을 투자받았다.", False),
        ("새 공장은 내년에 문을 연다.", False),
    ],
)
def test_an_act_told_as_past_experience(sentence, past):
    assert told_as_experience(sentence_tokens(sentence)) is past


@pytest.mark.parametrize(
    ("question", "current"),
    [
        ("누리헬스에 이번에 투자한 곳은?", True),
        ("이번 라운드에 참여한 투자사는?", True),
        ("금번 계약의 상대는?", True),
        ("누리헬스에 투자한 곳은?", False),
    ],
)
def test_a_question_about_this_time(question, current):
    assert asks_current(sentence_tokens(question)) is current


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "nurihealth", "누리헬스 50억 투자 유치") as kb:
        yield kb


def test_one_answer_asked_is_every_party_of_its_sentence(kb):
    ans = kb.ask("누리헬스에 50억원을 투자한 곳은?")
    assert "세븐캐피털" in ans.answer and "한빛인베스트" in ans.answer, ans
    assert "다온파트너스" not in ans.answer, ans  # an earlier round's, another sentence


def test_an_earlier_rounds_investor_does_not_answer_this_time_confidently(kb):
    ans = kb.ask("누리헬스에 이번에 투자한 곳은?")
    assert not ("다온파트너스" in (ans.answer or "") and ans.confidence >= 0.8), ans


RECALL = (
    "참깨 수입업체 누리농산이 납품한 참깨에서 잔류농약이 검출돼 식품의약품안전처가 회수에 "
    "나섰다. 누리농산은 인도산 참깨를 들여와 식품업체 여러 곳에 공급해 온 업체로, 식약처는 이 "
    "회사의 다른 수입 물량도 검사하고 있다.\n\n"
    "누리농산과 거래해 온 한결식품은 해당 제품의 판매를 중단했다."
)


@pytest.fixture(scope="module")
def recall_kb(tmp_path_factory):
    with article_kb(tmp_path_factory, RECALL, "recall", "누리농산 참깨 회수") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "누리농산이 참깨를 공급해 온 다른 식품업체는 어디 어디인가?",
        "누리농산이 참깨를 공급한 업체는?",
    ],
)
def test_a_regulator_is_no_business_asked(recall_kb, question):
    # the agency checking the importer's goods is linked to it in the graph, but is no company
    ans = recall_kb.ask(question)
    assert not ("식약처" in (ans.answer or "") and ans.confidence >= 0.8), ans


def test_a_body_asked_is_still_a_public_body(recall_kb):
    ans = recall_kb.ask("누리농산 제품 회수에 나선 기관은?")
    assert "식품의약품안전처" in ans.answer, ans


@pytest.mark.parametrize(
    ("question", "business"),
    [
        ("누리농산이 참깨를 공급한 업체는?", True),
        ("누리농산과 거래한 기업은?", True),
        ("가온로보의 협력사는?", True),
        ("누리농산과 협약을 맺은 곳은?", False),
        ("회수에 나선 기관은?", False),
        ("누리헬스 투자자는?", False),
    ],
)
def test_a_kind_of_business_asked(question, business):
    assert asks_business(sentence_tokens(question)) is business
