"""English questions about who designated something ("Which ministry designated the pilot
zone in X?") find the sentence that writes "시범운행지구로 지정" through the glossary and are
answered by the ministry, not by the city or the company of another sentence.  Real Kiwi, real
e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "단솔시 자율주행 버스 시범운행 다음 달 시작\n"
    "경남 단솔시가 추진하는 자율주행 버스 시범운행이 예정보다 늦은 다음 달 초 시작된다. "
    "단솔시는 자율주행 기업 누리드라이브를 주관사로 하는 컨소시엄과 함께 이달부터 승객을 "
    "태우려 했으나 일정을 미뤘다고 20일 밝혔다. 시범운행은 해양수산부가 지난해 단솔 도심 "
    "일부를 자율주행차 시범운행지구로 지정하면서 가능해졌다. 해양수산부는 이번 사업에 국비 "
    "20억 원을, 단솔시는 시비 9억 원을 댔다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "dansol", "단솔시 자율주행 버스") as kb:
        yield kb


def test_the_ministry_that_designated(kb):
    ans = kb.ask("Which ministry designated the pilot zone in Dansol?")  # '누리드라이브' at 517f66f
    assert ans.answer == "해양수산부", (ans.answer, ans.method, ans.confidence)
