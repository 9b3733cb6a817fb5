"""The kind of firm or body an English question asks by its noun ("Which bank ...?", "Which
shipping line ...?", "Which law firm represents X?"), read as the Korean kind noun a Korean
question would write ("어느 은행", "어느 선사", "어느 법무법인"): search/kind_names.py then
answers it by a name written with that kind's words ("한빛은행", "누리해운", "법무법인 태륭"),
never by the client, the rival or the company asked about beside it in the sentence.

The English nouns and the Korean kind noun each stands for are data (resources/english.toml
[kinds]); the Korean kind nouns are keys of answer_types.toml [kind_names].

>>> english_kind_noun("Which law firm represents Hanul Systems?")
'법무법인'
>>> english_kind_noun("Which two banks lent money to 코인마루?"), english_kind_noun("Who leads X?")
('은행', None)
"""

from __future__ import annotations

import functools
import re

from .english import english_tables
from .english_lemmas import lemma_index, lookup

__all__ = ["english_kind_noun"]

#: how many words after "which"/"what" the asked noun may begin at ("Which two Korean banks")
_REACH = 3


def english_kind_noun(text: str) -> str | None:
    """The Korean kind noun of the noun phrase a "which"/"what" question asks by, read before
    its verb (the longest phrase of [kinds] first: "law firm" before "firm"); None when the
    question asks by none of them.  Read of any question that starts in English, though it
    writes a Korean word no name links ("Which bank arranged the financing for the 도양 solar
    farm?": 도양 is a place's part, and the question is no English one to search/question.py).

    >>> english_kind_noun("Which bank arranged the financing for the 도양 solar farm?")
    '은행'
    >>> english_kind_noun("다솜은행 which bank?") is None
    True
    """
    if not re.match(r"\s*(?:which|what)\b", text, re.I):  # asked in English from its start
        return None
    words = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.sub(r"'s\b", "", text.casefold()))
    reader = english_tables()["reader"]
    stop = set(reader["helping"]) | set(reader["copulas"])
    kinds, index = english_tables()["kinds"], _kinds_index()
    longest = max(len(k.split()) for k in kinds)
    for i in range(1, min(len(words), 1 + _REACH)):
        if words[i] in stop:  # "What did the bank lend?": the bank is no asked noun
            return None
        for n in range(min(longest, len(words) - i), 0, -1):
            if key := lookup(" ".join(words[i : i + n]), index):
                return kinds[key]
    return None


@functools.lru_cache(maxsize=1)
def _kinds_index() -> dict[str, str]:
    return lemma_index(english_tables()["kinds"])
