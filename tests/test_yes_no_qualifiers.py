"""Yes/no questions that add a qualifier the text contradicts: the sentence states the claim,
but "조건부로", "상단을 넘는", "대부분을 ... 남겨두기로", "원고 패소로", "유임됐고", "승진에
그쳤다" stand against the question's "아무 조건 없이", "범위 안에서", "모두", "손을 들어줬나",
"사장이 됐나": 아니오, with that sentence.  The same questions without the qualifier stay 예.
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "방송통신위원회, 다올미디어의 누리방송 인수 조건 달아 허가\n"
    "방송통신위원회는 다올미디어가 누리방송을 인수하는 것을 조건부로 허가했다고 9일 밝혔다. "
    "위원회는 지역 뉴스 편성 비율을 5년간 유지하라는 조건을 붙였다.\n"
    "코스닥에 상장하는 물결로보틱스는 공모가를 희망 범위 상단을 웃도는 2만 4천 원으로 확정했다.\n"
    "초기 투자사 하람벤처스는 물결로보틱스 지분 대부분을 이번 공모에서 팔되 약 5%는 "
    "남겨두기로 했다.\n"
    "서울행정법원은 물결로보틱스가 공정위를 상대로 낸 소송에서 지난 2일 원고 패소로 판결했다."
    "\n다올미디어는 이날 임원 인사도 냈다. 한때 차기 사장 후보로 거론됐던 문해진 전무는 "
    "유임됐고, 차기 사장으로 거론됐던 채도윤 본부장은 부사장 승진에 그쳤다."
    "\n공정위는 지난해 한결제지의 누리펄프 인수는 불허했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "qualifiers", "다올미디어 누리방송 인수") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("방송통신위원회는 다올미디어의 누리방송 인수를 아무 조건 없이 허가했나?", "조건"),
        ("물결로보틱스의 공모가는 희망 범위 안에서 정해졌나?", "상단"),
        ("하람벤처스는 물결로보틱스 지분을 모두 팔았나?", "남겨"),
        ("서울행정법원은 물결로보틱스가 낸 소송에서 회사 손을 들어줬나?", "패소"),
        ("문해진 전무가 다올미디어 새 사장이 됐나?", "유임"),
        ("채도윤 본부장이 다올미디어 차기 사장이 됐나?", "그쳤다"),
    ],
)
def test_a_qualifier_the_text_contradicts_is_no(kb, question, cue):
    """At 2c3b92e: 예 from the very sentence that writes the contrary word."""
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert cue in ans.evidence[0].text


@pytest.mark.parametrize(
    "question",
    [
        "방송통신위원회는 다올미디어의 누리방송 인수를 허가했나?",
        "물결로보틱스는 공모가를 확정했나?",
    ],
)
def test_the_claim_without_the_qualifier_is_still_yes(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)


def test_a_regulators_refusal_is_no(kb):
    """At 2c3b92e: 예 (불허 was no word of no after 인수)."""
    ans = kb.ask("공정위는 한결제지의 누리펄프 인수를 승인했나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "불허" in ans.evidence[0].text
