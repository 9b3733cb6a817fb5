"""A thing asked by its kind noun is the name the text writes with that noun: "어떤 게임 엔진으로
만들었나?" is answered by "크로마 엔진 3" (a name, the noun, a version), "어느 공장에서 만드나?"
by "누리켐 여수 2공장", not by the company or the place of the sentence that the reader, trained
on names, would pick.  The noun is the last of those written after 어떤/어느/무슨; the name is the
run of nouns, names and numbers it ends (a number after it: a version), one that holds a name or
a number and that the question does not write itself.

>>> from search.passages import sentence_tokens
>>> text = "신작은 반도소프트의 크로마 엔진 3으로 만들어졌다."
>>> headed_name(text, list(sentence_tokens(text)), "엔진")
'크로마 엔진 3'
>>> text = "양극재는 누리켐 여수 2공장에서 만든다."
>>> headed_name(text, list(sentence_tokens(text)), "공장")
'누리켐 여수 2공장'
>>> headed_name("새 공장에서 만든다.", list(sentence_tokens("새 공장에서 만든다.")), "공장") is None
True
"""

from __future__ import annotations

from .answer_types import Asked
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token

__all__ = ["headed_name", "headed_name_answer"]

#: the interrogatives a kind noun follows ("어떤 엔진", "어느 공장")
_KIND_WH = frozenset({"어떤", "어느", "무슨"})
#: the morphemes a name written with its kind noun is made of
_RUN = frozenset({"NNG", "NNP", "SL", "SN"})
#: ... and those that make it a name rather than a description ("새 공장")
_NAMED = frozenset({"NNP", "SL", "SN"})
#: at most this many morphemes before the noun
_REACH = 4
#: the best sentences read
_TOP = 5
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.5


def _kind_noun(q: Question, asked: Asked) -> str | None:
    """The last noun written after 어떤/어느/무슨 ("어떤 게임 엔진으로" -> 엔진); None without."""
    toks, i = q.tokens, asked.wh_index
    if asked.kind != "thing" or asked.wh not in _KIND_WH or i < 0:
        return None
    k = i + 1
    while k < len(toks) and toks[k].tag in {"NNG", "NNP"}:
        k += 1
    return toks[k - 1].form if k > i + 1 else None


def _glued(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` are written next to each other, a space at most between."""
    return toks[b].start - toks[a].end <= 1


def headed_name(text: str, toks: list[Token], noun: str) -> str | None:
    """The first name ``text`` writes with ``noun`` as its kind (see the module); None."""
    for i, t in enumerate(toks):
        if t.form != noun or t.tag != "NNG":
            continue
        j = i
        while j > 0 and i - j < _REACH and toks[j - 1].tag in _RUN and _glued(toks, j - 1, j):
            j -= 1
        k = i + 1 if i + 1 < len(toks) and toks[i + 1].tag == "SN" and _glued(toks, i, i + 1) else i
        if j < i and any(toks[m].tag in _NAMED for m in range(j, k + 1) if m != i):
            return text[toks[j].start : toks[k].end]
    return None


def headed_name_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The name the best sentences write with the kind noun the question asks by; None when it
    asks by none or no sentence writes one the question does not."""
    noun = _kind_noun(q, asked)
    if noun is None:
        return None
    asked_text = q.text.replace(" ", "")
    for h in hits[:_TOP]:
        found = headed_name(h.text, list(sentence_tokens(h.text)), noun)
        if found and found.replace(" ", "") not in asked_text:
            return said_in(q, [found], [h], hits, "headed_name", _PRIOR, answer_type="thing")
    return None
