"""Where the asked organisation is from: a country written right before the noun of the asked
kind ("독일 회사", "일본 카메라 업체", "미국 클라우드 기업") is a condition on the answer.  A
candidate fits when its sentence writes the country shortly before it ("독일 X", "독일의 X",
"미국 텍사스에 본사를 둔 클라우드 기업 X"); when none does, the text does not say what is asked
(no answer, rather than a company of another country).  The countries are the built-in
lexicon's places (kg/resources/lexicon.toml) and the places the passages name; the nouns are
[origins] of resources/answer_types.toml.
"""

from __future__ import annotations

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_origin", "from_origin"]

#: how far before a candidate (in characters of its sentence) the country may be written
_WINDOW = 24


def asked_origin(ri: ReaderInput) -> frozenset[str]:
    """The names of the country the question asks the answer to be from, or an empty set."""
    table = answer_type_tables()["origins"]
    heads, between = set(table["heads"]), int(table["between"])
    toks = ri.reading.tokens
    at = [i for i, t in enumerate(toks) if t.form in heads]
    if not at:
        return frozenset()  # most questions: no passage's places are read
    places = {
        name_key(e["name"]): e["name"]
        for p in ri.passages
        for e in p.entities
        if e.get("type") == "Place"
    }
    lexicon = resources().lexicon_by_key
    for i in at:
        for j in range(i - 1, max(-1, i - 2 - between), -1):
            key = name_key(toks[j].form)
            entry = lexicon.get(key)
            if entry is not None and entry.type == "Place":
                return frozenset({entry.name, *entry.aliases})
            if key in places:
                return frozenset({places[key]})
            if toks[j].tag != "NNG":
                break
    return frozenset()


def from_origin(c: Candidate, ri: ReaderInput, names: frozenset[str]) -> bool:
    """The candidate's sentence writes one of the country's ``names`` shortly before it."""
    if c.span is None:
        return True
    text = ri.passages[c.passage].text
    before = text[max(0, c.span.start - _WINDOW) : c.span.start]
    return any(n in before for n in names)
