"""The words of a question as marks of time: "이전" is "before" in "이전 직장은?" and "창업 이전에
일한 곳은?", but the verb noun 이전(移轉), to transfer or to move, in "기술을 이전받은 기업은?",
"본사를 이전한 곳은?", "기술이 이전된 회사는?" and "기술이전을 받은 기업은?" — Kiwi tags both NNG.
A noun followed by a suffix that makes it a verb (하다, 되다, 받다, 시키다), or the object of 받다,
is a verb, no mark of time, so the rules that ask "where was X before" (search/forms.py,
search/past.py, ...) never read a transfer as one.
"""

from __future__ import annotations

from .spans import Token

__all__ = ["time_forms"]

#: the verb-making suffixes written after a noun ("이전받은", "이전 받은", "이전한", "이전된")
_VERB_SUFFIXES = frozenset({"하", "되", "받", "시키"})


def _made_verb(toks: list[Token], i: int) -> bool:
    """The noun at ``i`` is made a verb by the morpheme after it ("이전" + "받")."""
    if toks[i].tag != "NNG" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.tag == "JKO" and i + 2 < len(toks):
        nxt = toks[i + 2]  # "기술이전을 받은": the object of 받다 is the act received
        return nxt.form == "받" and nxt.tag.startswith("VV")
    return nxt.form in _VERB_SUFFIXES and (nxt.tag == "XSV" or nxt.tag.startswith("VV"))


def time_forms(toks: list[Token]) -> set[str]:
    """The lower-cased forms of the question's morphemes, without the nouns made verbs.

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> def forms(text):
    ...     return "이전" in time_forms(tokens_of(kiwi().tokenize(text)))
    >>> forms("기술을 이전받은 기업은?"), forms("본사를 이전한 곳은?"), forms("이전 직장은?")
    (False, False, True)
    >>> forms("창업 이전에 일한 곳은?"), forms("기술이 이전된 회사는?")
    (True, False)
    >>> forms("기술이전을 받은 기업은?"), forms("이전을 묻는 말")
    (False, True)
    """
    return {t.form.lower() for i, t in enumerate(toks) if not _made_verb(toks, i)}
