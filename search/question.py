"""Reading a question: which entities it names, what kind of answer it wants, which relation it
asks about and from which side.

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "업스테이지는 솔라를 개발했다.")])
>>> q = analyze_question("솔라를 개발한 회사는?", ex)
>>> q.relation, q.side, q.expected_type
('DEVELOPED', 'subject', 'Company')
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.kiwi import kiwi
from kg.names import is_hangul, is_latin, name_key, sound_key
from kg.resolve import Extraction
from kg.resources import resources

from .answer_types import answer_type_tables
from .english import english_frame, english_gloss, english_words, glossed_words
from .lexical import terms, terms_of_tokens
from .modifier_nouns import modifies_figure
from .question_relation import asked_relation, relation_terms
from .resource_tables import resource_table
from .romanized import RomanIndex, roman_index, romanized_links
from .spans import Token, base_tag, tokens_of
from .suffixed_names import suffixed_entity

__all__ = ["PartialNames", "Question", "analyze_question", "partial_names", "question_tables"]

_PARTICLES = re.compile(
    r"(으로부터|에게서|로부터|이란|이랑|에서|에게|와의|과의|으로|까지|부터|"
    r"은|는|이|가|을|를|의|와|과|에|도|로|만|란|랑)$"
)


@functools.lru_cache(maxsize=1)
def question_tables() -> dict:
    return resource_table("question.toml")


@dataclass
class Question:
    text: str
    entities: list[tuple[str, str]] = field(default_factory=list)  # (entity id, role)
    spans: list[tuple[int, int]] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)  # names not in the KB
    expected_type: str = ""
    relation: str = ""
    side: str = ""  # which end of the relation is the answer: subject | object
    descriptive: bool = False
    focus: list[str] = field(default_factory=list)  # descriptive nouns ("목적", "철학")
    relation_terms: list[str] = field(default_factory=list)  # words that state the relation
    english: bool = False
    gloss: str = ""  # an English question's Korean words and names (search/english.py)
    terms: list[str] = field(default_factory=list)
    index_terms: list[str] = field(default_factory=list)  # BM25 terms of the whole question
    passive: bool = False  # the predicate asked about is passive ("인수되었나")
    tokens: list = field(default_factory=list)  # Kiwi morphemes of the question (spans.Token)
    # a relation whose other end is no answer: the maker of X is no party to "X 공급 계약"
    not_relation: str = ""

    def to_dict(self) -> dict:
        return {
            "entities": [e for e, _ in self.entities],
            "expected_type": self.expected_type,
            "relation": self.relation,
            "side": self.side,
            "descriptive": self.descriptive,
            "unknown_names": self.unknown_names,
        }


class PartialNames(NamedTuple):
    """Entity ids by the first word of a multi-word name (미스트랄 -> 미스트랄 AI) and by the
    sound key of a Latin name (업스테이지 ~ Upstage), for words a question uses partially; and
    by the Latin spellings of Hangul names (Seo Ha-jun ~ 서하준: search/romanized.py)."""

    by_first: dict[str, set[str]]
    by_sound: dict[str, set[str]]
    by_person: dict[tuple[str, str], set[str]]
    by_spelling: dict[str, set[str]]
    by_spelled_word: dict[str, set[str]]
    by_translated: dict[tuple[str, str], set[str]]


def partial_names(ex: Extraction) -> PartialNames:
    """Build the partial-name index of an extraction; a knowledge base builds it once per
    snapshot and passes it to ``analyze_question``."""
    by_first: dict[str, set[str]] = {}
    by_sound: dict[str, set[str]] = {}
    common = {w.casefold() for w in question_tables()["partial_names"]["common_first"]}
    for e in ex.entities.values():
        if e.type in {"Date", "Concept"}:
            continue
        for alias in e.aliases:
            first = alias.split()[0]
            # "AI 혁신펀드": a common word first is no partial name ("미스트랄 AI": 미스트랄 is)
            if len(first) >= 2 and first != alias and first.casefold() not in common:
                by_first.setdefault(name_key(first), set()).add(e.id)
            if is_latin(alias) and not is_hangul(alias) and len(sound_key(alias)) >= 3:
                by_sound.setdefault(sound_key(alias), set()).add(e.id)
    return PartialNames(by_first, by_sound, *roman_index(ex))


def _link(text: str, ex: Extraction, partial: PartialNames):
    """Entities named in the question: longest alias match over word n-grams, particles
    stripped; then partial names (미스트랄 -> 미스트랄 AI) and sound-alike spellings."""
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\s?!.,\"'“”‘’()]+", text)]
    found: list[tuple[str, int, int, str]] = []  # (entity id, start, end, particle)
    used = [False] * len(words)
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            if any(used[i : i + n]):
                continue
            start, end = words[i][0], words[i + n - 1][1]
            surface = text[start:end]
            particle = ""
            eid = ex.alias_index.get(name_key(surface))
            if eid is None:
                m = _PARTICLES.search(surface)
                if m and len(surface) > len(m.group()):
                    eid = ex.alias_index.get(name_key(surface[: m.start()]))
                    particle = m.group() if eid else ""
            if eid is not None:
                found.append((eid, start, end - len(particle), particle))
                for j in range(i, i + n):
                    used[j] = True
    # partial names and transliterations, for words still unexplained
    by_first, by_sound = partial.by_first, partial.by_sound
    for i, (start, _end, word) in enumerate(words):
        if used[i]:
            continue
        m = _PARTICLES.search(word)
        stem = word[: m.start()] if m and len(word) > len(m.group()) else word
        particle = word[len(stem) :]
        cands = by_first.get(name_key(stem), set())
        if not cands and is_hangul(stem) and len(stem) >= 2:
            cands = by_sound.get(sound_key(stem), set())
        if not cands and (short := suffixed_entity(stem, ex.alias_index)):
            cands = {short}  # "KB금융" of "KB금융지주" (search/suffixed_names.py)
        if len(cands) == 1:
            found.append((next(iter(cands)), start, start + len(stem), particle))
            used[i] = True
    # Hangul names written in Latin letters (search/romanized.py)
    roman = RomanIndex(
        partial.by_person, partial.by_spelling, partial.by_spelled_word, partial.by_translated
    )
    found += romanized_links(text, roman, [(s, e) for _, s, e, _ in found])
    used = [u or any(s <= w[0] < e for _, s, e, _ in found) for u, w in zip(used, words)]
    found.sort(key=lambda f: f[1])
    return found, [w for i, w in enumerate(words) if not used[i]]


def analyze_question(text: str, ex: Extraction, partial: PartialNames | None = None) -> Question:
    """What a question asks (see the module docstring); ``partial`` is ``partial_names(ex)``,
    built here when not given."""
    q = Question(text=text)
    tables = question_tables()
    res = resources()
    found, _rest = _link(text, ex, partial if partial is not None else partial_names(ex))
    toks = kiwi().tokenize(text)
    q.tokens = tokens_of(toks)
    q.index_terms = terms_of_tokens(toks)  # one Kiwi pass serves linking and BM25
    linked_spans = [(s, e) for _, s, e, _ in found]
    q.english = _in_english(text, linked_spans)
    # a linked name the question's Kiwi pass cut apart, as BM25 reads it alone: "서윤성은" is
    # 서/윤/성은 in a question where the sentences it is indexed from read 서윤성 whole (a name
    # read whole here keeps its one term: its pieces would match other names)
    for s, e in linked_spans:
        if re.sub(r"\s+", "", text[s:e]).casefold() not in q.index_terms:
            q.index_terms += [w for w in terms(text[s:e]) if w not in q.index_terms]
    q.unknown_names = _unknown_names(toks, linked_spans, ex, tables, res)
    if q.english:
        _english_type(q, text, tables, res)
    else:
        _expected_type(q, toks, linked_spans, tables)
    if not q.relation:
        asked_relation(q, toks, found, ex, tables, res)
    described = set(tables["descriptive"]["nouns"]) | set(tables["descriptive"].get("verbs", []))
    # "시공능력평가 순위는?": 평가 before the rank asked only modifies it (realqa40)
    q.focus = [
        t.form for i, t in enumerate(toks) if t.form in described and not modifies_figure(toks, i)
    ]
    asks_description = bool(q.focus)
    if q.expected_type == "Place" and not q.relation and found:
        q.relation = "LOCATED_IN"  # "업스테이지는 어느 나라 기업인가요?"
    q.descriptive = asks_description or (
        any(t.form in tables["descriptive"]["words"] for t in toks)
        and q.expected_type not in {"Person", "Date", "Company"}
        and not q.relation
    )
    if asks_description:
        q.relation = ""  # "어떤 평가를 받나요": not a name from a relation
    q.terms = _terms(toks, linked_spans, tables, res)
    if q.english:
        _glossed(q, text, [f for f in found if f[0] in ex.entities], ex, res)
    if q.relation:
        q.relation_terms = relation_terms(q.relation, toks, tables, res)
    # which side is the answer
    q.entities = []
    for eid, start, end, particle in found:
        q.entities.append((eid, particle))
        q.spans.append((start, end))
    if q.relation:
        q.side = _answer_side(q, found, toks, text, ex)
    if q.relation and found and found[0][3] in {"을", "를"} and any(t.form == "받" for t in toks):
        # "포레스트아이를 공급받아 온 대기업은?": the end that receives, if the relation has one
        q.side = tables.get("received", {}).get(q.relation, "")
        q.relation = q.relation if q.side else ""
    contract = tables.get("contract", {})
    if q.relation in contract.get("relations", []) and any(
        t.form in contract.get("nouns", []) for t in toks
    ):
        # "잣대 2 공급 계약을 맺은 은행은?": the other party, not the maker of 잣대 2
        q.not_relation, q.relation, q.side = q.relation, "", ""
    return q


def _unknown_names(toks, linked_spans, ex: Extraction, tables, res) -> list[str]:
    """Names the question uses that the knowledge base does not know ("테슬라의 CEO는?")."""
    out, glossed = [], glossed_words(" ".join(t.form for t in toks))  # "Japan" (english.py)
    for t in toks:
        inside = any(s <= t.start < e for s, e in linked_spans)
        if inside or t.form.casefold() in res.stopnames or t.form.casefold() in glossed:
            continue
        if t.tag == "NNP" or (t.tag == "SL" and len(t.form) >= 2 and t.form[0].isupper()):
            if (
                ex.alias_index.get(name_key(t.form)) is None
                and t.form.casefold() not in tables["english"]
                and t.form.casefold() not in _question_words()
                and t.form not in tables["answer_types"]
                and len(t.form) >= 2
            ):
                out.append(t.form)
    return out


def _in_english(text: str, linked_spans: list[tuple[int, int]]) -> bool:
    """An English question, though it may write a name in Hangul ("How much did the fund
    invest in 파랑소재?"): no Hangul outside the names it links."""
    rest = "".join(c for i, c in enumerate(text) if not any(s <= i < e for s, e in linked_spans))
    return not is_hangul(rest) and len(re.findall(r"[A-Za-z]{2,}", rest)) >= 2


@functools.lru_cache(maxsize=1)
def _question_words() -> frozenset[str]:
    """The English words a question opens with ("How", "Was", "Did"): capitalized, no names."""
    tables = answer_type_tables()
    return frozenset(
        w for w in [*tables["interrogatives"], *tables["forms"]["english_yes_no"]] if w.isascii()
    )


def _english_type(q: Question, text: str, tables, res) -> None:
    """The expected type and relation of an English question, from its words."""
    words = re.findall(r"[a-zA-Z]+", text.lower())
    inside = set(tables.get("english_inside", {}).get("after", []))
    for w, after in zip(words, [*words[1:], ""]):
        if tables["english"].get(w) in {"Person", "Date", "Company"} and not q.expected_type:
            q.expected_type = tables["english"][w]
        rel = tables["english"].get(w, "")
        if rel and rel.isupper() and not q.relation and after not in inside:
            q.relation = rel
    if q.expected_type == "Date" and q.relation:
        frame = res.frame_of.get(q.relation)
        q.relation = frame.date_relation if frame and frame.date_relation else q.relation


def _glossed(q: Question, text: str, found: list, ex: Extraction, res) -> None:
    """An English question read with the Korean words and names of search/english.py: their
    morphemes follow the question's own, past its end; the Latin names they stand in for
    leave the BM25 terms; the verb may decide the asked type and drop the relation."""
    frame = english_frame(text)
    if frame is not None:
        q.expected_type = frame.expected_type
        q.relation = "" if frame.drop_relation else q.relation
    names = [(eid, text[s:e]) for eid, s, e, _ in found]
    words, latin = english_words(text, names, ex)
    q.index_terms = [t for t in q.index_terms if t not in latin]
    if not words:
        return
    q.gloss = words
    toks = kiwi().tokenize(words)
    off = len(text) + 1
    q.tokens += [Token(t.form, t.tag, t.start + off, t.end + off) for t in tokens_of(toks)]
    q.index_terms += terms_of_tokens(toks)
    glossed = kiwi().tokenize(english_gloss(text))
    q.terms += [w for w in _terms(glossed, [], question_tables(), res) if w not in q.terms]


def _expected_type(q: Question, toks, linked_spans, tables) -> None:
    """The expected type of a Korean question: "누구", "언제", or the noun right after
    "어느/어떤/무슨" decides; else the last answer-type word outside the linked names."""
    forms = [t.form for t in toks]
    for i, t in enumerate(toks):
        type_ = tables["answer_types"].get(t.form)
        inside = any(s <= t.start < e for s, e in linked_spans)
        if type_ and not inside:
            if t.form == "몇" and not any(f in forms for f in ("년", "년도", "월")):
                continue
            q.expected_type = type_
            if t.form in {"누구", "누가", "언제", "어디"} or (
                i and toks[i - 1].form in {"어느", "어떤", "무슨"}
            ):
                break


def _terms(toks, linked_spans, tables, res) -> list[str]:
    """Content words an answer sentence should share with the question."""
    skip = set(tables["question_words"]["words"])
    return [
        t.form.casefold()
        for t in toks
        if base_tag(t.tag) in {"NNG", "NNP", "SL", "SN", "VV", "VA", "XR"}
        and not any(s <= t.start < e for s, e in linked_spans)
        and t.form.casefold() not in skip
        and t.form not in tables["answer_types"]
        and t.form not in tables["relation_nouns"]
        and t.form not in tables["descriptive"]["nouns"]
        and t.form not in tables["descriptive"].get("verbs", [])
        and not res.frames_by_stem.get(t.form)
    ]


def _answer_side(q: Question, found, toks, text, ex: Extraction = None) -> str:
    """'subject' when the question names the object ("Claude를 개발한 회사"), else 'object'."""
    if q.relation in {"FOUNDED_IN", "RELEASED_IN"}:
        return "object"
    if not found:
        return "subject"
    eid, start, _end, particle = found[0]
    if not particle:
        # names listed together share the particle of the last one ("A, B, C는 ...에 통합")
        particle = next((f[3] for f in found[1:] if f[3]), "")
    frame = resources().frame_of.get(q.relation)
    if frame is not None and ex is not None and eid in ex.entities and not frame.symmetric:
        # the types decide when they can: a model named in a DEVELOPED question is the object
        t = ex.entities[eid].type
        as_subject, as_object = t in frame.subject_types, t in frame.object_types
        want = q.expected_type
        if as_object and not as_subject:
            return "subject"
        if as_subject and not as_object:
            return "object"
        if want and want in frame.subject_types and want not in frame.object_types:
            return "subject"
        if want and want in frame.object_types and want not in frame.subject_types:
            return "object"
    theme = frame is not None and frame.theme_is_subject
    if q.english:
        verb = re.search(
            r"\b(developed|develop|made|make|built|created|founded|found|started|"
            r"invested|invest|funded|acquired|acquire|bought|buy|partnered|founder|investors?)\b",
            text.lower(),
        )
        if verb and start < verb.start():
            # "What did Upstage develop?" vs "Who founded Upstage" (entity after the verb)
            return (
                "object" if not re.search(r"\b(by|in|of)\s*$", text[:start].lower()) else "subject"
            )
        return "subject"
    if particle in {"을", "를"} or particle in {"에", "의"}:
        return "subject"
    if particle in {"이", "가", "은", "는", "도"}:
        if q.passive and not theme:
            return "subject"  # "X는 누구에게 인수되었나" (theme frames do not flip)
        if any(
            t.form in {"누가", "어디가"}
            or (
                t.form in {"누구", "어디", "회사", "기업", "곳"}
                and i + 1 < len(toks)
                and toks[i + 1].tag == "JKS"
            )
            for i, t in enumerate(toks)
        ):
            return "subject"  # "Claude 3는 누가 만들었어?"
        return "object"
    # no particle: "솔라 만든 곳", "Upstage 창업자" -> the named thing is the object
    return "subject"
