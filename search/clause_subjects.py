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

__all__ = ["neighbour_subjects", "other_subjects"]

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


#: the words that join a question's alternatives ("점검이나 조사에 나선", "올렸거나 검토하는")
_OR = frozenset({("이나", "JC"), ("나", "JC"), ("또는", "MAJ"), ("혹은", "MAJ"), ("거나", "EC")})
#: the tags of an alternative's word
_WORDS = frozenset({"NNG", "NNP", "VV", "VA", "XR"})


def _alternatives(toks: list[Token]) -> list[tuple[str, str]]:
    """The words a question joins by "or": the content word before the joint and the first
    after it ("점검이나 조사에": 점검, 조사)."""
    out = []
    for i, t in enumerate(toks):
        if (t.form, t.tag) not in _OR:
            continue
        before = next((u for u in reversed(toks[:i]) if u.tag in _WORDS), None)
        after = next((u for u in toks[i + 1 : i + 4] if u.tag in _WORDS), None)
        if before is not None and after is not None:
            out.append((before.form, after.form))
    return out


def _position(h: Hit) -> tuple[str, int] | None:
    doc, _, n = h.sentence_id.rpartition("#")
    return (doc, int(n)) if n.isdigit() else None


def neighbour_subjects(q_tokens: list[Token], h: Hit, hits: list[Hit], items: list[str]):
    """The subject of the sentence before or after ``h`` that says the question's other
    alternative, when it is of ``items``' kind: "점검이나 조사에 나선 기관은?" is answered by
    "A는 … 조사하고 있다" and the sentence beside it, "B는 … 점검에 들어갔다", both; [] else.

    >>> from search.passages import sentence_tokens
    >>> a = "공정위는 정산 기한을 어겼는지 조사하고 있다."
    >>> b = "금감원은 결제대행사 4곳에 대해 현장 점검에 들어갔다."
    >>> ents = lambda n: [dict(id=n, name=n, type="Organization", start=0, end=len(n))]
    >>> ha = Hit(sentence_id="d#2", doc_id="d", text=a, score=1.0, entities=ents("공정위"))
    >>> hb = Hit(sentence_id="d#1", doc_id="d", text=b, score=0.5, entities=ents("금감원"))
    >>> neighbour_subjects(sentence_tokens("점검이나 조사에 나선 곳은?"), ha, [ha, hb], ["공정위"])
    ['금감원']
    """
    pairs = _alternatives(q_tokens)
    at = _position(h)
    if not pairs or at is None:
        return []
    kinds = {e.get("type") for e in h.entities if h.text[e["start"] : e["end"]] in items}
    said = {t.form for t in sentence_tokens(h.text)}
    out = []
    for n in hits:
        there = _position(n)
        if there is None or there[0] != at[0] or abs(there[1] - at[1]) != 1:
            continue
        words = {t.form for t in sentence_tokens(n.text)}
        others = [
            y if x in said else x
            for x, y in pairs
            if (x in said) != (y in said)  # the answer's sentence says one of them
        ]
        if not any(w in words for w in others):
            continue
        toks = sentence_tokens(n.text)
        first = min(n.entities, key=lambda e: e["start"], default=None)
        if (
            first is not None
            and first.get("type") in kinds
            and _marker(toks, first["end"]) in _SUBJECT | _TOPIC
        ):
            out.append(n.text[first["start"] : first["end"]])
    return out
