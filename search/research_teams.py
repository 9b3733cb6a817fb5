"""A research team asked by its kind ("개발한 연구팀은?", "어느 연구진이"): science news names the
team by its leader ("카이스트는 이재길 교수 연구팀이 … 기술을 개발했다고 밝혔다"), and the
university that announces it stands nearer the question's words than the team does, so the
reader answers the university.  When the question's head noun is a team and a candidate ends on
one ("이재길 교수 연구팀", "김 교수팀"), those candidates answer it, with the belief of the
others.  The team nouns are data: resources/answer_types.toml [research_teams] ``heads``.

>>> a_team("이재길 교수 연구팀"), a_team("카이스트"), a_team("연구팀")
(True, False, False)
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .reader import Candidate

__all__ = ["a_team", "of_asked_team"]


def _heads() -> list[str]:
    return answer_type_tables()["research_teams"]["heads"]


def a_team(name: str) -> bool:
    """``name`` (spaces aside) ends on a team noun and names whose team it is before it."""
    flat, heads = re.sub(r"\s+", "", name), _heads()
    return flat not in heads and any(flat.endswith(h) for h in heads)


def of_asked_team(asked: Asked, cands: list[Candidate]) -> list[Candidate]:
    """The candidates that name a team, with the belief of the others, when the question asks
    for a team ("연구팀은?") and some candidate names one; else ``cands``."""
    if asked.head not in _heads():
        return cands
    kept = [c for c in cands if a_team(c.text)]
    return believed(kept, cands) if kept else cands
