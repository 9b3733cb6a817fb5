"""A yes/no question whether something was done to a thing ("한국 권리도 넘겼나?") is answered
아니오 by a sentence that states the question's verb and leaves that thing out of it ("한국을
제외한 전 세계 권리를 넘기는 계약", "유럽은 빼고 출시한다").  Words are
resources/answer_types.toml ``[yes_no]`` ``exclusion``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("다온약품은 일본 판권도 넘겼나?")
>>> leaves_out(q, "다온약품은 일본을 제외한 아시아 판권을 넘겼다.", {"판권", "넘기"})
True
>>> leaves_out(q, "다온약품은 일본을 포함한 아시아 판권을 넘겼다.", {"판권", "넘기"})
False
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .results import Hit
from .spans import Token, base_tag

__all__ = ["excluded_hit", "leaves_out"]

#: particles between the left-out thing and the word leaving it out ("한국을 제외한",
#: "유럽은 빼고", "일본만 제외하고")
_PARTICLES = {"JKO", "JX", "JKS"}


def _question_nouns(q_tokens: list[Token]) -> set[str]:
    return {
        t.form for t in q_tokens if base_tag(t.tag) in {"NNG", "NNP", "SL"} and len(t.form) >= 2
    }


def leaves_out(q_tokens: list[Token], text: str, predicate: set[str]) -> bool:
    """Does ``text`` write a noun of the question, then a word leaving it out, then a verb or
    noun of the question's predicate?"""
    words = set(answer_type_tables()["yes_no"]["exclusion"])
    if {t.form for t in q_tokens} & words:
        return False  # the question asks about the leaving out itself
    nouns = _question_nouns(q_tokens)
    verbs = {t.form for t in q_tokens if base_tag(t.tag) == "VV"}
    toks = sentence_tokens(text)
    for i, t in enumerate(toks[:-2]):
        if t.form not in nouns or toks[i + 1].tag not in _PARTICLES:
            continue
        if toks[i + 2].form not in words:
            continue
        rest = {r.form for r in toks[i + 3 :]}
        if rest & (verbs | (predicate - nouns)):
            return True
    return False


def excluded_hit(q_tokens: list[Token], hits: list[Hit], predicate: set[str]) -> Hit | None:
    """The first hit that leaves out a thing the question asks was included."""
    return next((h for h in hits if leaves_out(q_tokens, h.text, predicate)), None)
