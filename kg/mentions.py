"""Finding names, dates and pronouns in Korean sentences, with their particles.

Names come from the tagger (kg.tagger: a CRF over the sentence's pieces, kg.pieces), dates from
a pattern, and pronoun phrases (``이 회사``, ``이들``, ``김 대표``) from the grammar tables
(kg.pronouns).
"""

from __future__ import annotations

from .acting_governments import acting_governments
from .bracket_makers import bracket_maker_names
from .bylines import byline_names
from .career_orgs import career_orgs
from .closers import closed_names
from .company_glosses import vote_company_glosses
from .counted_names import counted_list_names
from .dates import date_mentions
from .dotted_names import dotted_bodies
from .drug_names import drug_names
from .facilities import facility_names, vote_facilities
from .fields import without_fields
from .followers import vote_followers
from .foreign_persons import japanese_families, japanese_persons
from .glossed_terms import without_glossed_terms
from .glossed_units import without_glossed_units
from .kind_words import without_kind_words
from .latin_employers import latin_employers
from .launched import vote_launched
from .legal_forms import headed_names, legal_form_names
from .listed_names import listed_names
from .materials import without_goods
from .model import Mention, Sentence
from .name_context import (
    benchmark_names,
    byline_vote,
    company_word_vote,
    copula_vote,
    two_script_persons,
    unprefixed,
)
from .names import name_key
from .new_products import new_product_names
from .openers import opened_names
from .particles import glued_particle, particles_after, unglue_particles
from .pieces import Piece, Tok, pieces, runs
from .placed_acronyms import without_placed_acronyms
from .posted_persons import posted_persons
from .pronouns import pronoun_phrases
from .public_bodies import (
    placed_bodies,
    public_body_names,
    split_head_titles,
    vote_public_bodies,
    without_divisions,
)
from .quoted_events import without_quoted_events
from .quoted_kinds import quoted_kinds
from .raisers import latin_pair_names, raiser_names
from .resources import resources
from .routes import route_places
from .schools import school_parts, vote_schools, vote_studied
from .short_forms import retyped_short_forms, short_form_names
from .tagger import tag
from .titled_persons import aged_persons, title_references, titled_persons
from .venues import vote_venues

__all__ = [
    "Tok",
    "benchmark_names",
    "document_names",
    "family_names",
    "mentions_from_tokens",
    "repeated_names",
]


def mentions_from_tokens(sentence: Sentence, toks: list[Tok]) -> list[Mention]:
    """Names, dates and pronoun phrases of one analysed sentence, in order."""
    taken = [False] * len(toks)  # tokens inside a mention found before
    mentions = date_mentions(sentence, toks, taken)
    ps = pieces(sentence.text, toks)
    mentions.extend(byline_names(sentence, toks, taken))
    mentions.extend(title_references(sentence, ps, toks, taken))
    mentions.extend(aged_persons(sentence, ps, toks, taken))
    mentions.extend(legal_form_names(sentence, ps, toks, taken))
    mentions.extend(headed_names(sentence, ps, toks, taken))
    mentions.extend(route_places(sentence, ps, toks, taken))  # "김포~오사카": two places
    mentions.extend(latin_employers(sentence, ps, toks, taken))  # "NC AI 이연수 대표이사"
    mentions.extend(japanese_persons(sentence, ps, toks, taken))  # "사토 고지 사장"
    mentions.extend(posted_persons(sentence, ps, toks, taken))  # "레이쥔 샤오미 회장"
    mentions.extend(_tagged_names(sentence, ps, toks, taken))
    mentions.extend(_lexicon_names(sentence, ps, toks, taken))
    mentions.extend(new_product_names(sentence, ps, toks, taken))  # "신약 테라벨린의"
    mentions.extend(career_orgs(sentence, ps, toks, taken))
    mentions.extend(titled_persons(sentence, ps, toks, taken))
    mentions.extend(public_body_names(sentence, ps, toks, taken))
    mentions.extend(facility_names(sentence, ps, toks, taken))
    mentions.extend(school_parts(sentence, ps, toks, taken))
    mentions.extend(raiser_names(sentence, ps, toks, taken))
    mentions.extend(latin_pair_names(sentence, ps, toks, taken))
    mentions.extend(pronoun_phrases(sentence, toks, taken))
    mentions = two_script_persons(sentence, ps, toks, mentions)
    vote_company_glosses(ps, mentions)  # "분석 기업 마렌 하이트(Maren Height)"
    mentions = split_head_titles(sentence, ps, toks, mentions)
    mentions = opened_names(sentence, ps, toks, mentions, taken)
    mentions = closed_names(sentence, ps, toks, mentions, taken)
    mentions = dotted_bodies(sentence.text, ps, mentions)
    mentions = quoted_kinds(sentence, ps, toks, mentions, taken)  # also "관광패스 '…'"
    mentions = drug_names(sentence, ps, toks, mentions, taken)  # "'로나벨정'(아미로딘)"
    mentions = bracket_maker_names(sentence, ps, toks, mentions, taken)  # "'바삭칩(다온제과)'"
    mentions = counted_list_names(sentence, ps, toks, mentions, taken)  # "솔비·도담 등 2개사"
    mentions = listed_names(sentence, ps, toks, mentions, taken)  # "A, B, 모래와 C"
    mentions.sort(key=lambda m: m.start)
    mentions = acting_governments(sentence, ps, toks, mentions)  # "전남 순천시가": a body
    vote_public_bodies(ps, toks, mentions)
    vote_schools(mentions)
    vote_studied(toks, mentions)
    vote_followers(sentence.text, ps, mentions)
    mentions = placed_bodies(sentence.text, mentions)
    mentions = vote_facilities(sentence.text, ps, toks, mentions)
    vote_venues(toks, mentions, sentence.text)  # "누리스퀘어에서 협약식을 열었다": a place
    vote_launched(toks, mentions)  # "누리덤을 출시했다": a product
    mentions = without_divisions(mentions)
    mentions = without_goods(toks, mentions)
    mentions = without_fields(toks, mentions)  # "자연어처리와 컴퓨터비전 기술"
    mentions = without_kind_words(mentions)  # "분야의 스타트업이": no company's name
    mentions = without_glossed_terms(sentence.text, toks, mentions)  # "연료전지(Fuel Cell) 사업"
    mentions = without_glossed_units(sentence.text, mentions)  # "H&A(생활가전)사업본부장"
    copula_vote(toks, mentions)
    company_word_vote(mentions)
    byline_vote(sentence.text, toks, mentions)
    return unprefixed(toks, mentions)


def document_mentions(sentences: list[Sentence], all_toks: list[list[Tok]]) -> list[list[Mention]]:
    """Each sentence's mentions (``mentions_from_tokens``), less the names the document writes
    as a benchmark anywhere (kg.name_context)."""
    found = [mentions_from_tokens(s, toks) for s, toks in zip(sentences, all_toks)]
    found = without_quoted_events(sentences, found)  # "설명회인 'X Summit 2030'"
    tests = set().union(
        *(benchmark_names(s, t, ms) for s, t, ms in zip(sentences, all_toks, found))
    )
    return [[m for m in ms if name_key(m.text) not in tests] for ms in found]


def _tagged_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """The names the tagger finds, with the lexicon's type as a vote where it knows the name."""
    res = resources()
    text = sentence.text
    out = []
    for name in tag(ps, toks):
        first, last = ps[name.first], ps[name.last]
        start, end = first.start, _before_relation(toks, first.first, last.stem_last, last.stem_end)
        surface = text[start:end]
        if any(taken[k] for k in range(first.first, last.stem_last + 1)) or (
            surface.casefold() in res.stopnames or surface.isdigit() or _is_law(surface)
        ):
            continue
        if all(
            toks[k].tag in res.grammar.never_name_tags
            for k in range(first.first, last.stem_last + 1)
        ):
            continue  # "하지만" opening a sentence or a quote: a conjunction, never a name
        mention = Mention(
            sentence.id,
            start,
            end,
            surface,
            rule="tagger",
            votes={t: round(3.0 * p, 3) for t, p in name.type_probs.items() if p >= 0.05},
        )
        entry = res.lexicon_by_key.get(name_key(surface))
        if entry is not None:
            mention.votes[entry.type] = mention.votes.get(entry.type, 0.0) + 3.0
        mention.particle, mention.role = particles_after(toks, last.stem_last, end, text)
        out.append(mention)
        for k in range(first.first, last.stem_last + 1):
            taken[k] = True
    return out


def _lexicon_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Names the user's (or the built-in) lexicon knows, one or two pieces long: always names."""
    res = resources()
    if not res.lexicon_by_key:
        return []

    def lookup(key: str) -> dict[str, float] | None:
        entry = res.lexicon_by_key.get(key)
        return {entry.type: 3.0} if entry else None

    return _known_names(sentence, ps, toks, taken, lookup, "lexicon", 2)


def document_names(mentions: list[Mention]) -> dict[str, dict[str, float]]:
    """The names the tagger was sure of somewhere in a document, by key, with their type votes;
    an address's last unit too ("서울 서초동" ... "서초동", "경기 시흥시" ... "시흥")."""
    units = resources().grammar.address_units
    known: dict[str, dict[str, float]] = {}
    for m in mentions:
        if m.kind != "name" or len(m.text) < 2 or max(m.votes.values(), default=0) < 1.5:
            continue
        forms = [m.text]
        if " " in m.text and m.voted_type == "Place":
            last = m.text.split()[-1]
            forms += [last, last[:-1]] if len(last) >= 3 and last[-1] in units else [last]
        for form in forms:
            votes = known.setdefault(name_key(form), {})
            for t, v in m.votes.items():
                votes[t] = votes.get(t, 0.0) + v
    # a repeat adds no evidence of its own: it carries the document's votes, worth one vote
    return {
        k: {t: round(v / sum(vs.values()), 3) for t, v in vs.items()} for k, vs in known.items()
    }


def repeated_names(
    sentence: Sentence,
    toks: list[Tok],
    found: list[Mention],
    known: dict[str, dict[str, float]],
    family: frozenset[str] = frozenset(),
) -> list[Mention]:
    """A name found in one sentence is a name wherever its document writes it again
    ("국토교통부로부터" after "국토교통부는"); ``known`` is from ``document_names``.  A name of
    several words the document knows wins over the pieces the tagger cut it into here
    ("이음 독스를" read as two places after "'이음 독스'의" was one product); ``family`` are the
    last words of the document's persons (``family_names``): '피셔 CTO' refers to one."""
    ps = pieces(sentence.text, toks)
    found = _without_cut_names(sentence.text, ps, found, known)
    found = without_placed_acronyms(found, known)  # "페루 OTT": the place the document names
    unglue_particles(found, known)
    # '마이 법인장은' after '응우옌 티 마이': the tagger's name '마이' yields to the reference
    held = [m for m in found if not (m.kind == "name" and m.text in family)]
    taken = [any(m.start <= t.start < m.end for m in held) for t in toks]
    extra = title_references(sentence, ps, toks, taken, family) if family else []
    found = [m for m in found if not any(m.start < x.end and x.start < m.end for x in extra)]
    taken = [any(m.start <= t.start < m.end for m in found + extra) for t in toks]
    extra += _known_names(sentence, ps, toks, taken, known.get, "repeat", 3)
    extra += short_form_names(sentence, ps, toks, taken, known)
    extra = without_goods(toks, extra)  # "석도원판을 공급": goods, wherever the tagger named them
    found = retyped_short_forms(found + extra, known)  # "한누원" typed a person: 한국누리원자력
    return sorted(found, key=lambda m: m.start)


def family_names(mentions: list[Mention]) -> frozenset[str]:
    """The last word of every person a document names in two or more words ('라이언 피셔':
    '피셔'): how news refers to them again, with a title ('피셔 CTO는')."""
    out = set()
    for m in mentions:
        words = m.text.split()
        if m.kind == "name" and len(words) >= 2 and m.votes:
            if m.voted_type == "Person" and 2 <= len(words[-1]) <= 4:
                out.add(words[-1])
    return frozenset(out) | japanese_families(mentions)  # '요시다 회장' after '요시다 겐이치로'


def _without_cut_names(text: str, ps: list[Piece], found: list[Mention], known) -> list[Mention]:
    """``found`` less the tagger's names that lie inside a longer run of words the document
    knows as one name."""
    drop: set[int] = set()
    for i in range(len(ps)):
        for n in (3, 2):
            run = runs(ps, i, n)
            if run is None or name_key(text[run[0].start : run[-1].stem_end]) not in known:
                continue
            start, end = run[0].start, run[-1].stem_end
            crossing = [k for k, m in enumerate(found) if m.start < end and m.end > start]
            inside = [k for k in crossing if found[k].kind == "name"]
            inside = [k for k in inside if start <= found[k].start and found[k].end <= end]
            if inside and len(inside) == len(crossing) and found[inside[0]].span != (start, end):
                drop.update(inside)
    return [m for k, m in enumerate(found) if k not in drop]


def _before_relation(toks: list[Tok], first: int, last: int, end: int) -> int:
    """Where a name ends before a noun glued after it that tells how something relates to it
    ("두산계열 사모펀드": the name is 두산; grammar.toml [organisations] glued_relations)."""
    t = toks[last]
    glued = last > first and toks[last - 1].end == t.start and t.tag == "NNG"
    return t.start if glued and t.form in resources().grammar.glued_relations else end


def _is_law(surface: str) -> bool:
    """ "전자금융거래법": a word of three syllables or more ending as a law's name does."""
    res = resources()
    return (
        len(surface) >= 3
        and surface.endswith(res.law_endings)
        and not surface.endswith(res.court_endings)
    )


def _known_names(sentence, ps, toks, taken, lookup, rule: str, longest: int) -> list[Mention]:
    """Runs of up to ``longest`` pieces whose name ``lookup`` knows (type votes, or None)."""
    stop = resources().stopnames
    out = []
    i = 0
    while i < len(ps):
        for n in range(longest, 0, -1):
            run = runs(ps, i, n, glued=n > 1)
            if run is None or taken[run[0].first]:
                continue
            surface = sentence.text[run[0].start : run[-1].stem_end]
            votes = lookup(name_key(surface)) or _subsidiary(surface, lookup, rule == "lexicon")
            glued = None if votes or n > 1 else glued_particle(surface, _Keys(lookup))
            if glued is not None:  # "설계는 한결에어텍이, ...": the name, then its particle
                surface, votes = glued[0], lookup(name_key(glued[0]))
            if not votes and n == 1 and rule == "repeat":
                surface, votes = _company_word(surface, lookup)
            if not votes or len(surface) < 2 or surface.casefold() in stop:
                continue
            if any(taken[k] for k in range(run[0].first, run[-1].stem_last + 1)):
                continue
            if _made_verb(toks, run[-1].stem_last):
                continue
            start = run[0].start
            m = Mention(
                sentence.id, start, start + len(surface), surface, rule=rule, votes=dict(votes)
            )
            m.particle, m.role = particles_after(
                toks, run[-1].stem_last, run[-1].stem_end, sentence.text
            )
            if glued is not None:
                m.particle, m.role = glued[1], glued[2]
            out.append(m)
            for k in range(run[0].first, run[-1].stem_last + 1):
                taken[k] = True
            i += n - 1
            break
        i += 1
    return out


class _Keys:
    """A lookup function seen as the set of keys it knows (for ``glued_particle``)."""

    def __init__(self, lookup):
        self.lookup = lookup

    def __contains__(self, key: str) -> bool:
        return bool(self.lookup(key))


def _made_verb(toks: list[Tok], last: int) -> bool:
    """A noun made a verb is no name: "서해상선에 인도한" (인도/NNG 하/XSV: delivered, not
    India)."""
    return last + 1 < len(toks) and toks[last + 1].tag in {"XSV", "XSA"}


def _company_word(surface: str, lookup) -> tuple[str, dict[str, float] | None]:
    """A company the document knows, written with a word that says it is one glued on, which
    Kiwi reads as one word ("중월강철사와" where 중월강철 is a company: grammar.toml
    company_words): the name without the word, and its votes; else ``surface`` and None."""
    for word in resources().grammar.company_words:
        name = surface[: len(surface) - len(word)]
        votes = lookup(name_key(name)) if surface.endswith(word) and len(name) >= 2 else None
        if votes and max(votes, key=votes.get) == "Company":
            return name, votes
    return surface, None


def _subsidiary(surface: str, lookup, listed: bool) -> dict[str, float] | None:
    """A known company's name with a country's name glued before it is the company's local
    subsidiary, a company too: "한국IBM" where IBM is known.  A name the document found is
    taken so only in Latin letters ("한국선급" is no subsidiary of a word 선급 the tagger took);
    ``listed``: the lexicon's names are taken in any script ("한국오라클")."""
    for prefix in resources().grammar.subsidiary_prefixes:
        rest = surface[len(prefix) :]
        script = listed or (rest[:1].isascii() and rest[:1].isalpha())
        if surface.startswith(prefix) and len(rest) >= 2 and " " not in surface and script:
            votes = lookup(name_key(rest))
            if votes and max(votes, key=votes.get) == "Company":
                return {"Company": 3.0}
    return None
