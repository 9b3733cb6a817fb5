"""The learned ranker: per-candidate features read from what the snapshot stores (vectors, BM25
postings, sentence texts, entity mentions — no Kiwi call per candidate), scored by a linear
model fitted on the KorQuAD dev half (bench/fit_ranker.py), weights in resources/ranker.json.

Besides the hybrid features (``hybrid.features``) a candidate sentence is judged by how much of
the question it covers (alone, with its neighbours, through its paragraph), its rarest matched
term, its neighbours' BM25, its place in the paragraph, and whether it holds an answer of the
kind asked (a date for 언제, a person for 누구, a number for 몇 ...) near the question's words.
A second pass may add what the paragraph's candidates say together (its best and its two best
first-pass scores); bench/fit_ranker.py tries it, and on the KorQuAD dev half it adds nothing,
so the shipped weights have one pass.

>>> ranker().names[:3]
('dense', 'lexical', 'doc_lexical')
"""

from __future__ import annotations

import functools
import json
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .answer_types import answer_type_tables
from .spans import Token, tokens_of

if TYPE_CHECKING:
    from .hybrid import Features
    from .snapshot import Snapshot

__all__ = [
    "FEATURES",
    "QuestionWords",
    "Ranker",
    "candidate_features",
    "question_words",
    "ranker",
    "type_spans",
]

_RESOURCES = Path(__file__).with_name("resources")

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
)
#: the second pass adds these (from the first pass's scores of the paragraph's candidates)
PARAGRAPH_FEATURES = ("para_best", "para_top2")


#: a number written onto a Latin name is part of the name, not an answer ("Claude 1~3",
#: "GPT-4", "Llama 3.1")
_VERSIONED_NAME = re.compile(r"[A-Za-z][A-Za-z.]*[ -]?\d[\d~.,-]*")


@functools.lru_cache(maxsize=1)
def _type_tables() -> tuple[dict[str, frozenset[str]], dict[str, re.Pattern | None]]:
    """kind -> entity types that answer it; kind -> a regex of a number with its counter."""
    with open(_RESOURCES / "ranking.toml", "rb") as f:
        table = tomllib.load(f)
    units = {**answer_type_tables()["units"], **table["units"]}
    magnitudes = "|".join(re.escape(w) for w in table["magnitudes"]["words"])
    entity_types, patterns = {}, {}
    for kind, spec in table["kinds"].items():
        entity_types[kind] = frozenset(spec["entity_types"])
        words = [u for name in spec["units"] if name != "any" for u in units[name]]
        number = r"(?<![\d,.])\d[\d,.]*"
        if "any" in spec["units"]:
            nots = [u for name in spec.get("not_units", []) for u in units[name]]
            alt = "|".join(re.escape(w) for w in sorted(set(nots), key=len, reverse=True))
            patterns[kind] = re.compile(rf"{number}(?![\d,.])(?!\s?(?:{alt}))" if alt else number)
        elif words:
            alt = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
            patterns[kind] = re.compile(rf"{number}\s?(?:(?:{magnitudes})\s?)?(?:{alt})")
        else:
            patterns[kind] = None
    return entity_types, patterns


def type_spans(
    text: str, kind: str, entity_spans: list[tuple[str, int, int]], question: str = ""
) -> list[tuple[int, int]]:
    """Where a sentence holds an answer of ``kind``: its numbers with the right counter and its
    entity mentions of the right type (``entity_spans``: (type, start, end)), leaving out what
    the question itself writes.

    >>> type_spans("그는 1989년 3월 서울에서 태어났다.", "date", [])
    [(3, 8), (9, 11)]
    >>> type_spans("그는 1989년에 태어났다.", "date", [], question="1989년에 태어난 사람은?")
    []
    """
    entity_types, patterns = _type_tables()
    if kind not in entity_types:
        return []
    out = [(s, e) for ty, s, e in entity_spans if ty in entity_types[kind]]
    pattern = patterns[kind]
    if pattern is not None:
        names = [m.span() for m in _VERSIONED_NAME.finditer(text)]
        out += [
            m.span()
            for m in pattern.finditer(text)
            if not any(s <= m.start() < e for s, e in names)
        ]
    q = question.replace(" ", "")
    return sorted({(s, e) for s, e in out if not q or text[s:e].replace(" ", "") not in q})


@dataclass(frozen=True)
class QuestionWords:
    """The question's words by role, as BM25 terms (search/lexical.py forms)."""

    predicates: tuple[str, ...]  # verb and adjective lemmas, nouns made verbs by 하다
    proper: tuple[str, ...]  # proper nouns, Latin and Hanja words, case-folded
    head: str  # the last noun that is no question word ("" when none)


@functools.lru_cache(maxsize=1)
def _question_word_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(light predicates, question nouns) of resources/ranking.toml [question_words]."""
    with open(_RESOURCES / "ranking.toml", "rb") as f:
        table = tomllib.load(f)["question_words"]
    return frozenset(table["light_predicates"]), frozenset(table["question_nouns"])


def question_words(tokens: list[Token]) -> QuestionWords:
    """The question's predicates, proper nouns and head noun, from its Kiwi tokens.

    >>> from kg.kiwi import kiwi
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


def _nearness(text: str, spans: list[tuple[int, int]], words: list[str]) -> float:
    """1 / (1 + chars / 10) for the closest pair of an answer span and a question word."""
    if not spans or not words:
        return 0.0
    folded = text.casefold()
    best = math.inf
    for w in words:
        at = folded.find(w)
        while at >= 0:
            for s, e in spans:
                d = max(s - (at + len(w)), at - e, 0)
                best = min(best, d)
            at = folded.find(w, at + 1)
    return 0.0 if best == math.inf else 1.0 / (1.0 + best / 10.0)


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
    docs = snap.doc_of[pos]
    prev_pos, has_prev, next_pos, has_next = _neighbours(snap, pos)
    if uniq:
        here = _term_presence(snap.bm25, uniq, pos)
        near = (
            here
            | (_term_presence(snap.bm25, uniq, prev_pos) & has_prev)
            | (_term_presence(snap.bm25, uniq, next_pos) & has_next)
        )
        in_doc = _term_presence(snap.doc_bm25, uniq, docs)
        x[:, col["coverage"]] = _coverage(here, idf)
        x[:, col["near_coverage"]] = _coverage(near, idf)
        x[:, col["doc_coverage"]] = _coverage(in_doc, idf)
        top_idf = float(idf.max())
        if top_idf > 0:
            x[:, col["rarest"]] = (here * idf[:, None]).max(axis=0) / top_idf
    lexical_all = f.all_lexical if f.all_lexical is not None else snap.bm25.scores(qterms)
    best = float(f.lexical.max()) if len(f.lexical) else 0.0
    if best > 0:
        x[:, col["prev_lexical"]] = np.where(has_prev, lexical_all[prev_pos], 0) / best
        x[:, col["next_lexical"]] = np.where(has_next, lexical_all[next_pos], 0) / best
    x[:, col["first"]] = ~has_prev
    x[:, col["length"]] = np.log1p(snap.bm25.lengths[pos])

    _type_features(x, col, snap, pos, uniq, kind, question)
    x[:, col["type_coverage"]] = x[:, col["coverage"]] * x[:, col["type_here"]]
    if tokens is None:
        from kg.kiwi import kiwi

        tokens = tokens_of(kiwi().tokenize(question))
    neighbours = (prev_pos, has_prev, next_pos, has_next)
    _question_word_features(x, col, snap, pos, question_words(tokens), neighbours)
    return x


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


def _type_features(x, col, snap: Snapshot, pos, uniq: list[str], kind: str, question: str) -> None:
    """Whether each candidate holds a mention of the asked kind, and how near the question's
    words it stands (``type_here``, ``type_absent``, ``type_near``)."""
    entity_types, _ = _type_tables()
    if kind not in entity_types:
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
        x[i, col["type_near"]] = _nearness(text, spans, words)


def paragraph_features(docs: np.ndarray, first: np.ndarray) -> np.ndarray:
    """(candidates, 2): the best and the mean of the two best first-pass scores among the
    candidates of each one's paragraph."""
    out = np.zeros((len(docs), len(PARAGRAPH_FEATURES)), dtype=np.float64)
    by_doc: dict[int, list[float]] = {}
    for d, s in zip(docs.tolist(), first.tolist()):
        by_doc.setdefault(d, []).append(s)
    agg = {}
    for d, ss in by_doc.items():
        ss.sort(reverse=True)
        agg[d] = (ss[0], (ss[0] + ss[1]) / 2 if len(ss) > 1 else ss[0])
    for i, d in enumerate(docs.tolist()):
        out[i] = agg[d]
    top = float(first.max()) if len(first) else 0.0
    return out - top  # relative to the best candidate: the scale of a score is per question


@dataclass(frozen=True)
class Ranker:
    """A linear model over named features, in two passes: ``first`` over FEATURES, then
    ``second`` over FEATURES + PARAGRAPH_FEATURES (the paragraph's first-pass scores).  Scores
    order the candidates (hybrid.candidate_scores gives them the fusion's scores in that order)."""

    names: tuple[str, ...]
    first: np.ndarray
    first_bias: float
    second: np.ndarray  # empty: one pass
    second_bias: float

    def scores(self, x: np.ndarray, docs: np.ndarray) -> np.ndarray:
        """Logits of the candidates (rows of ``x``, ``docs`` their paragraph slots)."""
        s1 = x @ self.first + self.first_bias
        if not len(self.second):
            return s1
        xp = np.hstack([x, paragraph_features(docs, s1)])
        return xp @ self.second + self.second_bias

    @classmethod
    def from_dict(cls, d: dict) -> Ranker:
        names = tuple(d["features"])
        if names != FEATURES:
            raise ValueError(
                f"ranker weights are for features {names}, this code computes {FEATURES}: "
                "refit with bench/fit_ranker.py"
            )
        second = d.get("second") or {}
        return cls(
            names=names,
            first=np.array([d["first"]["weights"][n] for n in names], dtype=np.float64),
            first_bias=float(d["first"]["bias"]),
            second=np.array(
                [second["weights"][n] for n in (*names, *PARAGRAPH_FEATURES)] if second else [],
                dtype=np.float64,
            ),
            second_bias=float(second.get("bias", 0.0)),
        )


@functools.lru_cache(maxsize=1)
def ranker() -> Ranker:
    """The shipped ranker (resources/ranker.json)."""
    return Ranker.from_dict(json.loads((_RESOURCES / "ranker.json").read_text(encoding="utf-8")))
