"""One document's analysis: sentences, mentions with type votes, coreference, relation
candidates.  Everything here depends on the document alone, so a knowledge base stores it per
document and only the cheap corpus-wide resolution (kg.resolve) runs again when documents change.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import asdict, dataclass, field

from .kiwi import kiwi
from .mentions import Tok, doc_name_patterns, find_name_spans, mentions_from_tokens
from .model import Mention, Number, RelationCandidate, Sentence
from .names import name_key
from .relations import SentenceView, sentence_relations
from .resources import resources
from .text import normalize, split_sentences_many

__all__ = ["DocumentAnalysis", "analyze_document", "analyze_documents", "content_hash"]

ANALYSIS_VERSION = 2


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


def analyze_documents(docs, progress=None) -> list[DocumentAnalysis]:
    """Analyse many documents; Kiwi runs over all their sentences on its thread pool.

    ``docs`` holds (doc_id, text, title) triples; ``progress(done, total)`` is called as
    sentences finish.
    """
    docs = [(doc_id, normalize(text), title) for doc_id, text, title in docs]
    all_sentences = split_sentences_many([(doc_id, text) for doc_id, text, _ in docs])
    prepared = []
    for (doc_id, text, title), sentences in zip(docs, all_sentences):
        prepared.append((doc_id, title, text, sentences, doc_name_patterns(sentences)))

    flat = [(s, patterns) for (_, _, _, sentences, patterns) in prepared for s in sentences]
    spans_by_text = {}

    def pretokenized(text):
        spans = spans_by_text.get(text)
        return [(s, e, "NNP") for s, e in spans] if spans else []

    for s, patterns in flat:
        spans_by_text[s.text] = find_name_spans(s.text, patterns)
    tokens: list[list[Tok]] = []
    if flat:
        for i, toks in enumerate(
            kiwi().tokenize([s.text for s, _ in flat], pretokenized=pretokenized)
        ):
            tokens.append([Tok(t.form, t.tag, t.start, t.start + t.len) for t in toks])
            if progress and ((i + 1) % 64 == 0 or i + 1 == len(flat)):
                progress(i + 1, len(flat))

    out = []
    pos = 0
    for doc_id, title, text, sentences, _ in prepared:
        toks = tokens[pos : pos + len(sentences)]
        pos += len(sentences)
        out.append(_analyze(doc_id, title, text, sentences, toks))
    return out


def _tok_index(toks: list[Tok], m: Mention) -> tuple[int, int]:
    first = next((k for k, t in enumerate(toks) if t.end > m.start), len(toks))
    after = first
    while after < len(toks) and toks[after].start < m.end:
        after += 1
    while (
        after < len(toks)
        and toks[after].tag in {"JKS", "JKO", "JKB", "JKG", "JX", "JC", "JKC", "JKV", "JKQ"}
        and toks[after].start == (toks[after - 1].end if after else 0)
    ):
        after += 1
    return first, after


def _analyze(doc_id, title, text, sentences, all_toks) -> DocumentAnalysis:
    res = resources()
    analysis = DocumentAnalysis(
        doc_id=doc_id,
        title=title,
        text=text,
        content_hash=content_hash(text, title),
        sentences=sentences,
    )
    per_sentence: list[list[int]] = []
    for s, toks in zip(sentences, all_toks):
        ids = []
        for m in mentions_from_tokens(s, toks):
            ids.append(len(analysis.mentions))
            analysis.mentions.append(m)
        per_sentence.append(ids)

    # type votes from the words around each mention
    for s, toks, ids in zip(sentences, all_toks, per_sentence):
        _vote(s, toks, [analysis.mentions[i] for i in ids], res)

    analysis.appositions = _appositions(sentences, per_sentence, analysis.mentions)
    for a, b in analysis.appositions:
        _person_name_vote(analysis.mentions[a], analysis.mentions[b], res)
    guess = _doc_types(analysis.mentions, analysis.appositions)

    topic: list[int] = []
    last_group: list[int] = []
    paragraph = -1
    for s, toks, ids in zip(sentences, all_toks, per_sentence):
        if s.paragraph != paragraph:
            paragraph = s.paragraph
        first_tok, next_tok = {}, {}
        for i in ids:
            first_tok[i], next_tok[i] = _tok_index(toks, analysis.mentions[i])
        view = SentenceView(
            toks=toks,
            mention_ids=ids,
            mentions=analysis.mentions,
            first_tok=first_tok,
            next_tok=next_tok,
            topic=[],
            prev_topic=topic,
        )
        groups = _groups(view, ids)
        _resolve_corefs(view, ids, analysis.mentions, guess, topic, last_group, groups)
        sentence_topic = _sentence_topic(view, ids)
        view.topic = sentence_topic or topic
        analysis.candidates.extend(sentence_relations(view, s.id))
        if sentence_topic:
            topic = sentence_topic
        if groups:
            last_group = groups[-1]
            analysis.coordinations.extend(groups)
    return analysis


def _vote(sentence: Sentence, toks: list[Tok], mentions: list[Mention], res) -> None:
    """Add type votes from the nouns and verbs around each mention.

    Long: one rule per paragraph, read top to bottom against the sentence; kept as one function
    until the extraction rewrite (issue 12) turns the rules into data."""
    if not mentions:
        return
    # a copula at the end names the topic's kind: "업스테이지는 ... 기업입니다"
    final_cue = None
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].tag == "VCP" and toks[k - 1].tag == "NNG" and toks[k - 1].form in res.cue_nouns:
            final_cue = res.cue_nouns[toks[k - 1].form]
            break
        if toks[k].tag in {"VV", "XSV"}:
            break
    for idx, m in enumerate(mentions):
        if m.kind != "name":
            continue
        votes = m.votes
        entry = res.lexicon_by_key.get(name_key(m.text))
        if entry:
            votes[entry.type] = votes.get(entry.type, 0) + 3.0
        for word, type_ in res.name_suffixes.items():
            if m.text.endswith(" " + word) or (
                len(m.text) > len(word) + 1 and m.text.endswith(word) and word[0] >= "가"
            ):
                votes[type_] = votes.get(type_, 0) + 1.0
                break
        after = [t for t in toks if t.start >= m.end]
        before = [t for t in toks if t.end <= m.start]
        # "제프 베이조스", "젠슨 황": a given name and a family name, written in Hangul
        words = m.text.split()
        if (
            len(words) == 2
            and all(re.fullmatch(r"[가-힣]{1,4}", w) for w in words)
            and len(words[0]) <= 3
            and not entry
            and not any(
                w in res.name_suffixes or w in res.cue_nouns or name_key(w) in res.lexicon_by_key
                for w in words
            )
        ):
            votes["Person"] = votes.get("Person", 0) + 0.6
        # "Claude 시리즈", "김성훈 대표", "라마 모델": the noun right after the name
        if (
            after
            and after[0].tag == "NNG"
            and after[0].form in res.cue_nouns
            and after[0].start - m.end <= 1
        ):
            type_ = res.cue_nouns[after[0].form]
            votes[type_] = votes.get(type_, 0) + 2.0
        # "모델 Claude", "스타트업 업스테이지": the noun right before, or "모델인 Claude"
        if before:
            b = before[-1]
            if b.tag == "NNG" and b.form in res.cue_nouns and b.end < m.start:
                type_ = res.cue_nouns[b.form]
                votes[type_] = votes.get(type_, 0) + 1.5
            if b.tag == "ETM":
                k = len(before) - 2
                while k > 0 and before[k].tag == "EP":
                    k -= 1
                if k > 0 and before[k].tag == "VCP" and before[k - 1].form in res.cue_nouns:
                    type_ = res.cue_nouns[before[k - 1].form]
                    votes[type_] = votes.get(type_, 0) + 2.0
        # "X는 ... 기업입니다"
        if final_cue and m.role in {"JX", "JKS"} and idx == _first_subject(mentions):
            votes[final_cue] = votes.get(final_cue, 0) + 2.0
        # "X가 ... 말했다": people speak
        for k, t in enumerate(after[:60]):
            stem = (
                t.form
                if t.tag == "VV"
                else (
                    t.form + "하"
                    if t.tag in {"NNG", "NNB"} and k + 1 < len(after) and after[k + 1].tag == "XSV"
                    else ""
                )
            )
            if stem in res.cue_verbs and m.role in {"JKS", "JX"}:
                votes[res.cue_verbs[stem]] = votes.get(res.cue_verbs[stem], 0) + 1.5
                break
        # "DALL·E(텍스트를 ... 생성하는 모델)": the last noun of a description in parentheses
        if after and after[0].tag == "SSO":
            depth, last_noun = 0, None
            for t in after:
                if t.tag == "SSO":
                    depth += 1
                elif t.tag == "SSC":
                    depth -= 1
                    if depth == 0:
                        break
                elif t.tag == "NNG":
                    last_noun = t.form
            if last_noun in res.cue_nouns:
                type_ = res.cue_nouns[last_noun]
                votes[type_] = votes.get(type_, 0) + 1.5
    # "DALL·E(...), Whisper(...), Codex(...) 모델": a cue after a list types every item
    listed = _list_cues(sentence, toks, mentions, res)
    for m, type_ in listed:
        m.votes[type_] = m.votes.get(type_, 0) + 1.0


def _person_name_vote(a: Mention, b: Mention, res) -> None:
    """'아서 멘슈(Arthur Mensch)': two Hangul words glossed by two capitalised Latin words, none
    of them a company ending, is how Korean text introduces a person."""
    hangul, latin = (a, b) if a.text[0] >= "가" else (b, a)
    words = latin.text.split()
    if (
        len(words) == 2
        and len(hangul.text.split()) == 2
        and all(w[:1].isupper() and w[1:].islower() for w in words)
        and not any(w in res.name_suffixes for w in words)
    ):
        for m in (a, b):
            m.votes["Person"] = m.votes.get("Person", 0) + 0.8


def _first_subject(mentions):
    for i, m in enumerate(mentions):
        if m.role in {"JX", "JKS"} and m.kind == "name":
            return i
    return -1


def _list_cues(sentence, toks, mentions, res):
    """Items of a comma or 와/과 list followed by a cue noun: every item gets the cue's type."""
    out = []
    names = [m for m in mentions if m.kind == "name"]
    for i, m in enumerate(names):
        if m.votes:
            continue
        # walk right through the list to the first noun after the last item
        j = i
        while j + 1 < len(names):
            between = sentence.text[names[j].end : names[j + 1].start]
            if names[j].role == "JC" or _list_gap(between):
                j += 1
            else:
                break
        if j == i:
            continue
        tail = [t for t in toks if t.start >= names[j].end]
        k = 0
        while (
            k < len(tail)
            and tail[k].tag
            in {"SSO", "SSC"} | {"NNG", "JKO", "JKB", "XSV", "ETM", "VV", "EC", "SP", "SL", "MAG"}
            and not (
                tail[k].tag == "NNG" and tail[k].form in res.cue_nouns and _after_close(tail, k)
            )
        ):
            if tail[k].tag == "SSO":
                depth = 1
                k += 1
                while k < len(tail) and depth:
                    depth += {"SSO": 1, "SSC": -1}.get(tail[k].tag, 0)
                    k += 1
                continue
            if tail[k].tag not in {"SSC"}:
                break
            k += 1
        if k < len(tail) and tail[k].tag == "NNG" and tail[k].form in res.cue_nouns:
            out.extend((n, res.cue_nouns[tail[k].form]) for n in names[i : j + 1])
    return out


def _after_close(tail, k):
    return k == 0 or tail[k - 1].tag in {"SSC"} or tail[k - 1].start < tail[k].start


def _list_gap(between: str) -> bool:
    """Text between two list items: a comma, 및, or a parenthesised note then a comma."""
    import re

    return bool(re.fullmatch(r"(\([^()]*(\([^()]*\)[^()]*)*\))?\s*(,|및|와|과)\s*", between))


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


def _doc_types(mentions, appositions) -> dict[str, str]:
    """A first guess of each name's type inside one document (for pronouns)."""
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
    return {k: max(v, key=v.get) for k, v in votes.items() if v}


def _sentence_topic(view: SentenceView, ids: list[int]) -> list[int]:
    """The first name the sentence marks as topic or subject (은/는, 이/가)."""
    from .relations import _eff_role, _group, _with_group

    # a 은/는 topic first; else the first 이/가 subject
    for wanted in ({"은", "는", "도", "은요", "는요"}, {"이", "가"}):
        for i in ids:
            m = view.mentions[i]
            if m.kind == "date":
                continue
            role, particle = _eff_role(view, i)
            if role in {"JX", "JKS"} and particle in wanted:
                group = _with_group(view, i, ids)
                return [x for g in group for x in _group(view, g)]
    return []


def _groups(view: SentenceView, ids: list[int]) -> list[list[int]]:
    """Coordinated lists of two or more names in the sentence ("Amazon과 Google Cloud")."""
    from .relations import _with_group

    out = []
    for i in ids:
        if view.mentions[i].kind == "name" and view.mentions[i].role not in {"JC", "JKG"}:
            group = _with_group(view, i, ids)
            if len(group) >= 2:
                out.append(sorted(group))
    return out


def _resolve_corefs(view, ids, mentions, guess, topic, last_group, groups) -> None:
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
        if m.rule == "pronoun-his":
            earlier = [j for j in ids if j < i and mentions[j].kind == "name"]
            cands = earlier[::-1] + [j for j in topic]
            pick = next(
                (j for j in cands if guess.get(name_key(mentions[j].text)) == "Person"), None
            )
            m.antecedents = [pick] if pick is not None else []
            continue
        cands = [j for j in topic if guess.get(name_key(mentions[j].text)) in (want, None)]
        if not cands:
            cands = [
                j
                for j in range(i - 1, -1, -1)
                if mentions[j].kind == "name" and guess.get(name_key(mentions[j].text)) == want
            ][:1]
        m.antecedents = cands[:1]
