"""A graph edge answers 예 only when its sentences write what the question qualifies.

"B는 A의 시리즈A에도 투자했나?" was answered 예 at 0.92 from the Series B edge ("B가 투자를
이끌었고"), while the interview says "그때는 투자가 성사되지 않았고, 시리즈A는 C가 단독으로
투자했습니다".  The edge says B invested in A, not in which round.  A question's qualifier is a
word written with a letter or a number outside its names ("시리즈A", "2019년", "2차"): an edge
whose evidence sentence, or an earlier sentence of its paragraph (the lede names the round, the
next sentence the investors), does not write it is about something else, and the sentences
that write the qualifier decide instead.

>>> from search.passages import sentence_tokens
>>> qualifiers(sentence_tokens("B는 A의 시리즈A에도 투자했나?"), [(0, 1), (3, 4)])
['시리즈A']
>>> qualifiers(sentence_tokens("B는 A에 투자했나?"), [(0, 1), (3, 4)])
[]
>>> written_in("시리즈A", "시리즈 A는 C가 단독으로 투자했다.")
True
"""

from __future__ import annotations

from .passages import earlier_in_paragraph
from .polarity import polarity
from .results import Hit
from .spans import NOMINAL, Token

__all__ = [
    "qualified_reading",
    "qualified_verdict",
    "qualifiers",
    "unqualified_edges",
    "written_in",
]

#: tags of the token that makes a word a qualifier: a Latin letter or a number
_MARKED = {"SL", "SN"}
#: particles Kiwi may read as a one-syllable noun after a Latin word ("CTO가")
_PARTICLES = frozenset({"가", "이", "은", "는", "을", "를", "의", "에", "도", "와", "과", "로"})
#: the best sentences read for one that writes the qualifier
_TOP = 8


def qualifiers(toks, spans: list[tuple[int, int]]) -> list[str]:
    """The written words of a question (its names aside) that hold a Latin letter or a number
    glued to Korean nouns ("시리즈A", "2019년", "3차"): what the question narrows its claim to."""
    toks = list(toks)
    out: list[str] = []
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and toks[j + 1].start == toks[j].end and _nominal(toks[j + 1]):
            j += 1
        word = toks[i : j + 1]
        while len(word) > 1 and word[-1].form in _PARTICLES:
            word = word[:-1]  # Kiwi may read a particle as a noun ("CTO가" -> CTO, 가/NNG)
        named = any(s < t.end and t.start < e for t in word for s, e in spans)
        # a letter or number glued to a noun ("시리즈A", "2019년"); a Latin word alone ("AI",
        # "CTO", an English question's words) is a name, a title or a language, no narrowing
        mixed = any(t.tag in _MARKED for t in word) and any(_noun(t) for t in word)
        if all(_nominal(t) for t in word) and mixed and not named:
            out.append("".join(t.form for t in word))
        i = j + 1
    return out


def _noun(t: Token) -> bool:
    """A Korean noun of a qualifier: a bound noun ("년", "차") or one of two syllables or more."""
    return t.tag == "NNB" or (t.tag in {"NNG", "NNP"} and len(t.form) >= 2)


def _nominal(t: Token) -> bool:
    return t.tag in NOMINAL


def written_in(word: str, text: str) -> bool:
    """``word`` is written in ``text``, spaces and case aside ("시리즈 A" writes 시리즈A)."""
    return word.casefold() in "".join(text.split()).casefold()


def unqualified_edges(snap, edges: list, graph_hits: list[Hit], words: list[str]):
    """The edges (and their sentences) whose evidence sentence or an earlier sentence of its
    paragraph writes every qualifier ``words``; all of them when there is none."""
    if not words:
        return edges, graph_hits

    def told(h: Hit) -> bool:
        texts = [h.text] + [p.text for p in earlier_in_paragraph(snap, h.sentence_id)]
        return all(any(written_in(w, t) for t in texts) for w in words)

    kept = [h for h in graph_hits if told(h)]
    sids = {h.sentence_id for h in kept}
    return [r for r in edges if any(ev.sentence_id in sids for ev in r.evidence)], kept


def qualified_reading(hits: list[Hit], words: list[str], predicate: set[str], subject, mentions):
    """(verdict, sentence) from the best sentence that writes every qualifier and states the
    predicate: 아니오 when it denies it ("그때는 투자가 성사되지 않았고") or another of the
    subject's kind does it there and the subject is not named ("시리즈A는 C가 단독으로
    투자했습니다"), 예 when the subject does it; None when no sentence writes them.
    ``subject``: (entity id, type); ``mentions(hit)``: the sentence names the subject."""
    eid, kind = subject
    for h in hits[:_TOP]:
        if not words or not all(written_in(w, h.text) for w in words):
            continue
        verdict = polarity(h.text, predicate)
        if verdict == "no":
            return "no", h
        if verdict != "yes":
            continue
        if mentions(h):
            return "yes", h
        if any(e["type"] == kind and e["id"] != eid for e in h.entities):
            return "no", h
    return None


def qualified_verdict(snap, hits: list[Hit], words, predicate, subject, mentions):
    """``qualified_reading``, after the edges were dropped for ``words``; when the article
    never writes a qualifier at all ("시리즈B에도 투자했나?" of a story of a Series C alone),
    아니오 from the best sentence: nothing says it happened (as ``unlinked_words.unwritten``)."""
    docs = {h.doc_id for h in hits}
    texts = [t for t, d in zip(snap.texts, snap.doc_ids, strict=True) if d in docs]
    if hits and any(not any(written_in(w, t) for t in texts) for w in words):
        return "no", hits[0]
    return qualified_reading(hits, words, predicate, subject, mentions)
