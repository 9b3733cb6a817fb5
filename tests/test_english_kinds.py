"""An English question asking a firm by its kind ("Which bank ...?", "Which law firm ...?",
"Which shipping line ...?") is answered by the name written with that kind's words, as "어느
은행", "어느 법무법인", "어느 선사" are (search/english_kinds.py, search/kind_names.py), never by
the company the question names or the rival beside it in the sentence.  Held-out round 32
answered three such questions with a name of another kind.  Real Kiwi, real e5 embeddings,
real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "가상자산 거래소 별빛코인, 다온은행과 실명계좌 제휴\n"
    "가상자산 거래소 별빛코인은 다온은행과 실명확인 입출금 계좌 제휴 계약을 맺었다고 "
    "12일 밝혔다. 별빛코인 이용자는 다음 달부터 다온은행 계좌로 원화를 입금할 수 있다. "
    "별빛코인은 결제 대행사 한울페이와도 협력한다. 별빛코인이 세우는 강서 데이터센터의 건립 "
    "자금 300억 원은 다온은행이 주관한 대출로 조달했다.\n"
    "반도체 장비 기업 누리플라즈마는 경쟁사 한결반도체를 상대로 특허 침해 소송을 냈다. "
    "누리플라즈마는 법무법인 세진을 대리인으로 선임했다.\n"
    "바람해운은 동해중공업에 1만5000TEU급 컨테이너선 6척을 발주했다. "
    "동해중공업은 이 배들을 2028년까지 인도한다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "byeolbit", "별빛코인 실명계좌") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Which bank issues real-name accounts to 별빛코인 users?", "다온은행"),
        ("Which law firm represents 누리플라즈마 in the patent suit?", "세진"),
        # a Korean word no name links (강서) leaves it no English question to the question
        # reader: its kind is read all the same
        ("Which bank arranged the loan for the 강서 data centre?", "다온은행"),
        ("Which shipping line ordered the container ships from 동해중공업?", "바람해운"),
    ],
)
def test_a_firm_asked_by_its_kind_is_a_name_of_that_kind(kb, question, want):
    ans = kb.ask(question)
    assert want in (ans.answer or ""), (ans.answer, ans.method, ans.confidence, ans.sentence)


def test_a_question_asking_by_no_kind_is_read_as_before(kb):
    ans = kb.ask("Which company did 별빛코인 sign the account deal with?")
    assert "별빛코인" not in (ans.answer or ""), (ans.answer, ans.method)
