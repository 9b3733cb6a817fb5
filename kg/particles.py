"""The particles a name carries in its sentence: what follows it in its word ('누리AI가': 가,
JKS), after a closing quote or a bracket ("'바다 2'를", "Solar(솔라) 시리즈를"), or the copula
("기업이다").  Clause rules read a mention's role from them."""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .names import name_key
from .pieces import Tok
from .resources import load_table, resources

__all__ = ["claimed_name", "glued_particle", "particles_after", "unglue_particles"]


def _kiwi_particle_tags() -> frozenset[str]:
    return resources().grammar.particle_tags


_BRACKETS = frozenset(")]}")


def particles_after(toks: list[Tok], i: int, end: int, text: str) -> tuple[str, str]:
    """The particle(s) of the noun phrase the name heads: right after it ('와의', 'JKB'), or
    after a parenthesis and a cue noun ("Solar(솔라) 시리즈를", "솔라 모델을")."""
    forms, first_tag = [], ""
    j = i + 1
    pos = end
    cues = resources().cue_nouns
    while j < len(toks):
        if toks[j].tag == "SSC" and toks[j].form not in _BRACKETS and toks[j].start == pos:
            pos, j = toks[j].end, j + 1  # the closing quote of "'바다 2'를": the particle follows
            continue
        if (
            toks[j].tag == "NNB"
            and toks[j].form in resources().grammar.sides
            and toks[j].start == pos
        ):
            pos, j = toks[j].end, j + 1  # "한울전자측은": the side noun, then the particle
            continue
        if toks[j].tag == "SSO":
            depth = 0
            while j < len(toks):
                depth += {"SSO": 1, "SSC": -1}.get(toks[j].tag, 0)
                j += 1
                if depth == 0:
                    break
            pos = toks[j - 1].end
            continue
        if (
            toks[j].tag == "NNG"
            and toks[j].form in cues
            and toks[j].start - pos <= 1
            and j + 1 < len(toks)
            and toks[j + 1].tag in _kiwi_particle_tags()
        ):
            pos = toks[j].end
            j += 1
            continue
        break
    if j != i + 1 and not (j < len(toks) and toks[j].tag in _kiwi_particle_tags()):
        j, pos = i + 1, end
    while j < len(toks) and toks[j].tag in _kiwi_particle_tags() and toks[j].start == pos:
        forms.append(toks[j].form)
        first_tag = first_tag or toks[j].tag
        pos = toks[j].end
        j += 1
    # copula as a predicate noun: "기업이다", "Claude입니다" -> role VCP
    if not forms and j < len(toks) and toks[j].tag == "VCP" and toks[j].start <= pos:
        return "이다", "VCP"
    if not forms and _also_after(toks, i, end):
        return "도", "JX"  # "카카오 역시 ...에 투자했다": as "카카오도"
    if not forms and i + 1 < len(toks) and toks[i + 1].start == end:
        # Kiwi read the name's end as a verb ("소리담은": 소리/NNG 담/VV 은/ETM): what is left
        # of the word is still the name's particle when it is one
        rest = _WORD_REST.match(text, end).group()
        tag = _particle_tags().get(rest, "")
        if tag:
            return rest, tag
    return "".join(forms), first_tag


def _also_after(toks: list[Tok], i: int, end: int) -> bool:
    """Is the word after the name an adverb of "also" that stands for the particle 도 (grammar.toml
    [particles] also_words: "카카오 역시", "네이버 또한")?  Only a word of its own, a space after
    the name."""
    k = i + 1
    if k >= len(toks) or toks[k].tag != "MAG" or toks[k].start != end + 1:
        return False
    return toks[k].form in _also_words()


@functools.lru_cache(maxsize=1)
def _also_words() -> frozenset[str]:
    return frozenset(load_table("grammar.toml")["particles"].get("also_words", ()))


def glued_particle(surface: str, known) -> tuple[str, str, str] | None:
    """ "윤슬텔레콤이" where the document knows 윤슬텔레콤 (``known``: keys of names, from
    kg.document_names): (name, particle, its Kiwi tag), else None.  A tail that also
    ends names is the name's own ("충북도" beside "충북": the province, not 충북 + 도)."""
    tags = _particle_tags()
    g = resources().grammar
    for n in (2, 1):
        stem, tail = surface[:-n], surface[-n:]
        if tail in g.place_suffixes or tail in g.org_suffixes:
            return None
        if len(stem) >= 2 and tail in tags and name_key(stem) in known:
            return stem, tail, tags[tail]
    return None


def unglue_particles(found: list[Mention], known) -> None:
    """ "부지 확보는 윤슬텔레콤이, ...": Kiwi read a name and its particle as one noun
    (윤슬텔레콤이/NNG); where the document knows the name without it, the mention is the name
    and the rest its particle (``glued_particle``)."""
    for m in found:
        split = None if m.kind != "name" or m.particle else glued_particle(m.text, known)
        if split is not None:
            m.end -= len(split[1])
            m.text, m.particle, m.role = split


_WORD_REST = re.compile(r"[가-힣]*")
_TABLE_TAGS = {"subject": "JKS", "topic": "JX", "object": "JKO", "genitive": "JKG", "with": "JC"}


@functools.lru_cache(maxsize=1)
def _particle_tags() -> dict[str, str]:
    """Particle form -> Kiwi tag, from the particle tables (grammar.toml [particles])."""
    out: dict[str, str] = {}
    tables = resources().grammar.particles
    # "에서" is a subject's particle as well as a place's: Kiwi tags it JKB, so the others first
    for kind in sorted(tables, key=lambda k: k == "subject"):
        for form in tables[kind]:
            out.setdefault(form, _TABLE_TAGS.get(kind, "JKB"))
    return out


def claimed_name(
    sentence: Sentence,
    toks: list[Tok],
    taken: list[bool],
    span: tuple[int, int, int, int],
    rule: str,
    votes: dict[str, float],
) -> Mention | None:
    """A name over ``span`` (first token, last token, start, end) with its particle, its tokens
    marked ``taken``; None when a detector before took one of them."""
    first, last, start, end = span
    if any(taken[k] for k in range(first, last + 1)):
        return None
    m = Mention(sentence.id, start, end, sentence.text[start:end], rule=rule, votes=votes)
    m.particle, m.role = particles_after(toks, last, end, sentence.text)
    for k in range(first, last + 1):
        taken[k] = True
    return m
