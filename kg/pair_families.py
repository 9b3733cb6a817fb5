"""Features of a candidate pair named by family, not by word: what carries to unseen news.

The relation scorer (kg.scorer) learns a weight for every word it saw around its training
pairs (``PARTNER_OF|noun_between:컨소시엄``, ``LOCATED_IN|o_prev:디스플레이``); a word it never
saw weighs nothing.  News written by others uses other verbs and nouns of the same kinds
("손잡았다" where the training articles wrote "협력했다"), so the pair also carries the family
of what is around it:

- ``mid_family:PARTNER_OF``: the relation types whose stems hold the predicate between or after
  the ends (predicates.toml): a LOCATED_IN pair under a verb of partnership is unlikely;
- ``between_family:LOCATED_IN``: a relational noun of a type between the ends or right after one
  ("A는 B에 본사를 둔", "A 공장이 있는 B");
- ``position:lede``: the sentence opens the article (the first or, after a headline, the
  second): news states its main relation there ("A는 B와 손잡고 ...").
"""

from __future__ import annotations

from .predicates import Predicate
from .resources import resources

__all__ = ["noun_families", "position", "predicate_families"]

LEDE_SENTENCES = 2  # a headline line, then the lede


def predicate_families(where: str, p: Predicate) -> list[str]:
    """The relation types the predicate at ``where`` belongs to.

    >>> from kg.kiwi import kiwi
    >>> from kg.pieces import Tok
    >>> from kg.predicates import predicates
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("누리AI는 한빛은행과 손잡았다.")]
    >>> predicate_families("after", predicates(toks)[-1])
    ['after_family:PARTNER_OF']
    """
    return [f"{where}_family:{r}" for r in sorted(p.senses)]


def noun_families(where: str, nouns: list[str]) -> list[str]:
    """The relation types whose relational nouns (predicates.toml's ``nouns``) are among
    ``nouns``, once each.

    >>> noun_families("between", ["서울", "본사"])
    ['between_family:LOCATED_IN']
    >>> noun_families("between", ["올해"])
    []
    """
    by_noun = resources().frames_by_noun
    found = {f.relation for n in nouns for f in by_noun.get(n, ())}
    return [f"{where}_family:{r}" for r in sorted(found)]


def position(sentence_id: str) -> list[str]:
    """``position:lede`` for one of an article's first sentences (ids are ``doc#N``, kg.text),
    ``position:body`` after them; nothing for an id without a sentence number.

    >>> position("news-1#0"), position("news-1#7"), position("news-1")
    (['position:lede'], ['position:body'], [])
    """
    _, sep, number = sentence_id.rpartition("#")
    if not sep or not number.isdigit():
        return []
    return ["position:lede" if int(number) < LEDE_SENTENCES else "position:body"]
