"""The maker of a work asked ("'별빛 항로'를 개발한 회사는?", "…을 만든 곳은?", "…을 제작한
곳은?") is never a company its sentence writes as the work's publisher or distributor ("게임
퍼블리셔 누리소프트가 개발사 X의 신작 '별빛 항로'의 퍼블리싱 계약을 맺었다": 누리소프트 publishes
it).  The acts are ``makers.acts`` of resources/answer_types.toml; the role words are kg's
(kg/publishers.py).
"""

from __future__ import annotations

import functools

from kg.publishers import publisher_before

from .answer_types import answer_type_tables
from .doers import asked_act
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asks_maker", "not_publishers"]


@functools.cache
def _acts() -> frozenset[str]:
    return frozenset(answer_type_tables()["makers"]["acts"])


def asks_maker(q: Question) -> bool:
    """The question asks who made something ("개발한", "만든", "제작한")."""
    return asked_act(q.tokens) in _acts()


def not_publishers(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the names the passages write as a publisher, when the question asks a
    work's maker."""
    if not asks_maker(q):
        return cands
    texts = [p.text for p in ri.passages]
    return [c for c in cands if not _written_as_publisher(c.text, texts)]


def _written_as_publisher(name: str, texts: list[str]) -> bool:
    """One of ``texts`` writes ``name`` right after a publishing role word (the headline may
    name the publisher bare: "누리소프트, 신작 '별빛 항로' 퍼블리싱 계약")."""
    for text in texts:
        i = text.find(name)
        while i >= 0:
            if publisher_before(text, i):
                return True
            i = text.find(name, i + 1)
    return False
