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
>>> leaves_out(q, "다온약품은 일본과 대만을 제외한 아시아 판권을 넘겼다.", {"판권", "넘기"})
True
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
#: what joins the things left out together ("한국과 중국을 제외한", "한국, 중국을", "한국·중국")
_JOINS = {"JC", "SP", "SC"}
_NOUN_TAGS = {"NNG", "NNP", "SL"}


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
        if t.form not in nouns:
            continue
        j = _run_end(toks, i)
        if j + 2 > len(toks) or toks[j].tag not in _PARTICLES or toks[j + 1].form not in words:
            continue
        rest = {r.form for r in toks[j + 2 :]}
        if rest & (verbs | (predicate - nouns)):
            return True
    return False


def _run_end(toks: list[Token], i: int) -> int:
    """The index after the coordinated nouns that start at ``i`` ("한국과 중국", "한국, 중국")."""
    j = i + 1
    while j + 1 < len(toks) and toks[j].tag in _JOINS and base_tag(toks[j + 1].tag) in _NOUN_TAGS:
        j += 2
    return j


def excluded_hit(q_tokens: list[Token], hits: list[Hit], predicate: set[str]) -> Hit | None:
    """The first hit that leaves out a thing the question asks was included."""
    return next((h for h in hits if leaves_out(q_tokens, h.text, predicate)), None)
