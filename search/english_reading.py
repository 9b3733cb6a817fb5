"""The answer reader's reading of an English question, made like a Korean question's: its terms
are the Korean words a reporter writes for its words, its predicate the Korean verbs of its
verb, its asked role the one its word order gives (search/reader_features.py reads all three).

"Who founded Highroad Games?" asked of "2012년 회사를 창업한 주석훈 대표는 …" is read as
"하이로드게임즈를 창업한 사람은?" would be: the Korean words of search/english.py's gloss and names
are its terms, the Latin words of a name it links left to the Hangul name; the several Korean
words glossing one English word (설립, 창업, 세우 of "founded") weigh as one word in the whole
the share of a sentence is taken of (each had weighed as a word of its own: six words of
"founded" outweighed the name asked about); the verb's Korean words (english.toml [reader]
verbs) are the predicates the answer stands beside, and "Who founded ...?" asks for the
predicate's doer (``role`` "subj"), "Which company did X acquire?" for its object ("obj").

>>> english_role("Who founded Highroad Games?")
'subj'
>>> english_role("Which company did Sejin Chemical acquire?"), english_role("Who did A work with?")
('obj', '')
>>> english_role("Who was nominated as the new CEO?"), english_role("Who was it acquired by?")
('obj', 'subj')
>>> sorted(english_predicates("Which company makes the engines?"))
['만들', '생산', '제조', '제조사']
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.kiwi import kiwi

from .english import english_glosses, english_tables
from .english_lemmas import lemma_index, lookup
from .reader_features import term_key
from .reader_sentence import CONTENT
from .spans import tokens_of

if TYPE_CHECKING:
    from .lexical import BM25
    from .question import Question
    from .reader import QuestionReading

__all__ = ["english_predicates", "english_reading", "english_role"]


def english_reading(r: QuestionReading, q: Question, bm25: BM25) -> QuestionReading:
    """``r`` (search/reader.py question_reading of an English question ``q``) with its terms
    weighed as a Korean question's, its predicates and its asked role (see the module doc);
    ``bm25``: the article's index, which says which words its sentences write."""
    latin = {t.form.casefold() for t in q.tokens if t.tag == "SL"}
    # a linked name's Latin words left the BM25 terms (search/english.py): its Hangul name reads;
    # a letter alone no sentence writes is the "s" of a possessive
    terms = {
        k: w
        for k, w in r.terms.items()
        if k not in latin or (k in q.index_terms and (len(k) > 1 or _held(bm25, k)))
    }
    # each glossed English word: its Korean words, each the keys of its morphemes, read alone
    # (read in a row, "주도 이끌" was 주/NNG 도/JX)
    glossed = [[_keys(word) for word in gloss.split()] for gloss in english_glosses(q.text)]
    in_gloss = {k for words in glossed for keys in words for k in keys}
    terms |= {k: max(bm25.idf(k), 0.1) for k in in_gloss if k not in terms}
    # the English words weigh as the words of a Korean question no sentence writes do
    single = sum(w for k, w in terms.items() if k not in in_gloss)
    # an English word glossed weighs as one Korean word of it (the one the article writes)
    total = single + sum(_weight(words, terms, bm25) for words in glossed)
    preds = english_predicates(q.text)
    return replace(
        r,
        terms=terms,
        total=total or 1.0,
        predicates=preds,
        role=english_role(q.text) if preds else "",
    )


def _weight(words: list[tuple[str, ...]], terms: dict[str, float], bm25: BM25) -> float:
    """What one glossed English word weighs: the weight of the Korean word of its gloss the
    article writes (the sum of its morphemes'; "최고과학책임자" is 최고, 과학, 책임자), the rarest
    one when it writes several; the commonest when it writes none."""
    weights = [sum(terms.get(k, 0.0) for k in keys) for keys in words]
    held = [w for w, keys in zip(weights, words) if keys and all(_held(bm25, k) for k in keys)]
    return max(held) if held else min((w for w in weights if w > 0), default=0.0)


def _held(bm25: BM25, key: str) -> bool:
    """Some sentence of the article writes ``key``."""
    return bool(bm25.holders(key).size)


def english_predicates(text: str) -> frozenset[str]:
    """The Korean predicates of an English question's verb: the gloss of its first verb of
    [reader] verbs that no preposition comes before ("What did she do before founding X?" asks
    what she did, not about founding), as reader keys; empty when none is glossed."""
    words = _words(text)
    prepositions = set(english_tables()["reader"]["prepositions"])
    index = _verb_index()
    for i in range(len(words)):
        for n in (2, 1):  # "spin out" before "spin"
            key = lookup(" ".join(words[i : i + n]), index)
            if key and (i == 0 or words[i - 1] not in prepositions):
                # one syllable alone is too often another word's (사 of 사들, 이 of 이기)
                return frozenset(k for k in _keys(english_tables()["gloss"][key]) if len(k) > 1)
    return frozenset()


def english_role(text: str) -> str:
    """The role the answer to an English question plays in its verb's clause, read from the
    words after its asking word: "subj" (the verb follows at once, or after a helping verb:
    "Who founded X?", "Which company will build it?"; a passive ending on "by"), "obj" (a
    subject comes between: "What did X release?"; a passive: "Who was nominated?") or ""
    (no asking word, a copula with no verb, an ending preposition: "Who did A develop B with?")."""
    table = english_tables()["reader"]
    words = _words(text)
    if len(words) < 2 or words[0] not in table["asking"]:
        return ""
    helping, copulas = set(table["helping"]), set(table["copulas"])
    i = 1
    if words[0] in {"which", "what"}:  # the asked noun: "Which securities firm"
        while i < len(words) and words[i] not in helping | copulas and not _verb(words[i]):
            i += 1
    if i >= len(words):
        return ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if words[i] in copulas:  # "Who is buying X?" does; "Who was nominated?" is done to
        if _verb(after):
            return "subj" if after.endswith("ing") else "obj"
        return "subj" if words[-1] == "by" else ""
    if words[i] in helping:
        if _verb(after):
            return "subj"
        return "" if words[-1] in table["prepositions"] else "obj"
    return "subj" if _verb(words[i]) else ""


def _words(text: str) -> list[str]:
    """The words of an English question, lower-cased, a possessive's "'s" left out."""
    return re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", re.sub(r"'s\b", "", text.casefold()))


def _verb(word: str) -> bool:
    return bool(word) and bool(lookup(word, _verb_index()))


@functools.lru_cache(maxsize=1)
def _verb_index() -> dict[str, str]:
    return lemma_index(english_tables()["reader"]["verbs"])


@functools.lru_cache(maxsize=1024)
def _keys(gloss: str) -> tuple[str, ...]:
    """The reader's keys of the content morphemes of a gloss ("설립 창업 세우")."""
    return tuple(
        dict.fromkeys(term_key(t) for t in tokens_of(kiwi().tokenize(gloss)) if t.tag in CONTENT)
    )
