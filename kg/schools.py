"""Universities by the ending of their names: organisations wherever news writes them.

The tagger types a name by its look and its neighbours and takes a university listed beside
companies for one ("스타트업 스마트엑스, 한빛대와 함께"); its ending (grammar.toml
``[organisations] schools``) says it is a school, an Organization.
"""

from __future__ import annotations

import itertools
import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["is_school", "school_parts", "study_follows", "vote_schools", "vote_studied"]

_HANGUL = re.compile(r"[가-힣]+")


def is_school(name: str) -> bool:
    """A Hangul name of a school by its ending, two syllables or more before it.

    >>> is_school("한빛대"), is_school("한빛대학교"), is_school("차세대"), is_school("현대")
    (True, True, False, False)
    """
    g = resources().grammar
    if not _HANGUL.fullmatch(name) or name.endswith(g.not_schools):
        return False
    return any(name.endswith(e) and len(name) - len(e) >= 2 for e in g.schools)


def is_school_part(name: str) -> bool:
    """A school's name with what it runs glued after it ("한빛대학교병원", "한빛대병원")."""
    parts = resources().grammar.school_parts
    return any(name.endswith(e) and is_school(name[: -len(e)]) for e in parts)


def vote_schools(mentions: list[Mention]) -> None:
    """A name with a school's ending is an Organization, whatever the tagger voted."""
    for m in mentions:
        if m.kind == "name" and (is_school(m.text) or is_school_part(m.text)):
            m.votes = {"Organization": 3.0}


def study_follows(toks: list[Tok]) -> bool:
    """Do words of study open ``toks``, right after a name (or its department)?  "박사 과정
    출신", "박사 출신", "학부 졸업", "상학과를 졸업" (a bare "박사" may be a researcher's title,
    so a degree counts only before "출신").

    >>> from kg.kiwi import kiwi
    >>> study_follows([Tok.of(t) for t in kiwi().tokenize("박사 출신이다")])
    True
    """
    g = resources().grammar
    toks = toks[_department(toks, g) :]
    run = list(itertools.takewhile(lambda t: t.form in g.studies or t.form in g.degrees, toks))
    rest = toks[len(run) :]
    return bool(run) and (
        any(t.form in g.studies for t in run) or (bool(rest) and rest[0].form in g.former)
    )


def _department(toks, g) -> int:
    """How many tokens a school's department takes right after the school, with its object
    particle ("상경대학 상학과를 졸업": 5 of 상경/대학/상/학/과/를), or 0."""
    nouns = list(itertools.takewhile(lambda t: t.tag in {"NNG", "NNP", "MAG"}, toks[:7]))
    for n in range(len(nouns), 0, -1):
        if nouns[n - 1].tag != "MAG" and nouns[n - 1].form.endswith(g.departments):
            if nouns[n - 1].form in g.studies:
                continue  # "학부" alone is the study word itself
            return n + (n < len(toks) and toks[n].tag == "JKO")
    return 0


def vote_studied(toks: list[Tok], mentions: list[Mention]) -> None:
    """A name that words of study follow is a school, an Organization: "포스텍 박사 출신",
    "카이스트를 졸업했다" (the tagger takes a school without 대학 for a company)."""
    for m in mentions:
        if m.kind != "name" or m.role not in {"", "JKO"}:
            continue
        after = [t for t in toks if t.start >= m.end]
        if after and after[0].tag == "JKO" and after[0].start == m.end:
            after = after[1:]
        if study_follows(after):
            m.votes = {"Organization": 3.0}


def school_parts(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Words no detector took that are a school's hospital or medical centre: "한빛대학교병원"
    after a relative clause, which Kiwi reads as a common noun."""
    out = []
    for p in ps:
        span = range(p.first, p.stem_last + 1)
        if not p.stem or any(taken[k] for k in span) or not is_school_part(p.stem):
            continue
        m = Mention(sentence.id, p.start, p.stem_end, p.stem, rule="school")
        m.votes = {"Organization": 3.0}
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in span:
            taken[k] = True
    return out
