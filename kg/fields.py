"""Fields of work are no names: "누리AI는 자연어처리와 컴퓨터비전 기술을 보유했다",
"데이터라벨링, 음성인식 등 분야의 스타트업".

Kiwi reads such a field as its own common nouns ("데이터/NNG 라벨/NNG 링/NNG") or as one proper
noun of its dictionary written with a space ("자연어 처리/NNP"), and the tagger may take it
for a company's name.  A name made only of such known nouns, written before a word for a field
(kg/resources/fields.toml), alone or in the list that ends there, names a field.  A name the
lexicon knows, or one with an organisation's ending (grammar.toml [organisations]), stays.
"""

from __future__ import annotations

import functools

from .model import Mention
from .named_organisations import names_organisation
from .pieces import Tok
from .resources import load_table

__all__ = ["without_fields"]

# tags a list of fields is made of, between a name and the field word that ends it: nouns,
# commas, the particles that join ("와/과"), 등 ("and so on")
_LIST_TAGS = {"NNG", "NNP", "NNB", "SP", "JC", "SL"}
# how many tokens after the name the field word may lie ("데이터라벨링, 자연어 처리, 음성
# 인식 등 분야": seven)
_REACH = 8


@functools.lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_table("fields.toml")["heads"])


def _known_nouns(toks: list[Tok]) -> bool:
    """Two or more Hangul common nouns, or one proper noun Kiwi's dictionary holds with a space
    ("자연어 처리"): words Kiwi knows, no brand it has never met."""
    if not all(t.form.replace(" ", "").isalpha() and not t.form.isascii() for t in toks):
        return False
    if len(toks) == 1:
        return toks[0].tag == "NNP" and " " in toks[0].form
    return all(t.tag == "NNG" for t in toks)


def _before_field(toks: list[Tok], after: int) -> bool:
    """Do the tokens from ``after`` on run, as a list, to a field word?"""
    for tok in toks[after : after + _REACH]:
        if tok.tag == "NNG" and tok.form in _heads():
            return True
        if tok.tag not in _LIST_TAGS:
            return False
    return False


def _is_field(m: Mention, toks: list[Tok]) -> bool:
    if m.kind != "name" or m.rule != "tagger" or m.particle not in {"", "와", "과"}:
        return False
    if m.voted_type == "Person":
        return False  # "도민석 산업장관": a person (도/NNG 민석/NNG) before a title, no field
    if names_organisation(m):
        return False
    inside = [k for k, t in enumerate(toks) if m.start <= t.start < m.end]
    if not inside or not _known_nouns([toks[k] for k in inside]):
        return False
    return _before_field(toks, inside[-1] + 1)


def without_fields(toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the fields of work the tagger took for names.

    >>> from kg.kiwi import kiwi
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("음성인식과 데이터라벨링 기술을 갖췄다.")]
    >>> m = Mention("d#0", 6, 12, "데이터라벨링", rule="tagger", votes={"Company": 2.9})
    >>> without_fields(toks, [m])
    []
    """
    return [m for m in mentions if not _is_field(m, toks)]
