"""Names that end on a Hangul numeral: Kiwi reads the 넷 of "구름넷" or the 하나 of "별하나" as a
number (NR), so the reader classes the span a count; glued to the noun before it in one written
word, with no digit and no counter, it is a name that a company, a body or a person asked for
may be (search/fits.py)."""

from __future__ import annotations

from .answer_types import Asked
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["numeral_name"]

#: the asked kinds a name answers, never a count
_NAME_KINDS = frozenset({"person", "company", "organization", "investor", "where", "model"})


def numeral_name(asked: Asked, c: Candidate, ri: ReaderInput) -> bool:
    """A name asked for, written with a Hangul numeral glued to a noun ("발주처는 클라우드 기업
    구름넷이며": 구름넷), no count of people or things ("직원 넷", "넷이 참여했다")."""
    if asked.kind not in _NAME_KINDS or c.entity is not None or c.span is None:
        return False
    toks = ri.passages[c.passage].tokens
    words = toks[c.span.first : c.span.last + 1]
    numerals = [k for k, t in enumerate(words) if t.tag == "NR"]
    if not numerals or any(t.tag in {"SN", "NNB"} for t in words):
        return False
    after = c.span.last + 1
    if after < len(toks) and toks[after].tag == "NNB":
        return False  # "넷 개", a counter after it: a count
    return all(
        k > 0 and words[k - 1].tag.startswith("NN") and words[k - 1].end == words[k].start
        for k in numerals
    )
