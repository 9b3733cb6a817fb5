"""Finding names, dates and pronouns in Korean sentences, with their particles.

Names come from the tagger (kg.tagger: a CRF over the sentence's pieces, kg.pieces), dates from
a pattern, and pronoun phrases (``이 회사``, ``이들``, ``김 대표``) from the grammar tables
(kg.pronouns).  Names a lookup knows (the lexicon's) are found by kg/known_names.py; the
names a document finds again in its other sentences are kg/document_names.py.
"""

from __future__ import annotations

from .acting_governments import acting_governments
from .bracket_makers import bracket_maker_names
from .bylines import byline_names
from .career_orgs import career_orgs
from .ceremonies import without_ceremonies
from .closers import closed_names
from .company_glosses import vote_company_glosses
from .counted_names import counted_list_names
from .dates import date_mentions
from .dotted_names import dotted_bodies
from .drug_names import drug_names
from .facilities import facility_names, vote_facilities
from .fields import without_fields
from .followers import vote_followers
from .foreign_persons import japanese_persons
from .glossed_terms import without_glossed_terms
from .glossed_units import without_glossed_units
from .kind_words import without_kind_words
from .known_names import known_names
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
from .named_products import vote_named_products
from .names import name_key
from .new_products import new_product_names
from .openers import opened_names
from .particles import particles_after
from .party_roles import without_party_roles
from .pieces import Piece, Tok, pieces
from .place_cues import cued_places, vote_place_cues
from .posted_persons import posted_persons
from .price_lists import priced_names
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
from .shared_titles import vote_shared_titles
from .tagger import tag
from .titled_persons import (
    aged_persons,
    particle_cut_persons,
    title_references,
    titled_persons,
    vote_titled_first,
)
from .venues import vote_venues

__all__ = ["document_mentions", "mentions_from_tokens"]


def mentions_from_tokens(sentence: Sentence, toks: list[Tok]) -> list[Mention]:
    """Names, dates and pronoun phrases of one analysed sentence, in order."""
    taken = [False] * len(toks)  # tokens inside a mention found before
    mentions = date_mentions(sentence, toks, taken)
    ps = pieces(sentence.text, toks)
    mentions.extend(byline_names(sentence, toks, taken))
    mentions.extend(title_references(sentence, ps, toks, taken))
    mentions.extend(aged_persons(sentence, ps, toks, taken))
    mentions.extend(particle_cut_persons(sentence, ps, toks, taken))  # "마경은 상무는"
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
    mentions.extend(cued_places(sentence, ps, toks, taken))  # "페루 수도 리마에서"
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
    mentions = priced_names(sentence, toks, mentions, taken)  # "'바삭칩'(1500원)과"
    mentions = counted_list_names(sentence, ps, toks, mentions, taken)  # "솔비·도담 등 2개사"
    mentions = listed_names(sentence, ps, toks, mentions, taken)  # "A, B, 모래와 C"
    mentions.sort(key=lambda m: m.start)
    mentions = acting_governments(sentence, ps, toks, mentions)  # "전남 순천시가": a body
    vote_public_bodies(ps, toks, mentions)
    vote_schools(mentions)
    vote_studied(toks, mentions)
    vote_followers(sentence.text, ps, mentions)
    vote_shared_titles(ps, mentions)  # "석도윤, 변지아 전무는": both persons
    vote_titled_first(ps, mentions)  # "대표이사 김태현은": a person
    vote_named_products(ps, mentions)  # "타다온이라는 이름의 공유 서비스": a product
    mentions = placed_bodies(sentence.text, mentions)
    mentions = vote_facilities(sentence.text, ps, toks, mentions)
    vote_venues(toks, mentions, sentence.text)  # "누리스퀘어에서 협약식을 열었다": a place
    vote_place_cues(toks, mentions, sentence.text)  # "사우디 수도 리야드", "카이로 외곽"
    vote_launched(toks, mentions)  # "누리덤을 출시했다": a product
    mentions = without_divisions(mentions)
    mentions = without_goods(toks, mentions)
    mentions = without_fields(toks, mentions)  # "자연어처리와 컴퓨터비전 기술"
    mentions = without_kind_words(mentions)  # "분야의 스타트업이": no company's name
    mentions = without_ceremonies(mentions)  # "계약식은 ... 열렸다": an event, no name
    mentions = without_party_roles(mentions)  # "유럽 발주처와": a party by its part, no name
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

    return known_names(sentence, ps, toks, taken, lookup, "lexicon", 2)


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
