"""Yes/no questions decided by "only": "1번 노선은 주말에도 운행하나?" is answered by "주말에는
1번만 운행한다" (예), and "2번 노선은 주말에도 운행하나?" by the same sentence (아니오: only
another one of its kind does).  The clause of 만 must write the question's other words (주말),
and its verb must follow the thing 만 restricts; a restriction of another kind ("오전에만") decides
nothing.

>>> only_run(sentence_tokens("주말에는 푸른 1번만 운행한다."), "주말에는 푸른 1번만 운행한다.")
('푸른 1번', 7)
"""

from __future__ import annotations

from kg.names import name_key

from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .spans import Token, base_tag

__all__ = ["only_run", "only_verdict"]

#: the particle of "only" (Kiwi: 만/JX)
_ONLY = "만"
#: the tags of the words a restricted thing is written with ("푸른 1번", "A사")
_RUN = frozenset({"NNG", "NNP", "SN", "NNB", "SL", "SH", "XSN", "ETM", "VA"})
#: the most morphemes a restricted thing is read over, and from 만 to its verb
_REACH = 5
_VERB_REACH = 3


def only_run(toks: list[Token], text: str) -> tuple[str, int] | None:
    """The first thing the sentence restricts with 만 and the position of 만, or None; 만 after
    a particle ("오전에만") restricts no thing."""
    for at, t in enumerate(toks):
        if t.form != _ONLY or t.tag != "JX" or at == 0 or toks[at - 1].tag.startswith("J"):
            continue
        j = at
        while j > 0 and at - j < _REACH and base_tag(toks[j - 1].tag) in _RUN:
            j -= 1
        if j < at:
            return text[toks[j].start : toks[at - 1].end], at
    return None


def _subject(q: Question) -> tuple[str, set[str], int] | None:
    """The question's topic (the words before its first 은/는/이/가): its name_key, its
    morphemes, and where it ends."""
    toks = q.tokens
    p = next((i for i, t in enumerate(toks) if t.tag in {"JX", "JKS"}), None)
    if not p:
        return None
    return name_key(q.text[toks[0].start : toks[p - 1].end]), {t.form for t in toks[:p]}, p


def only_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) when a best sentence restricts the question's verb to one
    thing with 만: the question's topic (예) or another of its kind (아니오); else None."""
    subject = _subject(q)
    if subject is None:
        return None
    key, forms, p = subject
    rest = q.tokens[p + 1 :]
    verbs = {
        t.form
        for t, nxt in zip(rest, [*rest[1:], None])
        if base_tag(t.tag) in {"VV", "VA"} or (t.tag == "NNG" and nxt and nxt.tag == "XSV")
    }
    others = {t.form for t in rest if base_tag(t.tag) in {"NNG", "NNP"}} - verbs
    for h in hits[:5]:
        toks = sentence_tokens(h.text)
        found = only_run(toks, h.text)
        if not verbs or found is None:
            continue
        run, at = found
        if not any(t.form in verbs for t in toks[at + 1 : at + 1 + _VERB_REACH]):
            continue
        start = max((i for i in range(at) if toks[i].tag in {"EC", "SP"}), default=-1)
        if not others <= {t.form for t in toks[start + 1 : at]}:
            continue  # "평일에 운행하나?" / "평일 ... 다니며, 주말에는 1번만": another clause's
        if name_key(run) in key:
            return "yes", h
        if forms & {t.form for t in sentence_tokens(run) if base_tag(t.tag) in _RUN}:
            return "no", h  # another of the same kind ("푸른 1번" for "푸른 2번")
    return None
