"""A graph edge answers only when its sentences write the thing the question asks about.

"A 해상풍력 단지에 터빈을 공급하는 회사는?" was answered with the cable maker at 0.86: the
graph holds a supply edge from "…B의 터빈 34기가 들어가며, 해저 케이블은 C가 공급한다", and
the edge says C supplies A, not what.  "A와 업무협약을 맺은 곳은?" was answered with the partner
of another agreement ("지난해 D와 송객 제휴를 맺었다").  The question names the item (the noun
its verb takes with 을/를: 터빈, 업무협약): an edge fits only when it is written

* in the clause of its evidence sentence that names the answer (clauses joined by a
  connective ending and a comma: "…들어가며, 해저 케이블은 C가 공급한다"), or
* when the sentence does not write it, in another sentence of its paragraph (the lede says
  "손잡고", the next sentence "업무협약을 맺었다").

An item that is only the relation's own word ("협약을 맺은", "제휴한") asks nothing more.

>>> from search.passages import sentence_tokens
>>> asked_items(sentence_tokens("A사 단지에 터빈을 공급하는 회사는?"), [(0, 2)])
['터빈']
>>> asked_items(sentence_tokens("B사와 협약을 맺은 곳은?"), [(0, 2)])
[]
>>> asked_items(sentence_tokens("A사에서 짧은 영상 만들어주는 서비스는?"), [(0, 2)])
['영상']
>>> asked_items(sentence_tokens("A사가 처음 만든 로봇은?"), [(0, 2)])
[]
"""

from __future__ import annotations

import functools
import re

from .answer_tables import answer_type_tables
from .spans import Token

__all__ = ["asked_items", "edge_fits", "item_words", "paragraph_of"]

#: Kiwi tags of the nouns that make up an item ("해저 케이블", "업무협약")
_ITEM = frozenset({"NNG", "NNP", "SL", "XSN"})
#: the words that join two items a question asks either of ("공급 또는 판매 계약")
_OR = frozenset({"및", "또는", "혹은"})
#: a clause ends at a connective ending followed by a comma ("들어가며,", "맺었고,")
_CLAUSE_END = re.compile(r"(?:며|고|으며|지만|는데|은데|면서)\s*,")


@functools.lru_cache(maxsize=1)
def _relation_words() -> frozenset[str]:
    """The words that state a relation (predicates.toml stems and nouns of every frame):
    an item written as one of them ("협약", "계약", "투자") asks for the relation itself."""
    from kg.resources import resources

    words: set[str] = set()
    for frame in resources().frame_of.values():
        words |= set(frame.stems) | set(frame.nouns)
    return frozenset(words)


def asked_items(toks, spans: list[tuple[int, int]]) -> list[str]:
    """The item the question's verb takes with 을/를, outside its names: its head noun, or
    the whole noun run when the head is a relation's word ("업무협약", "송객제휴")."""
    toks = list(toks)
    out: list[str] = []
    for i, t in enumerate(toks):
        if t.tag != "JKO" and not _bare_object(toks, i):
            continue
        run: list[Token] = []
        j = i - 1
        while j >= 0 and toks[j].tag in _ITEM and (not run or toks[j].end >= run[0].start - 1):
            run.insert(0, toks[j])
            j -= 1
        if not run or any(s < run[-1].end and run[-1].start < e for s, e in spans):
            continue
        joined = j >= 1 and (toks[j].tag == "JC" or toks[j].form in _OR)
        if joined and toks[j - 1].tag in _ITEM and not _named(toks[j - 1], spans):
            continue  # "공급이나 판매 계약을": either of two, written apart ("A와 X를": A's)
        head = run[-1].form
        if run[-1].tag == "SL":
            continue  # "시리즈A를 리드한": a round or a code, named a paragraph away (stated.py)
        if head in _relation_words():
            whole = "".join(x.form for x in run if not _named(x, spans))
            if whole != head:
                out.append(whole)
        elif len(head) >= 2 or run[-1].tag == "SL":
            out.append(head)
    return out


def _bare_object(toks, i: int) -> bool:
    """``toks[i]`` is a verb whose object is written right before it without 을/를, as spoken
    questions write it ("영상 만들어주는 거", "배터리 만드는 회사": the tagger may read 만들 as an
    auxiliary there); a noun of time or order before it is an adverb ("처음 만든", "지난해 세운")."""
    if i < 1 or not (toks[i].tag.startswith("VV") or toks[i].tag == "VX"):
        return False
    before = toks[i - 1]
    adverbs = answer_type_tables()["bare_objects"]["adverbial_nouns"]
    return (
        before.tag in {"NNG", "NNP"} and before.end < toks[i].start and before.form not in adverbs
    )


def written_in(word: str, text: str) -> bool:
    """``word`` is written in ``text``, spaces and case aside (as qualified_edges.written_in)."""
    return word.casefold() in "".join(text.split()).casefold()


def _named(t: Token, spans) -> bool:
    return any(s < t.end and t.start < e for s, e in spans)


def item_words(q) -> list[str]:
    """What an edge's sentences must write to answer ``q``: its asked item.  (Not its
    qualifiers, "시리즈C에 참여한": a round is often named a paragraph away from the investors'
    sentence, and search/stated.py ``off_round`` reads it.)"""
    toks = list(q.tokens)
    return asked_items(toks, q.spans) if toks else []


def _clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence, split after "…며," / "…고,"."""
    bounds, start = [], 0
    for m in _CLAUSE_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    bounds.append((start, len(text)))
    return bounds


def paragraph_of(ex, sid: str) -> list[str]:
    """The other sentences of ``sid``'s paragraph (ids are "doc#n")."""
    s = ex.sentences.get(sid)
    if s is None or "#" not in sid:
        return []
    doc, _, n = sid.rpartition("#")
    if not n.isdigit():
        return []
    out = []
    for step in (-1, 1):
        k = int(n) + step
        while (o := ex.sentences.get(f"{doc}#{k}")) is not None and o.paragraph == s.paragraph:
            out.append(o.text)
            k += step
    return out


def edge_fits(ex, rel, answer_id: str, words: list[str]) -> bool:
    """Some evidence sentence of ``rel`` writes every word in the clause naming
    ``answer_id`` (or, not writing it, its paragraph does): "해저 케이블은 C가 공급한다" does
    not write 터빈."""
    if not words:
        return True
    return any(_told(ex, ev, answer_id, words) for ev in rel.evidence)


def _told(ex, ev, answer_id: str, words: list[str]) -> bool:
    """One evidence sentence ``ev`` writes every word as ``edge_fits`` asks."""
    mentions = ex.sentence_entities.get(ev.sentence_id, [])
    spans = [(s, e) for eid, s, e in mentions if eid == answer_id]
    clauses = [c for c in _clauses(ev.text) if any(c[0] <= s < c[1] for s, _ in spans)]
    around: list[str] | None = None
    for w in words:
        if written_in(w, ev.text):
            if clauses and not any(written_in(w, ev.text[a:b]) for a, b in clauses):
                return False
            continue
        around = paragraph_of(ex, ev.sentence_id) if around is None else around
        if not any(written_in(w, t) for t in around):
            return False
    return True
