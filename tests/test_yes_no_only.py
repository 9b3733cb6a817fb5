"""Yes/no questions decided by "only": "X는 주말에도 운행하나?" is 예 when the text says "주말에는
X만 운행한다", 아니오 for another route of the same kind, and no verdict from that sentence for a
question about another time ("평일에 운행하나?").  Real Kiwi, real e5 embeddings, real FAISS;
the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "단솔시, 수소 셔틀버스 두 노선 운행\n"
    "경남 단솔시가 다음 달부터 수소 셔틀버스를 운행한다고 12일 밝혔다. 노선은 두 개다. "
    "▲단솔역과 은빛호수공원을 잇는 6.4km 구간의 '푸른 1번' ▲단솔시청과 나래과학대학교를 "
    "오가는 5.1km 구간의 '푸른 2번'이다. 평일 오전 6시부터 오후 10시까지 15분 간격으로 "
    "다니며, 주말에는 푸른 1번만 운행한다. 운행은 지역 운수업체 가온교통이 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "routes", "단솔시 셔틀버스") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("푸른 1번 노선은 주말에도 운행하나?", "예"),  # 알 수 없음 at 517f66f
        ("푸른 2번 노선은 주말에도 운행하나?", "아니오"),  # 알 수 없음 at 517f66f
    ],
)
def test_only_one_route_runs_at_weekends(kb, question, want):
    ans = kb.ask(question)
    assert ans.answer == want, (ans.answer, ans.confidence, ans.evidence[0].text)


def test_the_restriction_answers_only_its_own_clause(kb):
    ans = kb.ask("푸른 2번 노선은 평일에 운행하나?")
    # "주말에는 푸른 1번만" denies nothing of weekdays: no 아니오 read from it (the default
    # 아니오 of a question no sentence answers says the text does not state it)
    said = (ans.answer, ans.confidence, ans.sentence)
    assert ans.answer != "아니오" or "말하지 않습니다" in ans.sentence, said
