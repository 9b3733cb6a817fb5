"""A party the text leaves unnamed (search/unnamed_parties.py): news that withholds a name
writes the party's kind in its place ("국내 배터리 업체에 공급", "유럽의 한 제약사에 이전",
"일본 화학 기업 계열 펀드에 매각"), and a question asking that kind has no answer — not the
kind phrase, not the other party of the act.  The dev gold answered "계열 펀드" and the
supplier of "국내 메모리 업체에 납품" with confidence; disclosures news reports write undisclosed
customers this way ("글로벌 대형기업과 계약", "일본의 모 업체와").  Real Kiwi, real e5 embeddings,
real FAISS; the sentences are our own."""

from __future__ import annotations

import pytest
from article_kb import article_kb

from search.passages import sentence_tokens
from search.unnamed_parties import echoes_kind, written_unnamed

ARTICLE = (
    "하늘소재, 분리막 3000억 원어치 공급 계약\n"
    "배터리 소재 기업 하늘소재가 국내 배터리 업체에 분리막을 5년간 공급하는 계약을 맺었다고 "
    "3일 공시했다. 계약 상대방의 이름은 영업 비밀을 이유로 밝히지 않았다.\n"
    "하늘소재는 지난해 미국 완성차 업체와도 분리막 공급을 논의했지만 협상은 결렬됐다.\n"
    "이 회사는 2023년 적자를 내던 필름 사업부를 일본 화학 기업 계열 펀드에 넘겼다.\n"
    "분리막 원료인 폴리에틸렌은 석유화학 기업 단비케미칼이 공급한다.\n"
    "하늘소재의 자회사 다온바이오는 올해 유럽의 한 제약사에 항체 기술을 이전했다.\n"
    "하늘소재는 코팅 장비를 일본의 모 업체에서 들여와 청주 공장에 설치했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "unnamed", "하늘소재 공급 계약") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "하늘소재와 분리막 공급을 논의한 완성차 업체는 어디인가?",
        "필름 사업부를 인수한 펀드는 어디인가?",
        "하늘소재가 코팅 장비를 들여온 업체는?",
        "다온바이오의 항체 기술을 사 간 제약사는 어디야?",
    ],
)
def test_a_party_left_unnamed_is_not_answered(kb, question):
    ans = kb.ask(question)
    assert ans.method == "none", (ans.answer, ans.confidence, ans.sentence)


def test_a_party_named_after_its_kind_is_still_answered(kb):
    ans = kb.ask("폴리에틸렌을 공급하는 기업은 어디인가?")
    assert ans.answer == "단비케미칼", (ans.answer, ans.confidence)


@pytest.mark.parametrize(
    ("sentence", "question", "unnamed"),
    [
        ("가온테크는 국내 메모리 업체에 장비를 납품한다.", "장비를 받는 메모리 업체는?", True),
        ("누리전자는 일본의 모 업체와 계약을 맺었다.", "누리전자와 계약한 업체는?", True),
        ("새봄제약은 국내 한 대기업과 손잡았다.", "새봄제약과 손잡은 기업은?", True),
        ("다솜칩스는 여러 업체와 협의하고 있다.", "다솜칩스와 협의하는 업체는?", True),
        ("가온테크는 다솜반도체 등 메모리 업체에 납품한다.", "납품받는 메모리 업체는?", False),
        ("다솜칩스는 가온·누리 등 여러 업체와 협의한다.", "다솜칩스와 협의하는 업체는?", False),
        ("가온테크는 메모리 업체 다솜반도체에 납품한다.", "납품받는 메모리 업체는?", False),
        ("가온테크는 메모리 업체인 다솜반도체에 납품한다.", "납품받는 메모리 업체는?", False),
        ("가온테크는 다솜칩스와 계약해 첫 해외 고객사를 확보했다.", "첫 해외 고객사는?", False),
        ("정부는 공급기업으로 가온과 누리를 뽑았다.", "공급기업으로 뽑힌 곳은?", False),
    ],
)
def test_written_unnamed(sentence, question, unnamed):
    assert written_unnamed(sentence_tokens(sentence), sentence_tokens(question)) is unnamed


def test_echoes_kind():
    assert echoes_kind("국내 클라우드 기업", {"기업"})
    assert echoes_kind("일본 통신사 계열 펀드", {"펀드"})
    assert echoes_kind("북미 완성차 업체", {"업체"})
    assert not echoes_kind("단비케미칼", {"기업"})
    assert not echoes_kind("법무법인 다온", {"법무법인"})
