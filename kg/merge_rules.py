"""The rules that say two name keys write one thing, as the summed facts are now: a lexicon alias or
a country's Hanja letter (``lexicon``, ``hanja``), ``apposition``, ``transliteration`` by sound,
``series``, ``short-form``, ``abbreviation`` and ``address-part`` (see kg.resolve).

``MergeRules`` is the part of ``kg.resolve.Resolution`` that keeps each key's most written spelling
and the sound indexes, and answers which keys a rule merges a key with; ``kg.clusters`` replays
the rules over the keys an update touches.  Its state is declared in ``Resolution.__init__``."""

from __future__ import annotations

import re
from collections import Counter

from .abbreviations import fitting_starts, shortens
from .names import is_hangul, is_latin, name_key, sound_key, split_version
from .public_bodies import abbreviates
from .tally import from_exact, index_update, ordered_sum

# types a short form never joins: an organisation's name is not a person's or a model's
_NOT_ORGS = frozenset({"Person", "Model", "Date"})
# nor does a company's shortened name join a place ("누항" is no harbour of 누리항공우주)
_NOT_SHORTENED = _NOT_ORGS | {"Place"}

__all__ = ["MergeRules", "is_range_version"]


def _may_be_one(hangul: str, latin: str, hangul_type: str | None, latin_type: str | None) -> bool:
    """Sound alone never merges two names of different types, nor names whose capital-letter
    acronyms differ ('KT 클라우드' is not 'Claude': the skeleton drops KT on one side only)."""
    acronyms = [sorted(re.findall(r"[A-Z]{2,4}\b", t)) for t in (hangul, latin)]
    if acronyms[0] != acronyms[1]:
        return False
    return hangul_type is None or latin_type is None or hangul_type == latin_type


def _firsts(top: str) -> set[str]:
    """The first syllables a Hangul name is indexed by: its own and the one after a public
    prefix ("한국가람진흥원": 한 and 가, where its short form "가진원" begins)."""
    return {start[0] for start in fitting_starts(top)}


def is_range_version(name: str) -> bool:
    v = split_version(name)
    return bool(v and "~" in v[1])


def _sounds(text: str) -> set[str]:
    """The sound keys a Latin spelling is found by (with a hard and a soft g)."""
    return {s for s in (sound_key(text), sound_key(text, soft_g=True)) if len(s) >= 2}


class MergeRules:
    """Spellings, sound indexes and the keys each merge rule joins (a part of ``Resolution``)."""

    def _update_spellings(self, touched: set[str]) -> set[str]:
        """Bring each touched key's most written spelling and the sound indexes up to date;
        returns the keys whose clusters must be recomputed (with those a sound now matches)."""
        seeds = set(touched)
        for key in touched:
            old = self._top.get(key)
            row = self._surfaces.get(key)
            new = min(row, key=lambda s: (-row[s].total, row[s].first)) if row else None
            if old == new:
                continue
            for top, add in ((old, False), (new, True)):
                if top is None:
                    continue
                if is_latin(top) and not is_hangul(top):
                    for sk in _sounds(top):
                        index_update(self._latin_by_sound, sk, key, add)
                        seeds |= self._hangul_by_sound.get(sk, set())
                elif is_hangul(top):
                    index_update(self._hangul_by_sound, sound_key(top), key, add)
                    for first in _firsts(top):
                        index_update(self._hangul_by_first, first, key, add)
            if new is None:
                del self._top[key]
            else:
                self._top[key] = new
        # a Latin name whose votes changed may now be (or stop being) a Hangul name's spelling
        for key in touched:
            top = self._top.get(key)
            if top is not None and is_latin(top) and not is_hangul(top):
                for sk in _sounds(top):
                    seeds |= self._hangul_by_sound.get(sk, set())
        return seeds

    def _key_type(self, key: str) -> str | None:
        """The type the mentions of one spelling vote for, before any merge."""
        votes = ordered_sum([self._votes.get(key)])
        votes = Counter({t: from_exact(v) for t, v in votes.items()})
        return votes.most_common(1)[0][0] if votes else None

    def _neighbours(self, key: str, res) -> list[str]:
        """The keys a rule merges ``key`` with, as the facts are now."""
        top = self._top.get(key)
        if top is None:
            return []
        out = [k for triple in self._apposition_edges.get(key, ()) for k in triple[:2]]
        if is_range_version(top):
            out.append(name_key(split_version(top)[0]))
        fixed = self._written_for(key, res)
        if fixed is not None:
            out.append(fixed[0])
        match = self._transliteration(key)
        if match is not None:
            out.append(match)
        address = self._address_target(key)
        if address is not None:
            out.append(address)
        out.extend(self._short_forms(key, res))
        out.extend(self._abbreviated(key, res))
        # every one-word name that ends this address: whether it now ends one address only
        # depends on this key's type
        out.extend(self._parts_of.get(key, ()))
        return out

    def _written_for(self, key: str, res) -> tuple[str, str] | None:
        """The key of what ``key`` is another way of writing, by the lexicon ("페이스북" is
        Meta) or as a country's Hanja letter ("美" is 미국), with the rule's name."""
        entry = res.lexicon_by_key.get(key)
        if entry:
            return name_key(entry.name), "lexicon"
        country = res.grammar.hanja_countries.get(self._top.get(key, ""))
        return (name_key(country), "hanja") if country else None

    def _address_target(self, key: str) -> str | None:
        """The one address a one-word place name ends in the documents that write both, when
        both are places and there is exactly one such address in the corpus."""
        if key not in self._top or self._key_type(key) != "Place":
            return None
        chains = [c for c in self._address_of.get(key, ()) if self._key_type(c) == "Place"]
        return chains[0] if len(chains) == 1 else None

    def _short_forms(self, key: str, res) -> list[str]:
        """The keys that write the same organisation with its ending shortened or in full
        ("충남대" and "충남대학교", grammar.toml organisations.short_forms), when neither
        spelling is typed a person or a model."""
        top = self._top.get(key)
        if top is None or self._key_type(key) in _NOT_ORGS:
            return []
        out = []
        for full, short in res.grammar.short_forms:
            for have, want in ((full, short), (short, full)):
                if top.endswith(have) and len(top) > len(have) + 1:
                    other = name_key(top[: len(top) - len(have)] + want)
                    # the full spelling as written ends so: " 테라퓨틱스" is a word of its own,
                    # "가온바이오사이언스" no full form of "가온"
                    if (
                        other in self._top
                        and self._key_type(other) not in _NOT_ORGS
                        and self._top[other if have == short else key].endswith(full)
                    ):
                        out.append(other)
        return out

    def _abbreviated(self, key: str, res) -> list[str]:
        """The keys that write the same organisation abbreviated or in full, either way round
        (``_abbreviates``)."""
        top = self._top.get(key)
        if top is None or not is_hangul(top):
            return []
        return [
            other
            for first in _firsts(top)
            for other in self._hangul_by_first.get(first, ())
            if other != key
            and (self._abbreviates(key, other, res) or self._abbreviates(other, key, res))
        ]

    def _fulls(self, key: str, res) -> list[str]:
        """The keys of the names ``key`` abbreviates (``_abbreviates``)."""
        top = self._top.get(key)
        if top is None or not is_hangul(top):
            return []
        return [
            other
            for other in self._hangul_by_first.get(top[0], ())
            if other != key and self._abbreviates(key, other, res)
        ]

    def _abbreviates(self, short: str, full: str, res) -> bool:
        """Does key ``short`` abbreviate key ``full``: a public body's name ("과기정통부" of
        "과학기술정보통신부", kg.public_bodies.abbreviates) or, in a document that writes both,
        an organisation's name shortened to some of its syllables ("누항" of "누리항공우주",
        kg.abbreviations.shortens)?  Neither is typed a person or a model, and a name the
        lexicon knows is no short form."""
        types = (self._key_type(short), self._key_type(full))
        a, b = self._top[short], self._top[full]
        if types[0] in _NOT_ORGS or types[1] in _NOT_ORGS or not is_hangul(a):
            return False
        if abbreviates(a, b):
            return True
        return (
            not set(types) & _NOT_SHORTENED
            and short not in res.lexicon_by_key
            and shortens(a, b)
            and bool(self._documents(short) & self._documents(full))
        )

    def _documents(self, key: str) -> set[str]:
        """The documents that write ``key``."""
        return {doc for tally in self._surfaces.get(key, {}).values() for doc in tally.docs}

    def _transliteration(self, key: str) -> str | None:
        """The one Latin key a Hangul spelling sounds like, if exactly one does and their types
        and acronyms do not say otherwise (``_may_be_one``)."""
        top = self._top[key]
        if not is_hangul(top) or split_version(top):
            return None
        sk = sound_key(top)
        matches = self._latin_by_sound.get(sk, ())
        if len(sk) < 2 or len(matches) != 1:
            return None
        match = next(iter(matches))
        if not _may_be_one(top, self._top[match], self._key_type(key), self._key_type(match)):
            return None
        return match
