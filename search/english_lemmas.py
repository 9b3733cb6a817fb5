"""English words of a question looked up in a table by any of their inflections: "Which
companies joined?" finds the head noun "company", "Who manages the programme?" the gloss of
"managed", "What did she do before founding it?" that of "founded".

A table of news words lists one or two forms of each; questions use the others (the spent
rounds' English questions wrote "founding", "represents", "manages", "heading", "became",
"companies", "models", "robots", "hospitals", "use" where the tables had other forms).  A word
and a table key meet when they share a stem: the word itself, then its forms without an
inflection ending ([lemmas] in resources/english.toml: -ies, -ing, -ed, -es, -s, and the
irregular verbs news uses).  A form the table writes exactly always wins.

>>> index = lemma_index(["uses", "company", "founded", "head"])
>>> [lookup(w, index) for w in ["use", "companies", "founding", "heading", "news"]]
['uses', 'company', 'founded', 'head', '']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from .resource_tables import resource_table

__all__ = ["lemma_index", "lookup", "stems"]


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    return resource_table("english.toml")["lemmas"]


@functools.lru_cache(maxsize=4096)
def stems(word: str) -> tuple[str, ...]:
    """The forms ``word`` may stand for without an inflection ending, most likely first.

    >>> stems("companies"), stems("managed"), stems("planned")
    (('company',), ('manag', 'manage'), ('plann', 'planne', 'plan'))
    """
    tables = _tables()
    if word in tables["irregular"]:
        return (tables["irregular"][word],)
    if word in tables["kept"]:
        return ()
    out: list[str] = []
    for ending, replacements in tables["endings"].items():
        if not word.endswith(ending) or len(word) - len(ending) < 3:
            continue
        stem = word[: -len(ending)]
        out += [stem + r for r in replacements]
        if ending in {"ing", "ed"} and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            out.append(stem[:-1])  # "planned", "running": the consonant doubled
        break
    return tuple(dict.fromkeys(out))


def lemma_index(keys: Iterable[str]) -> dict[str, str]:
    """Each key under itself, then under the stems of its last word ("uses" also as "use")."""
    keys = list(keys)
    index = {k: k for k in keys}
    for key in keys:
        *head, last = key.split(" ")
        for stem in stems(last):
            index.setdefault(" ".join([*head, stem]), key)
    return index


def lookup(phrase: str, index: dict[str, str], inflected: bool = True) -> str:
    """The key of ``index`` (lemma_index) that ``phrase`` is a form of, "" when none is: the
    phrase itself, then (if ``inflected``) with its last word's stems, then its first's (a verb
    phrase: "took part" of "take part")."""
    if phrase in index or not inflected:
        found = index.get(phrase, "")
        return found if inflected or found == phrase else ""
    first, *rest = phrase.split(" ")
    *head, last = phrase.split(" ")
    tried = [[*head, s] for s in stems(last)] + [[s, *rest] for s in stems(first) if rest]
    return next((index[k] for k in map(" ".join, tried) if k in index), "")  # "took part"
