"""A person a yes/no question names in full may be written by family name and title only in the
sentence that answers ("구태린 전 부원장은 ...?" / "구 전 부원장은 면접을 앞두고 ..."): the
sentence is about that person.  Family names and titles are kg's grammar tables (``[names]
surnames``, ``[titles]``), the modifiers between them too ("전", "신임").

>>> referred("나 전 차관은 면접을 앞두고 물러났다.", "나도윤")
True
>>> referred("나 전 차관은 면접을 앞두고 물러났다.", "남궁민")
False
>>> referred("나는 전 세계를 다녔다.", "나도윤")
False
"""

from __future__ import annotations

import functools
import re

from kg.resources import resources

__all__ = ["referred"]


@functools.lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    g = resources().grammar

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # family name, then modifiers ("전", "신임"), then a title, each a word of its own
    return re.compile(
        rf"(?<![가-힣])({alt(g.surnames)})(?:\s+(?:{alt(g.title_modifiers)}))*\s+({alt(g.titles)})"
        r"(?![가-힣]{2})"
    )


def referred(text: str, name: str) -> bool:
    """``text`` writes the family name of the Korean full name ``name`` (three Hangul letters,
    or four with a two-letter family name) before a title: a reference to that person."""
    if not re.fullmatch(r"[가-힣]{3,4}", name):
        return False
    families = resources().grammar.surnames
    family = name[:2] if len(name) == 4 and name[:2] in families else name[:1]
    if family not in families:
        return False
    return any(m.group(1) == family for m in _pattern().finditer(text))
