"""A list answer takes the subjects of the sentence's other clauses too, when they are of its
item's kind: "감시카메라 업체 한빛비전이 칩을 넣어 팔고 있고, 드론 업체 바람로보틱스도 채택했다"
answers "칩을 쓰는 회사는 어디 어디인가?" with both, though the reader found one; so does "대표
주관사는 가람증권이, 공동 주관사는 누리증권이 맡았다", and each subject's figure written before
the verb they share ("A가 60억 원, B가 40억 원을 출자했다").  A subject is a name with 이/가 or 도
right after it; the clauses are cut by a comma after a connective ending, a subject or a figure.

>>> from search.results import Hit
>>> text = "한빛비전이 칩을 쓰고 있고, 바람로보틱스도 채택했다."
>>> ents = [dict(id="a", name="a", type="Company", start=0, end=4),
...         dict(id="b", name="b", type="Company", start=16, end=22)]
>>> hit = Hit(sentence_id="d#0", doc_id="d", text=text, score=1.0, entities=ents)
>>> other_subjects(hit, ["한빛비전"])
['바람로보틱스']
>>> text = "가람전자가 60억 원, 누리랩이 40억 원을 냈다."
>>> ents = [dict(id="a", name="a", type="Company", start=0, end=4),
...         dict(id="b", name="b", type="Company", start=13, end=16)]
>>> other_subjects(Hit(sentence_id="d#0", doc_id="d", text=text, score=1.0, entities=ents),
...                ["누리랩"])
['가람전자']
"""

from __future__ import annotations

from .passages import sentence_tokens
from .results import Hit
from .spans import Token

__all__ = ["other_subjects"]

#: what a clause's subject is written with right after its name: 이/가, and 도 ("too": the
#: clause says the same of another)
_SUBJECT = frozenset({("이", "JKS"), ("가", "JKS"), ("도", "JX")})
#: the tags a comma closes a clause after: a connective ending ("팔고 있고,") or a subject
#: whose verb is left out ("A이, B가 맡았다")
_CLAUSE_ENDS = frozenset({"EC", "JKS"})


#: a topic (은/는) is the subject of its clause when another clause says the same "too" (도):
#: "세종시는 요금을 올렸고, 충북 청주시도 인상을 검토한다"
_TOPIC = frozenset({("은", "JX"), ("는", "JX")})


def _marker(toks: list[Token], end: int) -> tuple[str, str] | None:
    nxt = [t for t in toks if t.start >= end][:1]
    return (nxt[0].form, nxt[0].tag) if nxt and nxt[0].start == end else None


def _subject(toks: list[Token], end: int) -> bool:
    return _marker(toks, end) in _SUBJECT


#: the tags a figure ends with before the comma of a clause whose verb is left out ("60억 원,")
_FIGURE_ENDS = frozenset({"SN", "NR", "NNB", "SW"})


def _closes(toks: list[Token], i: int) -> bool:
    """The comma at ``i`` closes a clause: after a connective ending, a subject, or a figure
    ("A가 60억 원, B가 …": the verb of the first is the last one's)."""
    before = toks[i - 1]
    figure = before.tag in _FIGURE_ENDS and any(t.tag == "SN" for t in toks[max(i - 3, 0) : i])
    return before.tag in _CLAUSE_ENDS or figure


def _clause(toks: list[Token], at: int) -> int:
    """How many clause-closing commas stand before character ``at``."""
    return sum(
        1 for i, t in enumerate(toks[1:], 1) if t.start < at and t.form == "," and _closes(toks, i)
    )


def other_subjects(h: Hit, items: list[str]) -> list[str]:
    """The names of ``items``' kind that are the subjects of the other clauses of ``h``, when
    ``items`` (of one kind) are subjects of some of them; [] else."""
    toks = sentence_tokens(h.text)
    subjects = [e for e in h.entities if _subject(toks, e["end"])]
    too = {_clause(toks, e["start"]) for e in subjects if _marker(toks, e["end"]) == ("도", "JX")}
    subjects += [
        e
        for e in h.entities
        if _marker(toks, e["end"]) in _TOPIC and too - {_clause(toks, e["start"])}
    ]
    held = [e for e in subjects if h.text[e["start"] : e["end"]] in items]
    kinds = {e.get("type") for e in held}
    if len(kinds) != 1:
        return []
    clauses = {_clause(toks, e["start"]) for e in held}
    return [
        h.text[e["start"] : e["end"]]
        for e in subjects
        if e.get("type") in kinds and _clause(toks, e["start"]) not in clauses
    ]
