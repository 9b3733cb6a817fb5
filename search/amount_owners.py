"""Yes/no questions whose amount the text gives to another party ("노조가 기본급 인상률 4.1%를
제시했나?" / "기본급 인상률은 노조가 6.5%, 회사가 4.1%를 제시했다": 아니오).

A sentence that pairs parties with amounts ("A가 x, B가 y") answers for each party only its own
amount: the question's party written there with another amount of the asked unit, and the asked
amount written for another party, is 아니오.  A party is the noun before a subject or topic
particle; its amounts are those written after it, up to the next party or comma.

>>> owned_amounts(sentence_tokens("기본급 인상률은 노조가 6.5%, 회사가 4.1%를 제시했다."),
...               "기본급 인상률은 노조가 6.5%, 회사가 4.1%를 제시했다.")
[('노조', [(6.5, '%')]), ('회사', [(4.1, '%')])]
"""

from __future__ import annotations

from .asked_amounts import amounts
from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .spans import Token, base_tag

__all__ = ["other_owner", "owned_amounts"]

#: the particles that mark a party (Kiwi: 이/가 JKS, 은/는 JX)
_PARTY = {"JKS", "JX"}
#: the best sentences read
_TOP = 5


def _parties(toks: list[Token]) -> list[tuple[str, int]]:
    """(the party's noun, where its particle is) for every noun marked as subject or topic."""
    return [
        (toks[i - 1].form, i)
        for i, t in enumerate(toks)
        if i
        and t.tag in _PARTY
        and t.form in {"이", "가", "은", "는"}
        and base_tag(toks[i - 1].tag) in {"NNG", "NNP"}
    ]


def owned_amounts(toks: list[Token], text: str) -> list[tuple[str, list]]:
    """Each party of a sentence with the amounts written after it, up to the next party or
    comma; parties that own no amount are left out."""
    parties = _parties(toks)
    out = []
    for n, (party, at) in enumerate(parties):
        end = parties[n + 1][1] - 1 if n + 1 < len(parties) else len(toks)
        stop = next((k for k in range(at + 1, end) if toks[k].form == ","), end)
        if stop <= at + 1:
            continue
        owned = [a for a in amounts(text[toks[at].end : toks[stop - 1].end]) if a[1]]
        if owned:
            out.append((party, owned))
    return out


def _same(a: tuple[float, str], b: tuple[float, str]) -> bool:
    return a[1] == b[1] and abs(a[0] - b[0]) < 1e-9 * max(a[0], 1)


def other_owner(q: Question, hits: list[Hit]) -> Hit | None:
    """The best sentence that gives the question's amount to another party and the question's
    party another amount of the same unit; else None."""
    asked = [a for a in amounts(q.text) if a[1]]
    if len(asked) != 1:
        return None
    asked_parties = {party for party, _ in _parties(q.tokens)}
    for h in hits[:_TOP]:
        owned = owned_amounts(sentence_tokens(h.text), h.text)
        if len(owned) < 2:
            continue
        ours = [a for party, got in owned if party in asked_parties for a in got]
        theirs = [a for party, got in owned if party not in asked_parties for a in got]
        if (
            ours
            and all(not _same(a, asked[0]) and a[1] == asked[0][1] for a in ours)
            and any(_same(a, asked[0]) for a in theirs)
        ):
            return h
    return None
