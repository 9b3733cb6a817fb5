"""Questions on disclosure and agreement news as Korean outlets write it (invented article): a
company written with its legal form ("(주)연우", a name Kiwi cuts into 연/MM 우/NNG) is a candidate
answer and the organisation asked about; a head written in brackets after an organisation
("누리신문(대표이사 사장 곽태헌)") holds the post there, even when the sentence's topic is another
organisation; "신임 사장" is the one named "X 사장 후임에", not X.  Real Kiwi, e5 embeddings, FAISS; the shipped reader and calibration."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "한빛화학, 용기 제조사 연우 인수\n"
    "화장품 소재 기업 한빛화학(대표이사 최현규)이 화장품 용기 제조업계 1위 기업 (주)연우(대표이사 "
    "기중현)를 인수했다. 한빛화학은 (주)연우의 지분 55%를 확보해 최대 주주로 올라섰다.\n"
    "도담도서관(관장 이명우)은 13일 누리신문(대표이사 사장 곽태헌)과 데이터 활용을 위한 "
    "협력의향서를 체결했다고 밝혔다.\n"
    "누리신문은 지난 13일 사의를 표명한 신상훈 사장 후임에 이종석 한빛경제 사장을 내정했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "disclosures", "한빛화학 연우 인수") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("한빛화학이 인수한 회사는?", "연우"),
        ("연우 대표는 누구야?", "기중현"),
        ("누리신문 대표이사는 누구인가?", "곽태헌"),
        ("도담도서관 관장은 누구야?", "이명우"),
        # the one named to the post, not the one who leaves it
        ("누리신문 신임 사장은 누구인가?", "이종석"),
    ],
)
def test_answers_a_reader_expects(kb, question, expected):
    ans = kb.ask(question)
    assert ans.answer == expected, (ans.answer, ans.method, ans.confidence, ans.sentence)
