"""A question written in English about Korean articles ("Who founded Upstage?"): whether it
is one, the answer type and relation its words ask for, and the Korean words and names of
search/english.py its reading gains.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.kiwi import kiwi
from kg.names import is_hangul
from kg.resolve import Extraction

from .english import english_asked_type, english_frame, english_gloss, english_words
from .lexical import terms_of_tokens
from .question_terms import content_terms
from .spans import Token, tokens_of

if TYPE_CHECKING:
    from .question import Question

__all__ = ["english_type", "glossed", "in_english"]


def in_english(text: str, linked_spans: list[tuple[int, int]]) -> bool:
    """An English question, though it may write a name in Hangul ("How much did the fund
    invest in 파랑소재?"): no Hangul outside the names it links."""
    rest = "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in linked_spans))
    return not is_hangul(rest) and len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2


def english_type(q: Question, text: str, tables, res) -> None:
    """The expected type and relation of an English question, from its words."""
    words = [w.lower() for w in re.findall(r"[a-zA-Z]+", text) if not _acronym(w)]
    inside = set(tables.get("english_inside", {}).get("after", []))
    for w, after in zip(words, [*words[1:], ""]):
        if tables["english"].get(w) in {"Person", "Date", "Company"} and not q.expected_type:
            q.expected_type = tables["english"][w]
        rel = tables["english"].get(w, "")
        if rel and rel.isupper() and not q.relation and after not in inside:
            q.relation = rel
    q.expected_type = q.expected_type or english_asked_type(words)  # "Which company ...?"
    if q.expected_type == "Date" and q.relation:
        frame = res.frame_of.get(q.relation)
        q.relation = frame.date_relation if frame and frame.date_relation else q.relation


def _acronym(word: str) -> bool:
    """A word written in capitals is a name's letters, no word of the question: "according to
    the WHO" asks no person, "IT" no thing ("Who" and "How", capitalised first, still ask).

    >>> _acronym("WHO"), _acronym("Who"), _acronym("A")
    (True, False, False)
    """
    return len(word) > 1 and word.isupper()


def glossed(q: Question, text: str, found: list, ex: Extraction, tables, res) -> None:
    """An English question read with the Korean words and names of search/english.py: their
    morphemes follow the question's own, past its end; the Latin names they stand in for
    leave the BM25 terms; the verb may decide the asked type and drop the relation."""
    frame = english_frame(text)
    if frame is not None:
        q.expected_type = frame.expected_type
        q.relation = "" if frame.drop_relation else q.relation
    names = [(eid, text[s:e]) for eid, s, e, _ in found]
    words, latin = english_words(text, names, ex)
    q.index_terms = [t for t in q.index_terms if t not in latin]
    if not words:
        return
    q.gloss = words
    toks = kiwi().tokenize(words)
    off = len(text) + 1
    q.tokens += [Token(t.form, t.tag, t.start + off, t.end + off) for t in tokens_of(toks)]
    q.index_terms += terms_of_tokens(toks)
    gloss_toks = kiwi().tokenize(english_gloss(text))
    q.terms += [w for w in content_terms(gloss_toks, [], tables, res) if w not in q.terms]
