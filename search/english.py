"""English questions about Korean articles: the Korean words news writes for the question's
English words, and the answer its verb asks for.

"Which securities firm is Hypercell's lead underwriter?" is asked of a text that writes
"하이퍼셀은 미래에셋증권을 대표 주관사로": the name is linked by its Latin alias
(search/question.py), the other words are glossed here (resources/english.toml) into 증권사,
대표 주관사, morphemes the reader and BM25 look for beside the English ones.

>>> english_gloss("Which securities firm is Hypercell's lead underwriter?")
'증권사 증권 대표 주관사'
>>> english_gloss("Who did Marunet develop Lingo Voice 2 with?")
'개발 함께 공동 협력'
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

__all__ = ["asks_doer", "asks_partner", "english_gloss", "english_tables"]


@functools.lru_cache(maxsize=1)
def english_tables() -> dict:
    with open(Path(__file__).with_name("resources") / "english.toml", "rb") as f:
        return tomllib.load(f)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.casefold().replace("'s", ""))


def asks_partner(text: str) -> bool:
    """The question ends on "with": "Who did A develop B with?" asks for A's partner."""
    words = _words(text)
    return bool(words) and words[-1] == "with"


def asks_doer(text: str) -> bool:
    """A "who" question whose verb a company does ("Who publishes ...?", "Who advised ...?")."""
    words = _words(text)
    doers = set(english_tables()["doers"]["verbs"])
    return bool(words) and words[0] == "who" and (bool(doers & set(words)) or asks_partner(text))


def english_gloss(text: str) -> str:
    """The Korean words for an English question's words, longest phrase first, in order."""
    gloss = english_tables()["gloss"]
    longest = max(len(k.split()) for k in gloss)
    words, out, i = _words(text), [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if phrase in gloss:
                out.append(gloss[phrase])
                i += n
                break
        else:
            i += 1
    if asks_partner(text):
        out.append(english_tables()["with"]["gloss"])
    return " ".join(out)
