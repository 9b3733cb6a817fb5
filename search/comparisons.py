"""Yes/no questions decided by a comparison: "순이자마진은 직전 분기보다 높아졌나?" is answered
by the sentence that writes the same thing compared with the same yardstick ("순이자마진은 …
직전 분기보다 0.05%포인트 낮아졌다"): 예 when it moved the asked way, 아니오 when the other way.
Which words say which way is data: resources/answer_types.toml ``[comparisons]``.

>>> direction(sentence_tokens("연체율은 직전 분기보다 0.02%포인트 올랐다."), "분기")
'up'
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .spans import Token, base_tag

__all__ = ["compared_verdict", "direction"]

#: the particle a yardstick is written with ("직전 분기보다")
_THAN = "보다"
#: the most morphemes between the yardstick and the word that says which way ("보다 0.05%포인트
#: 낮아졌다" is 5)
_REACH = 8
_NOUNS = frozenset({"NNG", "NNP", "SL"})


def _way(t: Token) -> str | None:
    ways = answer_type_tables()["comparisons"]
    return next((w for w in ("up", "down") if t.form in ways[w]), None)


def direction(toks: list[Token], yardstick: str) -> str | None:
    """Which way the sentence says a thing moved against ``yardstick`` (the noun written before
    보다): "up", "down", or None when it writes no such comparison."""
    for i in range(1, len(toks)):
        if toks[i].form != _THAN or toks[i - 1].form != yardstick:
            continue
        for t in toks[i + 1 : i + 1 + _REACH]:
            if t.tag in {"EF", "SF"}:
                break
            if (way := _way(t)) is not None:
                return way
    return None


def _question_parts(q: Question) -> tuple[str, str, set[str]] | None:
    """(yardstick, the asked way, the nouns of the compared thing) of "X는 Y보다 높아졌나?"."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t.form == _THAN and t.tag == "JKB"), None)
    if at is None or at == 0 or base_tag(toks[at - 1].tag) not in _NOUNS:
        return None
    way = next((w for t in toks[at + 1 :] if (w := _way(t)) is not None), None)
    if way is None:
        return None
    stick = {i for i in range(at) if toks[i].start >= _yardstick_start(toks, at)}
    nouns = {
        t.form
        for i, t in enumerate(toks)
        if base_tag(t.tag) in _NOUNS and i not in stick and i != at and _way(t) is None
    }
    return toks[at - 1].form, way, nouns


def _yardstick_start(toks: list[Token], at: int) -> int:
    """Where the noun run before 보다 starts ("직전 분기보다" -> 직전)."""
    i = at - 1
    while i > 0 and base_tag(toks[i - 1].tag) in _NOUNS:
        i -= 1
    return toks[i].start


def compared_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) for a question that asks whether a thing rose or fell
    against a yardstick, from the best sentence that writes the thing's nouns, the yardstick
    and a word of direction after it; None when the question compares nothing or no sentence
    does so."""
    parts = _question_parts(q)
    if parts is None:
        return None
    yardstick, asked, nouns = parts
    for h in hits:
        toks = sentence_tokens(h.text)
        if not nouns <= {t.form for t in toks}:
            continue
        way = direction(toks, yardstick)
        if way is not None:
            return ("yes" if way == asked else "no"), h
    return None
