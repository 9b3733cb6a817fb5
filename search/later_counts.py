"""A yes/no question that calls a thing the first of its kind ("이번 계약이 A사의 첫 B선
주문인가?") is answered 아니오 by a sentence that writes the same thing counted second or later
("이번 계약은 A사가 맡긴 두 번째 B선 주문이다", "기술수출은 이번이 세 번째다").  Counting words
are resources/answer_types.toml ``[yes_no]`` ``first_words`` and ``later_counts``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("이번 납품이 가람전자의 첫 해외 납품인가?")
>>> first_head(q)
'납품'
>>> counted_later(q, "이번 납품은 가람전자의 세 번째 해외 납품이다.")
True
>>> counted_later(q, "이번 납품은 가람전자의 첫 해외 납품이다.")
False

The sentence may count this time itself in other words ("A사가 B에 발주한 것은 이번이 두
번째다"), and the question may ask it with a noun of firsts ("이번이 처음인가?", "최초의
수주인가?"; ``first_time``, the count's subject ``this_time``):

>>> counted_later(q, "가람전자가 해외에 물건을 보낸 것은 이번이 두 번째다.")
True
>>> q = sentence_tokens("가람전자가 해외에 납품한 것은 이번이 처음인가?")
>>> asks_first(q), counted_later(q, "가람전자가 해외에 물건을 보낸 것은 이번이 두 번째다.")
(True, True)
"""

from __future__ import annotations

from itertools import pairwise

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .results import Hit
from .spans import Token

__all__ = ["asks_first", "counted_later", "first_head", "later_count", "later_count_hit"]

#: tags of the words between "첫" and the thing it counts ("첫 동진중공업 LNG선 주문")
_BETWEEN = {"NNG", "NNP", "SL", "SN", "NNB", "XSN", "JKG"}


def _table() -> dict:
    return answer_type_tables()["yes_no"]


def first_head(q_tokens: list[Token]) -> str | None:
    """The noun the question calls the first ("첫 ... 주문인가?" -> 주문): the last noun of the
    run after a first word, when the run ends the question's predicate (이다)."""
    firsts = set(_table()["first_words"])
    for i, t in enumerate(q_tokens):
        if t.form not in firsts or t.tag != "MM":
            continue
        j = i + 1
        if j + 1 < len(q_tokens) and q_tokens[j].form == "번" and q_tokens[j + 1].form == "째":
            j += 2  # "첫 번째 주문"
        run = []
        while j < len(q_tokens) and q_tokens[j].tag in _BETWEEN:
            run.append(q_tokens[j])
            j += 1
        nouns = [r for r in run if r.tag == "NNG" and len(r.form) >= 2]
        if nouns and j < len(q_tokens) and q_tokens[j].tag == "VCP":
            return nouns[-1].form
    return None


def asks_first(q_tokens: list[Token]) -> bool:
    """The question calls a thing the first: "첫 ... 주문인가?", or a noun of firsts before the
    copula it ends with ("이번이 처음인가?", "최초의 수주인가?")."""
    if first_head(q_tokens) is not None:
        return True
    firsts = set(_table()["first_time"])
    return any(
        t.form in firsts and any(n.tag == "VCP" for n in q_tokens[i + 1 : i + 4])
        for i, t in enumerate(q_tokens)
    )


def _this_time_counted(toks: list[Token]) -> bool:
    """The count's subject is this time itself: "이번이 두 번째다" (이번 and its particle)."""
    this = set(_table()["this_time"])
    return any(t.form in this and n.tag in {"JKS", "JX"} for t, n in pairwise(toks))


def later_count(toks: list[Token]) -> bool:
    """A count of second or later: "두 번째", "세번째", "3번째"."""
    later = set(_table()["later_counts"])
    for i in range(len(toks) - 2):
        count, unit, suffix = toks[i : i + 3]
        if unit.form != "번" or suffix.form != "째":
            continue
        if (count.tag == "MM" and count.form in later) or (
            count.tag == "SN" and count.form.isdigit() and int(count.form) >= 2
        ):
            return True
    return False


def counted_later(q_tokens: list[Token], text: str) -> bool:
    """Does ``text`` write the noun the question calls the first with a count of second or
    later?"""
    if not asks_first(q_tokens):
        return False
    head = first_head(q_tokens)
    toks = sentence_tokens(text)
    if not later_count(toks):
        return False
    return any(t.form == head for t in toks) or _this_time_counted(toks)


def later_count_hit(q_tokens: list[Token], hits: list[Hit], names: list[list[str]]) -> Hit | None:
    """The first hit that counts the question's "first" thing second or later and writes one of
    the question's names (each a list of spellings) when it gives any."""
    if not asks_first(q_tokens):
        return None
    for h in hits:
        if names and not any(n in h.text for spellings in names for n in spellings if len(n) >= 2):
            continue
        if counted_later(q_tokens, h.text):
            return h
    return None
