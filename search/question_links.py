"""The entities a question names: the longest alias written over its words, particles
stripped ("업스테이지는"), then Hangul names written in Latin letters (search/romanized.py),
then partial names (미스트랄 -> 미스트랄 AI), sound-alike Latin spellings (업스테이지 ~
Upstage) and a name with a company suffix dropped ("KB금융" of "KB금융지주").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kg.names import is_hangul, is_latin, name_key, sound_key
from kg.resolve import Extraction

from .resource_tables import resource_table
from .romanized import RomanIndex, roman_index, romanized_links
from .suffixed_names import suffixed_entity

__all__ = ["PartialNames", "linked_names", "partial_names", "people_named"]

_PARTICLES = re.compile(
    r"(으로부터|에게서|로부터|이란|이랑|에서|에게|와의|과의|으로|까지|부터|"
    r"은|는|이|가|을|를|의|와|과|에|도|로|만|란|랑)$"
)


class PartialNames(NamedTuple):
    """Entity ids by the first word of a multi-word name (미스트랄 -> 미스트랄 AI) and by the
    sound key of a Latin name (업스테이지 ~ Upstage), for words a question uses partially; and
    by the Latin spellings of Hangul names (Seo Ha-jun ~ 서하준: search/romanized.py)."""

    by_first: dict[str, set[str]]
    by_sound: dict[str, set[str]]
    by_person: dict[tuple[str, str], set[str]]
    by_spelling: dict[str, set[str]]
    by_spelled_word: dict[str, set[str]]
    by_translated: dict[tuple[str, str], set[str]]


def partial_names(ex: Extraction) -> PartialNames:
    """Build the partial-name index of an extraction; a knowledge base builds it once per
    snapshot and passes it to ``analyze_question``."""
    by_first: dict[str, set[str]] = {}
    by_sound: dict[str, set[str]] = {}
    common = {
        w.casefold() for w in resource_table("question.toml")["partial_names"]["common_first"]
    }
    for e in ex.entities.values():
        if e.type in {"Date", "Concept"}:
            continue
        for alias in e.aliases:
            first = alias.split()[0]
            # "AI 혁신펀드": a common word first is no partial name ("미스트랄 AI": 미스트랄 is)
            if len(first) >= 2 and first != alias and first.casefold() not in common:
                by_first.setdefault(name_key(first), set()).add(e.id)
            if is_latin(alias) and not is_hangul(alias) and len(sound_key(alias)) >= 3:
                by_sound.setdefault(sound_key(alias), set()).add(e.id)
    return PartialNames(by_first, by_sound, *roman_index(ex))


def linked_names(text: str, ex: Extraction, partial: PartialNames):
    """Entities named in the question: longest alias match over word n-grams, particles
    stripped; then Latin spellings of Hangul names, partial names (미스트랄 -> 미스트랄 AI)
    and sound-alike spellings."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s?!.,\"'“”‘’()]+", text)]
    found: list[tuple[str, int, int, str]] = []  # (entity id, start, end, particle)
    used = [False] * len(words)
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            if any(used[i : i + n]):
                continue
            start, end = words[i][0], words[i + n - 1][1]
            surface = text[start:end]
            particle = ""
            eid = ex.alias_index.get(name_key(surface))
            if eid is None:
                m = _PARTICLES.search(surface)
                if m and len(surface) > len(m.group()):
                    eid = ex.alias_index.get(name_key(surface[: m.start()]))
                    particle = m.group() if eid else ""
            if eid is not None:
                found.append((eid, start, end - len(particle), particle))
                for j in range(i, i + n):
                    used[j] = True
    # Hangul names written in Latin letters (search/romanized.py): a word that writes one whole
    # is no partial name of another ("Haedam's subsidiary" is 해담식품's, not the first word of
    # its subsidiary's "Haedam Europe")
    roman = RomanIndex(
        partial.by_person, partial.by_spelling, partial.by_spelled_word, partial.by_translated
    )
    romanized = romanized_links(text, roman, [(s, e) for _, s, e, _ in found])
    used = [u or any(s <= w[0] < e for _, s, e, _ in romanized) for u, w in zip(used, words)]
    # partial names and transliterations, for words still unexplained
    by_first, by_sound = partial.by_first, partial.by_sound
    for i, (start, _end, word) in enumerate(words):
        if used[i]:
            continue
        m = _PARTICLES.search(word)
        stem = word[: m.start()] if m and len(word) > len(m.group()) else word
        particle = word[len(stem) :]
        cands = by_first.get(name_key(stem), set())
        if not cands and is_hangul(stem) and len(stem) >= 2:
            cands = by_sound.get(sound_key(stem), set())
        if not cands and (short := suffixed_entity(stem, ex.alias_index)):
            cands = {short}  # "KB금융" of "KB금융지주" (search/suffixed_names.py)
        if len(cands) == 1:
            found.append((next(iter(cands)), start, start + len(stem), particle))
            used[i] = True
    found += romanized
    used = [u or any(s <= w[0] < e for _, s, e, _ in found) for u, w in zip(used, words)]
    found.sort(key=lambda f: f[1])
    return found, [w for i, w in enumerate(words) if not used[i]]


def people_named(q, ex: Extraction) -> list[str]:
    """The persons among the entities question ``q`` names, in its order (the one person a
    question of someone's post, career or family asks about is ``people_named(q, ex)[0]`` when
    there is exactly one)."""
    return [
        eid for eid, _ in q.entities if eid in ex.entities and ex.entities[eid].type == "Person"
    ]
