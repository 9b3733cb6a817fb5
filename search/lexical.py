"""BM25 over Kiwi morphemes.

Korean words carry particles and endings (업스테이지는, 개발했다); indexing whole words, as
whitespace tokenisers do, makes 업스테이지는 and 업스테이지의 strangers.  Terms here are the content
morphemes: nouns, verb and adjective stems, Latin words case-folded, numbers; compound nouns are
indexed whole and split (인공지능 -> 인공지능, 인공, 지능).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping

import numpy as np

from kg.kiwi import kiwi

__all__ = ["BM25", "TERMS_VERSION", "terms", "terms_many", "terms_of_tokens"]

#: bumped whenever the terms of a text change: a rebuild reuses stored terms only under the
#: same version (search/pipeline.analysis_fingerprint)
TERMS_VERSION = 2

# Kiwi tags whose morphemes carry content
_CONTENT = {"NNG", "NNP", "NR", "SL", "SN", "SH", "XR", "VV", "VA", "MAG", "NNB"}
_SKIP_NNB = {"것", "수", "등", "때", "중", "데", "바", "뿐", "듯", "년", "월", "일"}


def terms_of_tokens(toks) -> list[str]:
    """Index terms of an already analysed text (Kiwi tokens)."""
    return _terms(toks)


def _terms(toks) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    prev_end = -1
    for t in toks:
        tag = t.tag.partition("-")[0]  # irregular stems are VV-I, VA-I, ...: still verbs
        if tag not in _CONTENT or (tag == "NNB" and t.form in _SKIP_NNB):
            if len(run) > 1:
                out.append("".join(run))
            run = []
            prev_end = -1
            continue
        form = t.form.casefold() if tag in {"SL", "NNP"} else t.form
        form = re.sub(r"\s+", "", form)
        out.append(form)
        if tag in {"NNG", "NNP", "SL", "SN"}:
            if run and t.start != prev_end:
                if len(run) > 1:
                    out.append("".join(run))
                run = []
            run.append(form)
            prev_end = t.start + t.len
        else:
            if len(run) > 1:
                out.append("".join(run))
            run = []
    if len(run) > 1:
        out.append("".join(run))
    return out


def terms(text: str) -> list[str]:
    """Index terms of one text.

    >>> terms("리벨리온은 인공지능 모델 Solar를 개발했다")
    ['리벨리온', '인공', '지능', '모델', '인공지능', 'solar', '개발']
    """
    return _terms(kiwi().tokenize(text))


def terms_many(texts: list[str]) -> list[list[str]]:
    """Index terms of many texts, analysed on Kiwi's thread pool."""
    if not texts:
        return []
    return [_terms(toks) for toks in kiwi().tokenize(list(texts))]


class BM25:
    """Okapi BM25 as Lucene scores it (k1=1.2, b=0.75, no (k1+1) factor) over pre-tokenised
    documents.  A document is addressed by its slot (its position at first); ``changed`` gives a
    new index with some slots emptied and others filled, sharing what did not change, so a
    knowledge base updates it in what the change costs, and scores equal a fresh index's.

    >>> bm = BM25([["업스테이지", "claude"], ["오픈ai", "gpt"]])
    >>> bm.top(["claude"], 1)  # doctest: +ELLIPSIS
    [(0, 0.315...)]
    >>> bm.changed(removed={0: ["업스테이지", "claude"]}, added={2: ["claude"]}).top(["claude"], 1)
    ... # doctest: +ELLIPSIS
    [(2, 0.364...)]
    """

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.n = len(docs)  # documents held
        self.size = len(docs)  # slots: the length of a scores array
        self.lengths = np.array([len(d) for d in docs], dtype=np.float32)
        self._total = sum(len(d) for d in docs)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                ids, tfs = postings.setdefault(term, ([], []))
                ids.append(i)
                tfs.append(tf)
        self._postings = {
            t: (np.array(ids, dtype=np.int64), np.array(tfs, dtype=np.float32))
            for t, (ids, tfs) in postings.items()
        }

    @property
    def avgdl(self) -> float:
        return self._total / self.n if self.n else 0.0

    def changed(
        self, removed: Mapping[int, list[str]] = {}, added: Mapping[int, list[str]] = {}
    ) -> BM25:
        """A new index without the documents ``removed`` (slot -> the terms it held) and with
        ``added`` (slot -> terms; a slot past the end grows the index).  This one is unchanged:
        a reader holding it keeps its view."""
        new = object.__new__(BM25)
        new.k1, new.b = self.k1, self.b
        new.n = self.n - len(removed) + len(added)
        new.size = max([self.size, *(s + 1 for s in added)])
        new.lengths = np.zeros(new.size, dtype=np.float32)
        new.lengths[: self.size] = self.lengths
        new._total = self._total - sum(len(t) for t in removed.values())
        gone: dict[str, list[int]] = {}
        for slot, doc in removed.items():
            for term in set(doc):
                gone.setdefault(term, []).append(slot)
        fresh: dict[str, tuple[list[int], list[int]]] = {}
        for slot in sorted(added):
            doc = added[slot]
            new.lengths[slot] = len(doc)
            new._total += len(doc)
            for term, tf in Counter(doc).items():
                ids, tfs = fresh.setdefault(term, ([], []))
                ids.append(slot)
                tfs.append(tf)
        postings = dict(self._postings)
        for term in gone.keys() | fresh.keys():
            ids, tfs = postings.get(term, (np.zeros(0, np.int64), np.zeros(0, np.float32)))
            if term in gone and len(ids):  # postings are in slot order: bisect, not scan
                slots = np.array(gone[term], dtype=np.int64)
                at = np.minimum(np.searchsorted(ids, slots), len(ids) - 1)
                at = at[ids[at] == slots]
                ids, tfs = np.delete(ids, at), np.delete(tfs, at)
            if term in fresh:
                add_ids = np.array(fresh[term][0], dtype=np.int64)
                ids = np.concatenate([ids, add_ids])
                tfs = np.concatenate([tfs, np.array(fresh[term][1], dtype=np.float32)])
                if len(ids) > len(add_ids) and ids[-len(add_ids) - 1] > add_ids[0]:
                    order = np.argsort(ids, kind="stable")  # new slots are usually past the end
                    ids, tfs = ids[order], tfs[order]
            if len(ids):
                postings[term] = (ids, tfs)
            else:
                postings.pop(term, None)
        new._postings = postings
        return new

    def idf(self, term: str) -> float:
        df = len(self._postings[term][0]) if term in self._postings else 0
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query_terms: list[str]) -> np.ndarray:
        """BM25 score of every slot for the query (zeros where no term matches)."""
        out = np.zeros(self.size, dtype=np.float32)
        avgdl = max(self.avgdl, 1e-9)
        for term, qtf in Counter(query_terms).items():
            posting = self._postings.get(term)
            if posting is None:
                continue
            ids, tfs = posting
            norm = self.k1 * (1 - self.b + self.b * self.lengths[ids] / avgdl)
            out[ids] += qtf * self.idf(term) * tfs / (tfs + norm)
        return out

    def top(self, query_terms: list[str], k: int) -> list[tuple[int, float]]:
        if not self.n:
            return []
        s = self.scores(query_terms)
        k = min(k, self.size)
        idx = np.argpartition(-s, k - 1)[:k]
        idx = idx[np.argsort(-s[idx], kind="stable")]
        return [(int(i), float(s[i])) for i in idx if s[i] > 0]
