"""Two-ended questions: "2번 노선은 어디와 어디를 오가나?" asks for both ends of a route or a
span, answered by the pair the best sentences write as "A와 B를 오가는", "A와 B 사이",
"A에서 B까지" or "A부터 B까지".  When a sentence writes several such pairs ("▲A와 B를 잇는
1번 ▲C와 D를 오가는 2번"), the pair whose stretch of the sentence holds most of the question's
words answers.  Which interrogative asks, and how a pair is written, is data:
resources/answer_types.toml ``[two_ends]``.

>>> text = "새 셔틀은 한빛역에서 누리공원까지 다닌다."
>>> pairs_of(sentence_tokens(text), text)
[(('한빛역', '누리공원'), 6, 16)]
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token, base_tag

__all__ = ["asks_two_ends", "pairs_of", "two_ends_answer"]

#: the tags an end of a pair is written with (a number makes it a time, not a place)
_END = frozenset({"NNG", "NNP", "SL", "SH", "XSN"})
#: the most morphemes one end is read over, leftwards ("서울 강남역")
_END_REACH = 3
#: the morphemes of the question that point at the pair (its content words)
_CONTENT = frozenset({"NNG", "NNP", "SL", "SN", "XR", "VV"})
#: how many of the best sentences a pair is looked for in
_POOL = 5


def asks_two_ends(q: Question) -> bool:
    """The question writes the place interrogative twice, joined as a pair is ("어디와 어디를",
    "어디부터 어디까지"); "어디 어디인가?" asks for a list, not two ends."""
    table = answer_type_tables()["two_ends"]
    asked, toks = set(table["asked"]), q.tokens
    joined = [
        i
        for i in range(len(toks) - 1)
        if toks[i].form in asked and toks[i + 1].form in table["closers"]
    ]
    return any(u.form in asked for i in joined[:1] for u in toks[i + 2 :])


def _left_end(toks: list[Token], i: int) -> int | None:
    """Where the end written right before position ``i`` starts, or None."""
    j = i
    while j > 0 and i - j < _END_REACH and base_tag(toks[j - 1].tag) in _END:
        j -= 1
    return j if j < i else None


def _right_end(toks: list[Token], i: int, closers: set[str]) -> int | None:
    """Where the end written from position ``i`` stops (one past it; a bracketed other name,
    "포스텍(포항공과대학교)", is part of it; a closer, "사이", is not), or None."""
    j = i
    while j < len(toks):
        if base_tag(toks[j].tag) in _END and toks[j].form not in closers:
            j += 1
        elif toks[j].tag == "SSO" and j > i:
            close = next((k for k in range(j, len(toks)) if toks[k].tag == "SSC"), None)
            if close is None:
                break
            j = close + 1
        else:
            break
    return j if j > i else None


def _closed(toks: list[Token], j: int, opener: str, table: dict) -> bool:
    """The pair opened by ``opener`` is closed at ``j`` as the table says ("사이", "까지", or an
    object particle and a verb of going between)."""
    if j >= len(toks):
        return False
    closers = table["closers"].get(opener, [])
    if toks[j].form in closers:
        return True
    return (
        "verb" in closers
        and toks[j].tag == "JKO"
        and j + 1 < len(toks)
        and toks[j + 1].form in table["verbs"]
    )


def pairs_of(toks: list[Token], text: str) -> list[tuple[tuple[str, str], int, int]]:
    """Every pair of ends the sentence writes, as ((A, B), start, end) in characters."""
    table = answer_type_tables()["two_ends"]
    closers = {c for cs in table["closers"].values() for c in cs}
    out = []
    for i, t in enumerate(toks):
        if t.form not in table["closers"] or not t.tag.startswith("J"):
            continue
        start, stop = _left_end(toks, i), _right_end(toks, i + 1, closers)
        if start is None or stop is None or not _closed(toks, stop, t.form, table):
            continue
        a = text[toks[start].start : toks[i - 1].end]
        b = text[toks[i + 1].start : toks[stop - 1].end]
        out.append(((a, b), toks[start].start, toks[stop - 1].end))
    return out


def _stretch_words(toks: list[Token], lo: int, hi: int) -> set[str]:
    return {t.form.casefold() for t in toks if lo <= t.start < hi}


def two_ends_answer(q: Question, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """Both ends of what the question asks about ("자율 2번은 어디와 어디를 오가나?" -> "A, B"),
    from the best sentences; None when the question asks no two ends or no sentence writes a
    pair.  A pair's stretch runs from its start to the next pair's (the first from the start of
    the sentence), since the name a pair describes is written after it ("A와 B를 오가는 2번")."""
    if not asks_two_ends(q):
        return None
    asked = set(answer_type_tables()["two_ends"]["asked"])
    words = {
        t.form.casefold() for t in q.tokens if base_tag(t.tag) in _CONTENT and t.form not in asked
    }
    best = None
    for rank, h in enumerate(hits[:_POOL]):
        toks = sentence_tokens(h.text)
        pairs = pairs_of(toks, h.text)
        bounds = [0] + [p[1] for p in pairs[1:]] + [len(h.text)]
        for k, (ends, _, _) in enumerate(pairs):
            near = len(words & _stretch_words(toks, bounds[k], bounds[k + 1]))
            score = near - 0.5 * rank
            if best is None or score > best[0]:
                best = (score, list(ends), h)
    if best is None:
        return None
    _, ends, h = best
    return said_in(q, ends, [h], hits, "two_ends", 0.6)
