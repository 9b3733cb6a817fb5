"""The figures of rivals in brackets (search/bracketed_rivals.py): "A는 평가에서 77.1점을 받아
'B'(74.5점)와 'C'(75.8점)를 앞섰다" answers a question about A with 77.1점; the bracketed
figures are B's and C's, and split the reader's belief so the question got no answer (issue
13: "나린 2 32B의 KMMLU 점수는?").  A score is written in 점 ([measure_units], [figures]
counters).  Real Kiwi, real e5 embeddings, real FAISS; the articles are invented for the
test."""

from __future__ import annotations

import pytest
from article_kb import cases_kb

#: (document id, article, question, the answer a reader expects)
CASES = [
    (
        "math",
        "한빛AI, 수학 특화 언어모델 '누리 4' 공개\n"
        "인공지능 스타트업 한빛AI가 수학 문제 풀이에 강한 언어모델 '누리 4'를 공개했다고 "
        "2일 밝혔다.\n"
        "회사가 낸 성능표를 보면 누리 4 14B는 수학 평가 'MATH-K'에서 77.1점을 받아 메타의 "
        "'라마 3.3 70B'(74.5점)와 구글의 '젬마 3 27B'(75.8점)를 앞섰다. 다만 코딩 평가에서는 "
        "62.0점으로 젬마 3 27B(64.4점)에 못 미쳤다.\n"
        "누리 4는 누구나 내려받아 쓸 수 있다.",
        "누리 4 14B의 MATH-K 점수는?",
        "77.1",
    ),
    (
        "reading",
        "다온소프트, 독해 모델 '소라 2' 내놔\n"
        "다온소프트가 긴 문서를 읽는 언어모델 '소라 2'를 내놨다고 5일 밝혔다.\n"
        "다온소프트에 따르면 소라 2 32B는 한국어 독해 평가 'KLUE-MRC'에서 88.3점을 얻어 "
        "메타의 '라마 4 스카우트'(84.9점)와 알리바바의 '큐원 3 32B'(86.2점)보다 높았다. "
        "소라 2 8B도 같은 크기의 라마 3.1 8B보다 5점가량 높았다.\n"
        "회사는 연말에 더 큰 모델을 낼 계획이다.",
        "소라 2 32B의 KLUE-MRC 점수는?",
        "88.3",
    ),
    (
        "coding",
        "모아랩스 '바람 코더' 공개…코딩 평가 1위\n"
        "모아랩스가 코드 작성용 언어모델 '바람 코더'를 공개했다고 9일 밝혔다.\n"
        "바람 코더는 코딩 평가 'HumanEval'에서 91.4점을 기록해 앤스로픽의 '클로드 3.5 "
        "하이쿠'(88.0점)와 미스트랄의 '코드스트랄 22B'(86.7점)를 따돌렸다. 수학 평가에서는 "
        "70.3점으로 코드스트랄 22B(71.8점)에 조금 뒤졌다.\n"
        "모아랩스는 지난해 시리즈A 투자를 받았다.",
        "바람 코더의 HumanEval 점수는?",
        "91.4",
    ),
    (
        "medical",
        "새봄헬스, 의료 상담 모델 '온결' 선봬\n"
        "의료 인공지능 기업 새봄헬스가 의료 상담용 언어모델 '온결'을 선보였다고 12일 밝혔다.\n"
        "온결은 의사 국가시험 문제로 만든 평가 'KorMedQA'에서 79.6점을 받아 "
        "'메디라마 3 8B'(71.2점)와 '바이오미스트랄 7B'(73.9점)를 크게 앞섰다. 영어 의료 "
        "평가에서는 68.5점으로 메디라마 3 8B(69.1점)와 비슷했다.\n"
        "새봄헬스는 온결을 병원 세 곳에서 먼저 시험한다.",
        "온결의 KorMedQA 점수는?",
        "79.6",
    ),
]


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with cases_kb(tmp_path_factory, CASES, "rivals") as kb:
        yield kb


@pytest.mark.parametrize(("question", "expected"), [(q, a) for _, _, q, a in CASES])
def test_the_figure_outside_the_rivals_brackets(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer and expected in ans.answer, (question, ans.answer, ans.confidence)
