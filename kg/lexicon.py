"""Well-known names as data: the entries of resources/lexicon.toml and of a user's lexicon
(``KGSEARCH_LEXICON``), each a name, its type and its aliases (앤스로픽 = Anthropic).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["LexiconEntry", "lexicon_entries"]


@dataclass(frozen=True)
class LexiconEntry:
    name: str
    type: str
    aliases: tuple[str, ...]


def lexicon_entries(table: dict, source: str) -> list[LexiconEntry]:
    """The ``[[entity]]`` rows of a lexicon table (lexicon.toml or a user's), in order; a row
    without a name or a type is refused with the file and the row's number.

    >>> lexicon_entries({"entity": [{"name": "앤스로픽", "type": "Company", "aliases": ["Anthropic"]}]}, "x")
    [LexiconEntry(name='앤스로픽', type='Company', aliases=('Anthropic',))]
    """
    entries = []
    for i, raw in enumerate(table.get("entity", [])):
        if not isinstance(raw, dict) or not raw.get("name") or not raw.get("type"):
            raise ValueError(f"{source}: entity #{i + 1} needs a 'name' and a 'type'")
        entries.append(
            LexiconEntry(
                str(raw["name"]), str(raw["type"]), tuple(str(a) for a in raw.get("aliases", []))
            )
        )
    return entries
