"""How two people are family: the tie word a sentence naming both writes after one of them
("차 회장의 장남인 차승혁 부회장" -> 차승혁 is 차 회장's 장남).

Business news writes an owner's family as "<person>의 <tie>" next to the other person's name;
the person may be written in full ("차정만 회장의 장남") or by family name and title ("차 회장의
장남").  The tie words are data (resources/kinship.toml); family names, titles and their
modifiers are kg's grammar tables, as in search/surname_references.py.

>>> tie_phrase("차 회장의 장남인 차승혁 부회장은 회장으로 승진했다.", "차정만", "차승혁")
'차 회장의 장남'
>>> tie_phrase("차승혁 부회장은 회장으로 승진했다.", "차정만", "차승혁") is None
True
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from kg.resources import resources

from .surname_references import full_name_family

__all__ = ["kinship_answer", "kinship_tables", "tie_phrase"]


@functools.lru_cache(maxsize=1)
def kinship_tables() -> dict:
    """The tie words and what may follow one (resources/kinship.toml)."""
    with open(Path(__file__).with_name("resources") / "kinship.toml", "rb") as f:
        return tomllib.load(f)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _refs(name: str) -> str:
    """A pattern for ``name`` as news writes it before a tie: in full, with an optional word and
    title after it ("차정만 대월그룹 회장"), or by family name and title ("차 회장")."""
    g = resources().grammar
    titles = rf"(?:\s+(?:{_alt(g.title_modifiers)}))*\s*(?:{_alt(g.titles)})"
    full = rf"{re.escape(name)}(?:(?:\s+[가-힣A-Za-z0-9]+)?{titles})?"
    family = full_name_family(name)
    if family is None:
        return full
    by_family = rf"{re.escape(family)}(?:\s+(?:{_alt(g.title_modifiers)}))*\s+(?:{_alt(g.titles)})"
    return rf"(?:{full}|{by_family})"


def _tie(holder: str) -> re.Pattern:
    t = kinship_tables()
    return re.compile(
        rf"(?<![가-힣])(?:{_refs(holder)})\s*의?\s*({_alt(t['nouns'])})(?=$|{_alt(t['after'])})"
    )


def tie_phrase(text: str, holder: str, other: str) -> str | None:
    """The words of ``text`` that write ``other``'s tie to ``holder`` ("차 회장의 장남"): the
    holder, then a tie word, with ``other`` named elsewhere in the sentence (in full or by family
    name and title); None when the sentence writes no such tie.

    >>> tie_phrase("김지훈 사장은 박 회장의 사위다.", "박상철", "김지훈")
    '박 회장의 사위'
    """
    if not holder or not other or holder == other:
        return None
    for m in _tie(holder).finditer(text):
        rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        if re.search(rf"(?<![가-힣])(?:{_refs(other)})", rest) or other in rest:
            return m.group(0)
    return None


def _names(entity) -> list[str]:
    """The person's names a tie may be written after: its name and Hangul aliases."""
    return [n for n in dict.fromkeys([entity.name, *entity.aliases]) if re.search("[가-힣]", n)]


def kinship_answer(q, ex, pair: tuple[str, str], hits: list, hit_for):
    """How the two people ``pair`` (as the question names them) are family, from the first
    sentence among ``hits`` and the evidence of their edges that writes a tie of one to the
    other: "차승혁 부회장은 차정만 회장과 어떤 관계인가?" -> "차 회장의 장남" with its sentence.
    None when no sentence writes one, or either is not a person."""
    from .results import Answer

    a, b = (ex.entities[e] for e in pair)
    if a.type != "Person" or b.type != "Person":
        return None
    edge_ev = [
        h
        for r in ex.relations
        if {r.subject, r.object} == set(pair)
        for e in r.evidence
        if (h := hit_for(e.sentence_id)) is not None
    ]
    seen: set[str] = set()
    for h in [*hits, *edge_ev]:
        if h.sentence_id in seen:
            continue
        seen.add(h.sentence_id)
        # the tie of the question's subject to the other first ("B는 A와": A의 장남)
        for holder, other in ((b, a), (a, b)):
            phrase = next(
                (
                    p
                    for hn in _names(holder)
                    for on in _names(other)
                    if (p := tie_phrase(h.text, hn, on))
                ),
                None,
            )
            if phrase is None:
                continue
            rest = [x for x in hits if x.sentence_id != h.sentence_id]
            return Answer(
                question=q.text,
                answer=phrase,
                answer_entities=[a.summary(), b.summary()],
                evidence=[h, *rest][:5],
                method="sentence",
                confidence=0.8,
                sentence=h.text,
                analysis=q.to_dict(),
                answer_type="relation",
            ), {"path=relation": 1.0, "relation=kinship": 1.0, "prior": 0.8}
    return None
