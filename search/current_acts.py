"""A question about this time's act ("무늬AI에 이번에 투자한 곳은?", "이번 라운드에 참여한
투자사는?") is not answered by an edge whose every sentence tells its act as past experience:
news writes an earlier round, deal or product as "…로부터 시드 투자를 받은 바 있다", "…와 손잡은
적이 있다" (answer_types.toml [first_partners] experience), the one the article reports plainly.

>>> from search.passages import sentence_tokens
>>> asks_current(sentence_tokens("누리헬스에 이번에 투자한 곳은?"))
True
>>> told_as_experience(sentence_tokens("누리헬스는 2022년 다온파트너스로부터 시드 투자를 받은 바 있다."))
True
>>> told_as_experience(sentence_tokens("누리헬스는 세븐캐피털로부터 50억원을 투자받았다."))
False
"""

from __future__ import annotations

from itertools import pairwise

from .answer_tables import answer_type_tables
from .passages import sentence_tokens

__all__ = ["asks_current", "current_fits", "told_as_experience"]


def asks_current(toks) -> bool:
    """The question asks about this time's act: it writes 이번 or 금번."""
    words = answer_type_tables()["current_acts"]["this_time"]
    return any(t.form in words for t in toks)


def told_as_experience(toks) -> bool:
    """The sentence tells an act as past experience: "받은 바 있다", "맺은 적이 있다" (the
    subject particle between them left aside)."""
    marks = {tuple(m) for m in answer_type_tables()["first_partners"]["experience"]}
    words = [t for t in toks if t.tag not in {"JKS", "JX"}]
    return any((a.form, b.form) in marks for a, b in pairwise(words))


def current_fits(rel, current: bool) -> bool:
    """An edge answers a question about this time's act unless every evidence sentence tells
    its act as past experience."""
    if not current or not rel.evidence:
        return True
    return not all(told_as_experience(sentence_tokens(ev.text)) for ev in rel.evidence)
