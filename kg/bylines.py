"""The byline a Korean news article opens with: who wrote it, for which outlet, from where.

News writes it in brackets before the first sentence, in two shapes:

    [아이뉴스24 박지은 기자]              outlet, reporter, reporter's word
    [세종=중부일보 왕지수 기자]           dateline place = outlet, reporter
    [뉴스핌=심지혜 기자]                  outlet = reporter
    [더팩트ㅣ이성락 기자]                 outlet | reporter (a bar, often the letter ㅣ)
    (서울=연합뉴스) 홍길동 기자 =         place = outlet in brackets, then the reporter
    (서울=뉴스1) / [한빛경제]            the outlet alone: with a dateline, or by its ending

The outlet is a company, the reporter a person who works there (WORKED_AT, role 기자), the
place a place.  The tagger, trained on sentences, misses these bracketed lists of names; they
are read here by their fixed shape (the reporter's words are grammar.toml's ``[bylines]``).
"""

from __future__ import annotations

import re
from functools import cache

from .model import Mention, RelationCandidate, Sentence
from .pieces import Tok
from .resources import resources

__all__ = ["byline_names", "byline_relations", "outside_bylines"]

_DATELINE = r"(?P<place>[가-힣]{1,10})\s*=\s*"
_PLACE = rf"(?:{_DATELINE})?"
_OUTLET = r"(?P<outlet>[^\s\[\]()=·,|｜ㅣ]{2,20})"
# between an outlet and its reporter: "=", or a bar ("|", "｜", the letter "ㅣ" typed for one)
_JOIN = r"[=|｜ㅣ]"
_PEOPLE = r"(?P<people>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)"
_PERSON = re.compile(r"[가-힣]{2,4}")

#: the rule each byline mention is found by, and the type it is
_KINDS = {"place": ("byline-place", "Place"), "outlet": ("byline-outlet", "Company")}
_REPORTER = ("byline-reporter", "Person")


@cache
def _shapes() -> tuple[re.Pattern, ...]:
    words = "|".join(sorted(map(re.escape, resources().grammar.reporters), key=len, reverse=True))
    if not words:
        return ()
    inside = rf"^\s*[\[(【]\s*{_PLACE}{_OUTLET}\s+{_PEOPLE}\s+(?:{words})\s*[\])】]"
    after = rf"^\s*[\[(【]\s*{_PLACE}{_OUTLET}\s*[\])】]\s*{_PEOPLE}\s+(?:{words})(?![가-힣])"
    # "[뉴스핌=심지혜 기자]", "[더팩트ㅣ이성락 기자]": the outlet, then its reporter after "=" or a bar
    joined = rf"^\s*[\[(【]\s*{_OUTLET}\s*{_JOIN}\s*{_PEOPLE}\s+(?:{words})\s*[\])】]"
    dated = rf"^\s*[\[(【]\s*{_DATELINE}{_OUTLET}\s*[\])】]"
    endings = "|".join(map(re.escape, resources().grammar.outlet_endings))
    alone = rf"^\s*[\[(【]\s*(?P<outlet>[^\s\[\]()=·,]{{0,18}}(?:{endings}))\s*[\])】]"
    return tuple(map(re.compile, (inside, after, joined, dated, alone)))


def byline_names(sentence: Sentence, toks: list[Tok], taken: list[bool]) -> list[Mention]:
    """The outlet, reporters and place of a byline at the start of ``sentence`` (none when it
    opens otherwise); their tokens are marked ``taken``.

    >>> from kg.kiwi import kiwi
    >>> s = Sentence("d#0", "d", 0, 0, 0, "[세종=한빛일보 나은결 기자] 시가 셔틀을 운행한다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> [(m.text, m.voted_type) for m in byline_names(s, toks, [False] * len(toks))]
    [('세종', 'Place'), ('한빛일보', 'Company'), ('나은결', 'Person')]
    >>> s = Sentence("d#0", "d", 0, 0, 0, "[한빛경제] 누리랩과 다온소프트가 손잡았다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> [(m.text, m.voted_type) for m in byline_names(s, toks, [False] * len(toks))]
    [('한빛경제', 'Company')]
    """
    match = next((m for m in (p.match(sentence.text) for p in _shapes()) if m), None)
    if match is None:
        return []
    found = match.groupdict()
    spans = [
        (match.start(k), match.end(k), *_KINDS[k]) for k in ("place", "outlet") if found.get(k)
    ]
    for person in _PERSON.finditer(found.get("people") or ""):
        base = match.start("people")
        spans.append((base + person.start(), base + person.end(), *_REPORTER))
    out = []
    for start, end, rule, type_ in spans:
        covered = [k for k, t in enumerate(toks) if start <= t.start < end]
        if not covered or any(taken[k] for k in covered):
            continue
        out.append(
            Mention(
                sentence.id, start, end, sentence.text[start:end], rule=rule, votes={type_: 3.0}
            )
        )
        for k in covered:
            taken[k] = True
    return out


def byline_relations(
    text: str, mentions: list[Mention], ids: list[int], sentence_id: str
) -> list[RelationCandidate]:
    """Each reporter of a byline WORKED_AT its outlet, the reporter's word as the role
    (``ids``: the mention indices of the sentence ``text``)."""
    outlets = [i for i in ids if mentions[i].rule == _KINDS["outlet"][0]]
    reporters = [i for i in ids if mentions[i].rule == _REPORTER[0]]
    if not outlets or not reporters:
        return []
    word = _WORD.match(text, mentions[reporters[-1]].end)
    role = word[1] if word else ""
    return [
        RelationCandidate("WORKED_AT", r, outlets[0], sentence_id, "byline", 0.9, role)
        for r in reporters
    ]


_WORD = re.compile(r"\s*([가-힣]+)")


def outside_bylines(
    candidates: list[RelationCandidate], mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less those that join a byline's name to anything but by the byline: the
    byline stands before the sentence, no argument of its clauses ("[한결경제 박서윤 기자]
    페이로드가 ... 발표했다": 박서윤 does not work at 페이로드)."""

    def in_byline(i: int) -> bool:
        return mentions[i].rule.startswith("byline-")

    return [
        c
        for c in candidates
        if c.rule == "byline" or not (in_byline(c.subject) or in_byline(c.object))
    ]
