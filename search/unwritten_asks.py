"""An amount, a count or a person's post asked by a noun the article never writes: no answer.

"노을랩스의 기업가치는 얼마로 평가받았나?" over an article that states a funding round and never
writes 가치, or "탁 씨의 연봉은 얼마인가?" over one that never writes 연봉, asks a figure the text
does not give; the reader would answer with the round's amount or another figure, whatever
figure of the right class fits best.  The asked noun is the one search/qualifiers.py reads
(the last noun of the asked phrase that says more than "an amount": "기업가치" -> 가치, "손해
배상액" -> 배상), looked for spaces aside in the documents of the passages read, also as the
words [qualifiers.alike] gives for it (파라미터: 매개변수).  A plural ("창업자들") is looked for
without its suffix ([qualifiers] plural_suffixes).

A person asked by a post or a role the article never writes gets none either: "오름마트 노동조합
위원장은 누구인가?" over an article that writes no 위원장 would be answered by whichever person
fits best (its new 대표).  The post is the asked noun with the nouns written onto it ("대표이사",
not "이사"), or its Latin title ("신임CFO": CFO); [qualifiers.alike] gives the words a text writes
it by ("대표이사" as 대표, "최고경영자" as CEO), and [unwritten_asks] people the nouns that only say
"a person" or a class of posts ("이름", "임원"), whose absence says nothing; nor is the doer of
an act asked by its noun ("인수자", "창업자": "사들인", "세운"), unless a title ends on it
("최고경영자").

A figure asked by what it is put to or paid as ("해든은행이 내년에 배당으로 쓸 금액", "특허
사용료로 요구한 금액", "단독으로 넣은 금액") gets none either when the article never writes that
noun (the one before a particle of [unwritten_asks] use_particles, not a manner: use_manners):
the reader would answer with the year's profit or the round's amount.  An amount only: a count's
clause writes 로 of a cause or a designation ("포격사건으로 사망한 대원은 몇 명", "보존 사업으로
지정한 아파트는 몇 곳"), and KorQuAD's dev half lost such counts to this rule.

Nor is a person asked by the kind noun of an act's doer a post ("'X'를 부른 가수",
search/office_nouns.py): an office is a title, or a noun no clause of an act stands before.

Left to the rules that read them: a noun that says which measure is asked ("용량", "가격",
"나이", "지분율": [unwritten_asks] measures, [rates] heads), one [attributes] reads ("매출",
"직원 수"), the doers of an act ("참석자": counted by 명, written in other words) and a verb's
noun ("환산하면").  Only money, counts and people: a date's noun names an event its sentence
writes in a verb of its own ("설립 시기": "세운"), a name's noun a kind of the thing named
("제약사", "상대").  English questions are read by other rules (their words are not the
text's).
"""

from __future__ import annotations

import itertools
import re

from .answer_types import Asked, answer_type_tables
from .counters import counted_by_kind
from .measure_nouns import measure_of
from .new_names import renamed_only
from .office_nouns import is_office
from .passages import earlier_in_paragraph
from .qualifiers import article_of, asked_noun, written_as
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_post", "asked_unwritten", "asked_uses", "of_written_ask", "use_unwritten"]

#: the [measure_nouns] lists whose nouns only say which measure is asked (a length of time, a
#: date, a count of people), written by the figure alone
_TIMED = frozenset({"duration", "date", "people"})
#: the kinds of answer whose asked noun the article must write
_FIGURES = frozenset({"money", "number"})
_PEOPLE = frozenset({"person"})
#: the tags beside a particle that may follow the asked noun: another noun ("파라미터 수"), a
#: noun suffix, the end ("직원 수?"); not a numeral ("포함 몇 명": 포함 is the verb's)
_AFTER_NOUN = frozenset({"NNG", "NNB", "NNP", "XSN", "SF"})


def of_written_ask(q: Question, snap, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """``cands``, or none when the figure asked is of a noun the article never writes; for a
    person, those read with the post asked; for a new name, those a renaming gives
    (search/new_names.py)."""
    cands = renamed_only(q, ri, cands)
    if (
        cands
        and asked.kind in _FIGURES
        and (asked_unwritten(q, snap, ri) or (asked.kind == "money" and use_unwritten(q, snap, ri)))
    ):
        return []
    if cands and asked.kind in _PEOPLE:
        return _holding_post(q, snap, ri, cands)
    return cands


def _holding_post(q: Question, snap, ri: ReaderInput, cands: list[Candidate]):
    """The person candidates read with the asked post: none when the article never writes it,
    those of its sentences and their paragraphs' earlier ones when it does ("최고재무책임자에
    연하람 상무를", not the 회장 of another paragraph)."""
    post = asked_post(q)
    if not post or not is_office(q, post):
        return cands
    if _unwritten_in(post, snap, ri):
        return []
    return [c for c in cands if _read_with(post, snap, ri.passages[c.passage])]


def _read_with(post: str, snap, p) -> bool:
    """``post`` is written in the passage or a sentence before it in its paragraph (the
    context it is read in: "공동대표 체제로 출범한다. 우경수 서린정보기술 대표는 ...")."""
    return any(written_as(post, o.text) for o in (p, *earlier_in_paragraph(snap, p.sentence_id)))


def asked_unwritten(q: Question, snap, ri: ReaderInput) -> bool:
    """The question's asked noun (two letters or more, no name) is written in none of the
    documents of the passages read."""
    if q.english:
        return False
    noun = _singular(asked_noun(q.text, q.spans, q.tokens))
    if len(noun) < 2 or _is_measure(noun) or _doers(noun) or not _common_noun(q, noun):
        return False
    return not counted_by_kind(q.tokens) and _unwritten_in(noun, snap, ri)


def use_unwritten(q: Question, snap, ri: ReaderInput) -> bool:
    """A noun the asked figure is put to or paid as ("배당으로 쓸 금액") is written in none of
    the documents of the passages read."""
    return not q.english and any(_unwritten_in(n, snap, ri) for n in asked_uses(q))


def asked_uses(q: Question) -> list[str]:
    """The common nouns (two letters or more, no name, no interrogative, no manner) that a
    question writes before a particle of use ([unwritten_asks] use_particles), with the nouns
    glued before them: "배당으로 쓸 금액" -> ["배당"], "마케팅비로" -> ["마케팅비"]; not the 얼마
    of "얼마로 평가받았나" nor the 방식 of "교환 방식으로"."""
    tables = answer_type_tables()
    particles = frozenset(tables["unwritten_asks"]["use_particles"])
    skip = {*tables["unwritten_asks"]["use_manners"], *tables["interrogatives"]}
    toks = q.tokens
    uses = []
    for i, (t, nxt) in enumerate(itertools.pairwise(toks)):
        if nxt.tag != "JKB" or nxt.form not in particles or not _glued_noun(q, t, t.end):
            continue
        first = i
        while first > 0 and _glued_noun(q, toks[first - 1], toks[first].start):
            first -= 1
        word = "".join(x.form for x in toks[first : i + 1]).casefold()
        if len(word) >= 2 and t.form not in skip:
            uses.append(word)
    return uses


def asked_post(q: Question) -> str:
    """The post or role a person question asks ("위원장", "대표이사", "최고경영자", "cfo"), ""
    when it asks none ("사람", "임원"), the doer of an act ("인수자", "창업자") or is English."""
    if q.english:
        return ""
    noun = _singular(asked_noun(q.text, q.spans, q.tokens))
    if latin := re.findall(r"[a-z]+", noun):
        return latin[-1]  # a Latin title, glued onto a word or not ("신임CFO": cfo)
    if not noun or not _common_noun(q, noun):
        return ""
    post = _post(q, noun)
    if post == noun and _doers(noun):
        return ""  # the doer of an act, written by its verb in other words ("인수자": "사들인")
    return post if len(post) >= 2 and post not in _people() else ""


def _unwritten_in(noun: str, snap, ri: ReaderInput) -> bool:
    """``noun`` is written in none of the documents of the passages read (a doer also as its
    act: "창업자" as 창업)."""
    docs = {article_of(snap, p.sentence_id)[1] for p in ri.passages}
    return bool(docs) and not any(written_as(noun, text) for text in docs)


def _post(q: Question, noun: str) -> str:
    """The asked post as the question writes it: the noun with the common nouns written right
    before it ("대표이사", asked as 이사)."""
    toks = q.tokens
    at = next((i for i, t in enumerate(toks) if t.tag == "NNG" and t.form.casefold() == noun), -1)
    i = at
    while i > 0 and _glued_noun(q, toks[i - 1], toks[i].start):
        i -= 1
    return "".join(t.form for t in toks[i : at + 1]).casefold() if at >= 0 else noun


def _glued_noun(q: Question, t, end: int) -> bool:
    """``t`` is a common noun written right before ``end``, outside the names the question
    gives ("최고기술책임자", not the 새벽유통 of "새벽유통대표")."""
    return t.tag == "NNG" and t.end == end and not any(s <= t.start < e for s, e in q.spans)


def _people() -> frozenset[str]:
    """The asked nouns that only say "a person" or a class of posts ([unwritten_asks] people),
    and a founder's, written by the act ("2019년 회사를 세운"; [forms] founder_nouns)."""
    tables = answer_type_tables()
    words = (*tables["unwritten_asks"]["people"], *tables["forms"]["founder_nouns"])
    return frozenset(w.casefold() for w in words)


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


def _is_measure(noun: str) -> bool:
    """A noun of the measure asked: one listed (``_measures``), or one ending on a noun of a
    length of time, a date or a count of people ([measure_nouns], search/measure_nouns.py):
    "체공시간" asks how long, and a text writes it "30분간 떠 있으며", never 체공."""
    return noun in _measures() or measure_of(noun) in _TIMED


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
    """The noun starts with a common noun of the question, or is one without its amount
    suffix ("투자금" asked as 투자), not a name the tagger kept whole ("메디노아투자사"), nor a
    verb's noun ("환산하면 얼마인가?" asks for no 환산)."""
    toks = q.tokens
    return any(
        t.tag == "NNG"
        and (noun.startswith(t.form.casefold()) or t.form.casefold().startswith(noun))
        and _noun_use(toks, i)
        for i, t in enumerate(toks)
    )


def _noun_use(toks, i: int) -> bool:
    """The word at ``i`` is used as a noun: a particle, another noun or the end after it (not
    "환산하면", nor "포함 몇 명" where it is the verb's)."""
    nxt = toks[i + 1].tag if i + 1 < len(toks) else "SF"
    return nxt.startswith("J") or nxt in _AFTER_NOUN
