"""Question words Kiwi splits differently in the question and in the sentence: "모회사" is one
noun in "…의 모회사는?" but 모/MM + 회사 in "…의 모 회사로"; "공동창업자" may be one noun in one
and 공동 + 창업자 in the other.  Compared on the surface without spaces, a run of two or three
word-forming morphemes on one side is the single morpheme on the other.  The reader counts these
as features of their own (``joined_match``, ``joined_near``); the fit decides what they weigh.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> q = tokens_of(kiwi().tokenize("한빛로보의 모회사는 어디인가?"))
>>> s = tokens_of(kiwi().tokenize("다온전자는 한빛로보의 모 회사로 지분을 갖고 있다."))
>>> [(s[k].form, w) for k, w in joined_matches(joined_terms(q, {"모회사": 2.0, "한빛로보": 3.0}), s)]
[('모', 2.0), ('회사', 2.0)]
"""

from __future__ import annotations

from .spans import Token

__all__ = ["joined_matches", "joined_terms"]

#: morphemes a compound word is written with (a determiner such as 모/MM "parent" or 전/MM
#: "former" included: Kiwi reads it so when a space follows it)
_PARTS = frozenset({"NNG", "NNP", "XPN", "XSN", "XR", "MM", "SL", "SN"})
_MAX = 3  # morphemes a joined word is made of at most
_MIN_CHARS = 2  # a one-syllable word is too ambiguous to be matched across a split


def _runs(tokens: list[Token]):
    """(first, last, surface without spaces) of every run of 2-3 word-forming morphemes."""
    for i in range(len(tokens)):
        text = ""
        for j in range(i, min(i + _MAX, len(tokens))):
            if tokens[j].tag not in _PARTS:
                break
            text += tokens[j].form.casefold()
            if j > i:
                yield i, j, text


def joined_terms(tokens: list[Token], terms: dict[str, float]) -> dict[str, tuple]:
    """What the question says, as surfaces a sentence may split otherwise: surface -> (weight,
    the morphemes the question writes it with).  Its single content words weigh their idf in
    ``terms``; its runs of 2-3 morphemes the best weight of their parts."""
    out = {k: (w, (k,)) for k, w in terms.items() if len(k) >= _MIN_CHARS}
    for i, j, text in _runs(tokens):
        w = max((terms.get(t.form.casefold(), 0.0) for t in tokens[i : j + 1]), default=0.0)
        if w > 0 and text not in out:
            out[text] = (w, tuple(t.form.casefold() for t in tokens[i : j + 1]))
    return out


def joined_matches(joined: dict[str, tuple], tokens: list[Token]) -> list[tuple[int, float]]:
    """(token index, weight) of the sentence's morphemes that say a question word split
    otherwise: a run of them, or one of them, whose surface the question writes with other
    morphemes.  Words split alike on both sides are matched directly, not here."""
    out: dict[int, float] = {}
    spans = [(k, k, t.form.casefold()) for k, t in enumerate(tokens) if t.tag in _PARTS]
    for i, j, text in spans + list(_runs(tokens)):
        if text not in joined:
            continue
        w, forms = joined[text]
        if tuple(t.form.casefold() for t in tokens[i : j + 1]) != forms:
            for k in range(i, j + 1):
                out[k] = max(out.get(k, 0.0), w)
    return sorted(out.items())
