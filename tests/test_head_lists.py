"""A list whose head noun says its items' kind (issue 13, the spent rounds' misses): "도입되는
진료과는 어디 어디인가?" is answered by the departments the text writes with the head's own
ending, "출시되는 플랫폼은 어디 어디인가?" by the row beside the question's words that names no
company, and "어떤 팀들을 합쳐" by the teams; the companies of the same sentences never answer.
Real Kiwi, real e5 embeddings, real FAISS; the article is invented for the test."""

from __future__ import annotations

import pytest
from article_kb import article_kb

ARTICLE = (
    "새봄메디칼, 재활 보조 로봇 '걸음누리' 대학병원 공급\n"
    "의료기기 기업 새봄메디칼은 보행 재활 로봇 '걸음누리'를 다솔대학교병원에 공급한다고 "
    "3일 밝혔다. 걸음누리는 재활의학과와 소아청소년과에 먼저 도입되고, 하반기에는 신경과로 "
    "넓어진다. 병원은 로봇 12대를 들여온다.\n"
    "새봄메디칼은 지난달 조직을 개편해 임상연구팀과 품질보증팀을 합쳐 의료사업본부를 "
    "꾸렸다. 본부장은 남궁서연 전무가 맡는다.\n"
    "한편 새봄메디칼과 게임사 별하늘게임즈가 함께 만든 재활 운동 게임 '구름 정원'은 "
    "안드로이드와 iOS 버전으로 먼저 출시되고, 콘솔 버전은 내년에 나온다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "rehab", "걸음누리 공급") as kb:
        yield kb


def _items(ans) -> set[str]:
    return set((ans.answer or "").split(", "))


def test_departments_are_the_items_written_with_the_heads_ending(kb):
    ans = kb.ask("걸음누리가 먼저 도입되는 진료과는 어디 어디인가?")
    assert _items(ans) == {"재활의학과", "소아청소년과"}, ans
    assert ans.method != "none"


def test_platforms_are_the_row_beside_the_question_not_the_companies(kb):
    ans = kb.ask("구름 정원이 먼저 출시되는 플랫폼은 어디 어디인가?")
    assert _items(ans) == {"안드로이드", "iOS"}, ans


def test_teams_merged_are_the_row_of_teams(kb):
    ans = kb.ask("의료사업본부는 어떤 팀들을 합쳐 만들었나?")
    assert _items(ans) == {"임상연구팀", "품질보증팀"}, ans


def test_a_head_of_no_kind_leaves_the_list_to_the_reader(kb):
    """ "회사" is no kind-head: the companies answer as before, no row of common nouns."""
    ans = kb.ask("구름 정원을 함께 만든 회사는 어디 어디인가?")
    assert "안드로이드" not in (ans.answer or ""), ans
