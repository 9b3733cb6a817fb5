"""Relations a short invented text must yield and must not (the round tests' one check)::

    assert_relations("리벨리온은 아톰 칩을 개발했다.", [{("리벨리온", "DEVELOPED", "아톰")}], [])

Each entry of ``present`` is a set of spellings, one of which is enough (a name may resolve to
its Hangul or its Latin form, with the lexicon or without it)."""

from __future__ import annotations

from kg import analyze_document, resolve
from kg.extraction import Extraction


def extraction(text: str) -> Extraction:
    """The resolved entities and relations of ``text`` as one document."""
    return resolve([analyze_document("t", text)])


def entity_spellings(text: str) -> dict[str, set[str]]:
    """Each entity's name with every spelling it was merged from."""
    ex = extraction(text)
    return {e.name: {e.name, *e.aliases} for e in ex.entities.values()}


def entity_types(text: str) -> dict[str, str]:
    """Every name and alias of the entities of ``text``, with its entity's type."""
    ex = extraction(text)
    return {a: e.type for e in ex.entities.values() for a in (e.name, *e.aliases)}


def named_relations(text: str) -> set[tuple[str, str, str]]:
    """(subject name, type, object name) of every relation of ``text``."""
    ex = extraction(text)
    name = {eid: e.name for eid, e in ex.entities.items()}
    return {(name[r.subject], r.type, name[r.object]) for r in ex.relations}


def assert_relations(text: str, present, absent) -> None:
    """Every spelling set of ``present`` has a member among the relations, no ``absent`` one is."""
    rels = named_relations(text)
    for spellings in present:
        assert spellings & rels, (spellings, rels)
    for rel in absent:
        assert rel not in rels, rel
