"""Whom a question about someone's earlier employer is about, and how the article writes them:
the people it names ("반지혁은 어느 회사 출신이야?"), or the person the article writes with the
post the question gives after a company it names ("셀로직 CTO는 예전에 어디서 일했나?" ->
the person written "탁은결 최고기술책임자(CTO)" in a sentence about 셀로직); the name, and the
surname before a title, as the article refers to them later (search/past.py reads the cues).

>>> person_refs(["정세온", "클레어 뒤부아"])
['정세온', '정 ', '클레어 뒤부아', '뒤부아 ']
"""

from __future__ import annotations

import re

from kg.resources import resources

from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .spans import NOMINAL
from .titles import asked_titles, folded_titles, title_beside

__all__ = [
    "article_sentences",
    "asked_people",
    "other_refs",
    "person_refs",
    "post_holders",
    "ref_spans",
    "written_people",
]

#: entity types an earlier employer has
ORG_TYPES = frozenset({"Company", "Organization"})


def person_refs(names: list[str]) -> list[str]:
    """How an article refers to a person after naming them: the name, and the surname before a
    title ("정세온" -> "정 ", "클레어 뒤부아" -> "뒤부아 ")."""
    out = []
    for n in names:
        out.append(n)
        if " " in n.strip():
            out.append(n.strip().split()[-1] + " ")
        elif re.fullmatch(r"[가-힣]{3,4}", n):
            out.append(n[0] + " ")
    return out


def ref_spans(text: str, refs: list[str]) -> list[tuple[int, int]]:
    """The character spans of ``text`` where one of ``refs`` is written."""
    spans = []
    for r in refs:
        pat = re.escape(r) if not r.endswith(" ") else rf"(?<![가-힣A-Za-z]){re.escape(r)}(?=\S)"
        spans += [(m.start(), m.end()) for m in re.finditer(pat, text)]
    return sorted(spans)


def asked_people(q: Question, ex) -> list[list[str]]:
    """The names of the people the question asks about: its named people, or, when it names
    none, a name the knowledge base has no person for ("반지혁은 어느 회사 출신이야?")."""
    named = [ex.entities[eid] for eid, _ in q.entities if eid in ex.entities]
    people = [list(e.aliases) for e in named if e.type == "Person"]
    if not people and q.unknown_names:
        people = [[n] for n in q.unknown_names]
    if not people:  # a person the extractor typed as something else ("뒤부아" as a company)
        people = [list(e.aliases) for e in named if e.type not in ORG_TYPES | {"Date", "Place"}]
    return people


#: particles a name in a question may carry ("반지혁은", "성하람이")
_PARTICLE = re.compile(r"(은|는|이|가|의|을|를|와|과|도)$")


def _titled(text: str, at: int) -> bool:
    """A person's title is written at ``at``, or after the next word ("성하람 대표는",
    "성하람 온결랩스 대표는": Kiwi reads no name there)."""
    titles = [t for t in resources().grammar.titles if len(t) >= 2]
    words = text[at:].split(maxsplit=2)
    return any(w.startswith(t) for w in words[:2] for t in titles) and text[at : at + 1] == " "


def written_people(q: Question, texts: list[str]) -> list[list[str]]:
    """Names of three or four syllables the question writes and the article writes as a name
    (nouns in Kiwi's reading there) though the knowledge base has no person for them
    ("반지혁은 어느 회사 출신이야?", "성하람 대표는 ...")."""
    out = []
    linked = q.spans
    for m in re.finditer(r"\S+", q.text):
        if any(s < m.end() and m.start() < e for s, e in linked):
            continue
        word = _PARTICLE.sub("", m.group()) if len(m.group()) > 3 else m.group()
        if not re.fullmatch(r"[가-힣]{3,4}", word):
            continue
        for text in texts:
            at = text.find(word)
            if at < 0:
                continue
            inside = [t for t in sentence_tokens(text) if at <= t.start < at + len(word)]
            nominal = inside and inside[0].tag in {"NNP", "NNG"}
            if (nominal and all(t.tag in NOMINAL for t in inside)) or _titled(text, at + len(word)):
                out.append([word])
                break
    return out


def article_sentences(snap, hits: list[Hit]):
    """(sentence id, text) of the articles of the retrieved sentences, in order."""
    docs = list(dict.fromkeys(h.doc_id for h in hits))
    for pos, sid in enumerate(snap.sentence_ids):
        if snap.doc_ids[pos] in docs:
            yield sid, snap.texts[pos]


def other_refs(snap, hits: list[Hit], asked: set[str]) -> list[str]:
    """How the article writes the other people it names ("곽 CTO", "마태식")."""
    ex = snap.extraction
    names = {
        ex.entities[eid].name
        for sid, _ in article_sentences(snap, hits)
        for eid, _, _ in ex.sentence_entities.get(sid, [])
        if eid in ex.entities and ex.entities[eid].type == "Person"
    }
    mine = set(person_refs(sorted(asked)))
    return [r for r in person_refs(sorted(names - asked)) if r not in mine]


def _asked_posts(q: Question, ex) -> set[str]:
    """The posts a question gives (casefolded): a title in Latin letters ("CTO"), or a Korean
    title written right after a company it names ("하이퍼셀 대표는")."""
    posts = asked_titles(q.tokens)
    ends = {e for eid, (_, e) in _spans(q, ex) if ex.entities[eid].type in ORG_TYPES}
    korean = folded_titles()
    for t in q.tokens:
        if t.form.casefold() in korean and any(0 <= t.start - e <= 1 for e in ends):
            posts.add(t.form.casefold())
    return posts


def _spans(q: Question, ex):
    """(entity id, character span) of the question's names the knowledge base has."""
    return [(eid, span) for (eid, _), span in zip(q.entities, q.spans) if eid in ex.entities]


def post_holders(q: Question, snap, hits: list[Hit]) -> list[list[str]]:
    """The people written with the post the question gives, in a sentence naming the company
    it gives the post of ("셀로직 CTO" -> the person of "... 탁은결 최고기술책임자(CTO)가" in a
    sentence about 셀로직); none when it gives no company or no post."""
    ex = snap.extraction
    orgs = {eid for eid, _ in _spans(q, ex) if ex.entities[eid].type in ORG_TYPES}
    posts = _asked_posts(q, ex) if orgs else set()
    out: list[list[str]] = []
    for sid, text in article_sentences(snap, hits) if posts else ():
        mentioned = [m for m in ex.sentence_entities.get(sid, []) if m[0] in ex.entities]
        if not {eid for eid, _, _ in mentioned} & orgs:
            continue
        toks = sentence_tokens(text)
        people = [
            (eid, _token_span(toks, s, e))
            for eid, s, e in mentioned
            if ex.entities[eid].type == "Person"
        ]
        for eid, (first, last) in people:
            others = [span for o, span in people if o != eid]
            names = list(ex.entities[eid].aliases)
            if names not in out and title_beside(toks, first, last, posts, others):
                out.append(names)
    return out


def _token_span(toks, start: int, end: int) -> tuple[int, int]:
    """The first and last token indexes of the characters ``start..end``."""
    inside = [i for i, t in enumerate(toks) if start <= t.start and t.end <= end]
    return (inside[0], inside[-1]) if inside else (0, -1)
