"""A list answer never holds a word of another of its items as an item of its own: "가온
소프트, 누리게임즈, 소프트" is "가온 소프트, 누리게임즈" (the reader offered the name's last word
too); nor a name and the same name with the words that describe it: "누리넷, 검색 포털 누리넷"
is "누리넷" (the reader offered the item as its row writes it too).

>>> without_pieces([object(), None, None], ["가온 소프트", "누리게임즈", "소프트"])[1]
['가온 소프트', '누리게임즈']
>>> without_pieces([object(), object()], ["SKT", "KT"])[1]
['SKT', 'KT']
>>> without_pieces([None, object(), None], ["검색 포털 누리넷", "누리넷", "하늘AI"])[1]
['누리넷', '하늘AI']
"""

from __future__ import annotations

__all__ = ["without_pieces"]


def without_pieces(ents: list, names: list[str]) -> tuple[list, list[str]]:
    """The items but those read without an entity (None in ``ents``) whose words are the first
    or last words of another item, and those that end with a name read as an entity, the words
    before it describing it (read as no entity); ``ents``/``names`` in the answer's order."""
    kept = [
        (e, n)
        for e, n in zip(ents, names)
        if e is not None or not any(m != n and _piece_of(n, m) for m in names)
    ]
    named = [n for e, n in kept if e is not None]
    kept = [(e, n) for e, n in kept if e is not None or not any(n.endswith(" " + m) for m in named)]
    return [e for e, _ in kept], [n for _, n in kept]


def _piece_of(n: str, m: str) -> bool:
    """``n`` is the first or the last words of ``m`` ("소프트" of "가온 소프트")."""
    return m.endswith(" " + n) or m.startswith(n + " ")
