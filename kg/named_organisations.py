"""A name that says itself it is an organisation: one the lexicon lists, or one with an
organisation's ending (grammar.toml [organisations]: "한빛전자", "가온바이오", "누리협회").

Context votes that overturn the tagger's look (kg.venues, kg.launched, kg.fields) leave such a
name alone: its own words outweigh where news writes it.
"""

from __future__ import annotations

from .model import Mention
from .resources import resources

__all__ = ["names_organisation"]


def names_organisation(m: Mention) -> bool:
    """Does the name say it is an organisation?

    >>> names_organisation(Mention("d#0", 0, 4, "한빛전자"))
    True
    """
    return m.rule == "lexicon" or m.text.endswith(tuple(resources().grammar.org_suffixes))
