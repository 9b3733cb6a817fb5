"""A thing answered by a word the asked head noun ends ("회사가 제시한 안은?" -> "인상안") is the
whole noun phrase its sentence writes for it ("기본급 3% 인상안"): the nouns, numbers and units
written right before the word, up to a particle, a verb, a quote or a comma.

>>> from search.passages import sentence_tokens
>>> text = "회사는 기본급 3% 인상안을 제시했다."
>>> toks = list(sentence_tokens(text))
>>> text[phrase_start(toks, 5) :].split("을")[0]
'기본급 3% 인상안'
"""

from __future__ import annotations

from .reader import Passage
from .spans import Span, Token, base_tag

__all__ = ["headed_phrase", "phrase_start"]

#: the tags of the words a noun phrase is written with before its head
_PHRASE = frozenset({"NNG", "NNP", "SN", "NR", "SL", "XSN", "XPN"})
#: at most this many morphemes are taken before the answer (a phrase, not a clause)
_REACH = 6


def _fits(toks: list[Token], k: int) -> bool:
    t, tag = toks[k], base_tag(toks[k].tag)
    if tag in _PHRASE or (tag == "SW" and t.form == "%"):
        return True
    return tag == "NNB" and k > 0 and base_tag(toks[k - 1].tag) in {"SN", "NR"}  # "3억 원"


def phrase_start(toks: list[Token], first: int) -> int:
    """Where the noun phrase that ends with token ``first``'s word starts (a character offset)."""
    k = first
    while (
        k > 0 and first - k < _REACH and _fits(toks, k - 1) and toks[k].start - toks[k - 1].end <= 1
    ):
        k -= 1
    return toks[k].start


def headed_phrase(p: Passage, span: Span, name: str, head: str) -> str:
    """``name`` widened to the noun phrase its sentence writes, when it ends with the asked
    ``head`` noun ("인상안" for "안"); else ``name``."""
    if not head or not name.endswith(head) or span.first >= len(p.tokens):
        return name
    start = phrase_start(p.tokens, span.first)
    return p.text[start : span.end] if start < span.start else name
