"""The reader's candidates and their named features: every candidate span (search/spans.py) of
the sentences read, with what a careful reader looks at, each a number the reader's model
(search/reader_model.py) weighs: does the sentence say what the question says, do the
question's words stand right around the candidate (``near``, ``left5``), is it of the kind
asked for (``ask=date&cand=date``), is it followed by the particle the interrogative had
(``same_particle``), where does the question's verb stand (``pred_near``), is it a name the
question itself uses (then no candidate at all).  search/reader.py scores them.

>>> from kg.kiwi import kiwi
>>> from search.reader import Passage, question_reading
>>> from search.spans import tokens_of
>>> text = "1989년 3월 12일 서울지방검찰청 공안부는 임종석의 사전구속영장을 발부받았다."
>>> p = Passage("d#1", text, tokens_of(kiwi().tokenize(text)), rank=0, score=1.0)
>>> r = question_reading(tokens_of(kiwi().tokenize("임종석의 사전구속영장을 발부받은 곳은?")))
>>> f = {c.text: c.features for c in candidate_features(r, [p])}["서울지방검찰청 공안부"]
>>> f["cand=name"], f["next=topic"], f["role_match"]  # a name, the topic, the doer asked
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .answer_types import Asked, answer_type_tables
from .reader_item_features import item_context, item_features
from .reader_joined import joined_matches, joined_terms
from .reader_roles import asked_role, clause_roles, role_features
from .reader_sentence import CONTENT as _CONTENT
from .reader_sentence import SpanFacts, sentence_facts
from .reader_shape import quantity_features, reader_tables
from .spans import Span, Token

if TYPE_CHECKING:  # the reader's inputs: search/reader.py, which scores what is read here
    from .reader import Passage, QuestionReading

__all__ = ["Candidate", "candidate_features", "term_key"]


def term_key(t: Token) -> str:
    """The key a question's word and a sentence's word are matched by: the form, casefolded."""
    return t.form.casefold()


@dataclass
class Candidate:
    """A span of a passage read ("서울지방검찰청 공안부"), its named features, the reader's score
    of them and the belief it gets among the question's candidates (search/reader.py)."""

    text: str
    passage: int  # index into the passages read
    span: Span
    features: dict[str, float]
    score: float = 0.0
    probability: float = 0.0
    entity: dict | None = None  # the knowledge graph's mention, when the span is one


def _proximity(f: dict[str, float], s: Span, matched, total: float) -> None:
    """The question's words around the candidate, nearer counts more."""
    left5 = right5 = left15 = right15 = near = 0.0
    mind = 99
    for k, w in matched:
        if s.first <= k <= s.last:
            continue
        d = s.first - k if k < s.first else k - s.last
        mind = min(mind, d)
        near += w * math.exp(-d / 3.0)
        if k < s.first:
            left5 += w if d <= 5 else 0.0
            left15 += w if d <= 15 else 0.0
        else:
            right5 += w if d <= 5 else 0.0
            right15 += w if d <= 15 else 0.0
    for name, v in (
        ("left5", left5),
        ("right5", right5),
        ("left15", left15),
        ("right15", right15),
        ("near", near),
    ):
        f[name] = v / total
    f["near_x_match"] = f["near"] * f["sent_match"]
    f["min_dist_log"] = math.log1p(mind) if mind < 99 else math.log1p(40)


def _shape(f: dict[str, float], sf: SpanFacts, form: str) -> None:
    """How long the candidate is and how it is written (genitive, list, brackets, vague)."""
    f.update(sf.shape)
    if form == "list":
        f["list_asked&coordination" if sf.span.coordination else "list_asked&single"] = 1.0
    if sf.vague:
        f["vague"] = 1.0


def _mention(f, sf: SpanFacts, p: Passage, ent, graph, named, expected, named_names, at) -> bool:
    """The graph's and the question's say on a candidate; False when it is (mostly) a name the
    question itself uses, which never answers it (``at``: where the passage writes those)."""
    s = sf.span
    if ent is not None:
        if ent.get("id") in named:
            return False  # what the question names is not its answer
        f["mention"] = 1.0
        if ent.get("id") in graph:
            f["graph"] = 1.0
            f["graph_confidence"] = graph[ent["id"]]
        if expected:
            f["type_fit" if ent.get("type") in expected else "type_clash"] = 1.0
    elif any(
        min(s.end, e["end"]) - max(s.start, e["start"]) >= 0.6 * (s.end - s.start) for e in at
    ):
        return False  # mostly a name the question uses
    if named_names and sf.name in named_names:
        return False
    if p.graph_evidence:
        f["graph_evidence"] = 1.0
    return True


def _context(f: dict[str, float], sf: SpanFacts, p: Passage, a: Asked, head: str) -> None:
    """What the candidate is and what follows it: its class against the asked kind, the
    particle after it against the interrogative's, the asked head noun, where it stands."""
    cls, pc = sf.cls, sf.particle
    f[f"cand={cls}"] = 1.0
    f[f"ask={a.kind}&cand={cls}"] = 1.0
    f[f"ask={a.kind}&head={head}&cand={cls}"] = 1.0
    f[f"next={pc}"] = 1.0
    if a.wh_particle:
        f[f"wh={a.wh_particle}&next={pc}"] = 1.0
        if a.wh_particle == pc:
            f["same_particle"] = 1.0
    if a.head:
        forms = sf.forms
        if forms[-1] == a.head:
            f["head_last"] = 1.0
        elif a.head in forms:
            f["head_inside"] = 1.0
        elif forms[-1].endswith(a.head) and len(a.head) >= 1:
            f["head_suffix"] = 1.0
        if sf.next_form == a.head:
            f["head_next"] = 1.0
    if sf.span.first == 0:
        f["sentence_start"] = 1.0
        if p.lead and pc in {"topic", "subject"}:
            f["paragraph_topic"] = 1.0  # what the paragraph is about
    # a candidate cut short of the words it runs on with ("2024년" of "2024년 3월")
    if sf.cut_right:
        f["cut_right"] = 1.0
        f[f"ask={a.kind}&cut_right"] = 1.0
    if sf.cut_left:
        f["cut_left"] = 1.0
        f[f"ask={a.kind}&cut_left"] = 1.0
    if p.lead:
        f["lead"] = 1.0


def _head_class(a: Asked) -> str:
    """ "…의 이름은?" says only "a name" (KorQuAD asks it of groups, works, missiles too); a
    head noun says a kind; no head says nothing."""
    if not a.head:
        return "none"
    return "name" if a.head in answer_type_tables()["name_heads"]["names"] else "noun"


def _predicate(r: QuestionReading) -> str:
    """The question's last verb or verbal noun ("설립한" -> 설립, "태어난" -> 태어나), not a light
    verb (resources/reader.toml): the answer stands before it in the sentence that says it."""
    light = set(reader_tables()["predicate"]["light"])
    toks = r.tokens
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if i == r.asked.wh_index:
            continue
        tag = t.tag.split("-")[0]
        if tag in {"XSV", "XSA"} and i > 0 and toks[i - 1].tag in {"NNG", "NNP", "XR"}:
            return term_key(toks[i - 1])
        if tag in {"VV", "VA"} and t.form not in light:
            return term_key(t)
    return ""


def _predicate_features(f: dict[str, float], s: Span, at: list[int]) -> None:
    """Where the question's predicate stands in the sentence against the candidate."""
    if not at:
        return
    after = [k - s.last for k in at if k > s.last]
    before = [s.first - k for k in at if k < s.first]
    d = min(after + before, default=99)
    f["pred_near"] = math.exp(-d / 3.0) if d < 99 else 0.0
    if after and min(after) <= 8:
        f["pred_after"] = 1.0


def _split_word_features(f: dict[str, float], s: Span, joined: list, total: float) -> None:
    """The question's words written with other morphemes (search/reader_joined.py) near the
    candidate: the sentence's share of them, their nearness, and whether the candidate is
    nothing but one (the question's own word, no answer to it)."""
    if not joined:
        return
    f["joined_match"] = max(w for _, w in joined) / total
    near, inside = 0.0, 0
    for k, w in joined:
        if s.first <= k <= s.last:
            inside += 1
        else:
            near += w * math.exp(-(s.first - k if k < s.first else k - s.last) / 3.0)
    f["joined_near"] = near / total
    if inside == s.last - s.first + 1:  # "회사" of "모 회사", not "법무법인 해온" of "법무 법인"
        f["joined_inside"] = 1.0


#: particles Kiwi glues into a coined name ("윤슬텔레콤이,"): the span is the mention before them
_GLUED = frozenset({"이", "가", "은", "는", "을", "를", "의", "와", "과", "도"})


def _glued(mentions: dict, s: Span, text: str) -> dict | None:
    """The mention a span holds with only a particle Kiwi glued to it ("부지 확보는 윤슬텔레콤이,":
    one token, where the knowledge graph's mention is 윤슬텔레콤), or None.

    >>> text = "부지 확보는 윤슬텔레콤이, 조달은 다온이 맡는다."
    >>> mentions = {(7, 12): {"name": "윤슬텔레콤"}}
    >>> _glued(mentions, Span("윤슬텔레콤이", 7, 13, 0, 0), text)
    {'name': '윤슬텔레콤'}
    >>> _glued(mentions, Span("윤슬텔레콤이, 조달", 7, 17, 0, 0), text) is None
    True
    """
    return next(
        (
            e
            for (start, end), e in mentions.items()
            if start == s.start and start < end < s.end and text[end : s.end] in _GLUED
        ),
        None,
    )


def candidate_features(
    r: QuestionReading,
    passages: list[Passage],
    graph: dict[str, float] | None = None,
    named: set[str] = frozenset(),
    expected: frozenset[str] = frozenset(),
    named_names: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Every candidate of every passage with its named features.  ``graph`` maps the entity ids
    that graph edges give as the answer to the edge's confidence (graph support); ``named`` are
    the entity ids the question itself names (never an answer to it); ``expected`` the entity
    types the answer may have (from the relation asked about); ``named_names`` the name keys
    (kg.names.name_key) of every alias of the named entities."""
    graph = graph or {}
    out: list[Candidate] = []
    top = max((p.score for p in passages), default=1.0) or 1.0
    seen_text: dict[str, int] = {}
    per_passage = []
    pred = _predicate(r)
    preds = r.predicates or frozenset({pred} - {""})
    head = _head_class(r.asked)
    terms = r.terms
    joined = joined_terms(r.tokens, terms)
    arole = r.role if r.predicates else asked_role(r.tokens, r.asked, pred)
    items = item_context(r, passages, named)  # whose figure each is (reader_item_features)
    for p in passages:
        toks = p.tokens
        keys = [term_key(t) if t.tag in _CONTENT else "" for t in toks]
        matched = [(k, terms[c]) for k, c in enumerate(keys) if terms.get(c, 0.0) > 0]
        sent_match = sum({keys[k]: w for k, w in matched}.values()) / r.total
        typed = tuple((e["start"], e["end"], e.get("type", "")) for e in p.entities)
        facts = sentence_facts(p.text, tuple(toks), typed)
        at = [k for k, t in enumerate(toks) if term_key(t) in preds]
        split = (joined_matches(joined, toks), clause_roles(toks, preds) if at else None)
        per_passage.append((p, matched, sent_match, facts, at, split))
        for sf in facts:
            seen_text[sf.key] = seen_text.get(sf.key, 0) + 1
    for pi, (p, matched, sent_match, facts, at, (jm, roles)) in enumerate(per_passage):
        mentions = {(e["start"], e["end"]): e for e in p.entities}
        named_at = [e for e in p.entities if e.get("id") in named]
        base = {
            f"rank={min(p.rank, 4)}": 1.0,
            "neighbour": float(p.neighbour),
            "score_rel": p.score / top,
            "sent_match": sent_match,
            "sent_match_sq": sent_match * sent_match,
        }
        for sf in facts:
            s = sf.span
            in_q = sum(1 for k in sf.content if k in terms)
            f = dict(base)
            f["in_question"] = in_q / len(sf.content) if sf.content else 0.0
            f["all_in_question"] = float(bool(sf.content) and in_q == len(sf.content))
            _proximity(f, s, matched, r.total)
            _predicate_features(f, s, at)
            _split_word_features(f, s, jm, r.total)
            if roles is not None:
                role_features(f, roles.role(s.first, s.last, sf.particle), arole)
            _shape(f, sf, r.form)
            ent = mentions.get((s.start, s.end))
            if ent is None and (ent := _glued(mentions, s, p.text)) is not None:
                s = replace(s, text=p.text[s.start : ent["end"]], end=ent["end"])
            if not _mention(f, sf, p, ent, graph, named, expected, named_names, named_at):
                continue
            _context(f, sf, p, r.asked, head)
            item_features(f, s, sf.cls, p, items[pi], r)
            if sf.cls in {"date", "number", "money"}:
                quantity_features(f, sf.tokens, sf.cls, r.grain)
            f["repeat_log"] = math.log(seen_text.get(sf.key, 1))
            out.append(Candidate(s.text, pi, s, f, entity=ent))
    return out
