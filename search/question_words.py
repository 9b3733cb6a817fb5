"""The question's own words by role — its predicates, its proper nouns, its head noun — in the
form of the BM25 terms the index stores (search/lexical.py), so that the learned ranker
(search/ranking.py) can ask which candidate sentences hold each of them without reading the
sentences again.  The words that say little (light verbs, nouns that ask rather than name) are
data: resources/ranking.toml [question_words].

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> question_words(tokens_of(kiwi().tokenize("앤스로픽이 개발한 모델은?")))
QuestionWords(predicates=('개발',), proper=('앤스로픽',), head='모델')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .resource_tables import resource_table
from .spans import Token

__all__ = ["QuestionWords", "question_words"]


@dataclass(frozen=True)
class QuestionWords:
    """The question's words by role, as BM25 terms (search/lexical.py forms)."""

    predicates: tuple[str, ...]  # verb and adjective lemmas, nouns made verbs by 하다
    proper: tuple[str, ...]  # proper nouns, Latin and Hanja words, case-folded
    head: str  # the last noun that is no question word ("" when none)


@functools.lru_cache(maxsize=1)
def _question_word_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(light predicates, question nouns) of resources/ranking.toml [question_words]."""
    table = resource_table("ranking.toml")["question_words"]
    return frozenset(table["light_predicates"]), frozenset(table["question_nouns"])


def question_words(tokens: list[Token]) -> QuestionWords:
    """The question's predicates, proper nouns and head noun, from its Kiwi tokens.

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> w = question_words(tokens_of(kiwi().tokenize("마리 앙투아네트가 끌려간 감옥은 어디인가?")))
    >>> w.predicates, w.proper, w.head
    (('끌려가',), ('마리앙투아네트',), '감옥')
    """
    light, question_nouns = _question_word_tables()
    predicates, proper, head = [], [], ""
    for i, t in enumerate(tokens):
        tag = t.tag.split("-")[0]  # irregular verbs: VV-I, VA-R ...
        after = tokens[i + 1].tag.split("-")[0] if i + 1 < len(tokens) else ""
        # the index's form of the word: names case-folded, no spaces ("마리 앙투아네트")
        form = re.sub(r"\s+", "", t.form.casefold() if t.tag in ("NNP", "SL") else t.form)
        if tag in ("VV", "VA") and form not in light:
            predicates.append(form)
        elif tag in ("NNG", "XR") and after in ("XSV", "XSA"):
            predicates.append(form)
        if t.tag in ("NNP", "SL", "SH"):
            proper.append(form)
        if t.tag in ("NNG", "NNP") and form not in question_nouns:
            head = form
    return QuestionWords(tuple(dict.fromkeys(predicates)), tuple(dict.fromkeys(proper)), head)
