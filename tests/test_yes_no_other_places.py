"""A yes/no question whether a thing is done in a place ("한국 공장에서 생산되나?") is answered
아니오 by the sentence that states the act in another place ("헝가리 ... 공장에서 생산된다"), 예
when a sentence states it in the asked one.  Real Kiwi, real e5 embeddings, real FAISS; the
article and its names are invented."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "솔빛에너지, 독일 완성차에 전고체 배터리 공급\n"
    "솔빛에너지가 독일 완성차 업체 펠트모빌에 전고체 배터리를 2028년부터 5년간 공급한다고 "
    "8일 밝혔다. 공급되는 배터리는 솔빛에너지가 지난해 헝가리 데브레첸에 지은 공장에서 "
    "생산된다. 펠트모빌은 2029년 상반기 독일에서 시험 주행을 시작한다. 소형 모듈은 "
    "일본 공장에서 조립한다. 한국 판매는 펠트모빌의 한국 법인이 맡는다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "other_places", "솔빛에너지 배터리 공급") as kb:
        yield kb


@pytest.mark.parametrize(
    ("question", "cue"),
    [
        ("공급되는 배터리는 한국 공장에서 생산되나?", "헝가리"),
        ("펠트모빌은 시험 주행을 한국에서 시작하나?", "독일에서"),
        ("솔빛에너지는 지난해 한국에 배터리 공장을 지었나?", "헝가리"),
    ],
)
def test_the_act_in_another_place_is_no(kb, question, cue):
    """At 2c3b92e: 예 (the place was not read)."""
    ans = kb.ask(question)
    assert ans.answer == "아니오", (ans.answer, ans.confidence, ans.sentence)
    assert cue in ans.evidence[0].text


def test_the_act_in_the_asked_place_is_yes(kb):
    ans = kb.ask("소형 모듈은 일본 공장에서 조립하나?")
    assert ans.answer == "예", (ans.answer, ans.confidence, ans.sentence)
