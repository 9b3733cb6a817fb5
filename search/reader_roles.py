"""The candidate's role in the clause of the verb the question asks about.  "LNG 운반선을 발주한
선사는?" asks for the one who orders (the subject of 발주하다); in "동해조선은 파랑해운이 발주한 운반선을
수주했다" 파랑해운 is that subject, while 동해조선 is the topic of another verb (수주).  Distances and
word overlaps cannot tell the two apart; the particle after the candidate and the verb it belongs
to can.  The question's asked role and the candidate's role become features (``role=subj``,
``role_match``, ``role_clash``); the fit decides what each is worth.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> from search.answer_types import read_asked
>>> q = tokens_of(kiwi().tokenize("LNG 운반선을 발주한 선사는 어디인가?"))
>>> asked_role(q, read_asked(q), "발주")
'subj'
>>> q = tokens_of(kiwi().tokenize("파랑해운이 발주한 배는 무엇인가?"))
>>> asked_role(q, read_asked(q), "발주")
'obj'
>>> s = tokens_of(kiwi().tokenize("동해조선은 파랑해운이 발주한 LNG 운반선을 수주했다."))
>>> roles = clause_roles(s, "발주")
>>> [(s[k].form, roles.role(k, k, p)) for k, p in ((1, "topic"), (3, "subject"))]
[('조선', ''), ('파랑해운', 'subj')]
>>> roles.role(8, 9, "object")  # "LNG 운반선": what 파랑해운 ordered
'rel_obj'
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .answer_types import Asked
from .spans import Token

__all__ = ["ClauseRoles", "asked_role", "clause_roles", "role_features"]

_VERB = frozenset({"VV", "VA", "XSV", "XSA"})
_VERB_NOUN = frozenset({"NNG", "NNP", "XR"})  # the noun a 하다-verb is made of (발주 of 발주하다)
#: where a clause ends: a connective or final ending, a sentence mark, a relative ending
_CLAUSE_END = frozenset({"EC", "EF", "SF", "ETM"})
#: the particle after a candidate -> its role in the clause of the next verb
_ARG_ROLE = {"subject": "subj", "topic": "subj", "object": "obj"}


def _base(t: Token) -> str:
    return t.tag.split("-")[0]


def _verb_key(toks: list[Token], v: int) -> str:
    """The verb's key: 발주 of 발주/NNG 하/XSV, 이끌 of 이끌/VV."""
    if _base(toks[v]) in {"XSV", "XSA"} and v > 0 and toks[v - 1].tag in _VERB_NOUN:
        return toks[v - 1].form.casefold()
    return toks[v].form.casefold()


def _relative(toks: list[Token], v: int) -> bool:
    """Whether the verb at ``v`` ends in a relative ending (발주한, 발주했던): it modifies a noun."""
    for t in toks[v + 1 :]:
        if not t.tag.startswith("E"):
            return False
        if t.tag == "ETM":
            return True
    return False


def _has_subject(toks: list[Token], v: int) -> bool:
    """Whether the clause ending at the verb ``v`` has its own subject (이/가)."""
    for k in range(v - 1, -1, -1):
        if toks[k].tag in _CLAUSE_END:
            return False
        if toks[k].tag == "JKS":
            return True
    return False


def asked_role(tokens: list[Token], asked: Asked, pred: str) -> str:
    """What the question asks for in its predicate's clause: "subj" (누가 …했나, "…를 발주한
    선사"), "obj" (무엇을 …했나, "…가 발주한 배") or "" (it cannot be told)."""
    if asked.wh_particle in _ARG_ROLE and asked.wh_particle != "topic":
        return _ARG_ROLE[asked.wh_particle]
    if not pred:
        return ""
    verbs = [v for v, t in enumerate(tokens) if _base(t) in _VERB and _verb_key(tokens, v) == pred]
    if not verbs or not _relative(tokens, verbs[-1]):
        return ""
    return "obj" if _has_subject(tokens, verbs[-1]) else "subj"


@dataclass(frozen=True)
class ClauseRoles:
    """Of one sentence and one asked verb: the verb each argument position belongs to."""

    tokens: list[Token]
    preds: frozenset[str]  # the asked verb's keys (an English question's: several, english_reading)
    next_verb: tuple[int, ...]  # per token: the first verb at or after it (-1: none)
    next_main: tuple[int, ...]  # per token: the first verb at or after it that ends a clause

    def role(self, first: int, last: int, particle: str) -> str:
        """The role of the span ``first..last`` in the asked verb's clause: "subj" / "obj" (its
        particle, the verb it belongs to is the asked one), "rel_subj" / "rel_obj" (the asked
        verb's relative clause modifies it) or ""."""
        toks, n = self.tokens, len(self.tokens)
        arg = _ARG_ROLE.get(particle, "")
        if arg and last + 1 < n:
            table = self.next_main if particle == "topic" else self.next_verb
            v = table[last + 1]
            if v >= 0 and _verb_key(toks, v) in self.preds:
                return arg
        v = first - 1
        while v >= 0 and toks[v].tag.startswith("E"):
            v -= 1
        if (
            v >= 0
            and v < first - 1
            and _base(toks[v]) in _VERB
            and _verb_key(toks, v) in self.preds
        ):
            if toks[first - 1].tag == "ETM":
                return "rel_obj" if _has_subject(toks, v) else "rel_subj"
        return ""


def clause_roles(tokens: list[Token], preds: str | Collection[str]) -> ClauseRoles:
    """The verbs of a sentence, read once per sentence and question; ``preds``: the key of the
    asked verb, or its keys (an English question's several Korean verbs)."""
    preds = {preds} if isinstance(preds, str) else preds
    n = len(tokens)
    nxt, main = [-1] * (n + 1), [-1] * (n + 1)
    for k in range(n - 1, -1, -1):
        verb = _base(tokens[k]) in _VERB
        nxt[k] = k if verb else nxt[k + 1]
        main[k] = k if verb and not _relative(tokens, k) else main[k + 1]
    return ClauseRoles(tokens, frozenset(preds), tuple(nxt), tuple(main))


def role_features(f: dict[str, float], role: str, asked: str) -> None:
    """The candidate's role against the asked one as features."""
    if not role:
        return
    f[f"role={role}"] = 1.0
    if asked:
        f["role_match" if role.removeprefix("rel_") == asked else "role_clash"] = 1.0
