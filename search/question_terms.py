"""The words of a question outside the names it links: the content words an answer sentence
should share with it ("솔라를 개발한 회사는?" -> 개발), and the names it writes that the
knowledge base does not know ("테슬라의 CEO는?" -> 테슬라).
"""

from __future__ import annotations

import functools

from kg.names import name_key
from kg.resolve import Extraction

from .answer_types import answer_type_tables
from .english import glossed_words
from .spans import base_tag

__all__ = ["content_terms", "unknown_names"]


def content_terms(toks, linked_spans, tables, res) -> list[str]:
    """Content words an answer sentence should share with the question."""
    skip = set(tables["question_words"]["words"])
    return [
        t.form.casefold()
        for t in toks
        if base_tag(t.tag) in {"NNG", "NNP", "SL", "SN", "VV", "VA", "XR"}
        and not any(s <= t.start < e for s, e in linked_spans)
        and t.form.casefold() not in skip
        and t.form not in tables["answer_types"]
        and t.form not in tables["relation_nouns"]
        and t.form not in tables["descriptive"]["nouns"]
        and t.form not in tables["descriptive"].get("verbs", [])
        and not res.frames_by_stem.get(t.form)
    ]


def unknown_names(toks, linked_spans, ex: Extraction, tables, res) -> list[str]:
    """Names the question uses that the knowledge base does not know ("테슬라의 CEO는?")."""
    out, glossed = [], glossed_words(" ".join(t.form for t in toks))  # "Japan" (english.py)
    for t in toks:
        inside = any(s <= t.start < e for s, e in linked_spans)
        if inside or t.form.casefold() in res.stopnames or t.form.casefold() in glossed:
            continue
        if t.tag == "NNP" or (t.tag == "SL" and len(t.form) >= 2 and t.form[0].isupper()):
            if (
                ex.alias_index.get(name_key(t.form)) is None
                and t.form.casefold() not in tables["english"]
                and t.form.casefold() not in _question_words()
                and t.form not in tables["answer_types"]
                and len(t.form) >= 2
            ):
                out.append(t.form)
    return out


@functools.lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    """The English words a question opens with ("How", "Was", "Did", "At"): capitalized, no
    names."""
    tables = answer_type_tables()
    forms = tables["forms"]
    return frozenset(
        w
        for w in [*tables["interrogatives"], *forms["english_yes_no"], *forms["english_openers"]]
        if w.isascii()
    )
