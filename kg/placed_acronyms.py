"""A place written before an acronym for a kind of business: news describes a company by its
country and its trade before its name ("페루 OTT 누리플릭스와": a Peruvian streaming service),
and the tagger may take the country and the acronym for one name, of any type.  Where the
document names that place elsewhere, the name is the place alone; the acronym is no name."""

from __future__ import annotations

import re

from .model import Mention
from .names import name_key

__all__ = ["without_placed_acronyms"]

# a word of capital Latin letters only: an acronym ("OTT", "IT"), a kind of business here
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def without_placed_acronyms(
    found: list[Mention], known: dict[str, dict[str, float]]
) -> list[Mention]:
    """``found`` with each tagger name "PLACE ACRONYM" cut to the place, when the document knows
    the place (``known``: its names by key with their type votes, kg.document_names):
    "페루 OTT" where "페루·칠레 등 2개국" made 페루 a place.

    >>> m = Mention("s", 0, 6, "페루 OTT", rule="tagger", votes={"Company": 2.0})
    >>> [(x.text, x.voted_type) for x in without_placed_acronyms([m], {"페루": {"Place": 1.0}})]
    [('페루', 'Place')]
    """
    return [_cut(m, known) or m for m in found]


def _cut(m: Mention, known: dict[str, dict[str, float]]) -> Mention | None:
    words = m.text.split(" ")
    if m.kind != "name" or m.rule != "tagger" or len(words) != 2:
        return None
    place, acronym = words
    votes = known.get(name_key(place), {})
    if not _ACRONYM.fullmatch(acronym) or not votes or max(votes, key=votes.get) != "Place":
        return None
    return Mention(m.sentence_id, m.start, m.start + len(place), place, rule="repeat", votes=votes)
