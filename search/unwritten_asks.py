"""An amount or a count asked by a noun the article never writes: no answer.

"노을랩스의 기업가치는 얼마로 평가받았나?" over an article that states a funding round and never
writes 가치, or "탁 씨의 연봉은 얼마인가?" over one that never writes 연봉, asks a figure the text
does not give; the reader would answer with the round's amount or another figure, whatever
figure of the right class fits best.  The asked noun is the one search/qualifiers.py reads
(the last noun of the asked phrase that says more than "an amount": "기업가치" -> 가치, "손해
배상액" -> 배상), looked for spaces aside in the documents of the passages read, also as the
words [qualifiers.alike] gives for it (파라미터: 매개변수).  A plural ("창업자들") is looked for
without its suffix ([qualifiers] plural_suffixes).

Left to the rules that read them: a noun that says which measure is asked ("용량", "가격",
"나이", "지분율": [unwritten_asks] measures, [rates] heads), one [attributes] reads ("매출",
"직원 수"), the doers of an act ("참석자": counted by 명, written in other words) and a verb's
noun ("환산하면").  Only money and counts: a date's noun names an event its sentence writes in
a verb of its own ("설립 시기": "세운"), a name's noun a kind of the thing named ("제약사",
"상대").  English questions are read by other rules (their words are not the text's).
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
#: the tags beside a particle that may follow the asked noun: another noun ("파라미터 수"), a
#: noun suffix, the end ("직원 수?"); not a numeral ("포함 몇 명": 포함 is the verb's)
_AFTER_NOUN = frozenset({"NNG", "NNB", "NNP", "XSN", "SF"})


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
    if len(noun) < 2 or noun in _measures() or _doers(noun) or not _common_noun(q, noun):
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


def _doers(noun: str) -> bool:
    """A noun of the people who do an act ("참석자", "구독자"): counted by 명, written in other
    words ("700여 명이 모였다"), so their absence says nothing ([qualifiers] doer_suffixes)."""
    suffixes = answer_type_tables()["qualifiers"]["doer_suffixes"]
    return any(len(noun) > len(x) + 1 and noun.endswith(x) for x in suffixes)


def _singular(word: str) -> str:
    for suffix in answer_type_tables()["qualifiers"].get("plural_suffixes", ()):
        if len(word) > len(suffix) + 1 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def _common_noun(q: Question, noun: str) -> bool:
    """The noun starts with a common noun of the question, not a name the tagger kept whole
    ("메디노아투자사"), nor a verb's noun ("환산하면 얼마인가?" asks for no 환산)."""
    toks = q.tokens
    return any(
        t.tag == "NNG" and noun.startswith(t.form.casefold()) and _noun_use(toks, i)
        for i, t in enumerate(toks)
    )


def _noun_use(toks, i: int) -> bool:
    """The word at ``i`` is used as a noun: a particle, another noun or the end after it (not
    "환산하면", nor "포함 몇 명" where it is the verb's)."""
    nxt = toks[i + 1].tag if i + 1 < len(toks) else "SF"
    return nxt.startswith("J") or nxt in _AFTER_NOUN
