"""A yes/no question whether a deal covers a territory ("가온은 북미 판권도 확보했나?") is
answered 아니오 by the sentence that lists the deal's territories right before the question's
noun and leaves the asked territory out ("가온은 일본·대만·동남아 판권을 확보했다").  A sentence
that lists the asked territory and states the predicate, anywhere among the hits, keeps the rule
silent: the rest of the answer reads it (an "이번이 처음이다" after it included).  Regions are
``[territories] regions`` of resources/answer_types.toml, countries its ``[countries] names``,
headline letters kg's ``places.hanja_countries``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("가온은 북미 판권도 확보했나?")
>>> listed_before(q, sentence_tokens("가온은 일본·대만·동남아 판권을 확보했다."))
['일본', '대만', '동남아']
>>> left_out(q, "가온은 일본과 대만, 동남아시아 6개국 판권을 확보했다.", {"판권", "확보"})
True
>>> left_out(q, "가온은 북미·유럽 판권을 확보했다.", {"판권", "확보"})
False
"""

from __future__ import annotations

import functools
import itertools

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .results import Hit
from .spans import Token, base_tag

__all__ = ["is_territory", "left_out", "listed_before", "spellings", "territory_left_out"]

#: what may stand between the territories of a list and after them ("일본·대만", "일본과 대만,
#: 동남아시아 6개국 판권")
_BETWEEN = {"SP", "JC", "SN", "NNB"}


@functools.lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    t = answer_type_tables()
    words = [*t["countries"]["names"], *t["territories"]["regions"]]
    return frozenset(name_key(w) for w in words)


def _key(form: str) -> str:
    """The territory's key, a headline letter read as its country ("日" -> 일본)."""
    return name_key(_letters().get(form, form))


def is_territory(form: str) -> bool:
    return _key(form) in _territories()


def _asked(q_tokens: list[Token]) -> tuple[str, str] | None:
    """(territory, the noun after it) of "북미 판권도 ...?", or None."""
    for t, n in itertools.pairwise(q_tokens):
        if is_territory(t.form) and base_tag(n.tag) == "NNG" and not is_territory(n.form):
            return t.form, n.form
    return None


def listed_before(q_tokens: list[Token], toks: list[Token]) -> list[str]:
    """The territories the sentence writes right before the noun the question writes after its
    territory ("일본·대만·동남아 판권" -> 일본, 대만, 동남아); [] when it writes none so."""
    asked = _asked(q_tokens)
    if asked is None:
        return []
    for i, t in enumerate(toks):
        if t.form != asked[1]:
            continue
        listed, j = [], i - 1
        while j >= 0 and (is_territory(toks[j].form) or toks[j].tag in _BETWEEN):
            if is_territory(toks[j].form):
                listed.insert(0, toks[j].form)
            j -= 1
        if listed:
            return listed
    return []


def left_out(q_tokens: list[Token], text: str, predicate: set[str]) -> bool:
    """Does ``text`` list territories before the question's noun, state the predicate after
    them, and leave the question's territory out?"""
    asked = _asked(q_tokens)
    if asked is None:
        return False
    toks = sentence_tokens(text)
    listed = listed_before(q_tokens, toks)
    if not listed or _key(asked[0]) in {_key(w) for w in listed}:
        return False
    return _stated(toks, asked[1], predicate)


def _stated(toks: list[Token], noun: str, predicate: set[str]) -> bool:
    """The sentence states the predicate after the noun ("판권을 확보했다", not "판권은 협상 중")."""
    at = next((i for i, t in enumerate(toks) if t.form == noun), len(toks))
    return bool({t.form for t in toks[at + 1 :]} & (predicate - {noun}))


def territory_left_out(q_tokens: list[Token], hits: list[Hit], predicate: set[str]) -> Hit | None:
    """The first hit that lists the deal's territories without the asked one, when no hit lists
    the asked one before the question's noun and states the predicate after it (a headline
    letter counting as its country: "中·대만 판권 확보" for "중국 판권을 확보했나?"); that 예,
    and everything else, is the rest of the answer's to read."""
    asked = _asked(q_tokens)
    if asked is None:
        return None
    key = _key(asked[0])
    for h in hits:
        toks = sentence_tokens(h.text)
        listed = {_key(w) for w in listed_before(q_tokens, toks)}
        if key in listed and _stated(toks, asked[1], predicate):
            return None
    return next((h for h in hits if left_out(q_tokens, h.text, predicate)), None)


def spellings(word: str) -> list[str]:
    """The ways a territory is written: itself and its headline letters ("중국", "中")."""
    letters = _letters()
    return [word, *(k for k, v in letters.items() if name_key(v) == name_key(word))]


def _letters() -> dict[str, str]:
    """The Hanja letter a headline writes a country with and the country ("日" -> 일본):
    kg's ``places.hanja_countries``, the one table of them."""
    return resources().grammar.hanja_countries
