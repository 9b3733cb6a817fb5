"""A question's short company name that drops the holding-company suffix its article writes:
news calls "가온금융지주" "가온금융" and "나래홀딩스" "나래" in its headlines and lists, and
readers ask the same way ("가온금융 3분기 순이익은?" of "가온금융지주는 … 순이익 5조원을
기록"), so a word the knowledge graph does not hold links to the one entity whose name is that
word plus a suffix of [dropped_suffixes] in question.toml.

>>> _with_suffix("가온금융", {"가온금융지주": "g"}, ("지주", "홀딩스"))
'g'
"""

from __future__ import annotations

from kg.names import name_key

from .resource_tables import resource_table

__all__ = ["suffixed_entity"]


def _suffixes() -> tuple[str, ...]:
    return tuple(resource_table("question.toml")["dropped_suffixes"]["suffixes"])


def _with_suffix(word: str, alias_index: dict, suffixes: tuple[str, ...]) -> str | None:
    """The one entity id whose name is ``word`` plus a suffix; None when none or several."""
    found = {alias_index[k] for s in suffixes if (k := name_key(word + s)) in alias_index}
    return next(iter(found)) if len(found) == 1 else None


def suffixed_entity(stem: str, alias_index: dict) -> str | None:
    """The entity a question's word names without its holding-company suffix ("가온금융" ->
    "가온금융지주"); None for a word of one letter or with no such entity."""
    if len(stem) < 2:
        return None
    return _with_suffix(stem, alias_index, _suffixes())
