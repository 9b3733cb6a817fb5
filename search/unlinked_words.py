"""A yes/no question's words no entity holds ("LiveCodeBench에서 앞섰나?", "SI 부문 매출이
늘었나?", "본사는 서울 강남구에 있나요?"): the sentence that writes them and states the
predicate answers it, and one its article never writes says a sentence stating the predicate
is about something else.
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import answer_type_tables
from .hit_mentions import mentions
from .polarity import polarity
from .question import Question
from .results import Hit
from .territories import spellings

__all__ = ["specific_sentence", "unwritten"]


def specific_sentence(q: Question, ex, named, aliases, predicate, hits: list[Hit]):
    """The sentence that writes the question's words no entity holds ("LiveCodeBench에서
    앞섰나?", "SI 부문 매출이 늘었나?") and its other named thing, and states the predicate or
    its opposite: (sentence, verdict, whether it names the subject too) or None.  The subject
    may be left to the paragraph's topic, when the sentence names nothing else of its type
    ("다만 LiveCodeBench에서는 ... 제미나이 2.5 플래시에 뒤졌다"); a sentence about the same
    thing with other words (the graph's "KMMLU에서 ... 앞섰다") does not answer it."""
    words = [w.casefold() for w in q.unknown_names if len(name_key(w)) >= 2]
    if not words or not named:
        return None
    kind = ex.entities[named[0]].type
    for h in dict((h.sentence_id, h) for h in hits).values():
        text = h.text.casefold()
        if not all(_written_word(w, text) for w in words):
            continue
        if not all(mentions(h, eid, aliases[eid]) for eid in named[1:2]):
            continue
        subject = mentions(h, named[0], aliases[named[0]])
        if not subject and any(e["type"] == kind and e["id"] not in named for e in h.entities):
            continue  # another thing of the subject's kind is what the sentence is about
        verdict = polarity(h.text, predicate, opposite_alone=True)
        if verdict is not None:
            return h, verdict, subject
    return None


def unwritten(q: Question, snap, hits: list[Hit]) -> list[str]:
    """The question's words no entity holds that its article never writes ("강남구" where the
    text says "서울 서초구"): a sentence stating the predicate is about something else.  A
    country written as a headline letter ("中" for 중국) is written."""
    docs = {h.doc_id for h in hits}
    texts = [t.casefold() for t, d in zip(snap.texts, snap.doc_ids) if d in docs]
    auxiliaries = set(answer_type_tables()["forms"]["english_yes_no"])  # "Will ...?" names none
    return [
        w
        for w in q.unknown_names
        if len(name_key(w)) >= 2
        and w.casefold() not in auxiliaries
        and not any(_written_word(s.casefold(), t) for t in texts for s in spellings(w))
    ]


def _written_word(word: str, text: str) -> bool:
    """``word`` is written in ``text`` (both casefolded), a Latin word as a whole word."""
    if word.isascii():
        # letters only bound it: Kiwi reads "GSM8K" as GSM, 8, K
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text
