"""Which figure a headline question ending on a measure noun asks for, among those that fit its
kind: the one the text names with that noun ("합병 찬성률은 71.5%로": 71.5%, not the 68.2% of
the other vote), and for a count of people ("환불 대상") a figure counted in 명.  The reader may
prefer another figure of the sentence: these take its belief (search/fits.py).

A question with an interrogative or a particle at its end reads its own frame ("찬성률은
얼마인가?", "찬성률은?") and is left alone: KorQuAD's dev half writes such questions.
"""

from __future__ import annotations

from dataclasses import replace

from .answer_types import Asked, answer_type_tables
from .figures import counted_in, numeral_at
from .measure_nouns import after_noun, is_terse, measure_of
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["measured", "period_end"]

#: how far before a candidate the noun naming it may stand ("찬성률은 최대 " and a little more)
_REACH = 40
#: the counter of a count of people
_PEOPLE = "명"
#: the particle of the figure a change starts from ("3억원에서 7억원으로")
_FROM = "에서"
#: the kinds asked a value written after its noun answers: a figure or a date
_QUANTITIES = frozenset({"number", "money", "date"})


def measured(asked: Asked, fit: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """The candidates of ``fit`` a headline's last noun asks for, or [] when it picks none.

    "코드나래환불대상" keeps "3천800명" over "31일"; "합병 찬성률" keeps the figure written
    right after 찬성률."""
    if not asked.head or not fit or asked.kind not in _QUANTITIES:
        return []
    if not is_terse(ri.reading.tokens, asked.wh):
        return []
    noun = _written_noun(asked, ri.reading.tokens)
    if noun in answer_type_tables()["heads"]:
        # a listed head ("경쟁률", "계약 규모", "회원 수") the reader reads well; the text writes
        # it for other things too ("일반 청약 경쟁률은 1천 102대 1" asked "수요예측 경쟁률"):
        # the dev gold lost 8 such answers to this rule
        return []
    named = [c for c in fit if _named(c, noun, ri)]
    if measure_of(asked.head) == "people":
        people = [c for c in (named or fit) if counted_in(c.text, _PEOPLE)]
        return people or named
    return named


def _written_noun(asked: Asked, tokens) -> str:
    """The asked noun as the question writes it: a listed head read at the end of a longer
    noun ("순이익률" read as 이익률) is that longer noun, which no table lists."""
    i = asked.head_index
    if not 0 < i < len(tokens) or not tokens[i - 1].tag.startswith("NN"):
        return asked.head
    noun = tokens[i - 1].form + tokens[i].form if tokens[i - 1].end == tokens[i].start else ""
    return noun if len(noun) > len(asked.head) and noun.endswith(asked.head) else asked.head


def _named(c: Candidate, noun: str, ri: ReaderInput) -> bool:
    """The candidate's sentence writes ``noun`` right before it ("찬성률은 71.5%")."""
    if c.span is None:
        return False
    text = ri.passages[c.passage].text
    after = text[c.span.end :].lstrip()
    if after.startswith(_FROM) or after[:1].isdigit():
        # "예산도 3억원에서 7억원으로": the figure a change starts from; "규모는 3년간 45억 원":
        # the period of the figure after it
        return False
    first = numeral_at(c.text)  # "솔뫼농협 78.2%" after 찬성률은 is another's figure
    before = text[max(0, c.span.start - _REACH) : c.span.start] + c.text[: max(first, 0)]
    return first >= 0 and after_noun(before, noun)


def period_end(asked: Asked, fit: list[Candidate], cands: list[Candidate], ri: ReaderInput):
    """A headline ending on a noun of a period's end ("신청 마감", "운행 종료 시간";
    [measure_nouns] period_ends) asks the end of "A부터 B까지": a candidate that starts the
    period is replaced by the one of ``cands`` written right after it, with its belief.

    "청년 프로젝트 신청 마감" over "14일부터 28일까지 신청하면 된다" is 28일, not 14일."""
    if asked.kind != "date" or not _ends_period(ri.reading.tokens, asked.wh):
        return fit
    start, end = answer_type_tables()["dates"]["range_words"][:2]
    out = []
    for c in fit:
        text = ri.passages[c.passage].text
        if c.span is not None and text.startswith(start, c.span.end):
            at = c.span.end + len(start)
            at += len(text[at:]) - len(text[at:].lstrip())
            # "4월부터 10개 지역에서 시작" starts no period: the other end closes it (까지)
            after = [
                r
                for r in cands
                if r.passage == c.passage
                and r.span
                and r.span.start == at
                and text.startswith(end, r.span.end)
            ]
            if after:  # the longest written there ("오후 10시45분" over "10시")
                c = replace(max(after, key=lambda r: len(r.text)), probability=c.probability)
        out.append(c)
    return out


def _ends_period(tokens, wh: str) -> bool:
    """A terse headline whose last noun, or the noun before its last (시간), ends a period."""
    if not is_terse(tokens, wh):
        return False
    ends = set(answer_type_tables()["measure_nouns"]["period_ends"])
    nouns = [t.form for t in tokens if t.tag.startswith("NN")]
    return bool(set(nouns[-2:]) & ends)
