"""The parties a next sentence adds to an act with 도 or 또한: "시리즈A에는 한빛벤처스와 누리파트너스가
참여했다. 바른캐피탈도 30억원을 투자했다" — 바른캐피탈 took part too, and "참여한 투자사는?" wants
it with the row, whichever of the two sentences the reader answered from.  Only acts of joining
in (참여, 투자, 출자, 합류, 협약, 손잡다: data, resources/asked_rows.toml ``joining_acts``) carry
over, only when the question asks about one, and only between two sentences of one paragraph;
the subject written with 도/또한 brings its whole row ("한빛벤처스와 누리파트너스도").  So does
the lead of a round in the sentence's other clause: "이번 라운드는 A가 주도했고 B와 C가 참여했다"
answers "투자한 곳은?" with all three (``leading_parties``; a question of the lead asks for one).
"""

from __future__ import annotations

import functools

from kg.names import name_key

from .linked_rows import linked_rows
from .passages import passage_at, sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token

__all__ = ["asks_joining", "continued_parties", "leading_parties"]

#: how the subject of a sentence that says "too" is written right after its name: 도, or 또한
#: after it or after its particle ("바른캐피탈 또한", "바른캐피탈이 또한")
_TOO = "도"
_ALSO = "또한"
#: the word a sentence names the act just told with ("이번 라운드")
_THIS = "이번"


@functools.cache
def _table() -> dict:
    return resource_table("asked_rows.toml")


def _acts() -> frozenset[str]:
    return frozenset(_table()["joining_acts"])


def _leads() -> frozenset[str]:
    return frozenset(_table()["leading_acts"])


def asks_joining(q: Question) -> bool:
    """The question asks who joined an act: one of its words is an act of joining in."""
    return any(t.form in _acts() for t in q.tokens)


def _says_too(toks: list[Token], end: int) -> bool:
    """The name ending at character ``end`` is written with 도 right after it, or with 또한
    after it or after its particle."""
    after = [t for t in toks if t.start >= end][:2]
    if not after:
        return False
    if after[0].start == end and after[0].form == _TOO and after[0].tag == "JX":
        return True
    return after[0].form == _ALSO or (
        after[0].tag.startswith("J") and after[1:2] != [] and after[1].form == _ALSO
    )


def _said_parties(p, subjects: bool = True) -> list[tuple[str, str]]:
    """The names and types of the parties a sentence writes in a row, as the lead of a round,
    or (``subjects``) as any subject."""
    rows = [r for r in linked_rows(tuple(p.tokens)) if len(r) > 1]
    ends = {b for r in rows for _, b in r}
    if subjects:
        ends |= {e["end"] for e in p.entities if _subject(p.tokens, e["end"])}
    hit = Hit(sentence_id=p.sentence_id, doc_id="", text=p.text, score=0.0, entities=p.entities)
    leads = {name for name, _ in leading_parties(hit)}
    return [
        (p.text[e["start"] : e["end"]], e.get("type", ""))
        for e in p.entities
        if e["end"] in ends or p.text[e["start"] : e["end"]] in leads
    ]


def _refers_back(toks: list[Token]) -> bool:
    """The sentence names its act as the one just told: "이번 라운드에 합류했다"."""
    events = frozenset(_table()["told_events"])
    return any(
        t.form == _THIS and i + 1 < len(toks) and toks[i + 1].form in events
        for i, t in enumerate(toks)
    )


def _subject(toks: list[Token], end: int) -> bool:
    nxt = [t for t in toks if t.start >= end][:1]
    return bool(nxt) and nxt[0].start == end and nxt[0].tag == "JKS"


def _beside(snap, h: Hit, step: int) -> str | None:
    """The id of the sentence ``step`` after ``h`` (-1: before) in its paragraph, else None."""
    pos = snap.pos_of_sentence.get(h.sentence_id)
    if pos is None or not 0 <= pos + step < len(snap.sentence_ids):
        return None
    if snap.doc_ids[pos + step] != h.doc_id:
        return None
    sid = snap.sentence_ids[pos + step]
    this, other = snap.extraction.sentences.get(h.sentence_id), snap.extraction.sentences.get(sid)
    if this is None or other is None or this.paragraph != other.paragraph:
        return None
    return sid


def _joining(snap, sid: str | None):
    """The sentence ``sid`` as a passage when it states an act of joining in, else None."""
    if sid is None:
        return None
    p = passage_at(snap, sid, 0, 0.0)
    return p if any(t.form in _acts() | _leads() for t in p.tokens) else None


def leading_parties(h: Hit) -> list[tuple[str, str]]:
    """The names and types of the parties ``h`` says led the act its other clause says others
    joined ("이번 라운드는 A가 주도했고 B와 C가 참여했다": A): a subject whose verb, right after
    it, is one of leading (resources/asked_rows.toml ``leading_acts``)."""
    toks = sentence_tokens(h.text)
    leads = _leads()
    out = []
    for e in h.entities:
        after = [t for t in toks if t.start >= e["end"]][:2]
        if len(after) == 2 and after[0].tag == "JKS" and after[1].form in leads:
            out.append((h.text[e["start"] : e["end"]], e.get("type", "")))
    return out


def continued_parties(snap, h: Hit, names: set[str]) -> list[tuple[str, str]]:
    """The names and entity types of the parties that join the act of ``h`` across a sentence
    with 도/또한: those the next sentence says joined too ("바른캐피탈도 참여했다"), with every
    item of their row; and when ``h`` says its answer ``names`` (by name_key) joined too, the
    parties the sentence before it writes in a row or as its subject.  [] when none."""
    found = []
    if (after := _joining(snap, _beside(snap, h, 1))) is not None:
        too = [e for e in after.entities if _says_too(after.tokens, e["end"])]
        rows = linked_rows(tuple(after.tokens))
        ends = set()
        for e in too:
            row = next((r for r in rows if any(a < e["end"] and e["start"] < b for a, b in r)), [])
            ends |= {b for _, b in row} | {e["end"]}
        found += [
            (after.text[e["start"] : e["end"]], e.get("type", ""))
            for e in after.entities
            if e["end"] in ends
        ]
    toks = sentence_tokens(h.text)
    answered = [e for e in h.entities if name_key(h.text[e["start"] : e["end"]]) in names]
    if any(_says_too(toks, e["end"]) for e in answered):
        if (before := _joining(snap, _beside(snap, h, -1))) is not None:
            found += _said_parties(before)  # "A와 B가 참여했다. C도 투자했다": asked of C
    elif answered and _refers_back(toks) and any(t.form in _acts() for t in toks):
        if (before := _joining(snap, _beside(snap, h, -1))) is not None:
            # "A가 리드하고 B, C가 함께했다. D는 이번 라운드에 합류했다": asked of D
            found += _said_parties(before, subjects=False)
    return found
