"""Whether a question asks where an event was held, before search/venues.py reads a venue.

venues.py answers when the question writes 어디 and a verb of holding, or a venue noun
("장소", "개최지"), wherever they stand.  Encyclopedic questions write both inside a clause about
something else: "평창이 주 개최지로 선정된 날짜는 언제인가?" asks a date, "올림픽 유치 개최 실패로
보상금을 요구한 도시는 어디인가?" the city that asked for money, "공원에서 열리는 경기에 여성들을
초대한 곳은 어디인가?" who invited them; venues.py answered each with the words before an 에서
(KorQuAD's dev half, 6 questions right at 08e35e3 lost so).  A venue is asked only when the
kind asked is no date, figure or person, and the question's last verb, when it has one, is a
verb of holding (``[venues] verbs``): "어디서 열렸나", "열린 곳은 어디인가", "개최지는?".
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .question import Question

__all__ = ["asks_venue"]

#: the kinds no venue answers ("언제", "몇 명", "누구")
_NOT_VENUES = frozenset({"date", "number", "money", "person"})
#: the tags of a verb's stem; a noun with 하다/되다 after it is a verb too ("개최됐나")
_VERBS = frozenset({"VV", "VA"})
_VERB_SUFFIX = "XSV"


def asks_venue(q: Question, asked: Asked) -> bool:
    """The question may ask where an event was held (see the module docstring).

    >>> from kg.resolve import Extraction
    >>> from search.answer_types import read_asked
    >>> from search.question import analyze_question
    >>> def asks(text):
    ...     q = analyze_question(text, Extraction())
    ...     return asks_venue(q, read_asked(q.tokens))
    >>> asks("협약식은 어디서 열렸나?"), asks("체결식 장소는?")
    (True, True)
    >>> asks("주 개최지로 선정된 날짜는 언제인가?")
    False
    >>> asks("공원에서 열리는 경기에 여성들을 초대한 곳은 어디인가?")
    False
    """
    if asked.kind in _NOT_VENUES:
        return False
    verb = _last_verb(q)
    if verb < 0:
        return True  # "체결식 장소는?": the venue noun asks it
    rest = q.text[verb:]
    table = answer_type_tables()["venues"]
    return any(rest.startswith(v) for v in [*table["verbs"], *table["signing"]])


def _last_verb(q: Question) -> int:
    """Where the question's last verb starts in its text (the noun of "개최되다"), -1 if none."""
    toks = q.tokens
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if t.tag in _VERBS and i > 0 and toks[i - 1].tag == "EC":
            continue  # an auxiliary: "열리게 되었나" is asked by 열리
        if t.tag in _VERBS:
            return t.start
        if t.tag == _VERB_SUFFIX:
            return toks[i - 1].start if i > 0 else t.start
    return -1
