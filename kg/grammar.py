"""The grammar of Korean news names and clauses as data: resources/grammar.toml in one object.

Separate from kg/resources.py, which gathers every table: this is the one table whose reading is
long (one field per list of words), so it lives in its own module (kg.resources re-exports it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Grammar", "grammar_of"]


@dataclass(frozen=True)
class Grammar:
    """The tables of resources/grammar.toml (see the comments there)."""

    separators: frozenset[str]
    joiners: frozenset[str]
    tail_tags: frozenset[str]
    sides: frozenset[str]  # "한울전자측은": a bound noun glued to a name that speaks for it
    adnominal_endings: frozenset[str]
    particles: dict[str, tuple[str, ...]]  # what they mark -> forms
    particle_tags: frozenset[str]
    query_tail: tuple[str, ...]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    branch_heads: frozenset[str]
    designates: frozenset[str]  # "내정자": named for a post, not in it yet
    appositive_titles: frozenset[str]  # "인" of "CFO인 강 부행장": the title is the person's too
    public_offices: frozenset[str]  # "대통령", "장관": offices of the state, held at no company
    occupations: frozenset[str]
    former: frozenset[str]
    degrees: frozenset[str]
    units: tuple[str, ...]  # endings of a unit of an organisation ("조사조정국", "반도체사업부")
    studies: frozenset[str]  # "박사 과정 출신": studied at the school before, never worked there
    departments: tuple[str, ...]  # "상학과를 졸업": a department between the school and the study
    counters: tuple[str, ...]  # "4곳", "3개사": a number and a counter is a quantity
    surnames: frozenset[str]
    hereafter: frozenset[str]  # "다온텔레콤(이하 DTC)": the short form from then on
    never_name_tags: frozenset[str]  # "하지만" (MAJ): a word of these tags alone is no name
    org_suffixes: dict[str, str]  # ending -> Company | Organization
    legal_forms: tuple[str, ...]
    bracket_public_heads: frozenset[str]
    name_openers: frozenset[str]
    typed_openers: frozenset[str]  # "스튜디오 누리별": a found name opened by one is a company's
    name_closers: frozenset[str]  # "누리 파트너스": closes the name before it (kg/closers.py)
    name_closers_latin: frozenset[str]  # "KLM 헬스케어": closes a Latin or found name only
    dotted_bodies: tuple[str, ...]  # "가람·누리산업협회": one body named for two fields
    glued_relations: frozenset[str]  # "두산계열": the name ends before 계열
    company_words: tuple[str, ...]  # "중월강철사": the known company 중월강철
    company_word_persons: frozenset[str]  # "최검사": a surname and an occupation
    public_prefixes: tuple[str, ...]
    short_forms: tuple[tuple[str, str], ...]  # (full ending, short ending)
    subsidiary_prefixes: tuple[str, ...]  # "한국IBM": a company's local subsidiary
    schools: tuple[str, ...]  # "한빛대", "한빛대학교": a university's ending
    not_schools: tuple[str, ...]  # "차세대": ends so, no school
    school_parts: tuple[str, ...]  # "한빛대학교병원": what a school runs under its name
    openings: frozenset[str]
    head_offices: frozenset[str]
    model_editions: frozenset[str]
    benchmarks: frozenset[str]
    events: frozenset[str]  # "'AI 프런티어 서울 2026' 개막": a name ending in a year is the event
    predecessors: frozenset[str]
    model_sizes: re.Pattern
    reporters: frozenset[str]  # "박지은 기자" in a byline
    outlet_endings: tuple[str, ...]  # "[한빛경제]" alone before the first sentence
    hanja_countries: dict[str, str]  # "美" -> "미국"
    place_sites: frozenset[str]  # "X에 사무소를 열었다": X is a place
    company_kinds: frozenset[str]  # "미국 클라우드 기업 X": X is based in 미국
    place_suffixes: frozenset[str]
    address_units: frozenset[str]
    facilities: tuple[str, ...]  # "정부세종청사", "조치원읍": places by their ending
    parks: tuple[str, ...]  # "구미3공단", "청주공단": an industrial estate after a place's name
    named_after: frozenset[str]
    provinces: frozenset[str]  # "경남 거제": a province's short name before its city
    state_ending: str  # "텍사스주 오스틴": a state before its city
    place_markets: frozenset[str]
    reporting_verbs: frozenset[str]
    join_verbs: frozenset[str]
    start_verbs: frozenset[str]
    passive_verbs: frozenset[str]
    via_verbs: frozenset[str]
    after_nouns: frozenset[str]
    raise_verbs: frozenset[str]
    receive_verbs: frozenset[str]
    round_acts: frozenset[str]
    round_words: frozenset[str]
    round_named: frozenset[str]
    round_hedges: frozenset[str]
    stakes: dict[str, tuple[str, ...]]
    actors: dict[str, frozenset[str]]
    bullets: frozenset[str]
    list_joiners: frozenset[str]
    list_closers: frozenset[str]
    list_counted: dict[str, str]  # "9개국": the names listed before it are places
    determiners: frozenset[str]
    self_nouns: frozenset[str]
    self_openers: frozenset[str]
    plural_pronouns: frozenset[str]
    pair_determiners: frozenset[str]
    pair_nouns: frozenset[str]
    other_parties: frozenset[str]

    def particle_is(self, particle: str, kind: str) -> bool:
        return particle in self.particles.get(kind, ())


def grammar_of(g: dict) -> Grammar:
    """The tables of grammar.toml, as read by ``tomllib``, gathered into a Grammar.

    >>> from kg.resources import load_table
    >>> grammar = grammar_of(load_table("grammar.toml"))
    >>> "대표" in grammar.titles, grammar.particle_is("은", "topic")
    (True, True)
    """
    try:
        return _read(g)
    except KeyError as e:  # a section or a list of words the rules cannot do without
        raise ValueError(f"grammar.toml has no {e.args[0]!r}, which the rules need") from e


def _read(g: dict) -> Grammar:
    orgs = g["organisations"]
    suffixes = {w: t for t in ("Organization", "Company") for w in orgs.get(t, [])}
    particles = {k: tuple(v) for k, v in g["particles"].items() if k not in {"tags", "query_tail"}}
    return Grammar(
        separators=frozenset(g["pieces"]["separators"]),
        joiners=frozenset(g["pieces"]["joiners"]),
        tail_tags=frozenset(g["pieces"]["tail_tags"]),
        sides=frozenset(g["pieces"].get("sides", ())),
        adnominal_endings=frozenset(g["pieces"]["adnominal_endings"]),
        particles=particles,
        particle_tags=frozenset(g["particles"]["tags"]),
        query_tail=tuple(g["particles"]["query_tail"]),
        titles=frozenset(g["titles"]["words"]),
        title_modifiers=frozenset(g["titles"]["modifiers"]),
        branch_heads=frozenset(g["titles"].get("branch_heads", ())),
        designates=frozenset(g["titles"].get("designates", ())),
        appositive_titles=frozenset(g["titles"].get("appositive", ())),
        public_offices=frozenset(g["titles"].get("public_offices", ())),
        occupations=frozenset(g["titles"].get("occupations", ())),
        former=frozenset(g["titles"]["former"]),
        degrees=frozenset(g["titles"].get("degrees", ())),
        units=tuple(g["titles"].get("units", ())),
        studies=frozenset(g["titles"].get("studies", ())),
        departments=tuple(g["titles"].get("departments", ())),
        surnames=frozenset(g["names"]["surnames"]),
        hereafter=frozenset(g["names"]["hereafter"]),
        never_name_tags=frozenset(g["names"].get("never_tags", ())),
        counters=tuple(g["names"].get("counters", ())),
        org_suffixes=suffixes,
        legal_forms=tuple(orgs.get("legal_forms", [])),
        bracket_public_heads=frozenset(orgs.get("bracket_public_heads", [])),
        name_openers=frozenset(orgs.get("openers", [])),
        typed_openers=frozenset(orgs.get("typed_openers", [])),
        name_closers=frozenset(orgs.get("closers", [])),
        name_closers_latin=frozenset(orgs.get("closers_latin", [])),
        dotted_bodies=tuple(orgs.get("dotted_bodies", [])),
        glued_relations=frozenset(orgs.get("glued_relations", [])),
        company_words=tuple(orgs.get("company_words", [])),
        company_word_persons=frozenset(orgs.get("company_word_persons", [])),
        public_prefixes=tuple(orgs.get("public_prefixes", [])),
        short_forms=tuple((a, b) for a, b in orgs.get("short_forms", []) if a != b),
        subsidiary_prefixes=tuple(g["organisations"]["subsidiary_prefixes"]),
        schools=tuple(g["organisations"]["schools"]),
        not_schools=tuple(g["organisations"]["not_schools"]),
        school_parts=tuple(orgs.get("school_parts", ())),
        openings=frozenset(orgs.get("openings", ())),
        head_offices=frozenset(orgs.get("head_offices", ())),
        model_editions=frozenset(g["models"]["editions"]),
        benchmarks=frozenset(g["models"].get("benchmarks", ())),
        events=frozenset(g["models"].get("events", ())),
        predecessors=frozenset(g["models"].get("predecessors", ())),
        model_sizes=re.compile(g["models"]["sizes"]),
        reporters=frozenset(g.get("bylines", {}).get("reporters", ())),
        outlet_endings=tuple(g.get("bylines", {}).get("outlet_endings", ())),
        hanja_countries=dict(g["places"].get("hanja_countries", ())),
        place_sites=frozenset(g["places"].get("sites", ())),
        company_kinds=frozenset(g["places"].get("company_kinds", ())),
        place_suffixes=frozenset(g["places"]["suffixes"]),
        address_units=frozenset(g["places"]["address_units"]),
        facilities=tuple(g["places"].get("facilities", ())),
        parks=tuple(g["places"].get("parks", ())),
        named_after=frozenset(g["places"].get("named_after", [])),
        provinces=frozenset(g["places"]["provinces"]),
        state_ending=g["places"]["states"],
        place_markets=frozenset(g["places"].get("markets", ())),
        reporting_verbs=frozenset(g["verbs"]["reporting"]),
        join_verbs=frozenset(g["verbs"]["join"]),
        start_verbs=frozenset(g["verbs"]["start"]),
        passive_verbs=frozenset(g["verbs"]["passive"]),
        via_verbs=frozenset(g["verbs"].get("via", ())),
        after_nouns=frozenset(g["verbs"].get("after_nouns", ())),
        raise_verbs=frozenset(g["funding"]["raise"]),
        receive_verbs=frozenset(g["funding"]["receive"]),
        round_acts=frozenset(g["funding"]["act"]),
        round_words=frozenset(g["funding"]["round"]),
        round_named=frozenset(g["funding"].get("round_named", ())),
        round_hedges=frozenset(g["funding"].get("hedges", ())),
        stakes={k: tuple(v) for k, v in g["stakes"].items()},
        actors={k: frozenset(v) for k, v in g["actors"].items()},
        bullets=frozenset(g["lists"]["bullets"]),
        list_joiners=frozenset(g["lists"]["joiners"]),
        list_closers=frozenset(g["lists"]["closers"]),
        list_counted=dict(g["lists"].get("counted", {})),
        determiners=frozenset(g["coreference"]["determiners"]),
        self_nouns=frozenset(g["coreference"]["self_nouns"]),
        self_openers=frozenset(g["coreference"].get("self_openers", ())),
        other_parties=frozenset(g["coreference"].get("others", ())),
        plural_pronouns=frozenset(g["coreference"]["plural"]),
        pair_determiners=frozenset(g["coreference"]["pair"]),
        pair_nouns=frozenset(g["coreference"]["pair_nouns"]),
    )
