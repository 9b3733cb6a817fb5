"""Sentences that state the asked relation where the graph has no edge: "하이브리온에 투자한
곳은?" is answered by the names of the asked type in the sentences of the company's article that
say it ("초기 투자사인 다온벤처파트너스가 시드 단계부터 참여했고, 지난해 시리즈B에는 KT와
미래에셋벤처투자가 합류했다"), even when retrieval ranks them low and the extractor drew no
INVESTED_IN edge.  What states a relation is data: resources/answer_types.toml
``relation_cues`` (a topic word and a verb, not denied)."""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables
from .passages import passage_at, sentence_tokens
from .question import Question
from .reader import Passage
from .results import Hit

__all__ = ["off_round", "relation_cues", "rounds_in", "states_relation", "stating_passages"]

#: sentences of one article looked at on each side of a hit (long documents stay bounded)
_REACH = 150


def relation_cues(q: Question) -> dict:
    """The cue table of the relation the question asks for its answer's side ({} if none)."""
    if not (q.relation and q.side):
        return {}
    cues = answer_type_tables()["relation_cues"].get(q.relation, {})
    return cues if q.side in cues.get("sides", ["subject"]) else {}


def states_relation(text: str, cues: dict) -> bool:
    """Whether a sentence states the relation: one of its topic words and one of its verbs,
    not denied, not only expected by others (search.forms.polarity).

    >>> cues = answer_type_tables()["relation_cues"]["INVESTED_IN"]
    >>> states_relation("이번 투자에는 가람벤처스와 누리인베스트가 참여했다.", cues)
    True
    >>> states_relation("네이버는 이번 라운드에 참여하지 않았다.", cues)
    False
    >>> states_relation("유한양행이 후속 투자를 검토하고 있다는 관측도 나온다.", cues)
    False
    """
    from .forms import polarity  # forms builds on the answerers

    forms = {t.form for t in sentence_tokens(text)}
    verbs = set(cues.get("verbs", []))
    if not (forms & set(cues.get("topics", [])) and forms & verbs):
        return False
    return polarity(text, verbs) not in {"no", "unknown"}


@functools.lru_cache(maxsize=1)
def _round_pattern() -> re.Pattern:
    t = answer_type_tables()["rounds"]

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pre, series = alt(t["pre"]), alt(t["series"])
    return re.compile(
        rf"(?P<named>{alt(t['named'])})"
        rf"|(?P<pre>{pre})\s?(?:{series})?\s?(?P<l1>[A-Z])(?![A-Za-z])"
        rf"|(?:{series})\s?(?P<l2>[A-Z])(?![A-Za-z])"
    )


def rounds_in(text: str) -> set[str]:
    """The funding rounds a text names: ``{"pre-A", "C", "시드"}``.

    >>> sorted(rounds_in("프리시리즈A에 이어 시리즈 B, 그리고 시드 투자"))
    ['B', 'pre-A', '시드']
    >>> rounds_in("숨결랩스 프리A 라운드") == rounds_in("45억원 규모의 프리시리즈A 투자")
    True
    """
    out = set()
    for m in _round_pattern().finditer(text):
        if m.group("named"):
            out.add(m.group("named").casefold())
        else:
            letter = m.group("l1") or m.group("l2")
            out.add(f"pre-{letter}" if m.group("pre") else letter)
    return out


def off_round(asked: set[str], texts) -> bool:
    """Whether every text names a round and none the asked one (``asked``: rounds_in of the
    question; nothing is off when it names none)."""
    if not asked:
        return False
    named = [rounds_in(t) for t in texts]
    return bool(named) and all(r and not (r & asked) for r in named)


def _article_positions(snap, hits: list[Hit], named: set[str]) -> list[int]:
    """Positions of the sentences of the articles whose retrieved sentences name the asked
    thing, in order."""
    out: list[int] = []
    seen_docs: set[str] = set()
    for h in hits:
        pos = snap.pos_of_sentence.get(h.sentence_id)
        if pos is None or h.doc_id in seen_docs:
            continue
        if not any(e["id"] in named for e in h.entities):
            continue
        seen_docs.add(h.doc_id)
        lo, hi = pos, pos
        while lo > 0 and pos - lo < _REACH and snap.doc_ids[lo - 1] == h.doc_id:
            lo -= 1
        while hi + 1 < len(snap.doc_ids) and hi - pos < _REACH and snap.doc_ids[hi + 1] == h.doc_id:
            hi += 1
        out += range(lo, hi + 1)
    return out


def stating_passages(
    snap, q: Question, hits: list[Hit], expected, named: set[str], rank: int = 5
) -> list[Passage]:
    """The sentences of the asked thing's articles that state the asked relation and name
    something of an expected type the question does not name, as passages flagged ``states``
    (read at retrieval rank ``rank``)."""
    cues = relation_cues(q)
    if not cues or not named or not expected:
        return []
    score = hits[min(rank, len(hits) - 1)].score if hits else 0.0
    asked = rounds_in(q.text)
    out = []
    for pos in _article_positions(snap, hits, named):
        sid = snap.sentence_ids[pos]
        mentioned = [eid for eid, _, _ in snap.extraction.sentence_entities.get(sid, [])]
        if cues.get("named") and not named & set(mentioned):
            continue  # the relation must be stated of the asked thing
        typed = [
            1
            for eid in mentioned
            if eid not in named
            and (e := snap.extraction.entities.get(eid)) is not None
            and e.type in expected
        ]
        text = snap.texts[pos]
        if typed and states_relation(text, cues) and not off_round(asked, [text]):
            p = passage_at(snap, sid, rank, score)
            p.states = True
            out.append(p)
    return out
