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

from kg.kiwi import kiwi
from kg.resolve import Extraction
from kg.resources import resources

from .answer_side import answer_side
from .english_questions import english_type, glossed, in_english
from .lexical import terms, terms_of_tokens
from .modifier_nouns import modifies_figure
from .question_links import PartialNames, linked_names, partial_names
from .question_relation import asked_relation, relation_terms
from .question_terms import content_terms, unknown_names
from .resource_tables import resource_table
from .spans import tokens_of

__all__ = ["Question", "analyze_question", "question_tables"]


@functools.lru_cache(maxsize=1)
def question_tables() -> dict:
    """search/resources/question.toml, the tables of how questions say what they want: answer
    types of interrogatives and nouns ([answer_types]: "누구" -> "Person"), words that ask for a
    description, relation nouns, English question words; read once, shared (do not change it).

    >>> question_tables()["answer_types"]["누구"]
    'Person'
    """
    return resource_table("question.toml")


@dataclass
class Question:
    """What one question asks, as analyze_question reads it ("솔라를 개발한 회사는?").

    - text: the question as asked.
    - entities: the knowledge-base entities it names, in the order of the text, as (entity id,
      the particle written after the name: "를" of "솔라를", "" when none).
    - spans: the character span of each of those names in ``text``, in the same order.
    - unknown_names: names the knowledge base does not know (테슬라 of "테슬라의 CEO는?").
    - expected_type: the entity type of the answer ("Company"); "" when no word says.
    - relation: the relation asked about ("DEVELOPED"); "" when none.
    - side: which end of ``relation`` the answer is: "subject" | "object".
    - descriptive: a description is asked, not a name ("핵심 철학은?"): the answer is the best
      evidence sentence.
    - focus: the descriptive nouns of the question ("목적", "철학").
    - relation_terms: its words that state the relation (the relation's nouns and verb stems).
    - english: the question is in English; gloss: its Korean words and names (search/english.py).
    - terms: the content words an answer sentence should share with the question.
    - index_terms: the BM25 terms of the whole question.
    - passive: the predicate asked about is passive ("인수되었나").
    - tokens: the question's Kiwi morphemes (spans.Token).
    - not_relation: a relation whose other end is no answer: the maker of X is no party to
      "X 공급 계약".
    """

    text: str
    entities: list[tuple[str, str]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    unknown_names: list[str] = field(default_factory=list)
    expected_type: str = ""
    relation: str = ""
    side: str = ""
    descriptive: bool = False
    focus: list[str] = field(default_factory=list)
    relation_terms: list[str] = field(default_factory=list)
    english: bool = False
    gloss: str = ""
    terms: list[str] = field(default_factory=list)
    index_terms: list[str] = field(default_factory=list)
    passive: bool = False
    tokens: list = field(default_factory=list)
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


def analyze_question(text: str, ex: Extraction, partial: PartialNames | None = None) -> Question:
    """What a question asks (see the module docstring); ``partial`` is ``partial_names(ex)``,
    built here when not given."""
    q = Question(text=text)
    tables = question_tables()
    res = resources()
    found, _rest = linked_names(text, ex, partial if partial is not None else partial_names(ex))
    toks = kiwi().tokenize(text)
    q.tokens = tokens_of(toks)
    q.index_terms = terms_of_tokens(toks)  # one Kiwi pass serves linking and BM25
    linked_spans = [(s, e) for _, s, e, _ in found]
    q.english = in_english(text, linked_spans)
    # a linked name the question's Kiwi pass cut apart, as BM25 reads it alone: "서윤성은" is
    # 서/윤/성은 in a question where the sentences it is indexed from read 서윤성 whole (a name
    # read whole here keeps its one term: its pieces would match other names)
    for s, e in linked_spans:
        if re.sub(r"\s+", "", text[s:e]).casefold() not in q.index_terms:
            q.index_terms += [w for w in terms(text[s:e]) if w not in q.index_terms]
    q.unknown_names = unknown_names(toks, linked_spans, ex, tables, res)
    if q.english:
        english_type(q, text, tables, res)
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
    q.terms = content_terms(toks, linked_spans, tables, res)
    if q.english:
        glossed(q, text, [f for f in found if f[0] in ex.entities], ex, tables, res)
    if q.relation:
        q.relation_terms = relation_terms(q.relation, toks, tables, res)
    # which side is the answer
    q.entities = []
    for eid, start, end, particle in found:
        q.entities.append((eid, particle))
        q.spans.append((start, end))
    if q.relation:
        q.side = answer_side(q, found, toks, text, ex)
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
