"""An institute written after the body it belongs to: "농촌진흥청 국립농업과학원과 함께 개발했다",
"삼성전자 반도체연구소가", "서울대 의대 연구팀", "농촌진흥청(청장 권재한) 국립농업과학원은" —
the parent is written first, the unit that acts last.  Asked which body did it, the answer is
the whole chain ("농촌진흥청 국립농업과학원"), never the parent alone, which the extractor
often knows as the only name.  The unit is one word ending as an institute's name does
or is a school's unit (resources/answer_types.toml [parent_chains]); a name of its own stands
before the ending ("반도체연구소"; "소라전자 연구원" is a researcher).

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> def chain(text, name):
...     start = text.index(name)
...     return with_unit(text, tokens_of(kiwi().tokenize(text)), start + len(name), name)
>>> chain("대지로봇은 농촌진흥청 국립농업과학원과 함께 개발했다.", "농촌진흥청")
'농촌진흥청 국립농업과학원'
>>> chain("소라전자 반도체연구소가 개발을 맡았다.", "소라전자")
'소라전자 반도체연구소'
>>> chain("한빛대(총장 이가람) 의과대학은 밝혔다.", "한빛대")
'한빛대 의과대학'
>>> chain("소라전자 연구원이 맡았다.", "소라전자"), chain("소라전자와 가람대가 맡았다.", "소라전자")
('소라전자', '소라전자')
"""

from __future__ import annotations

import functools
import re

from kg.names import name_key

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate, Passage
from .spans import Token

__all__ = ["unit_of", "with_unit"]


@functools.cache
def _tables() -> dict:
    return answer_type_tables()["parent_chains"]


def _unit_at(text: str, toks: list[Token], start: int) -> str:
    """The institute's name of the word starting at ``start``, without its particles; "" when
    the word is no institute of its own."""
    word = re.match(r"\S+", text[start:])
    if word is None:
        return ""
    end = start + word.end()
    stems = [t for t in toks if start <= t.start and t.end <= end]
    while stems and stems[-1].tag.startswith(("J", "S")):
        stems.pop()  # "국립농업과학원과": the particle; "의대," the comma
    name = text[start : stems[-1].end] if stems else ""
    if name in _tables()["units"]:
        return name  # "서울대 의대"
    ending = next((e for e in _tables()["unit_endings"] if name.endswith(e)), "")
    return name if ending and len(name) > len(ending) else ""


def with_unit(text: str, toks: list[Token], end: int, name: str) -> str:
    """``name`` (written up to character ``end`` of the sentence) with the institute written
    right after it, a bracket about the parent skipped; ``name`` when none follows."""
    rest = text[end:]
    skipped = re.match(r"\([^()]*\)", rest)  # "농촌진흥청(청장 권재한) 국립농업과학원"
    gap = skipped.end() if skipped else 0
    if not rest[gap : gap + 1] == " ":
        return name  # "소라전자와": a particle, no chain
    unit = _unit_at(text, toks, end + gap + 1)
    return f"{name} {unit}" if unit else name


def unit_of(q: Question, p: Passage, c: Candidate, name: str) -> str:
    """The answer ``name`` of candidate ``c`` with the institute its sentence writes after it,
    unless the question names that institute (then the parent is what is asked) or the
    candidate is a place or a person ("부산 해림병원": a place asked is the city)."""
    if c.entity is not None and c.entity.get("type") in {"Place", "Person"}:
        return name
    chained = with_unit(p.text, p.tokens, c.span.end, name)
    unit = chained[len(name) + 1 :]
    return name if unit and name_key(unit) in name_key(q.text) else chained
