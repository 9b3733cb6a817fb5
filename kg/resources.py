"""Korean-language knowledge kept as data: type cues, relation predicates, well-known names.

The tables live in ``kg/resources/*.toml`` with a comment on every entry; a user adds names with
their own lexicon file (``KGSEARCH_LEXICON=/path/to/names.toml``, same format as lexicon.toml).
"""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .grammar import Grammar, grammar_of
from .lexicon import LexiconEntry, lexicon_entries

__all__ = [
    "Grammar",
    "LexiconEntry",
    "PredicateFrame",
    "Resources",
    "goods_stems",
    "load_table",
    "resources",
]

_DIR = Path(__file__).with_name("resources")


@dataclass(frozen=True)
class PredicateFrame:
    relation: str
    stems: frozenset[str]
    subject_types: frozenset[str]
    object_types: frozenset[str]
    object_particles: tuple[str, ...]
    agent_particles: tuple[str, ...] = ()
    date_relation: str = ""
    symmetric: bool = False
    theme_is_subject: bool = False
    nouns: frozenset[str] = frozenset()
    subject_types_ordered: tuple[str, ...] = ()
    object_types_ordered: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resources:
    cue_nouns: dict[str, str]  # noun -> type
    cue_verbs: dict[str, str]  # verb stem -> type of its subject
    frames: tuple[PredicateFrame, ...]
    lexicon: tuple[LexiconEntry, ...]
    stopnames: frozenset[str]  # casefolded
    grammar: Grammar
    # casefolded stopnames a name of several words stops before ("일본 출시"): trade, languages
    name_stops: frozenset[str] = frozenset()
    # endings of the names of laws ("전자금융거래법"): such a word is no name (stopnames.toml)
    law_endings: tuple[str, ...] = ()
    court_endings: tuple[str, ...] = ()  # "서울중앙지법": a court, though it ends in 법
    frames_by_stem: dict[str, tuple[PredicateFrame, ...]] = field(default_factory=dict)
    frames_by_noun: dict[str, tuple[PredicateFrame, ...]] = field(default_factory=dict)
    frame_of: dict[str, PredicateFrame] = field(default_factory=dict)  # relation -> frame
    lexicon_by_key: dict[str, LexiconEntry] = field(default_factory=dict)  # any alias's name_key
    name_suffixes: dict[str, str] = field(default_factory=dict)  # "AI" -> Company


def load_table(name: str) -> dict:
    """The TOML file ``name`` of kg/resources/, as read (the small tables of kg.makers,
    kg.materials read theirs so)."""
    with open(_DIR / name, "rb") as f:
        return tomllib.load(f)


@functools.lru_cache(maxsize=1)
def goods_stems() -> frozenset[str]:
    """Deal predicates whose relative clause modifies the goods traded ("A가 수주한 LNG선"):
    predicates.toml PARTNER_OF goods_stems."""
    return frozenset(load_table("predicates.toml")["PARTNER_OF"].get("goods_stems", ()))


@functools.lru_cache(maxsize=4)
def _resources(key: str) -> Resources:
    """Every table of kg/resources/*.toml (and the user's lexicon) read into one object.

    Long: one straight-line block per table; splitting it would only move the reads apart."""
    user_lexicon = key.rsplit("|", 1)[0]
    cues = load_table("cues.toml")
    cue_nouns: dict[str, str] = {}
    cue_verbs: dict[str, str] = {}
    suffixes: dict[str, str] = {}
    for type_, words in cues.pop("suffixes", {}).items():
        for word in words:
            suffixes[word] = type_
    for type_, table in cues.items():
        for noun in table.get("nouns", []):
            cue_nouns.setdefault(noun, type_)
        for verb in table.get("verbs", []):
            cue_verbs.setdefault(verb, type_)

    frames = []
    for relation, t in load_table("predicates.toml").items():
        frames.append(
            PredicateFrame(
                relation=relation,
                stems=frozenset(t.get("stems", [])),
                subject_types=frozenset(t.get("subject_types", [])),
                object_types=frozenset(t.get("object_types", [])),
                object_particles=tuple(t.get("object_particles", [])),
                agent_particles=tuple(t.get("agent_particles", [])),
                date_relation=t.get("date_relation", ""),
                symmetric=bool(t.get("symmetric", False)),
                theme_is_subject=bool(t.get("theme_is_subject", False)),
                nouns=frozenset(t.get("nouns", [])),
                subject_types_ordered=tuple(t.get("subject_types", [])),
                object_types_ordered=tuple(t.get("object_types", [])),
            )
        )
    by_stem: dict[str, list[PredicateFrame]] = {}
    by_noun: dict[str, list[PredicateFrame]] = {}
    for frame in frames:
        for stem in frame.stems:
            by_stem.setdefault(stem, []).append(frame)
        for noun in frame.nouns:
            by_noun.setdefault(noun, []).append(frame)

    builtin = os.environ.get("KGSEARCH_BUILTIN_LEXICON", "1") != "0"
    lexicon = lexicon_entries(load_table("lexicon.toml"), "lexicon.toml") if builtin else []
    if user_lexicon:
        path = Path(user_lexicon)
        if not path.is_file():
            raise FileNotFoundError(f"KGSEARCH_LEXICON points to {path}, which is not a file")
        with open(path, "rb") as f:
            lexicon += lexicon_entries(tomllib.load(f), str(path))

    stopnames = load_table("stopnames.toml")
    stop = frozenset(
        w.casefold()
        for k in (
            "words",
            "words_time",
            "words_org_kind",
            "words_trade",
            "words_language",
            "words_people",
            "words_industry",
            "words_jobs",
            "words_games",
            "words_medical",
            "words_body_kind",
            "words_markets",
        )
        for w in stopnames.get(k, [])
    )
    from .names import name_key

    by_key: dict[str, LexiconEntry] = {}
    for entry in lexicon:
        for alias in (entry.name, *entry.aliases):
            by_key.setdefault(name_key(alias), entry)
    return Resources(
        grammar=grammar_of(load_table("grammar.toml")),
        lexicon_by_key=by_key,
        name_suffixes=suffixes,
        frame_of={f.relation: f for f in frames},
        cue_nouns=cue_nouns,
        cue_verbs=cue_verbs,
        frames=tuple(frames),
        lexicon=tuple(lexicon),
        stopnames=stop,
        name_stops=frozenset(
            w.casefold() for k in ("words_trade", "words_language") for w in stopnames.get(k, [])
        ),
        law_endings=tuple(stopnames.get("endings_law", ())),
        court_endings=tuple(stopnames.get("endings_court", ())),
        frames_by_stem={k: tuple(v) for k, v in by_stem.items()},
        frames_by_noun={k: tuple(v) for k, v in by_noun.items()},
    )


def resources() -> Resources:
    """The tables, loaded once per process (and again if KGSEARCH_LEXICON changes).
    KGSEARCH_BUILTIN_LEXICON=0 leaves out the built-in names (to measure the rules alone)."""
    return _resources(
        os.environ.get("KGSEARCH_LEXICON", "")
        + "|"
        + os.environ.get("KGSEARCH_BUILTIN_LEXICON", "1")
    )
