"""Development articles again, with company names swapped for coined words and product names
unquoted: training data for the
name tagger (bench/fit_tagger.py).

People who invent a company for a test article write a stem and a kind (``한빛전자``,
``누리소프트``, ``스톤브룩인베스트먼트``); real companies are often a bare coined word (``야놀자``,
``뤼이드``, ``토스``, ``직방``) that Kiwi reads as a common noun or an unknown proper noun. A
tagger fitted on the gold alone learns the endings, so it finds ``한빛전자가 X를 인수했다``'s
acquirer and misses a bare acquiree. Each article is therefore seen a second time with about half
of its Hangul company names replaced by coined words of two to four syllables — one word per name
throughout the article, so aliases stay aliases, and the same final consonant on the last
syllable, so the particles after it stay right (``한빛전자가`` -> ``뤼다모가``, ``누리랩은`` ->
``보세닌은``).  The context, not the ending, is then what tells a company.  The same copy writes
about half of the product names it quotes bare (``'솔라' 모델`` -> ``솔라 모델``), as much news does.

>>> text, ents = coined("t", "한빛전자가 누리랩을 인수했다. 한빛전자는 웃었다.",
...                     [{"name": "한빛전자", "type": "Company", "aliases": ["한빛전자"]},
...                      {"name": "누리랩", "type": "Company", "aliases": ["누리랩"]}], share=1.0)
>>> [e["aliases"][0] for e in ents] == [text[:3], text[5:8]]
True
>>> text.count(ents[0]["aliases"][0]) == 2 and "전자" not in text
True
"""

from __future__ import annotations

import random
import re

__all__ = ["coin", "coined", "coined_articles"]

_HANGUL = re.compile(r"^[가-힣]+$")
# initial and medial jamo a coined syllable is made of (the indices of Unicode's Hangul block):
# common consonants and vowels only, so the words read like names people give companies
_INITIALS = [
    0,
    2,
    3,
    5,
    6,
    7,
    9,
    11,
    12,
    14,
    15,
    16,
    17,
    18,
]  # ㄱ ㄴ ㄷ ㄹ ㅁ ㅂ ㅅ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ
_MEDIALS = [0, 1, 4, 8, 12, 13, 17, 18, 20, 5, 6, 19]  # ㅏ ㅐ ㅓ ㅗ ㅛ ㅜ ㅠ ㅡ ㅣ ㅔ ㅕ ㅢ
_FINALS = [0, 0, 0, 0, 4, 8, 16, 21, 1]  # none (most), ㄴ ㄹ ㅁ ㅇ ㄱ
# the quotes news puts around a product's name
_QUOTES = [("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”"), ("「", "」")]


def _syllable(rng: random.Random, final: int | None = None) -> str:
    i, m = rng.choice(_INITIALS), rng.choice(_MEDIALS)
    f = rng.choice(_FINALS) if final is None else final
    return chr(0xAC00 + (i * 21 + m) * 28 + f)


def coin(rng: random.Random, like: str, taken: set[str]) -> str:
    """A coined word of 2-4 syllables whose last syllable ends as ``like``'s does."""
    final = (ord(like[-1]) - 0xAC00) % 28
    while True:
        n = rng.choice([2, 3, 3, 4])
        word = "".join(_syllable(rng) for _ in range(n - 1)) + _syllable(rng, final)
        if word not in taken:
            taken.add(word)
            return word


def coined(name: str, text: str, entities: list[dict], share: float = 0.5):
    """``text`` and ``entities`` with about ``share`` of the Hangul company names coined anew (the
    choice and the words fixed by the article's name)."""
    rng = random.Random(f"coined:{name}")
    taken: set[str] = set()
    swap: dict[str, str] = {}
    out = []
    for e in entities:
        aliases = e.get("aliases", [])
        if e.get("type") == "Company" and rng.random() < share:
            for a in aliases:
                if _HANGUL.match(a) and len(a) >= 2:
                    swap.setdefault(a, coin(rng, a, taken))
        out.append({**e, "aliases": [swap.get(a, a) for a in aliases]})
    text = _unquoted(text, [e for e in entities if e.get("type") == "Model"], rng, share)
    if not swap:
        return text, out
    pattern = re.compile(
        r"(?<![0-9A-Za-z가-힣])("
        + "|".join(map(re.escape, sorted(swap, key=len, reverse=True)))
        + ")"
    )
    return pattern.sub(lambda m: swap[m.group(1)], text), out


def _unquoted(text: str, models: list[dict], rng: random.Random, share: float) -> str:
    """About ``share`` of the product names the article quotes (``'솔라' 모델``) written bare, as
    much news writes them (``솔라 모델을 개발한``)."""
    for e in models:
        if rng.random() < share:
            for a in e.get("aliases", []):
                for left, right in _QUOTES:
                    text = text.replace(f"{left}{a}{right}", a)
    return text


def coined_articles(articles):
    """(name + "~coined", text, entities) for each (name, text, entities) that has a name to coin."""
    out = []
    for name, text, ents in articles:
        new_text, new_ents = coined(name, text, ents)
        if new_text != text:
            out.append((f"{name}~coined", new_text, new_ents))
    return out
