"""Where a person's title may stand around their name: right after it within a few morphemes
(brackets read inside: "라이언 피셔(Ryan Fisher) 최고기술책임자(CTO)"), or before it as the topic
of its clause ("CTO엔 구글 딥마인드 출신 라지브 메논"), never across a comma, a conjunction or
a clause's end.  Read by search/titles.py (the title beside a name) and search/appointments.py
(the post a name is appointed to).  The titles are kg/resources/grammar.toml ``titles``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("CTO엔 라지브 메논이 선임됐다."))
>>> as_topic(toks, 0), "cto" in folded_titles()
(True, True)
"""

from __future__ import annotations

import functools

from kg.resources import resources

from .spans import Token

__all__ = [
    "REACH",
    "STOP_TAGS",
    "TOPIC_REACH",
    "after_name",
    "as_topic",
    "auxiliary",
    "folded_titles",
]

#: how many morphemes from the name a title may stand ("피셔 최고기술책임자 ( CTO )")
REACH = 6
#: how far before the name a title may stand that opens its clause as a topic ("CTO엔 구글
#: 딥마인드 출신 라지브 메논", "최고기술책임자(CTO)에는 ... 연구를 이끈 라지브 메논 박사가")
TOPIC_REACH = 15
# morphemes a person's title does not reach across: a comma, "와/과/및", a clause ending, an
# ellipsis between a headline's parts ("권태윤 전 삼성SDS 부사장…CTO엔")
STOP_TAGS = frozenset({"SP", "JC", "EC", "EF", "SF", "SE"})


def folded_titles() -> frozenset[str]:
    """Every title of grammar.toml, casefolded (folded once per table, not per candidate):
    "CTO" is "cto"."""
    return _folded(resources().grammar.titles)


@functools.cache
def _folded(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.casefold() for t in titles)


def after_name(toks: list[Token], last: int):
    """The token indexes after a name, up to ``REACH`` of them outside brackets: a bracket
    is given by its opening one, then its asked title if any ("최고과학책임자(CSO)")."""
    i, counted = last + 1, 0
    while i < len(toks) and counted < REACH:
        yield i
        if toks[i].tag == "SSO":
            j = i + 1
            while j < len(toks) and toks[j].tag != "SSC":
                yield j
                j += 1
            i = j + 1
        else:
            i += 1
        counted += 1


def as_topic(toks: list[Token], i: int) -> bool:
    """The title at ``i`` is written as its clause's topic: "CTO엔", "(CTO)에는", "CTO로는"."""
    j = i + 1
    while j < len(toks) and toks[j].tag == "SSC":
        j += 1
    tags = [t.tag for t in toks[j : j + 2]]
    return bool(tags) and (tags[0] == "JX" or tags[:2] == ["JKB", "JX"])


def auxiliary(toks: list[Token], i: int) -> bool:
    """The ending at ``i`` joins a verb to its auxiliary ("이끌어 온 라지브 메논": 어 before
    오/VX) inside one descriptive clause: no clause ends there."""
    return toks[i].tag == "EC" and i + 1 < len(toks) and toks[i + 1].tag == "VX"
