"""Yes/no questions asked against what the text states of another time or another party:
"첫 ... 주문인가?" / "이번이 처음인가?" when the text writes "발주한 것은 이번이 두 번째다" (the count
of this time itself, in other words than the question's), and "한국 권리도 넘겼나?" when the
text leaves Korea out as the first of two ("한국과 중국을 제외한"): 아니오, with the sentence.
Real Kiwi, real e5 embeddings, real FAISS; the article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "물비늘조선, 노르웨이 선사서 LNG선 4척 수주\n"
    "물비늘조선은 노르웨이 선사 피오르라인으로부터 LNG 운반선 4척을 1조 1천억 원에 수주했다고 "
    "3일 밝혔다. 피오르라인이 물비늘조선에 LNG선을 발주한 것은 2021년에 이어 이번이 두 번째다.\n"
    "제약사 온새미바이오는 탈모 치료 후보물질 OS-33의 한국과 중국을 제외한 전 세계 개발·판매 "
    "권리를 독일 헬바름에 넘기는 계약을 맺었다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "firsts", "물비늘조선 LNG선 수주") as kb:
        yield kb


@pytest.mark.parametrize(
    "question",
    [
        "이번 계약이 피오르라인의 첫 물비늘조선 LNG선 주문인가?",
        "피오르라인이 물비늘조선에 LNG선을 발주한 것은 이번이 처음인가?",
    ],
)
def test_this_time_counted_second_is_no_first(kb, question):
    """At 0e962da: 예 (the count's noun was not the question's 주문; 처음 was not read)."""
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "두 번째" in ans.evidence[0].text


@pytest.mark.parametrize("place", ["한국", "중국"])
def test_each_of_the_places_left_out_is_no(kb, place):
    """At 0e962da: 예 for 한국, the first of "한국과 중국을 제외한"."""
    ans = kb.ask(f"온새미바이오는 OS-33의 {place} 권리도 헬바름에 넘겼나?")
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert "제외한" in ans.evidence[0].text


def test_the_rights_handed_over_are_still_yes(kb):
    ans = kb.ask("온새미바이오는 OS-33 권리를 헬바름에 넘겼나?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)
