"""Reading a short answer out of the best sentences: every candidate span (search/spans.py) of
the retrieved sentences gets named features, a small log-linear model scores them, and a
softmax over all candidates of the question says how much of the belief each one gets.

The features are what a careful reader looks at: does the sentence say what the question says,
do the question's words stand right around the candidate, is the candidate of the kind asked for
(a date for 언제, a person for 누구, the head noun of ``어느 대학``), is it followed by the
particle the interrogative had, is it merely a word of the question itself.  The weights are
data (resources/reader.json), fitted by bench/fit_reader.py on KorQuAD's dev half (articles
0-69) and our own gold questions; what they were fitted on is written next to them.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> text = "1989년 3월 12일 서울지방검찰청 공안부는 임종석의 사전구속영장을 발부받았다."
>>> p = Passage("d#1", text, tokens_of(kiwi().tokenize(text)), rank=0, score=1.0)
>>> r = question_reading(tokens_of(kiwi().tokenize("임종석의 사전구속영장을 발부받은 곳은?")))
>>> read(r, [p])[0].text
'서울지방검찰청 공안부'
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.names import name_key as _name_key

from .answer_types import Asked, answer_type_tables, candidate_class, particle_class, read_asked
from .reader_shape import date_grain, quantity_features, reader_tables
from .spans import NOMINAL, Span, Token, span_candidates

__all__ = [
    "Candidate",
    "Passage",
    "QuestionReading",
    "ReaderModel",
    "candidate_features",
    "question_reading",
    "read",
    "reader_model",
]

# morphemes whose forms carry what a question is about
_CONTENT = frozenset({"NNG", "NNP", "SL", "SN", "SH", "VV", "VA", "XR", "NR"})
# nouns too vague to be an answer by themselves ("것", "등")
_VAGUE = frozenset({"것", "수", "등", "때", "중", "데", "바", "뿐", "듯", "이", "그", "점", "측"})
_WEIGHTS = Path(__file__).with_name("resources") / "reader.json"


@dataclass
class Passage:
    """One sentence the reader reads.  ``rank`` is its place in retrieval (a neighbour of a
    retrieved sentence gets that sentence's rank and ``neighbour=True``); ``entities`` are the
    knowledge graph's mentions in it (``{"start", "end", "type", ...}``)."""

    sentence_id: str
    text: str
    tokens: list[Token]
    rank: int = 0
    score: float = 0.0
    neighbour: bool = False
    entities: list[dict] = field(default_factory=list)
    graph_evidence: bool = False  # evidence of a graph edge the question asks about
    lead: bool = False  # the first sentence of a retrieved sentence's paragraph
    states: bool = False  # states the asked relation (search/stated.py)


@dataclass(frozen=True)
class QuestionReading:
    asked: Asked
    tokens: list[Token]
    terms: dict[str, float]  # content morpheme -> weight (its idf)
    total: float  # sum of the weights
    form: str = "factoid"  # answer_types.question_form: factoid, list, ...
    grain: str = ""  # the part of a date asked for (resources/reader.toml date_grain)


def _key(t: Token) -> str:
    return t.form.casefold()


def question_reading(
    tokens: list[Token],
    idf: Callable[[str], float] | None = None,
    asked: Asked | None = None,
    form: str = "factoid",
) -> QuestionReading:
    """The question's answer type and its content morphemes weighted by rarity."""
    asked = asked or read_asked(tokens)
    terms: dict[str, float] = {}
    for i, t in enumerate(tokens):
        if t.tag not in _CONTENT or i == asked.wh_index or t.form in _VAGUE:
            continue
        k = _key(t)
        w = idf(k) if idf else 1.0
        terms[k] = max(terms.get(k, 0.0), max(w, 0.1))
    return QuestionReading(
        asked, tokens, terms, sum(terms.values()) or 1.0, form, date_grain(tokens)
    )


@dataclass
class Candidate:
    text: str
    passage: int  # index into the passages read
    span: Span
    features: dict[str, float]
    score: float = 0.0
    probability: float = 0.0
    entity: dict | None = None  # the knowledge graph's mention, when the span is one


def _bucket(n: int, edges=(1, 2, 3, 5, 8)) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


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


def _shape(f: dict[str, float], s: Span, ctoks, form: str) -> None:
    """How long the candidate is and how it is written (genitive, list, brackets, vague)."""
    f[f"len={_bucket(len(ctoks))}"] = 1.0
    f["chars_log"] = math.log1p(len(s.text))
    for flag in ("genitive", "coordination", "bracket", "mid_word", "quoted"):
        if getattr(s, flag):
            f[flag] = 1.0
    if form == "list":
        f["list_asked&coordination" if s.coordination else "list_asked&single"] = 1.0
    if ctoks[-1].form in _VAGUE or ctoks[0].form in _VAGUE:
        f["vague"] = 1.0


def _mention(f, s: Span, p: Passage, ent, graph, named, expected, named_names) -> bool:
    """The graph's and the question's say on a candidate; False when it is (mostly) a name the
    question itself uses, which never answers it."""
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
        min(s.end, e["end"]) - max(s.start, e["start"]) >= 0.6 * (s.end - s.start)
        for e in p.entities
        if e.get("id") in named
    ):
        return False  # mostly a name the question uses
    if named_names and _name_key(s.text) in named_names:
        return False
    if p.graph_evidence:
        f["graph_evidence"] = 1.0
    return True


def _context(f: dict[str, float], s: Span, ctoks, toks, p: Passage, a, cls: str) -> None:
    """What the candidate is and what follows it: its class against the asked kind, the
    particle after it against the interrogative's, the asked head noun, where it stands."""
    f[f"cand={cls}"] = 1.0
    f[f"ask={a.kind}&cand={cls}"] = 1.0
    nxt = toks[s.last + 1] if s.last + 1 < len(toks) else None
    if nxt is not None and nxt.start > ctoks[-1].end and not nxt.tag.startswith("S"):
        pc = "space"
    else:
        pc = particle_class(nxt)
    f[f"next={pc}"] = 1.0
    if a.wh_particle:
        f[f"wh={a.wh_particle}&next={pc}"] = 1.0
        if a.wh_particle == pc:
            f["same_particle"] = 1.0
    if a.head:
        # "…의 이름은?" says only "a name": KorQuAD asks it of groups, works, missiles too
        hc = "name" if a.head in answer_type_tables()["name_heads"]["names"] else "noun"
    else:
        hc = "none"
    f[f"ask={a.kind}&head={hc}&cand={cls}"] = 1.0
    if a.head:
        forms = [t.form for t in ctoks]
        if forms[-1] == a.head:
            f["head_last"] = 1.0
        elif a.head in forms:
            f["head_inside"] = 1.0
        elif forms[-1].endswith(a.head) and len(a.head) >= 1:
            f["head_suffix"] = 1.0
        if nxt is not None and nxt.form == a.head:
            f["head_next"] = 1.0
    if s.first == 0:
        f["sentence_start"] = 1.0
        if p.lead and pc in {"topic", "subject"}:
            f["paragraph_topic"] = 1.0  # what the paragraph is about
    # a candidate cut short of the words it runs on with ("2024년" of "2024년 3월")
    if nxt is not None and nxt.tag in NOMINAL and nxt.start > ctoks[-1].end:
        f["cut_right"] = 1.0
        f[f"ask={a.kind}&cut_right"] = 1.0
    prv = toks[s.first - 1] if s.first > 0 else None
    if prv is not None and prv.tag in NOMINAL and prv.end < ctoks[0].start:
        f["cut_left"] = 1.0
        f[f"ask={a.kind}&cut_left"] = 1.0
    if p.lead:
        f["lead"] = 1.0


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
            return _key(toks[i - 1])
        if tag in {"VV", "VA"} and t.form not in light:
            return _key(t)
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
    for p in passages:
        toks = p.tokens
        weights = [r.terms.get(_key(t), 0.0) if t.tag in _CONTENT else 0.0 for t in toks]
        matched = [(k, w) for k, w in enumerate(weights) if w > 0]
        sent_match = sum({_key(toks[k]): w for k, w in matched}.values()) / r.total
        spans = span_candidates(p.text, toks)
        at = [k for k, t in enumerate(toks) if pred and _key(t) == pred]
        per_passage.append((p, toks, matched, sent_match, spans, at))
        for s in spans:
            key = s.text.replace(" ", "")
            seen_text[key] = seen_text.get(key, 0) + 1
    for pi, (p, toks, matched, sent_match, spans, at) in enumerate(per_passage):
        mentions = {(e["start"], e["end"]): e for e in p.entities}
        base = {
            f"rank={min(p.rank, 4)}": 1.0,
            "neighbour": float(p.neighbour),
            "score_rel": p.score / top,
            "sent_match": sent_match,
            "sent_match_sq": sent_match * sent_match,
        }
        for s in spans:
            ctoks = toks[s.first : s.last + 1]
            content = [t for t in ctoks if t.tag in _CONTENT]
            in_q = sum(1 for t in content if _key(t) in r.terms)
            f = dict(base)
            f["in_question"] = in_q / len(content) if content else 0.0
            f["all_in_question"] = float(bool(content) and in_q == len(content))
            _proximity(f, s, matched, r.total)
            _predicate_features(f, s, at)
            _shape(f, s, ctoks, r.form)
            ent = mentions.get((s.start, s.end))
            if not _mention(f, s, p, ent, graph, named, expected, named_names):
                continue
            cls = candidate_class(ctoks, ent.get("type", "") if ent else "")
            _context(f, s, ctoks, toks, p, r.asked, cls)
            if cls in {"date", "number", "money"}:
                quantity_features(f, ctoks, cls, r.grain)
            f["repeat_log"] = math.log(seen_text.get(s.text.replace(" ", ""), 1))
            out.append(Candidate(s.text, pi, s, f, entity=ent))
    return out


class ReaderModel:
    """A log-linear scorer over named features: ``score = bias + sum(weight[name] * value)``."""

    def __init__(self, weights: dict[str, float], bias: float = 0.0, meta: dict | None = None):
        self.weights = dict(weights)
        self.bias = bias
        self.meta = dict(meta or {})

    @classmethod
    def load(cls, path: Path = _WEIGHTS) -> ReaderModel:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(data["weights"], data.get("bias", 0.0), data.get("meta"))

    def save(self, path: Path = _WEIGHTS) -> None:
        data = {
            "meta": self.meta,
            "bias": self.bias,
            "weights": dict(sorted(self.weights.items(), key=lambda kv: -abs(kv[1]))),
        }
        Path(path).write_text(
            json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.bias + sum(w.get(k, 0.0) * v for k, v in features.items())


@functools.lru_cache(maxsize=1)
def reader_model() -> ReaderModel:
    """The shipped model (resources/reader.json); an empty model when it is missing."""
    if not _WEIGHTS.exists():
        return ReaderModel({})
    return ReaderModel.load(_WEIGHTS)


def read(
    r: QuestionReading,
    passages: list[Passage],
    model: ReaderModel | None = None,
    graph: dict[str, float] | None = None,
    named: set[str] = frozenset(),
    expected: frozenset[str] = frozenset(),
    named_names: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Candidates best first, with a probability each (softmax over all candidates)."""
    model = model or reader_model()
    cands = candidate_features(r, passages, graph, named, expected, named_names)
    if not cands:
        return []
    for c in cands:
        c.score = model.score(c.features)
    hi = max(c.score for c in cands)
    z = sum(math.exp(c.score - hi) for c in cands)
    for c in cands:
        c.probability = math.exp(c.score - hi) / z
    cands.sort(key=lambda c: (-c.score, c.passage, c.span.start))
    return cands
