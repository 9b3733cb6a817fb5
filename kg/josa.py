"""Korean particles that change with the word before them (을/를, 이/가, 은/는, 과/와, 으로/로).

Hangul names are decided by their last syllable's final consonant; Latin names by how Korean
reads their ending (an acronym letter by letter: ...L, M, N, R end in a consonant; a word ending
in -ic, -ck, -m, -n, -ng, -l, -p is read with a final consonant: 매직, 아마존).  A Hangul alias,
when the entity has one, is the surest guide.
"""

from __future__ import annotations

import re

__all__ = ["attach", "fix_particles", "has_final_consonant"]

_PAIRS = {
    "을": ("을", "를"),
    "를": ("을", "를"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "은": ("은", "는"),
    "는": ("은", "는"),
    "과": ("과", "와"),
    "와": ("과", "와"),
}


def has_final_consonant(name: str, aliases=()) -> bool:
    """True when the name ends in a final consonant as Korean reads it.

    >>> has_final_consonant("리벨리온"), has_final_consonant("Claude"), has_final_consonant("GPT")
    (True, False, False)
    >>> has_final_consonant("Magic"), has_final_consonant("LLM"), has_final_consonant("Amazon")
    (True, True, True)
    """
    name = name.strip()
    if not name:
        return False
    last = name[-1]
    if "가" <= last <= "힣":
        return (ord(last) - 0xAC00) % 28 != 0
    hangul = [a for a in aliases if a and "가" <= a.strip()[-1] <= "힣"]
    if hangul:
        return has_final_consonant(hangul[0])
    if last.isdigit():
        return last in "0136780"  # 영 일 삼 육 칠 팔 (and 십/백 endings)
    word = re.findall(r"[A-Za-z]+", name)
    if not word:
        return False
    w = word[-1]
    if w.isupper():
        return w[-1] in "LMNR"  # 엘 엠 엔 알
    w = w.lower()
    return w.endswith(("ic", "ck", "m", "n", "ng", "l", "p", "ok", "ak"))


def attach(name: str, particle: str, aliases=()) -> str:
    """'업스테이지' + '을' -> '업스테이지를'; 'Upstage' + '을' -> 'Upstage를'."""
    pair = _PAIRS.get(particle)
    if pair is None:
        return name + particle
    return name + (pair[0] if has_final_consonant(name, aliases) else pair[1])


def fix_particles(text: str, names: dict[str, tuple]) -> str:
    """Correct the particle right after each given name in a sentence."""
    for name, aliases in names.items():
        pattern = re.escape(name) + r"(을|를|이(?!다|며|고|ᆸ|었|ㅂ)|가|은|는|과|와)(?=\s|$|[?.!,])"
        text = re.sub(
            pattern, lambda m, name=name, aliases=aliases: attach(name, m.group(1), aliases), text
        )
    return text
