"""A place asked where something is launched or held is the whole run of names the sentence
writes up to the site with 에/에서, not a part of it (round 17: "어디서 발사되나?" answered
"우주군기지" for "<country> <state> <name> 우주군기지"; round 15 a country for the city, round
16 a sea for the city).
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "별솔우주, 초소형 위성 '별솔-3' 다음 달 발사\n"
    "우주 스타트업 별솔우주는 초소형 관측위성 '별솔-3'을 다음 달 5일 발사한다고 3일 밝혔다. "
    "별솔-3은 미국 네바다주 실버록 우주군기지에서 민간 발사체에 실려 쏘아 올려진다. 위성은 "
    "지난주 현지에 도착해 최종 점검을 받고 있다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "launch", "별솔-3 발사") as kb:
        yield kb


def test_the_launch_site_is_the_whole_run_up_to_the_base(kb):
    ans = kb.ask("별솔-3은 어디에서 쏘아 올려지나?")
    assert "실버록 우주군기지" in (ans.answer or ""), ans


def test_the_launch_place_is_the_named_base_not_the_state(kb):
    ans = kb.ask("별솔-3 발사 장소는?")
    assert "실버록 우주군기지" in (ans.answer or ""), ans
