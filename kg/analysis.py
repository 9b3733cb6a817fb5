"""One document's analysis: sentences, mentions with type votes, coreference, relation
candidates.  Everything here depends on the document alone, so a knowledge base stores it per
document and only the cheap corpus-wide resolution (kg.resolve) runs again when documents change.

This module is the pipeline: the document passes it runs first live in kg.appositions,
kg.type_votes and kg.topics; each sentence's relations, once scored, pass kg.relation_filters.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace

from .appointments import appointment_relations
from .appositions import appositions
from .bracket_makers import bracket_makers
from .bylines import byline_relations
from .careers import career_relations
from .clause import SentenceView, group_of, token_indices
from .contribution_rows import contribution_relations
from .coreference import coordinated_groups, resolve_corefs
from .delegated import delegated_relations
from .document_names import document_names, family_names, repeated_names
from .events import without_events
from .first_person import with_speaker_relations
from .funding import Round, funding_relations
from .glued_particles import glossed_names, unglued
from .glued_posts import glued_post_relations
from .hires import hire_relations
from .kiwi import for_kiwi, kiwi
from .mentions import document_mentions
from .model import Mention, RelationCandidate, Sentence
from .names import name_key
from .pairs import Pair, sentence_pairs
from .pieces import Tok, pieces
from .position_brackets import without_positions
from .price_lists import price_list_relations
from .relation_filters import filtered
from .relations import sentence_relations
from .roles import lend_title_particles, person_titles, title_relations
from .scorer import load_model, score
from .text import normalize, split_sentences_many
from .topics import document_topic
from .topics import sentence_topic as topic_of
from .type_votes import doc_votes, mention_types
from .unions import union_names
from .unscored_rules import with_unscored_rules
from .work_limits import TITLE_CHAINS

__all__ = [
    "DocumentAnalysis",
    "analyze_document",
    "analyze_documents",
    "content_hash",
    "relation_pairs",
]

# 4: typed Mention fields, word pieces and the tagger (issue 12 on 17); 5: names never run past a
# particle or comma, addresses are one place; 6: candidates scored by the relation model
# (kg.pairs, kg.scorer), a quoted name keeps its particle; 7: name-organisation-title chains,
# parentheses, model editions, a name found once is a name wherever the document repeats it;
# 8: a name known whole wins over its cut pieces, list closers (등), facility nouns, comparisons
# by 대비, founders in apposition, symmetric rule pairs once (relation scorer refitted);
# 9: "회사는" opening a sentence stands for the text's organisation, rounds and partner lists go
# to the document's organisation, only products and companies are compared; 10: bylines (kg.bylines)
# 11: what an interviewee or a quoted speaker says of themself (kg.speakers, kg.first_person)
# 12: shareholders listed with their stakes (kg.holdings), foreign company form words, 출범 founds,
# "X의 창업자로" (relation scorer refitted); 13: deals as PARTNER_OF (수주, 발주, 기술수출),
# products in development, joint ventures named after their parents, short forms typed a person
# or a place retyped as their organisation, events are no entities, a name with an age is a
# person, no public office at a company; 14: a publisher is no developer, "X측" is X, industrial
# parks are places, schools before words of study, "스튜디오 X" a company; 15: work handed to a
# partner (kg.delegated), posts taken (kg.appointments), countries are places (lexicon);
# 16: terms glossed in English are no names (kg.glossed_terms), regions are places (lexicon),
# "세미컨덕터" ends a company's name, a consortium's lead partners its members (kg.consortia);
# 17: ranked shareholders invest ("X의 최대주주는 B다", kg.shareholders, kept unscored), a
# particle Kiwi left inside a name is cut off ("법무법인 솔담이/NNP", kg.glued_particles), a unit
# glossed in brackets is no company ("H&A(생활가전)사업본부장", kg.glossed_units), a joint
# venture's shareholders invest in it (kg.holdings; tests/gold/README.md), a city that acts is its
# government (kg.acting_governments), "B의 C" names C's maker (kg.genitive_makers);
# 18: a person of a bulleted item led by a company works at no other item's (kg.bullet_items);
# 19: judges and prosecutors are titled persons, a host before its own premises is located at the
# place written before it (kg.office_sites), "사장(62)" is no person, 내정자 belongs to the title,
# "X 역시" reads as "X도", a title phrase stops at a square bracket; 20: deals written as idioms
# ("품에 안았다", kg.predicate_idioms), advisers and lead managers partner their clients
# (kg.advisers), photo-caption position brackets read as blank space (kg.position_brackets),
# loanwords glossed in English are terms; 21: deals named by their noun ("A의 B 인수",
# kg.nominal_deals), "X를 대리했다", Hanja-glossed names kept whole, heads of bodies ("…협회장"),
# Japanese names before a title (kg.foreign_persons), conjunctions and common acronyms no names,
# quoted drug names and makers in the bracket after a product (kg.drug_names, kg.bracket_makers),
# foreign persons before an employer and a post (kg.posted_persons); 22: a place before a list of
# bodies, JV founders in a relative clause, lenders and arrangers (kg.financial_roles), 흡수 mergers,
# member bodies (…농협, kg.member_bodies), quoted names after a kind noun (kg.quoted_kinds); 23:
# shareholders in brackets (kg.shareholders), "A·B 합병법인" (kg.nominal_deals), a company's union
# (kg.unions), …연맹 and …상공회의소 bodies, names sharing one title ("A, B 전무", "A·B 전무",
# kg.shared_titles), "X라는 이름의 서비스" (kg.named_products); 24: each clause's person stays with
# its own company in parallel promotion clauses (kg.parallel_clauses), "X병원장에 P" (kg.glued_posts)
# 25: rows of contributions ("A가 N억 원, B가 M억 원을 출자했다", kg.contribution_rows), quoted
# products priced in a list (kg.price_lists), bank titles (행장, 은행장, 부행장, 지점장)
# 26: places told by the words around them (kg.place_cues), ceremonies (kg.ceremonies) and
# parties named by their part (kg.party_roles) are no names
ANALYSIS_VERSION = 27


@dataclass
class DocumentAnalysis:
    doc_id: str
    title: str
    text: str
    content_hash: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[RelationCandidate] = field(default_factory=list)
    appositions: list[tuple[int, int]] = field(default_factory=list)  # mention index pairs
    coordinations: list[list[int]] = field(default_factory=list)  # listed together
    version: int = ANALYSIS_VERSION

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DocumentAnalysis:
        return cls(
            doc_id=d["doc_id"],
            title=d["title"],
            text=d["text"],
            content_hash=d["content_hash"],
            sentences=[Sentence(**s) for s in d["sentences"]],
            mentions=[Mention.from_dict(m) for m in d["mentions"]],
            candidates=[RelationCandidate(**c) for c in d["candidates"]],
            appositions=[tuple(a) for a in d["appositions"]],
            coordinations=[list(c) for c in d.get("coordinations", [])],
            version=d.get("version", 0),
        )


def content_hash(text: str, title: str = "") -> str:
    return hashlib.sha256(f"{title}\x00{normalize(text)}".encode()).hexdigest()


def analyze_document(doc_id: str, text: str, title: str = "") -> DocumentAnalysis:
    """Analyse one Korean document.

    >>> a = analyze_document("d", "업스테이지(Upstage)은 Claude를 개발했다.")
    >>> [m.text for m in a.mentions]
    ['업스테이지', 'Upstage', 'Claude']
    """
    return analyze_documents([(doc_id, text, title)])[0]


def analyze_documents(docs, progress=None, on_sentences=None) -> list[DocumentAnalysis]:
    """Analyse many documents; Kiwi runs over all their sentences on its thread pool.

    ``docs`` holds (doc_id, text, title) triples; ``progress(done, total)`` is called as
    sentences finish; ``on_sentences(texts)`` once every sentence is split, before mentions
    and relations are looked for (search/pipeline.py starts embedding them then).
    """
    docs = [(doc_id, normalize(text), title) for doc_id, text, title in docs]
    all_sentences = split_sentences_many([(doc_id, text) for doc_id, text, _ in docs])
    if on_sentences is not None:
        on_sentences([s.text for sentences in all_sentences for s in sentences])
    prepared = [
        (doc_id, title, text, sentences)
        for (doc_id, text, title), sentences in zip(docs, all_sentences)
    ]
    flat = [s for (_, _, _, sentences) in prepared for s in sentences]
    tokens: list[list[Tok]] = []
    if flat:
        for i, toks in enumerate(
            kiwi().tokenize([for_kiwi(without_positions(s.text)) for s in flat])
        ):
            tokens.append([Tok.of(t) for t in toks])
            if progress and ((i + 1) % 64 == 0 or i + 1 == len(flat)):
                progress(i + 1, len(flat))

    out = []
    pos = 0
    for doc_id, title, text, sentences in prepared:
        toks = tokens[pos : pos + len(sentences)]
        pos += len(sentences)
        out.append(_analyze(doc_id, title, text, sentences, toks))
    return out


def relation_pairs(doc_id: str, text: str, title: str = "") -> tuple[DocumentAnalysis, list[Pair]]:
    """A document's analysis and every candidate pair its relation scorer saw (kept or not),
    with features: what bench/fit_relations.py fits the scorer on."""
    text = normalize(text)
    sentences = split_sentences_many([(doc_id, text)])[0]
    toks = [
        [Tok.of(t) for t in ks]
        for ks in kiwi().tokenize([for_kiwi(without_positions(s.text)) for s in sentences])
    ]
    pairs: list[Pair] = []
    return _analyze(doc_id, title, text, sentences, toks, pairs), pairs


def _analyze(doc_id, title, text, sentences, all_toks, keep_pairs=None) -> DocumentAnalysis:
    """One document's analysis; ``keep_pairs``, a list, receives every candidate pair the
    relation scorer saw (bench/fit_relations.py fits the scorer on them)."""
    shown = sentences  # stored as written; read with photo positions blanked, offsets kept
    sentences = [replace(s, text=without_positions(s.text)) for s in sentences]
    whole = glossed_names(s.text for s in sentences)  # "손정의(孫正義)": 의 is the name's
    all_toks = [unglued(s.text, toks, whole) for s, toks in zip(sentences, all_toks)]  # "X가/NNP"
    analysis = DocumentAnalysis(
        doc_id=doc_id,
        title=title,
        text=text,
        content_hash=content_hash(text, title),
        sentences=sentences,
    )
    found = document_mentions(sentences, all_toks)
    found = without_events(sentences, found)  # "열리는 MWC 2025에서": an event, no entity
    known = document_names([m for ms in found for m in ms])
    family = family_names([m for ms in found for m in ms])
    per_sentence: list[list[int]] = []
    for s, toks, ms in zip(sentences, all_toks, found):
        ids = []
        named = repeated_names(s, toks, ms, known, family)
        for m in union_names(s, pieces(s.text, toks), toks, named):  # "누리모빌리티 노동조합"
            ids.append(len(analysis.mentions))
            analysis.mentions.append(m)
        per_sentence.append(ids)

    analysis.appositions = appositions(sentences, per_sentence, analysis.mentions)
    votes = doc_votes(analysis.mentions, analysis.appositions)
    guess = {k: max(v, key=v.get) for k, v in votes.items() if v}
    types = mention_types(analysis.mentions, votes, name_key)
    about = document_topic(analysis.mentions, types)

    topic: list[int] = []
    chain_orgs: set[int] = set()  # organisations title chains have placed people at so far
    funding_round = Round(document=[] if about is None else [about])
    last_group: list[int] = []
    for s, toks, ids in zip(sentences, all_toks, per_sentence):
        first_tok, next_tok = token_indices(toks, analysis.mentions, ids)
        ps = pieces(s.text, toks)
        lend_title_particles(s.text, ps, analysis.mentions, ids)
        view = SentenceView(
            toks, ids, analysis.mentions, first_tok, next_tok, [], topic, about=about
        )
        groups = coordinated_groups(view, ids)
        resolve_corefs(view, ids, analysis.mentions, guess, topic, last_group, groups, about)
        sentence_topic = topic_of(view, ids)
        view.topic = sentence_topic or topic
        rules = [
            *sentence_relations(view, s.id),
            *bracket_makers(view, s.text, s.id),  # "'바삭칩(다온제과)'"
            *title_relations(s.text, ps, analysis.mentions, ids, sentence_topic, s.id),
            *career_relations(view, s.text, s.id),
            *funding_relations(view, s.text, ids, sentence_topic, funding_round, s.id),
            *contribution_relations(view, s.id, funding_round),  # "A가 N억 원, B가 M억 원을"
            *price_list_relations(view, s.text, s.id),  # "'X'는 N원, 'Y'는 M원에 판매"
            *byline_relations(s.text, analysis.mentions, ids, s.id),
            *delegated_relations(view, s.id, topic),
            *appointment_relations(view, s.id),
            *glued_post_relations(view, s.text, s.id),  # "X병원장에 P 교수"
            *hire_relations(view, s.id),
        ]
        implicit = {t: "topic" for x in topic for t in group_of(view, x)}
        chain_orgs.update(c.object for c in rules if c.rule in TITLE_CHAINS)
        if about is not None:
            implicit.setdefault(about, "document")
        titles = person_titles(s.text, ps, analysis.mentions, ids)
        pairs = sentence_pairs(
            view, s.text, s.id, rules, types, groups, implicit, titles, len(chain_orgs) > 1
        )
        if keep_pairs is not None:
            keep_pairs.extend(pairs)
        scored = with_unscored_rules(score(pairs, rules, load_model()), rules)
        analysis.candidates.extend(filtered(scored, s.text, analysis.mentions, s.id))
        if sentence_topic:
            topic = sentence_topic
        if groups:
            last_group = groups[-1]
            analysis.coordinations.extend(groups)
    analysis.candidates = with_speaker_relations(analysis, all_toks, per_sentence, types, about)
    analysis.sentences = shown
    return analysis
