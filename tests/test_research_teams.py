"""A research team asked by its kind is answered by the team its leader names ("박서윤 교수
연구팀"), not the university that announced the work (search/research_teams.py).  Real Kiwi,
real e5 embeddings, real FAISS; the article is invented."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from article_kb import article_kb

from search.answer_types import Asked
from search.research_teams import a_team, of_asked_team

ARTICLE = (
    "한빛과학기술원, 적은 데이터로 학습하는 음성인식 기술 개발\n"
    "한빛과학기술원은 박서윤 교수 연구팀이 적은 데이터로도 사투리를 알아듣는 음성인식 기술을 "
    "개발했다고 밝혔다. 검증 결과 기존 방법보다 인식 오류가 최대 21% 줄었다. "
    "한빛과학기술원 측은 콜센터와 의료 상담 분야에서 활용도가 높을 것이라고 설명했다."
)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    with article_kb(tmp_path_factory, ARTICLE, "speech", "음성인식 기술 개발") as kb:
        yield kb


@pytest.mark.parametrize(
    "question", ["음성인식 기술을 개발한 연구팀은?", "어느 연구진이 음성인식 기술을 개발했나?"]
)
def test_the_team_answers_the_team_asked(kb, question):
    ans = kb.ask(question)
    assert ans.answer == "박서윤 교수 연구팀", (ans.answer, ans.method, ans.sentence)


def test_a_body_asked_is_still_the_body(kb):
    ans = kb.ask("음성인식 기술 개발을 발표한 기관은?")
    assert "연구팀" not in (ans.answer or ""), ans.answer


@pytest.mark.parametrize(
    ("name", "team"),
    [
        ("박서윤 교수 연구팀", True),
        ("김 교수팀", True),
        ("한빛과학기술원", False),
        ("연구팀", False),
    ],
)
def test_a_team(name, team):
    assert a_team(name) is team


@dataclass
class _Cand:
    text: str
    probability: float


def test_of_asked_team():
    cands = [_Cand("한빛과학기술원", 0.6), _Cand("박서윤 교수 연구팀", 0.2)]
    kept = of_asked_team(Asked(kind="organization", head="팀"), cands)
    assert [(c.text, round(c.probability, 3)) for c in kept] == [("박서윤 교수 연구팀", 0.8)]
    # no team asked, or no team among the candidates: nothing moves
    assert of_asked_team(Asked(kind="organization", head="기관"), cands) == cands
    assert of_asked_team(Asked(kind="organization", head="팀"), cands[:1]) == cands[:1]
