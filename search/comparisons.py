"""Yes/no questions decided by a comparison: "순이자마진은 직전 분기보다 높아졌나?" is answered
by the sentence that writes the same thing compared with the same yardstick ("순이자마진은 …
직전 분기보다 0.05%포인트 낮아졌다"): 예 when it moved the asked way, 아니오 when the other way.
Which words say which way is data: resources/answer_types.toml ``[comparisons]``.

>>> text = "B사가 A사보다 4점 높았다."
>>> direction(sentence_tokens(text), text, "a사")
'up'
>>> direction(sentence_tokens(text), text, "b사", subject="a사")
'down'
"""

from __future__ import annotations

from kg.names import name_key

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .spans import Token, base_tag

__all__ = ["compared_verdict", "direction", "unnamed_direction"]

#: the particle a yardstick is written with ("직전 분기보다")
_THAN = "보다"
#: the most morphemes between the yardstick and the word that says which way ("보다 0.05%포인트
#: 낮아졌다" is 5)
_REACH = 8
#: the tags a yardstick or a compared thing is written with ("큐원 2.5 32B", "직전 분기")
_RUN = frozenset({"NNG", "NNP", "SL", "SN", "SH"})
_NOUNS = frozenset({"NNG", "NNP", "SL"})
#: the adverb of a comparison whose yardstick is left to the context ("더 낮은 공사비를")
_MORE = "더"
#: the best sentences read for such a comparison (it names no yardstick: the top ones only)
_UNNAMED_TOP = 3


def _way(t: Token) -> str | None:
    ways = answer_type_tables()["comparisons"]
    return next((w for w in ("up", "down") if t.form in ways[w]), None)


def _run_start(toks: list[Token], i: int) -> int:
    """Where the run of nouns right before position ``i`` starts (``i`` when there is none); a
    bracket right before it is passed over ("큐원3 32B(72.3점)보다")."""
    j = i
    if j > 0 and toks[j - 1].tag == "SSC":
        j = next((k for k in range(j - 1, -1, -1) if toks[k].tag == "SSO"), j)
    while j > 0 and base_tag(toks[j - 1].tag) in _RUN:
        j -= 1
    return j


def _run_key(toks: list[Token], text: str, i: int) -> str:
    start = _run_start(toks, i)
    return name_key(text[toks[start].start : toks[i - 1].end]) if start < i else ""


def _same(a: str, b: str) -> bool:
    """Two runs name the same thing: equal, or one ends the other ("분기" / "직전 분기")."""
    return min(len(a), len(b)) >= 2 and (a.endswith(b) or b.endswith(a))


def direction(toks: list[Token], text: str, yardstick: str, subject: str = "") -> str | None:
    """Which way the sentence says a thing moved against ``yardstick`` (the name_key of the run
    written before 보다): "up", "down", or None when it writes no such comparison.  A sentence
    that measures ``subject`` against the question's yardstick the other way round ("B가 A보다
    높았다" for "A가 B보다 높았나?") is read from the subject's side."""
    for i in range(1, len(toks)):
        if toks[i].form != _THAN or toks[i].tag != "JKB":
            continue
        run = _run_key(toks, text, i)
        flipped = bool(subject) and _same(run, subject) and yardstick in name_key(text)
        if not (_same(run, yardstick) or flipped):
            continue
        for t in toks[i + 1 : i + 1 + _REACH]:
            if t.tag in {"EF", "SF"}:
                break
            if (way := _way(t)) is not None:
                return {"up": "down", "down": "up"}[way] if flipped else way
    return None


def _question_parts(q: Question) -> tuple[str, str, str, set[str]] | None:
    """(yardstick, compared thing, the asked way, the nouns written before the yardstick) of
    "X는 Y보다 높아졌나?", the first two as name_keys."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t.form == _THAN and t.tag == "JKB"), None)
    if at is None or (stick := _run_start(toks, at)) == at:
        return None
    way = next((w for t in toks[at + 1 :] if (w := _way(t)) is not None), None)
    if way is None:
        return None
    particle = next(
        (i for i in range(stick) if toks[i].tag in {"JKS", "JX"} and _run_start(toks, i) < i),
        None,
    )
    subject = _run_key(toks, q.text, particle) if particle is not None else ""
    nouns = {t.form for t in toks[:stick] if base_tag(t.tag) in _NOUNS and _way(t) is None}
    return _run_key(toks, q.text, at), subject, way, nouns


def compared_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) for a question that asks whether a thing rose or fell
    against a yardstick, from the best sentence that writes the question's nouns before the
    yardstick, the yardstick and a word of direction after it; None when the question compares
    nothing or no sentence does so."""
    parts = _question_parts(q)
    if parts is None:
        return None
    yardstick, subject, asked, nouns = parts
    for h in hits:
        toks = sentence_tokens(h.text)
        if not nouns <= {t.form for t in toks}:
            continue
        way = direction(toks, h.text, yardstick, subject)
        if way is not None:
            return ("yes" if way == asked else "no"), h
    compared = _compared_nouns(q.tokens)
    for h in hits[:_UNNAMED_TOP] if subject and compared else []:
        toks = sentence_tokens(h.text)
        if any(t.form == _THAN for t in toks) or subject not in name_key(h.text):
            continue
        way = unnamed_direction(toks, compared)
        if way is not None and nouns <= {t.form for t in toks}:
            return ("yes" if way == asked else "no"), h
    return None


def _compared_nouns(toks: list[Token]) -> set[str]:
    """The noun the question's word of direction modifies ("보다 높은 공사비를" -> {"공사비"});
    empty when it modifies none ("보다 많았나?")."""
    at = next((i for i, t in enumerate(toks) if _way(t) is not None), len(toks))
    if at + 2 < len(toks) and toks[at + 1].tag == "ETM" and toks[at + 2].tag == "NNG":
        return {toks[at + 2].form}
    return set()


def unnamed_direction(toks: list[Token], compared: set[str]) -> str | None:
    """Which way a sentence compares the compared noun with its yardstick left unnamed ("더 낮은
    공사비를 내걸었다" -> "down"); None when it writes no 더 + direction before that noun.

    >>> unnamed_direction(sentence_tokens("B사는 더 낮은 공사비를 내걸었다."), {"공사비"})
    'down'
    >>> unnamed_direction(sentence_tokens("B사는 더 높은 점수를 받았다."), {"공사비"}) is None
    True
    """
    for i, t in enumerate(toks[:-1]):
        if t.form != _MORE or t.tag != "MAG" or (way := _way(toks[i + 1])) is None:
            continue
        if i + 3 < len(toks) and toks[i + 2].tag == "ETM" and toks[i + 3].form in compared:
            return way
    return None
