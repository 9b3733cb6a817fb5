"""Figures that belong to one thing: a question asking for an attribute ("나래클라우드의 직원 수는
몇 명인가?", "그립웍스의 지난해 매출은?") is answered only by an amount or a count written as
that attribute, of the thing the question names, of the period it names.  A sentence that
gives "운영 인력 120명 가운데 80명" of a data centre, "85억원 규모의 시리즈A" or "루멘옵틱스는
지난해 매출 310억원" does not say what 나래클라우드's staff, 말벗AI's value or 그립웍스's revenue
is: when no figure fits, the question has no answer.  Whether a figure is of the period asked
is attribute_periods.py's, whose it is marked_owners.py's.  The words are data
(resources/answer_types.toml [attributes] and [attribute_reach]).

>>> asked_attribute("그립웍스의 지난해 매출은 얼마인가?")
('매출', ('매출',))
>>> asked_attribute("투자한 금액은?") is None
True
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .attribute_periods import article_year, of_unwritten_year, same_period, written_periods
from .belief import believed
from .bracket_rows import row_kind_written
from .fits import rate_asked
from .investee_figures import investee_asked
from .marked_owners import named_in_question, owned_by_named
from .passages import earlier_in_paragraph
from .question import Question
from .reader import Candidate, Passage
from .reader_input import ReaderInput
from .respective_figures import respective_row

__all__ = ["asked_attribute", "attributed"]

#: the share of the reader's belief the figures of the attribute must hold to take the rest
_MOVES = 0.1


def asked_attribute(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The attribute a question asks for (the longest key of [attributes] written in it,
    spaces aside) and the words a sentence writes it with, those of an attribute joined to it
    too ("과징금 및 과태료"); None when it asks for none."""
    table = answer_type_tables()["attributes"]
    flat = re.sub(r"\s+", "", text)
    keys = [k for k in table if k in flat]
    if not keys:
        return None
    key = max(keys, key=len)
    # "과징금 및 과태료는 얼마?": two attributes joined ask for the figure of the pair
    joiners = answer_type_tables()["attribute_reach"]["joiners"]
    joined = [
        k
        for k in keys
        if k != key
        and any(f"{key}{j}{k}" in flat or f"{k}{j}{key}" in flat for j in joiners)
        and k not in key
    ]
    return key, tuple(dict.fromkeys(w for k in (key, *joined) for w in table[k]))


def _attribute_words() -> list[str]:
    return sorted({w for ws in answer_type_tables()["attributes"].values() for w in ws}, key=len)


def _attribute_of(text: str, start: int, end: int) -> tuple[str, int]:
    """The attribute word written for the figure ``text[start:end]`` and where it starts: the
    one a link joins after it ("2,315억원의 매출에 58억원의 영업이익을": 영업이익, whatever
    stands before it), else the nearest before it within reach; ("", -1) when neither."""
    reach = answer_type_tables()["attribute_reach"]
    linked = [w for w in _attribute_words() if _linked(text[end:], reach["after"], (w,))]
    if linked:
        return linked[-1], start
    before = text[max(0, start - reach["before"]) : start]
    nearest, where = "", -1
    for w in _attribute_words():
        i = before.rfind(w)
        if i >= 0 and i + len(w) >= where:  # the word ending last, the longest of those
            nearest, where = w, i + len(w)
    return (nearest, max(0, start - len(before)) + where - len(nearest)) if nearest else ("", -1)


def _written_for(text: str, start: int, end: int, words: tuple[str, ...]) -> int:
    """Where the asked attribute is written for the figure ``text[start:end]``: the attribute
    word written for it (_attribute_of) when it is one of ``words``, else one of ``words``
    right after it ("58명 직원"); -1 when neither."""
    reach = answer_type_tables()["attribute_reach"]
    nearest, where = _attribute_of(text, start, end)
    if nearest:
        return where if _same_attribute(nearest, words) else -1
    if not re.search(r"\d\s*[가-힣]*$", text[start:end]):
        return -1
    # a count names its attribute right after it ("58명 직원", "58명의 직원"); an amount only
    # through a link ("총 1천401억원의 과징금을 부과", "300억원 규모의 투자")
    links = ["", *reach["after"]] if _counted(text[start:end]) else reach["after"]
    if _linked(text[end:], links, words):
        return start
    # a row's bracketed part ("A(1천400억원)과 B(1억원) 등 총 1천401억원의 과징금"): the
    # attribute its total is written with
    if text[end : end + 1] == ")":
        row = _AMOUNT.finditer(text, end, end + _ROW_REACH)
        if any(_linked(text[m.end() :], reach["after"], words) for m in row):
            return start
    return -1


def _same_attribute(word: str, words: tuple[str, ...]) -> bool:
    """``word`` writes the attribute of ``words`` ("당기순이익" for 순이익)."""
    return word in words or any(w.endswith(word) or word.endswith(w) for w in words)


def _row_written_for(snap, p: Passage, start: int, end: int, words: tuple[str, ...]) -> int:
    """``start`` when the figure ``p.text[start:end]`` is a name's bracketed figure of a row
    whose kind the sentence before writes as the asked attribute ("…의 3분기 매출이 늘었다.
    A(898억원), B(896억원) 순", bracket_rows.py), else -1."""
    earlier = (e.text for e in earlier_in_paragraph(snap, p.sentence_id))
    kind = row_kind_written(p.text, start, end, earlier, _attribute_words())
    return start if kind is not None and _same_attribute(kind, words) else -1


#: an amount of money as a row's total writes it ("1천401억원", "5억 원")
_AMOUNT = re.compile(r"\d[\d,.]*\s*(?:[천만억조]\s*[\d,.]*\s*)*[가-힣]{0,2}\s?원")
#: how far after a bracketed part the row's total may end (characters)
_ROW_REACH = 60


def _linked(after: str, links: list[str], words: tuple[str, ...]) -> bool:
    """One of ``words`` follows, through one of ``links`` ("의 과징금")."""
    after = after.lstrip()
    for link in links:
        rest = after[len(link) :].lstrip() if after.startswith(link) else ""
        if rest and any(rest.startswith(w) for w in words):
            return True
        if rest and _qualified(rest, words):
            return True
    return False


def _qualified(rest: str, words: tuple[str, ...]) -> bool:
    """``rest`` opens with one of ``words`` behind a qualifier of [attribute_qualifiers]
    ("당기순이익을" for 순이익, "연결 매출" for 매출): the same attribute."""
    for q in answer_type_tables()["attribute_qualifiers"]["words"]:
        if rest.startswith(q):
            tail = rest[len(q) :].lstrip()
            if any(tail.startswith(w) for w in words):
                return True
    return False


def _counted(figure: str) -> bool:
    m = re.search(r"\d\s*([가-힣]+)$", figure.strip())
    return bool(m) and m.group(1) in answer_type_tables()["units"]["count"]


def _imposed(words: tuple[str, ...]) -> bool:
    """The asked attribute is imposed by the sentence's topic on another (a fine)."""
    imposed = answer_type_tables()["attribute_reach"]["imposed"]
    return any(w in imposed for w in words)


def attributed(q: Question, snap, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written as the attribute the question asks for, of the thing and the
    period it names, with the belief of the others; all of them when it asks for no attribute.
    Nothing may be left: then the sentences do not say it."""
    found = asked_attribute(q.text)
    if q.english:
        return cands
    if found is None:
        return of_unwritten_year(q, ri, cands)
    _, words = found
    owners = set(answer_type_tables()["attribute_reach"]["owners"])
    ex = snap.extraction
    named_owner = any(
        (e := ex.entities.get(eid)) is not None and e.type in owners for eid, _ in q.entities
    )
    q_periods = written_periods(q.text)
    kept, others = [], []
    written_for = []  # the figures a row writes for the name asked ("A(898억원)", "각각")
    for c in cands:
        if c.span is None:
            continue
        p = ri.passages[c.passage]
        figure = c.span.start + next((i for i, ch in enumerate(c.text) if ch.isdigit()), 0)
        inside = p.text[c.span.start : c.span.end]
        if any(w in inside and w not in words for w in _attribute_words()):
            continue  # "32억원과 과태료 1200만원" for 과징금: it holds another attribute
        written = _attribute_of(p.text, figure, c.span.end)[0]
        if written and not _same_attribute(written, words):
            others.append(c)  # "영업이익이 312억원으로" for 매출액: another attribute's
            continue
        at = _written_for(p.text, figure, c.span.end, words)
        owners = []  # the names the figure is written for, when its sentence says so
        if at < 0:  # "…의 매출이 늘었다. A(898억원), B(896억원) 순": A's 898억원
            at = _row_written_for(snap, p, figure, c.span.end, words)
            owners = [m for m in p.entities if m["end"] == figure - 1]
        if at < 0:
            continue
        year = article_year(snap, p.sentence_id)
        if not same_period(q.text, q_periods, p.text, figure, year):
            continue
        investee = investee_asked(words)
        # "A와 B의 영업이익은 각각 …": a figure of a 각각 row is its names' (which one's, the
        # row's order says: respective_figures.py), though the genitive before it is B's
        owners = respective_row(p.text, p.entities, figure)[0] or owners
        if named_owner and owners and not any(named_in_question(ex, ri, m["id"]) for m in owners):
            continue
        if named_owner and owners:
            written_for.append(c)
        if (
            named_owner
            and not owners
            and not owned_by_named(snap, ri, p, at, _imposed(words), investee)
        ):
            continue
        kept.append(c)
    # a figure a row writes for the name asked is its figure before one written for no name
    # ("매출 86조원을 기록한 C가 …. 이어 A(83조원)‧B(71조원) 순": B's is 71조원)
    kept = written_for or kept
    # the figures of the attribute take the belief of the others, unless the reader hardly
    # believed any of them (a span cut mid-word, "분기 매출 84억원", is no answer to trust);
    # when they are of the owner the question names, the belief of figures written as another
    # attribute is no doubt of them (the reader's "영업이익 312억원" for 매출액 asked, the
    # company named in the sentence before)
    # a rate asked: its percentages are already the only ones left, none cut mid-word
    held = sum(c.probability for c in kept)
    doubt = sum(c.probability for c in cands) - sum(c.probability for c in others if named_owner)
    moves = rate_asked(ri.reading.asked) or (kept and held >= _MOVES * doubt)
    return believed(kept, cands) if moves else kept
