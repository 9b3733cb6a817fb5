"""The learned ranker: per-candidate features read from what the snapshot stores (vectors, BM25
postings, sentence texts, entity mentions — no Kiwi call per candidate), scored by a linear
model fitted on the KorQuAD dev half (bench/fit_ranker.py), weights in resources/ranker.json.

Besides the hybrid features (``hybrid.features``) a candidate sentence is judged by how much of
the question it covers (alone, with its neighbours, through its paragraph), its rarest matched
term, its neighbours' BM25, its place in the paragraph, whether it holds an answer of the kind
asked (search/answer_spans.py) near the question's words, the question's own words by role
(search/question_words.py), what the rest of its document holds (its best other sentence), and
its document against the other candidates' documents: the question's words in its title (the
title is read once per document, Snapshot.title_terms), the words asked beyond the title's
subject, the words few candidate documents hold.  A hit's paragraph is first where its best
sentence is first, so these are what tells two paragraphs of one article apart.
A second pass may add what the paragraph's candidates say together (its best and its two best
first-pass scores); bench/fit_ranker.py tries it, and on the KorQuAD dev half it adds nothing,
so the shipped weights have one pass; so does a loss on the paragraph's share of the softmax.

The fitted model that scores these features is ``search.ranker_model``.

>>> FEATURES[:3]
('dense', 'lexical', 'doc_lexical')
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import numpy as np

from .answer_spans import kind_entity_types, nearness, type_spans
from .question_words import QuestionWords, question_words
from .spans import Token, tokens_of

if TYPE_CHECKING:
    from .hybrid import Features
    from .snapshot import Snapshot

__all__ = [
    "FEATURES",
    "PARAGRAPH_FEATURES",
    "candidate_features",
]

#: the first pass's features, in the order of the weights in ranker.json
FEATURES = (
    "dense",  # cosine to the question, min-max scaled over the candidates
    "lexical",  # sentence BM25 / the best candidate's
    "doc_lexical",  # paragraph BM25 / the best
    "doc_dense",  # the paragraph's best cosine, min-max scaled
    "entity",  # linked question entities the sentence (0.5: its paragraph so far) names, up to 2
    "relation",  # evidence of the edge asked about
    "dense_gap",  # cosine minus the best candidate's cosine (raw: how far behind it is)
    "coverage",  # IDF-weighted share of the question's terms in the sentence
    "near_coverage",  # ... in the sentence and the ones right before and after it
    "doc_coverage",  # ... in the paragraph
    "rarest",  # the rarest matched term's IDF / the rarest question term's
    "prev_lexical",  # BM25 of the sentence before it in the paragraph / the best
    "next_lexical",  # BM25 of the sentence after it / the best
    "first",  # the paragraph's first sentence
    "length",  # log(1 + its BM25 terms)
    "type_here",  # holds an answer of the asked kind (not written in the question)
    "type_absent",  # the question asks for a kind the sentence does not hold
    "type_near",  # that answer is near the question's words (1 / (1 + chars / 10))
    # the question's own words of each role (question_words), read from the stored BM25 terms
    "predicate",  # IDF-weighted share of the question's predicates (verb/adjective lemmas,
    # 하다-nouns: 역설, 당선) the sentence holds
    "last_predicate",  # it holds the question's last predicate (the one the answer fills)
    "predicates",  # how many of those predicates it holds
    "predicate_near",  # IDF-weighted share of them in the sentence or the ones beside it
    "proper",  # IDF-weighted share of the question's proper nouns (NNP, Latin, Hanja) held
    "proper_near",  # ... in the sentence or the ones beside it
    "proper_doc",  # ... in its paragraph
    "head",  # it holds the question's head noun (the last noun that is no question word:
    # 감옥 in "... 감옥은 어디인가?")
    "type_coverage",  # coverage where the sentence holds an answer of the asked kind
    # the rest of its document (a KorQuAD paragraph): the evidence around the sentence
    "doc_best",  # its document is the best BM25 match among the candidates'
    "other_lexical",  # the best BM25 of another sentence of its document / the best
    "other_coverage",  # the best coverage of the question by another sentence of its document
    "doc_head",  # its document holds the question's head noun
    "title",  # IDF-weighted share of the question's terms in its document's title (which of
    # several documents on the question's words is about its subject)
    "doc_local",  # doc_coverage, each term weighted also by how few of the candidates'
    # documents hold it (a word every candidate paragraph holds does not tell them apart)
    "doc_beyond_title",  # doc_coverage of the question's terms its document's title does not
    # hold (what is asked about the subject, not the subject: 결혼 in "헤이그의 부인은?")
    # type_absent for each asked kind alone: a when-question's sentence without a date misses
    # more surely than a who-question's without a recognised person (dates are patterns, names
    # are often not recognised)
    *(f"absent_{kind}" for kind in ("date", "person", "number", "where", "place", "organization")),
)
#: the second pass adds these (from the first pass's scores of the paragraph's candidates)
PARAGRAPH_FEATURES = ("para_best", "para_top2")


def _term_presence(bm25, qterms: list[str], slots: np.ndarray) -> np.ndarray:
    """(terms, slots) -> whether the slot holds the term, from the index's postings."""
    out = np.zeros((len(qterms), len(slots)), dtype=bool)
    for i, t in enumerate(qterms):
        ids = bm25.holders(t)  # ascending: a binary search per slot, no pass over the index
        if len(ids):
            out[i] = ids[np.minimum(np.searchsorted(ids, slots), len(ids) - 1)] == slots
    return out


def _coverage(present: np.ndarray, idf: np.ndarray) -> np.ndarray:
    total = float(idf.sum())
    return (idf @ present) / total if total > 0 else np.zeros(present.shape[1])


def _scaled(x: np.ndarray) -> np.ndarray:
    hi = float(x.max()) if len(x) else 0.0
    return x / hi if hi > 0 else np.zeros_like(x)


def _minmax(x: np.ndarray) -> np.ndarray:
    if not len(x):
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.ones_like(x)


def _neighbours(snap: Snapshot, pos: np.ndarray):
    """(previous position, whether there is one, next position, whether there is one): a
    neighbour is the sentence next to it in the same document, alive in this revision (a
    position without one is its own)."""
    docs, size = snap.doc_of[pos], len(snap.doc_of)
    prev_pos, next_pos = pos - 1, pos + 1
    prev_at, next_at = np.clip(prev_pos, 0, size - 1), np.clip(next_pos, 0, size - 1)
    has_prev = (prev_pos >= 0) & (snap.doc_of[prev_at] == docs) & snap.alive[prev_at]
    has_next = (next_pos < size) & (snap.doc_of[next_at] == docs) & snap.alive[next_at]
    return np.where(has_prev, prev_pos, pos), has_prev, np.where(has_next, next_pos, pos), has_next


def candidate_features(
    snap: Snapshot,
    f: Features,
    qterms: list[str],
    kind: str,
    question: str,
    tokens: list[Token] | None = None,
) -> np.ndarray:
    """The (candidates, len(FEATURES)) matrix of the first pass, rows in ``f.positions``'s
    order.  ``kind`` is the asked kind (``answer_types.read_asked``); ``tokens`` the
    question's Kiwi tokens (``spans.Token``; read from ``question`` when not given)."""
    pos = f.positions
    n = len(pos)
    x = np.zeros((n, len(FEATURES)), dtype=np.float64)
    if not n:
        return x
    col = {name: i for i, name in enumerate(FEATURES)}
    x[:, col["dense"]] = _minmax(f.dense)
    x[:, col["lexical"]] = _scaled(f.lexical)
    x[:, col["doc_lexical"]] = _scaled(f.doc_lexical)
    x[:, col["doc_dense"]] = _minmax(f.doc_dense)
    x[:, col["entity"]] = f.entity
    x[:, col["relation"]] = f.relation
    x[:, col["dense_gap"]] = f.dense - float(f.dense.max())

    uniq = list(dict.fromkeys(qterms))
    idf = np.array([snap.bm25.idf(t) for t in uniq], dtype=np.float64)
    neighbours = _neighbours(snap, pos)
    prev_pos, has_prev, next_pos, has_next = neighbours
    if uniq:
        _coverage_features(x, col, snap, pos, (uniq, idf), neighbours)
    lexical_all = f.all_lexical if f.all_lexical is not None else snap.bm25.scores(qterms)
    best = float(f.lexical.max()) if len(f.lexical) else 0.0
    if best > 0:
        x[:, col["prev_lexical"]] = np.where(has_prev, lexical_all[prev_pos], 0) / best
        x[:, col["next_lexical"]] = np.where(has_next, lexical_all[next_pos], 0) / best
    x[:, col["first"]] = ~has_prev
    x[:, col["length"]] = np.log1p(snap.bm25.lengths[pos])

    _type_features(x, col, snap, pos, uniq, kind, question)
    if f"absent_{kind}" in col:
        x[:, col[f"absent_{kind}"]] = x[:, col["type_absent"]]
    x[:, col["type_coverage"]] = x[:, col["coverage"]] * x[:, col["type_here"]]
    if tokens is None:
        from kg.kiwi import kiwi

        tokens = tokens_of(kiwi().tokenize(question))
    _question_word_features(x, col, snap, pos, question_words(tokens), neighbours)
    _document_features(x, col, snap, f, (uniq, idf), (lexical_all, best))
    if uniq:
        _paragraph_features(x, col, snap, pos, uniq, idf)
    return x


def _paragraph_features(x, col, snap: Snapshot, pos, uniq: list[str], idf: np.ndarray) -> None:
    """What each candidate's document (paragraph) and its title hold of the question's terms
    (``uniq``, their ``idf``), read once per document: ``title``, ``doc_local``,
    ``doc_beyond_title``."""
    slots, at = np.unique(snap.doc_of[pos], return_inverse=True)
    held = _term_presence(snap.doc_bm25, uniq, slots)  # (terms, documents)
    rare_here = np.log((len(slots) + 1) / (held.sum(axis=1) + 0.5))
    x[:, col["doc_local"]] = _coverage(held, idf * np.maximum(rare_here, 0))[at]
    ids = [snap.doc_ids[p] for p in pos[np.unique(at, return_index=True)[1]].tolist()]
    titles = [snap.title_terms[d] for d in ids]
    in_title = np.array([[t in title for title in titles] for t in uniq], dtype=bool)
    x[:, col["title"]] = _coverage(in_title, idf)[at]
    asked = idf[:, None] * ~in_title  # the question's terms outside each title
    total = asked.sum(axis=0)
    beyond = (asked * held).sum(axis=0) / np.where(total > 0, total, 1.0)
    x[:, col["doc_beyond_title"]] = beyond[at]


def _coverage_features(x, col, snap: Snapshot, pos, question, neighbours) -> None:
    """The IDF-weighted share of the ``question``'s terms (unique, their IDFs) each candidate
    holds, with its neighbours, in its document; its rarest matched term."""
    uniq, idf = question
    prev_pos, has_prev, next_pos, has_next = neighbours
    here = _term_presence(snap.bm25, uniq, pos)
    near = (
        here
        | (_term_presence(snap.bm25, uniq, prev_pos) & has_prev)
        | (_term_presence(snap.bm25, uniq, next_pos) & has_next)
    )
    in_doc = _term_presence(snap.doc_bm25, uniq, snap.doc_of[pos])
    x[:, col["coverage"]] = _coverage(here, idf)
    x[:, col["near_coverage"]] = _coverage(near, idf)
    x[:, col["doc_coverage"]] = _coverage(in_doc, idf)
    top_idf = float(idf.max())
    if top_idf > 0:
        x[:, col["rarest"]] = (here * idf[:, None]).max(axis=0) / top_idf


def _document_features(x, col, snap: Snapshot, f: Features, question, lexical) -> None:
    """Per candidate, the best other sentence of its document by BM25 (``lexical``: every
    position's BM25 and the best candidate's) and by coverage of the ``question`` (its unique
    terms, their IDFs), and whether its document is the best BM25 match."""
    pos, docs = f.positions, snap.doc_of[f.positions]
    top = float(f.doc_lexical.max())
    x[:, col["doc_best"]] = (f.doc_lexical >= top) & (top > 0)
    (uniq, idf), (lexical_all, best) = question, lexical
    if best <= 0 and not uniq:
        return
    slots = np.unique(docs)
    members = [snap.doc_positions[d] for d in slots.tolist()]
    sizes = np.array([len(m) for m in members], dtype=np.int64)
    every = np.fromiter(itertools.chain.from_iterable(members), np.int64, int(sizes.sum()))
    group = np.repeat(np.arange(len(slots)), sizes)
    at = np.searchsorted(slots, docs)  # each candidate's document among ``slots``
    if best > 0:
        scaled = lexical_all[every] / best
        x[:, col["other_lexical"]] = _best_other(every, group, sizes, scaled, pos, at)
    if uniq:
        covered = _coverage(_term_presence(snap.bm25, uniq, every), idf)
        x[:, col["other_coverage"]] = _best_other(every, group, sizes, covered, pos, at)


def _best_other(every, group, sizes, values, pos, at) -> np.ndarray:
    """For each candidate (position ``pos``, document ``at``): the best of ``values`` over the
    other positions of its document (``every`` grouped by ``group``; 0 when it has none)."""
    order = np.lexsort((-values, group))
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    best_pos, best = every[order[first]], values[order[first]]
    second = np.where(sizes > 1, values[order[np.minimum(first + 1, len(order) - 1)]], 0.0)
    return np.where(pos == best_pos[at], second[at], best[at])


def _share(present: np.ndarray, weights: np.ndarray) -> np.ndarray:
    total = float(weights.sum())
    return (weights @ present) / total if total > 0 else np.zeros(present.shape[1])


def _question_word_features(x, col, snap: Snapshot, pos, words: QuestionWords, neighbours):
    """How many of the question's predicates, proper nouns and its head noun each candidate
    (its neighbours, its paragraph) holds."""
    prev_pos, has_prev, next_pos, has_next = neighbours
    bm25 = snap.bm25

    def near(ts: list[str], here: np.ndarray) -> np.ndarray:
        return (
            here
            | (_term_presence(bm25, ts, prev_pos) & has_prev)
            | (_term_presence(bm25, ts, next_pos) & has_next)
        )

    if words.predicates:
        ts = list(words.predicates)
        idf = np.array([bm25.idf(t) for t in ts], dtype=np.float64)
        here = _term_presence(bm25, ts, pos)
        x[:, col["predicate"]] = _share(here, idf)
        x[:, col["last_predicate"]] = here[-1]
        x[:, col["predicates"]] = here.sum(axis=0)
        x[:, col["predicate_near"]] = _share(near(ts, here), idf)
    if words.proper:
        ts = list(words.proper)
        idf = np.array([bm25.idf(t) for t in ts], dtype=np.float64)
        here = _term_presence(bm25, ts, pos)
        x[:, col["proper"]] = _share(here, idf)
        x[:, col["proper_near"]] = _share(near(ts, here), idf)
        x[:, col["proper_doc"]] = _share(_term_presence(snap.doc_bm25, ts, snap.doc_of[pos]), idf)
    if words.head:
        x[:, col["head"]] = _term_presence(bm25, [words.head], pos)[0]
        x[:, col["doc_head"]] = _term_presence(snap.doc_bm25, [words.head], snap.doc_of[pos])[0]


def _type_features(x, col, snap: Snapshot, pos, uniq: list[str], kind: str, question: str) -> None:
    """Whether each candidate holds a mention of the asked kind, and how near the question's
    words it stands (``type_here``, ``type_absent``, ``type_near``)."""
    if kind not in kind_entity_types():
        return
    ex = snap.extraction
    words = [t for t in uniq if len(t) >= 2 or not t.isascii()]
    for i, p in enumerate(pos.tolist()):
        sid = snap.sentence_ids[p]
        mentions = []
        for eid, s, e in ex.sentence_entities.get(sid, []):
            ent = ex.entities.get(eid)
            if ent is not None:
                mentions.append((ent.type, s, e))
        text = snap.texts[p]
        spans = type_spans(text, kind, mentions, question)
        x[i, col["type_here"]] = bool(spans)
        x[i, col["type_absent"]] = not spans
        x[i, col["type_near"]] = nearness(text, spans, words)
