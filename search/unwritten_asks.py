"""An amount or a count asked by a noun the article never writes: no answer.

"노을랩스의 기업가치는 얼마로 평가받았나?" over an article that states a funding round and never
writes 가치, or "유료 구독자 수는 몇 명인가?" over one that never writes 구독, asks a figure the
text does not give; the reader would answer with the round's amount or another count, whatever
figure of the right class fits best.  The asked noun is the one search/qualifiers.py reads
(the last noun of the asked phrase that says more than "an amount": "기업가치" -> 가치, "손해
배상액" -> 배상), looked for spaces aside in the documents of the passages read, also as the act
of a doer ("참가자" as "참가") and as the words [qualifiers.alike] gives for it.  A plural
("창업자들") is looked for without its suffix ([qualifiers] plural_suffixes).  A noun that says
which measure is asked ("용량", "가격", "지분율": [unwritten_asks] measures, [rates] heads) or
one [attributes] reads ("매출", "직원 수") is left to the rules that read it.

Only money and counts: a date's noun names an event its sentence writes in a verb of its own
("설립 시기": "세운"), a name's noun a kind of the thing named ("제약사", "상대").  English
questions are read by other rules (their words are not the text's).
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .qualifiers import article_of, asked_noun, written_as
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_unwritten", "of_written_ask"]

#: the kinds of answer whose asked noun the article must write
_FIGURES = frozenset({"money", "number"})


def of_written_ask(q: Question, snap, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """``cands``, or none when the figure asked is of a noun the article never writes."""
    if cands and asked.kind in _FIGURES and asked_unwritten(q, snap, ri):
        return []
    return cands


def asked_unwritten(q: Question, snap, ri: ReaderInput) -> bool:
    """The question's asked noun (two letters or more, no name) is written in none of the
    documents of the passages read."""
    if q.english:
        return False
    noun = _singular(asked_noun(q.text, q.spans, q.tokens))
    if len(noun) < 2 or noun in _measures() or not _common_noun(q, noun):
        return False
    docs = {article_of(snap, p.sentence_id)[1] for p in ri.passages}
    return bool(docs) and not any(written_as(noun, text) for text in docs)


def _measures() -> frozenset[str]:
    """The asked nouns that say which measure of a thing is asked, not what is measured: a
    text writes such a figure without them ("HBM 36GB", "350억원에 인수", "지분 62%"), so their
    absence says nothing ([unwritten_asks] measures, [rates] heads, [attributes], and the
    nouns of [qualifiers] generic)."""
    tables = answer_type_tables()
    words = (
        *tables["unwritten_asks"]["measures"],
        *tables["rates"]["heads"],
        *tables["attributes"],
        *tables["qualifiers"]["generic"],
    )
    return frozenset(w.casefold() for w in words)


def _singular(word: str) -> str:
    for suffix in answer_type_tables()["qualifiers"].get("plural_suffixes", ()):
        if len(word) > len(suffix) + 1 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _common_noun(q: Question, noun: str) -> bool:
    """The noun starts with a common noun of the question, not a name the tagger kept whole
    ("메디노아투자사")."""
    return any(t.tag == "NNG" and noun.startswith(t.form.casefold()) for t in q.tokens)
