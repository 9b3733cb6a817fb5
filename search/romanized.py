"""Korean names an English question writes in Latin letters: "Where did Seo Ha-jun work
before?" about a text that writes only 서하준, "Which distributor sells GrowBrain?" about one
that writes only 그로우브레인.

A person is matched by the Revised Romanization of their Hangul name (resources/
romanization.toml): the surname as papers spell it (이 Lee/Yi/Rhee), the given name with or
without its hyphen, in either order.  A company, product or place is matched by the consonant
skeleton of its Hangul name against the English words (kg.names.sound_key: c/k, f/p, v/b, l/r,
and here z/j/s), only when one entity of the knowledge base has it.

>>> romanize("서하준")
'seohajun'
>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "메이플린코스메틱은 서하준 대표를 선임했다.")])
>>> index = roman_index(ex)
>>> [ex.entities[e].name for e, *_ in romanized_links("Is Seo Ha-jun CEO of Maplein Cosmetic?", index)]
['서하준', '메이플린코스메틱']
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import NamedTuple

from kg.names import sound_key

from .resource_tables import resource_table
from .short_names import SHORT_MARK, short_alike, short_key
from .spelled_initials import hangul_letters

__all__ = [
    "NAMES_MARK",
    "RomanIndex",
    "roman_index",
    "romanize",
    "romanized_links",
    "romanizes",
    "written_romanized",
]

_NAME_WORD = re.compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z]+)?")
_HANGUL_NAME = re.compile(r"[가-힣]{2,12}")
_MIXED_NAME = re.compile(r"([가-힣]{2,8}) ?([A-Za-z][A-Za-z0-9]{1,5})")  # 태령DNS, 해든 LM
# an initialism before a Hangul name (CFM인터내셔널, SK하이닉스): sound_key drops the capitals on
# both sides, so "CFM International" meets it by the sound of the rest
_LETTERED_NAME = re.compile(r"[A-Z][A-Z0-9&]{0,3} ?[가-힣]{2,12}")
_ROMAN_MIN = 5  # letters of a romanized stem: shorter ones (Han, Seo) are too many names
# ... unless an English ending translates the rest: "Daewoo Shipbuilding" (대우조선, stem "deo")
_ROMAN_MIN_ENDED = 3
#: the mark before an entity id among the sound keys: that entity's names (a sound skeleton
#: is upper-case letters, a short name's key begins with SHORT_MARK: none of them meet)
NAMES_MARK = "@"
_SOUND_MIN = 4  # consonant sounds a transliterated name needs: shorter skeletons match by chance


@functools.lru_cache(maxsize=1)
def _tables() -> dict:
    return resource_table("romanization.toml")


@functools.lru_cache(maxsize=1)
def _loose_re() -> re.Pattern:
    keys = sorted(_tables()["given_loose"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys)))


@functools.lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    """English words the question tables read as words, not names ("Which", "plant")."""
    words = set()
    for table in (
        resource_table("english.toml")["gloss"],
        resource_table("question.toml")["english"],
    ):
        for phrase in table:
            words.update(phrase.casefold().split())
    return frozenset(words)


def romanize(hangul: str) -> str:
    """The Revised Romanization of Hangul, syllable by syllable, lower case, no spaces."""
    t = _tables()
    out = []
    for ch in hangul:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            out.append(t["initials"][code // 588] + t["vowels"][code % 588 // 28])
            out.append(t["finals"][code % 28])
    return "".join(out)


def _loose(latin: str) -> str:
    """One spelling for the ways news writes a given name ("Min-soo", "Minsu" -> "minso")."""
    latin = re.sub(r"[^a-z]", "", latin.casefold())
    loose = _tables()["given_loose"]
    return _loose_re().sub(lambda m: loose[m.group()], latin)


def _sound(text: str) -> str:
    return sound_key(_spoken(text)).replace("J", "S")  # Games = 게임즈: z, j and s read as one


def _latin_sounds(text: str) -> list[str]:
    """The skeletons Latin words may sound as: g hard, then soft before e, i, y ("Energen"
    is 에너젠, as "Gemini" is 제미나이)."""
    soft = sound_key(_spoken(text), soft_g=True).replace("J", "S")
    return list(dict.fromkeys([_sound(text), soft]))


def _spoken(text: str) -> str:
    """English spellings written as they sound ([english_sounds]): the Hangul of a name is
    its sound ("Ventures" 벤처스, "International" 인터내셔널), its skeleton no letter's.

    >>> _spoken("Altos Ventures International")
    'Altos Venches Internashonal'
    """
    for spelling, sound in _tables()["english_sounds"].items():
        text = re.sub(spelling, sound, text)
    return text


def _surnames(name: str) -> list[tuple[str, str]]:
    """(surname, given name) splits of a Hangul person name: 서하준 -> [(서, 하준)]."""
    known = _tables()["surnames"]
    splits = [(name[:1], name[1:])]
    if len(name) >= 4 or (len(name) == 3 and name[:2] in known):
        splits.append((name[:2], name[2:]))
    return splits


def _spellings(surname: str) -> set[str]:
    return {romanize(surname), *_tables()["surnames"].get(surname, [])}


class RomanIndex(NamedTuple):
    """Entity ids by a Latin spelling of their Hangul name: persons by (surname spelling,
    loose given name), other names by their consonant skeleton, and by that of each word of a
    name of several words (보울링그린 of "켄터키주 보울링그린"), read only when no whole name
    sounds alike."""

    persons: dict[tuple[str, str], set[str]]
    sounds: dict[str, set[str]]
    word_sounds: dict[str, set[str]]
    # (loose romanized stem, English ending): 서원금융지주 as ("sowon", "financial group")
    translated: dict[tuple[str, str], set[str]]


def roman_index(ex) -> RomanIndex:
    """The romanized names of an extraction's entities with a Hangul name."""
    persons: dict[tuple[str, str], set[str]] = {}
    sounds: dict[str, set[str]] = {}
    word_sounds: dict[str, set[str]] = {}
    translated: dict[tuple[str, str], set[str]] = {}
    for e in ex.entities.values():
        if e.type in {"Date", "Concept"}:
            continue
        for alias in e.aliases:
            words = alias.split()
            if e.type != "Person" and len(words) > 1:
                for word in filter(_HANGUL_NAME.fullmatch, words):
                    if len(_sound(word)) >= _SOUND_MIN:
                        word_sounds.setdefault(_sound(word), set()).add(e.id)
            if e.type != "Person" and (mixed := _MIXED_NAME.fullmatch(alias)):
                stem, tail = mixed.groups()  # 태령DNS as ("taeryong", "dns")
                translated.setdefault((_loose(romanize(stem)), tail.casefold()), set()).add(e.id)
            if e.type != "Person" and len(words) > 1 and _HANGUL_NAME.fullmatch("".join(words)):
                alias = "".join(words)  # 해든 어시스트 is "Haeden Assist" as one sound
            if e.type != "Person" and _LETTERED_NAME.fullmatch(alias):
                if len(_sound(alias)) >= _SOUND_MIN:  # CFM인터내셔널: "CFM International"
                    sounds.setdefault(_sound(alias), set()).add(e.id)
                continue
            if not _HANGUL_NAME.fullmatch(alias):
                continue
            if e.type == "Person":
                if len(alias) > 4:
                    continue
                for surname, given in _surnames(alias):
                    for spelling in _spellings(surname):
                        persons.setdefault((spelling, _loose(romanize(given))), set()).add(e.id)
                continue
            if len(_sound(alias)) >= _SOUND_MIN:
                sounds.setdefault(_sound(alias), set()).add(e.id)
            elif len(_sound(alias)) >= 2:  # 쏘카: by its whole spelling (search/short_names.py)
                sounds.setdefault(short_key(romanize(alias)), set()).add(e.id)
            for key in _translations(alias):
                translated.setdefault(key, set()).add(e.id)
    # each entity's names under a key of its own, for _shortest_of to read at question time: a
    # knowledge base changed one document at a time publishes this index by delta (one
    # entity's keys out, then in: search/snapshot_update.py), so the index may hold only what
    # each entity gives alone, never a choice between entities
    keyed = set().union(*sounds.values(), *translated.values())
    for eid in keyed:
        names = {a.replace(" ", "") for a in ex.entities[eid].aliases}
        sounds[NAMES_MARK + eid] = names
    return RomanIndex(persons, sounds, word_sounds, translated)


def _shortest_of(ids: set[str], index: RomanIndex) -> set[str]:
    """One entity for a spelling several have when its name, and no other's, begins all the
    others': the short form of one company the text also writes in full (대우조선 of
    대우조선해양, two entities when the text never says they are one); else all, ambiguous.
    Read from the names the index holds now, so no order of adds and removes changes it.

    >>> i = RomanIndex({}, {NAMES_MARK + "a": {"대우조선"}, NAMES_MARK + "b": {"대우조선해양"}}, {}, {})
    >>> sorted(_shortest_of({"a", "b"}, i))
    ['a']
    """
    if len(ids) < 2:
        return ids
    names = {eid: index.sounds.get(NAMES_MARK + eid, set()) for eid in ids}
    short = [
        eid
        for eid in sorted(ids)
        if all(
            any(o.startswith(n) for n in names[eid] for o in names[other]) for other in ids - {eid}
        )
    ]
    return {short[0]} if len(short) == 1 else ids


def _translations(alias: str) -> list[tuple[str, str]]:
    """The (loose romanized stem, English ending) keys of a Hangul company name: 서원금융지주 ->
    ("sowon", "financial group"), ("sowongomyongjijo", "") -- the whole name romanized."""
    keys = [(_loose(romanize(alias)), "")]
    for english, endings in _tables()["suffixes"].items():
        for ending in endings:
            if alias.endswith(ending) and len(alias) > len(ending):
                stem = _loose(romanize(alias[: -len(ending)]))
                keys += [(stem, english), (stem, "")]  # "Damhwa" alone, as 담화 of 담화엔터
    return [k for k in keys if len(k[0]) >= (_ROMAN_MIN_ENDED if k[1] else _ROMAN_MIN)]


def _run_translations(words: list[str]) -> list[tuple[str, str]]:
    """The keys a run of Latin words may have: all romanized, or a romanized stem and an
    English ending ("Seowon Financial Group" -> ("sowon", "financial group"))."""
    return [
        (_loose("".join(words[:k])), " ".join(words[k:]).casefold())
        for k in range(len(words), 0, -1)
    ]


def _person(words: list[str], index: RomanIndex) -> set[str]:
    """Persons a run of capitalized words names: surname first or last."""
    if len(words) < 2:
        return set()
    for surname, given in ((words[0], words[1:]), (words[-1], words[:-1])):
        key = (surname.casefold(), _loose("".join(given)))
        if key in index.persons:
            return index.persons[key]
    return set()


def _named(words: list[str], index: RomanIndex) -> set[str]:
    """Entities a run of capitalized words transliterates, unless all are English words."""
    for key in _run_translations(words):
        if key in index.translated:
            return _shortest_of(index.translated[key], index)
    if all(w.casefold() in _english_vocabulary() for w in words):
        return set()
    for key in _latin_sounds(" ".join(words)):
        if len(key) >= _SOUND_MIN and (found := index.sounds.get(key)):
            return _shortest_of(found, index)
        if len(key) >= _SOUND_MIN and (found := index.word_sounds.get(key)):
            return found
    if letters := hangul_letters(words[0]):  # "JR Energy Solution": 제이알에너지솔루션
        for key in _latin_sounds(" ".join([letters, *words[1:]])):
            if len(key) >= _SOUND_MIN and (found := index.sounds.get(key)):
                return _shortest_of(found, index)
    if len(words) == 1 and 2 <= len(_sound(words[0])) < _SOUND_MIN:
        return _short(words[0], index)
    return set()


def _short(word: str, index: RomanIndex) -> set[str]:
    """The entities of a short Hangul name the one word spells as it sounds ("Socar" 쏘카); all
    of them, so that two alike are no link."""
    found = set()
    for key, ids in index.sounds.items():
        if key.startswith(SHORT_MARK) and short_alike(word, key):
            found |= _shortest_of(ids, index)
    return found


def romanized_links(
    text: str, index: RomanIndex, taken: list[tuple[int, int]] = ()
) -> list[tuple[str, int, int, str]]:
    """(entity id, start, end, "") of each Korean name the text writes in Latin letters,
    longest run of capitalized words first, outside the ``taken`` spans; a name more than one
    entity could be is no link.  The question's first word is a question word, not a name."""
    runs = [m for m in _NAME_WORD.finditer(text) if m.start() > 0]
    found: list[tuple[str, int, int, str]] = []
    used = [any(s <= m.start() < e for s, e in taken) for m in runs]
    for n in (4, 3, 2, 1):
        for i in range(len(runs) - n + 1):
            group = runs[i : i + n]
            if any(used[i : i + n]) or any(
                text[a.end() : b.start()] != " " for a, b in itertools.pairwise(group)
            ):
                continue
            words = [m.group() for m in group]
            cands = _person(words, index) or _named(words, index)
            if len(cands) == 1:
                found.append((next(iter(cands)), group[0].start(), group[-1].end(), ""))
                used[i : i + n] = [True] * n
    return sorted(found, key=lambda f: f[1])


def romanizes(written: str, hangul: str) -> bool:
    """True when Latin words write a Hangul name: romanized person or transliteration.

    >>> romanizes("Jae-won Lee", "이재원"), romanizes("Coral Games", "코랄게임즈")
    (True, True)
    """
    words = _NAME_WORD.findall(written)
    if not words or not re.fullmatch(r"[가-힣 ]+", hangul):
        return False
    for surname, given in _surnames(hangul):
        spellings, loose = _spellings(surname), _loose(romanize(given))
        if len(words) >= 2 and any(
            s.casefold() in spellings and _loose("".join(g)) == loose
            for s, g in ((words[0], words[1:]), (words[-1], words[:-1]))
        ):
            return True
    if set(_run_translations(words)) & set(_translations(hangul.replace(" ", ""))):
        return True
    spoken = {_sound(hangul), *map(_sound, hangul.split())}  # 보울링그린 of 켄터키주 보울링그린
    return any(len(key) >= _SOUND_MIN and key in spoken for key in _latin_sounds(" ".join(words)))


def written_romanized(question: str, text: str) -> bool:
    """A person the question names in Latin letters whom ``text`` writes in Hangul though the
    knowledge base holds no such person ("Professor Jang Tae-in's lab" of "장태인 교수 연구실").

    >>> written_romanized("What did Jang Tae-in's lab release?", "장태인 교수 연구실이 공개한")
    True
    """
    runs = re.findall(r"[A-Z][a-z]+(?: [A-Z][a-z]*(?:-[a-z]+)?)+", question)
    words = set(re.findall(r"[가-힣]{2,4}", text))
    for run in runs:
        names = run.split()
        pairs = [names[i : i + 2] for i in range(len(names) - 1)]
        if any(romanizes(" ".join(p), w) for p in pairs for w in words):
            return True
    return False
