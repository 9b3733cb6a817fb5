"""One document's analysis: sentences, mentions with type votes, coreference, relation
candidates.  Everything here depends on the document alone, so a knowledge base stores it per
document and only the cheap corpus-wide resolution (kg.resolve) runs again when documents change.
"""

from __future__ import annotations

import hashlib
import itertools
from dataclasses import asdict, dataclass, field

from .clause import SentenceView, eff_role, group_of, token_indices, with_group
from .funding import Round, funding_relations
from .kiwi import for_kiwi, kiwi
from .limits import TITLE_CHAINS
from .mentions import Tok, document_mentions, document_names, family_names, repeated_names
from .model import Mention, Number, RelationCandidate, Sentence
from .names import name_key
from .pairs import Pair, sentence_pairs
from .pieces import pieces
from .relations import sentence_relations
from .roles import lend_title_particles, person_titles, title_relations
from .scorer import load_model, score
from .text import normalize, split_sentences_many

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
# to the document's organisation, only products and companies are compared
ANALYSIS_VERSION = 9

_ORGS = frozenset({"Company", "Organization"})


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
        for i, toks in enumerate(kiwi().tokenize([for_kiwi(s.text) for s in flat])):
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
        [Tok.of(t) for t in ks] for ks in kiwi().tokenize([for_kiwi(s.text) for s in sentences])
    ]
    pairs: list[Pair] = []
    return _analyze(doc_id, title, text, sentences, toks, pairs), pairs


def _analyze(doc_id, title, text, sentences, all_toks, keep_pairs=None) -> DocumentAnalysis:
    """One document's analysis; ``keep_pairs``, a list, receives every candidate pair the
    relation scorer saw (bench/fit_relations.py fits the scorer on them)."""
    analysis = DocumentAnalysis(
        doc_id=doc_id,
        title=title,
        text=text,
        content_hash=content_hash(text, title),
        sentences=sentences,
    )
    found = document_mentions(sentences, all_toks)
    known = document_names([m for ms in found for m in ms])
    family = family_names([m for ms in found for m in ms])
    per_sentence: list[list[int]] = []
    for s, toks, ms in zip(sentences, all_toks, found):
        ids = []
        for m in repeated_names(s, toks, ms, known, family):
            ids.append(len(analysis.mentions))
            analysis.mentions.append(m)
        per_sentence.append(ids)

    analysis.appositions = _appositions(sentences, per_sentence, analysis.mentions)
    votes = _doc_votes(analysis.mentions, analysis.appositions)
    guess = {k: max(v, key=v.get) for k, v in votes.items() if v}
    types = mention_types(analysis.mentions, votes, name_key)
    about = _document_topic(analysis.mentions, types)

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
        groups = _groups(view, ids)
        _resolve_corefs(view, ids, analysis.mentions, guess, topic, last_group, groups, about)
        sentence_topic = _sentence_topic(view, ids)
        view.topic = sentence_topic or topic
        rules = [
            *sentence_relations(view, s.id),
            *title_relations(s.text, ps, analysis.mentions, ids, sentence_topic, s.id),
            *funding_relations(view, s.text, ids, sentence_topic, funding_round, s.id),
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
        analysis.candidates.extend(score(pairs, rules, load_model()))
        if sentence_topic:
            topic = sentence_topic
        if groups:
            last_group = groups[-1]
            analysis.coordinations.extend(groups)
    return analysis


def mention_types(mentions: list[Mention], doc_votes: dict[str, dict[str, float]], key) -> dict:
    """Each name or date mention's best type and the types it may have (a share of at least a
    quarter of its spelling's votes in the document)."""
    out = {}
    for i, m in enumerate(mentions):
        if m.kind == "date":
            out[i] = ("Date", frozenset({"Date"}))
            continue
        if m.kind != "name":
            continue
        votes = doc_votes.get(key(m.text)) or m.votes
        total = sum(votes.values())
        if not total:
            continue
        best = max(votes, key=votes.get)
        if best in {"", "Concept"}:
            continue
        out[i] = (best, frozenset(t for t, v in votes.items() if v / total >= 0.25))
    return out


def _appositions(sentences, per_sentence, mentions) -> list[tuple[int, int]]:
    """Name(Other name) pairs: 업스테이지(Upstage), Solar(솔라), 아서 멘슈(Arthur Mensch)."""
    out = []
    for s, ids in zip(sentences, per_sentence):
        for a, b in itertools.pairwise(ids):
            ma, mb = mentions[a], mentions[b]
            if ma.kind != "name" or mb.kind != "name":
                continue
            between = s.text[ma.end : mb.start]
            closing = s.text[mb.end : mb.end + 1]
            if between.strip() == "(" and closing == ")":
                out.append((a, b))
    return out


def _document_topic(mentions: list[Mention], types) -> int | None:
    """The first mention of the organisation a document names most often (what "회사는",
    "이번 투자에는" are about when a sentence names nothing else)."""
    counts: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind == "name" and types.get(i, ("",))[0] in {"Company", "Organization"}:
            counts.setdefault(name_key(m.text), []).append(i)
    if not counts:
        return None
    best = max(counts.values(), key=lambda ids: (len(ids), -ids[0]))
    return best[0] if len(best) >= 2 else None


def _doc_votes(mentions, appositions) -> dict[str, dict[str, float]]:
    """Each name's type votes inside one document (a name and its apposition share them)."""
    votes: dict[str, dict[str, float]] = {}
    for m in mentions:
        if m.kind == "name":
            bucket = votes.setdefault(name_key(m.text), {})
            for t, v in m.votes.items():
                bucket[t] = bucket.get(t, 0) + v
    for a, b in appositions:
        ka, kb = name_key(mentions[a].text), name_key(mentions[b].text)
        merged = dict(votes.get(ka, {}))
        for t, v in votes.get(kb, {}).items():
            merged[t] = merged.get(t, 0) + v
        votes[ka] = votes[kb] = merged
    return votes


def _sentence_topic(view: SentenceView, ids: list[int]) -> list[int]:
    """The first name the sentence marks as topic or subject (은/는, 이/가)."""

    # a 은/는 topic first; else the first 이/가 subject
    for wanted in ({"은", "는", "도", "은요", "는요"}, {"이", "가"}):
        for i in ids:
            m = view.mentions[i]
            if m.kind == "date":
                continue
            role, particle = eff_role(view, i)
            if role in {"JX", "JKS"} and particle in wanted:
                group = with_group(view, i, ids)
                return [x for g in group for x in group_of(view, g)]
    return []


def _groups(view: SentenceView, ids: list[int]) -> list[list[int]]:
    """Coordinated lists of two or more names in the sentence ("Amazon과 Google Cloud")."""

    out = []
    for i in ids:
        if view.mentions[i].kind == "name" and view.mentions[i].role not in {"JC", "JKG"}:
            group = with_group(view, i, ids)
            if len(group) >= 2:
                out.append(sorted(group))
    return out


def _resolve_corefs(view, ids, mentions, guess, topic, last_group, groups, about=None) -> None:
    """Point '이 회사', '이들', '그의' at what they stand for (``antecedents``: mention indices)."""
    for i in ids:
        m = mentions[i]
        if m.kind != "coref":
            continue
        if m.rule == "pair":
            # the two most recent different things of the cue's type
            want = next(iter(m.votes), "")
            picked, seen = [], set()
            for j in range(i - 1, -1, -1):
                mj = mentions[j]
                key = name_key(mj.text)
                if mj.kind == "name" and guess.get(key) in (want, None) and key not in seen:
                    seen.add(key)
                    picked.append(j)
                    if len(picked) == 2:
                        break
            m.antecedents = sorted(picked) if len(picked) == 2 else []
            continue
        if m.number is Number.PLURAL or m.rule == "plural-pronoun":
            # the nearest list of names before it: in this sentence, else the last one
            before = [g for g in groups if max(g) < i]
            group = before[-1] if before else last_group
            m.antecedents = list(group) if group else []
            continue
        want = next(iter(m.votes), "")
        if m.rule == "surname-title":
            m.antecedents = _surname_antecedent(m, i, mentions, guess)
            continue
        if m.rule == "self":
            # "회사는": the organisation the sentences before took as topic (은/는), else the
            # document's; the subject of "이번 투자는 X가 주도했으며" is no topic of the text
            orgs = [j for j in topic if guess.get(name_key(mentions[j].text)) in _ORGS]
            topics = [j for j in orgs if mentions[j].role == "JX"]
            fallback = orgs if about is None else [about]
            m.antecedents = (topics or fallback)[:1]
            continue
        if m.rule == "pronoun-his":
            earlier = [j for j in ids if j < i and mentions[j].kind == "name"]
            cands = earlier[::-1] + [j for j in topic]
            pick = next(
                (j for j in cands if guess.get(name_key(mentions[j].text)) == "Person"), None
            )
            m.antecedents = [pick] if pick is not None else []
            continue
        # "세림통신은 ... 딥엣지반도체와 손잡고 이 회사의 NPU": a name of the cue's type
        # earlier in the same sentence is nearer than what the text is about (not a cue that
        # heads a relative clause: "OpenAI에서 ... 독립하여 설립한 이 회사는" is the topic)
        k = view.first_tok[i]
        heads_relative = k > 0 and view.toks[k - 1].tag == "ETM"
        cands = [
            j
            for j in reversed(ids)
            if j < i
            and not heads_relative
            and mentions[j].kind == "name"
            and mentions[j].particle != "에서"
            and guess.get(name_key(mentions[j].text)) == want
        ][:1]
        cands = cands or [j for j in topic if guess.get(name_key(mentions[j].text)) in (want, None)]
        if not cands:
            earlier = [
                j
                for j in range(i - 1, -1, -1)
                if mentions[j].kind == "name" and guess.get(name_key(mentions[j].text)) == want
            ]
            # "가람로보틱스를 창업하기 전 온누리소프트에서 일했다. ... 이 회사는": a name marked
            # 에서 is where something happened, not what the text goes on about
            cands = [j for j in earlier if mentions[j].particle != "에서"] or earlier
        m.antecedents = cands[:1]


def _surname_antecedent(m: Mention, i: int, mentions: list[Mention], guess) -> list[int]:
    """'김 대표' -> the nearest earlier person whose name starts with 김 (김하늘)."""
    surname = m.text.split()[0]
    for j in range(i - 1, -1, -1):
        mj = mentions[j]
        if (
            mj.kind == "name"
            and (mj.text.startswith(surname) or mj.text.split()[-1] == surname)
            and len(mj.text) > len(surname)
            and guess.get(name_key(mj.text)) in ("Person", None)
        ):
            return [j]
    return []
