"""Predicates of several words: the idioms of kg/resources/predicates.toml.

Korean news tells a deal in idioms whose words, one by one, say nothing of it: "B를 품에
안았다" (took B into its arms: bought it), "A와 손을 맞잡았다" (joined hands: partnered),
"힘을 합쳤다", "호흡을 맞춰".  The predicate table reads one word as one predicate, so each
idiom is listed under its relation as the Kiwi forms of its morphemes, ending in the verb; the
verb of a sentence that ends such a run is read as a predicate of that relation, its arguments
marked as the relation's own ("A와", "B를").
"""

from __future__ import annotations

import functools

from .pieces import Tok
from .resources import PredicateFrame, load_table, resources

__all__ = ["idiom_frames"]


@functools.lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[tuple[str, ...], str], ...]:
    """(morpheme forms, relation) of every idiom, longest first."""
    out = []
    for relation, table in load_table("predicates.toml").items():
        for words in table.get("idioms", []) if isinstance(table, dict) else []:
            if not isinstance(words, list) or len(words) < 2 or not all(words):
                raise ValueError(
                    f"predicates.toml [{relation}] idioms: {words!r} is not a list of two "
                    "or more Kiwi forms ending in the verb"
                )
            out.append((tuple(str(w) for w in words), relation))
    return tuple(sorted(out, key=lambda x: -len(x[0])))


def idiom_frames(toks: list[Tok], k: int) -> tuple[PredicateFrame, ...]:
    """The frames of the idioms the verb at token k ends, or ().

    >>> from kg.kiwi import kiwi
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("네이버는 누리랩스를 품에 안았다.")]
    >>> [f.relation for f in idiom_frames(toks, 6)]
    ['ACQUIRED']
    """
    if toks[k].tag != "VV":
        return ()
    frame_of = resources().frame_of
    out = []
    for words, relation in _idioms():
        lo = k - len(words) + 1
        if lo >= 0 and tuple(t.form for t in toks[lo : k + 1]) == words:
            out.append(frame_of[relation])
    return tuple(out)
