"""Answering a question: from the graph when it holds an edge that answers, else from the
best sentences, else honestly nothing."""

from __future__ import annotations

import functools
import math
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from kg.josa import fix_particles
from kg.kiwi import kiwi
from kg.names import name_key
from kg.resolve import Extraction

from .answer_types import Asked, answer_type_tables, question_form, read_asked
from .calibration import Calibrator, calibrator, logit
from .question import Question
from .reader import Candidate, Passage, QuestionReading, ReaderModel, question_reading, read
from .results import Answer, Hit
from .spans import Token, tokens_of

__all__ = [
    "NO_ANSWER_THRESHOLD",
    "answer",
    "answer_sentence",
    "answer_signals",
    "graph_answer",
    "graph_edges",
    "passage_answer",
    "passage_at",
    "passages_from_hits",
    "reader_input",
    "sentence_answer",
    "sentence_tokens",
]

# below this fused score the best sentence does not answer anything
NO_ANSWER_THRESHOLD = 0.55


@functools.lru_cache(maxsize=65536)
def sentence_tokens(text: str) -> tuple[Token, ...]:
    """Kiwi morphemes of a sentence, kept for the sentences read again and again."""
    return tuple(tokens_of(kiwi().tokenize(text)))


def passage_at(snap, sid: str, rank: int, score: float, neighbour: bool = False) -> Passage:
    """The sentence ``sid`` of a snapshot as a passage to read, with its entity mentions."""
    ex = snap.extraction
    text = snap.texts[snap.pos_of_sentence[sid]]
    ents = []
    for eid, start, end in ex.sentence_entities.get(sid, []):
        e = ex.entities.get(eid)
        if e is not None:
            ents.append({"id": e.id, "name": e.name, "type": e.type, "start": start, "end": end})
    return Passage(sid, text, list(sentence_tokens(text)), rank, score, neighbour, ents)


def passages_from_hits(
    snap, hits: list[Hit], n: int = 5, neighbours: int = 1, leads: int = 3
) -> list[Passage]:
    """The first ``n`` hits as passages to read, the first sentence of the paragraph of each
    of the first ``leads`` hits, and the sentences right before and after the first
    ``neighbours`` hits in their paragraph (a question often names what the previous sentence
    names, and the answer follows: "그는 ..."). ``snap`` is a knowledge base snapshot
    (``pos_of_sentence``, ``sentence_ids``, ``doc_ids``, ``texts``, ``extraction``)."""
    ex = snap.extraction
    out: list[Passage] = []
    taken: set[str] = set()

    def passage(sid: str, rank: int, score: float, neighbour: bool) -> Passage:
        return passage_at(snap, sid, rank, score, neighbour)

    for rank, h in enumerate(hits[:n]):
        if h.sentence_id in snap.pos_of_sentence and h.sentence_id not in taken:
            taken.add(h.sentence_id)
            out.append(passage(h.sentence_id, rank, h.score, False))
    for rank, h in enumerate(hits[:leads]):
        # the paragraph's first sentence says what a later "그는", "이 회사는" stands for
        pos = snap.pos_of_sentence.get(h.sentence_id)
        s = ex.sentences.get(h.sentence_id)
        if pos is None or s is None:
            continue
        first = pos
        while first > 0 and snap.doc_ids[first - 1] == snap.doc_ids[pos]:
            o = ex.sentences.get(snap.sentence_ids[first - 1])
            if o is None or o.paragraph != s.paragraph:
                break
            first -= 1
        sid = snap.sentence_ids[first]
        if first != pos and sid not in taken:
            taken.add(sid)
            p = passage(sid, rank, h.score, True)
            p.lead = True
            out.append(p)
    for rank, h in enumerate(hits[:neighbours]):
        pos = snap.pos_of_sentence.get(h.sentence_id)
        if pos is None:
            continue
        s = ex.sentences.get(h.sentence_id)
        for other in (pos - 1, pos + 1):
            if not 0 <= other < len(snap.sentence_ids):
                continue
            sid = snap.sentence_ids[other]
            o = ex.sentences.get(sid)
            if sid in taken or snap.doc_ids[other] != snap.doc_ids[pos]:
                continue
            if s is not None and o is not None and o.paragraph != s.paragraph:
                continue
            taken.add(sid)
            out.append(passage(sid, rank, h.score, True))
    return out


@functools.lru_cache(maxsize=1)
def _templates() -> dict:
    with open(Path(__file__).with_name("resources") / "answers.toml", "rb") as f:
        return tomllib.load(f)


def answer_sentence(
    relation: str,
    side: str,
    q_name: str,
    answers: list[str],
    aliases: dict[str, tuple] | None = None,
) -> str:
    """A particle-correct Korean sentence: "Claude를 개발한 곳은 Upstage입니다."."""
    tpl = _templates().get(relation) or _templates()["default"]
    pattern = tpl["subject" if side == "subject" else "object"]
    joined = answers[0] if len(answers) == 1 else ", ".join(answers[:-1]) + " 및 " + answers[-1]
    text = pattern.replace("{q}", q_name).replace("{a}", joined)
    names = {q_name: (aliases or {}).get(q_name, ())}
    names.update({a: (aliases or {}).get(a, ()) for a in answers})
    return fix_particles(text, names)


def unknown_version(q: Question, ex: Extraction) -> str | None:
    """A numbered version of a named thing that the knowledge base does not know ("Claude 2는
    언제 출시됐어?" when only Claude and Claude 3 are entities): what is said of another version
    does not answer it."""
    for eid, _ in q.entities:
        if eid not in ex.entities:
            continue
        for alias in sorted(ex.entities[eid].aliases, key=len, reverse=True):
            pattern = re.escape(alias) + r"\s?\d{1,2}(?:\.\d+)?(?![\d.])"
            m = re.search(pattern, q.text, re.IGNORECASE)
            after = q.text[m.end() :] if m else ""
            units = answer_type_tables()["units"]
            counter = any(after.startswith(u) for k in ("date", "money", "count") for u in units[k])
            if m and not counter and not any(char.isdigit() for char in alias):
                version = q.text[m.start() : m.end()]
                if ex.alias_index.get(name_key(version)) is None:
                    return version
                break
    return None


def _prefer_asked_edge(q: Question, ex: Extraction, edges, support, pooled, key: str) -> str:
    """The reader's pick is an entity the graph links to the asked one by another relation
    (다리오 아모데이 WORKED_AT 오픈AI, asked who he FOUNDED): when an edge of the asked relation
    gives a candidate, that candidate is the answer."""
    if edges is None or key in support or key not in ex.entities:
        return key
    other = any(
        {r.subject, r.object} == {edges[0], key} and r.type != q.relation for r in ex.relations
    )
    given = [k for k in pooled if k in support]
    return max(given, key=lambda k: pooled[k]) if other and given else key


def graph_consensus(q: Question, ex: Extraction, graph) -> str | None:
    """The one entity that the edges of the asked relation give for every entity the question
    names, when it names two or more ("DALL·E, Whisper, Codex는 어느 모델에 통합되었나?" ->
    GPT-4 Turbo, by three INTEGRATED_INTO edges); None otherwise."""
    named = [(eid, p) for eid, p in q.entities if eid in ex.entities]
    if not q.relation or len(named) < 2:
        return None
    common: set[str] | None = None
    for one in named:
        found = graph_edges(replace(q, entities=[one]), ex, graph)
        ids = {ent.id for ent, _, _ in found[1]} if found else set()
        common = ids if common is None else common & ids
    return next(iter(common)) if common and len(common) == 1 else None


def graph_edges(q: Question, ex: Extraction, graph) -> tuple[str, list] | None:
    """The named entity and the edges of the asked relation that answer at it, best first:
    ``(entity id, [(other entity, relation, confidence), ...])``, one entry per other entity.
    Also through VERSION_OF: a question about 'Claude 3' is answered by what holds for
    'Claude'."""
    if not q.relation or not q.entities:
        return None
    from kg.resources import resources

    from .forms import polarity  # forms builds on this module

    frame = resources().frame_of.get(q.relation)
    symmetric = {q.relation} if frame is not None and frame.symmetric else set()
    predicate = set(frame.stems) | set(frame.nouns) if frame is not None else set()

    def stated(rel) -> bool:
        # an edge whose every sentence says it did not happen ("참여하지 않았다") or that others
        # only expect it ("검토하고 있다는 관측") does not answer
        said = [polarity(ev.text, predicate) for ev in rel.evidence]
        return not said or any(v in {"yes", None} for v in said)

    for eid, _ in q.entities:
        if eid not in ex.entities:
            continue
        found = []
        targets = [(eid, 1.0)]
        for _, fam, key in graph.out_edges(eid, keys=True):
            if key == "VERSION_OF":
                targets.append((fam, 0.8))
        for target, factor in targets:
            for rel in ex.relations:
                if rel.type != q.relation or not stated(rel):
                    continue
                sides = []
                if rel.object == target and (q.side == "subject" or rel.type in symmetric):
                    sides.append(rel.subject)
                if rel.subject == target and (q.side == "object" or rel.type in symmetric):
                    sides.append(rel.object)
                for other in sides:
                    if other == eid:
                        continue
                    ent = ex.entities[other]
                    fit = (
                        1.0
                        if not q.expected_type
                        or ent.type == q.expected_type
                        or (q.expected_type == "Company" and "Investor" in ent.roles)
                        else 0.7
                    )
                    found.append((ent, rel, rel.confidence * factor * fit))
        if not found:
            continue
        found.sort(key=lambda f: (-f[2], f[0].id))
        seen, answers = set(), []
        for ent, rel, conf in found:
            if ent.id not in seen:
                seen.add(ent.id)
                answers.append((ent, rel, conf))
        return eid, answers
    return None


def graph_answer(
    q: Question, ex: Extraction, graph, hits_by_sentence, all_hits: list[Hit] = ()
) -> Answer | None:
    """The answer the graph's edges give, with their evidence sentences first."""
    edges = graph_edges(q, ex, graph)
    if edges is None:
        return None
    eid, answers = edges
    evidence = []
    for _, rel, _ in answers:
        for ev in rel.evidence:
            hit = hits_by_sentence(ev.sentence_id)
            if hit and all(h.sentence_id != hit.sentence_id for h in evidence):
                evidence.append(hit)
    # then the best other sentences, so that the reader sees the context too
    for h in all_hits:
        if len(evidence) >= 5:
            break
        if all(e.sentence_id != h.sentence_id for e in evidence):
            evidence.append(h)
    names = [ent.name for ent, _, _ in answers]
    q_name = ex.entities[eid].name
    conf = max(c for *_, c in answers)
    return Answer(
        question=q.text,
        answer=", ".join(names),
        answer_entities=[ent.summary() for ent, _, _ in answers],
        evidence=evidence,
        method="graph",
        confidence=min(0.99, conf),
        sentence=answer_sentence(
            q.relation,
            q.side,
            q_name,
            names,
            {e.name: tuple(e.aliases) for e in [ex.entities[eid]] + [ent for ent, _, _ in answers]},
        ),
        analysis=q.to_dict(),
    )


def _defines(text: str, names: list[str]) -> int:
    """1 when the sentence is about one of the names as a definition does it: the name opens the
    sentence as its topic ("오픈웨이트 형태는 ..."), or a gloss in parentheses follows it
    ("DALL·E(텍스트를 기반으로 이미지를 생성하는 모델)")."""
    for n in names:
        if re.match(re.escape(n) + r"[^\s]{0,3}\s*(은|는|이란|란|이라는|\s\S+[은는])", text):
            return 1
        if re.search(re.escape(n) + r"\([^)]{8,}\)", text):
            return 1
    return 0


def _shares(terms: list[str], text: str) -> bool:
    low = text.casefold()
    return any(t in low for t in terms)


def passage_answer(q: Question, ex: Extraction, hits: list[Hit]) -> Answer:
    """An entity of the expected type from the best sentences; for descriptive questions the
    best sentence itself; nothing when the sentences do not support an answer."""
    none = Answer(
        question=q.text,
        answer=None,
        evidence=hits[:5],
        method="none",
        confidence=0.0,
        analysis=q.to_dict(),
    )
    if not hits:
        return none
    if q.unknown_names and not q.entities:
        return none  # the question is about something this knowledge base never saw
    asked = {eid for eid, _ in q.entities}
    top = hits[0]
    support = top.score
    if support < NO_ANSWER_THRESHOLD and not q.entities:
        return none
    if q.terms and not any(_shares(q.terms, h.text) for h in hits[:3]):
        # nothing near the top says what the question asks about ("업스테이지의 직원 수는?")
        return none
    if q.expected_type and not q.descriptive:
        scores: dict[str, float] = {}
        for rank, h in enumerate(hits[:5]):
            if not (asked & {e["id"] for e in h.entities}) and asked:
                continue
            for e in h.entities:
                if e["id"] in asked:
                    continue
                ent = ex.entities.get(e["id"])
                if ent is None or ent.type != q.expected_type:
                    continue
                scores[ent.id] = scores.get(ent.id, 0.0) + h.score / (1 + rank)
        for words in (q.terms, q.relation_terms):
            if scores and words:
                # keep candidates whose sentence also says what the question asks about
                ok = {e["id"] for h in hits[:5] if _shares(words, h.text) for e in h.entities}
                scores = {k: v for k, v in scores.items() if k in ok}
        if scores:
            best = max(scores, key=lambda k: (scores[k], k))
            ent = ex.entities[best]
            total = sum(scores.values())
            conf = 0.35 + 0.4 * scores[best] / total * min(1.0, support)
            return Answer(
                question=q.text,
                answer=ent.name,
                answer_entities=[ent.summary()],
                evidence=hits[:5],
                method="passage",
                confidence=round(conf, 3),
                sentence=f"{ent.name} (근거 문장에서 찾은 답)",
                analysis=q.to_dict(),
            )
        if q.unknown_names or not q.descriptive:
            return none  # a name of that type was asked for, and no sentence gives one
    if support < NO_ANSWER_THRESHOLD:
        return none
    # a description: the best of the first sentences that shares the most of what is asked,
    # preferring one that defines the thing asked about
    wanted = [w.casefold() for w in q.terms + q.focus]
    names = [a for eid in asked if eid in ex.entities for a in ex.entities[eid].aliases]
    if wanted or names:
        focus = [w.casefold() for w in q.focus]
        overlap = [
            (
                sum(w in h.text.casefold() for w in wanted)
                + sum(w in h.text.casefold() for w in focus)  # what is asked counts twice
                + (1 if asked and h.explain.get("entities") else 0)
                + _defines(h.text, names),
                -i,
            )
            for i, h in enumerate(hits[:5])
        ]
        best = max(range(len(overlap)), key=lambda i: overlap[i])
        if overlap[best][0] > 0:
            top = hits[best]
    return Answer(
        question=q.text,
        answer=top.text,
        answer_entities=[],
        evidence=hits[:5],
        method="passage",
        confidence=round(min(0.8, 0.3 + 0.4 * support), 3),
        sentence=top.text,
        analysis=q.to_dict(),
    )


#: below this calibrated probability no answer is given ("none" with the nearest sentences)
NO_ANSWER_PROBABILITY = 0.15


def _none(q: Question, hits: list[Hit], answer_type: str) -> Answer:
    return Answer(
        question=q.text,
        answer=None,
        evidence=hits[:5],
        method="none",
        confidence=0.0,
        analysis=q.to_dict(),
        answer_type=answer_type,
    )


def _norm_key(text: str) -> str:
    return re.sub(r"[\s\"'《》<>〈〉()‘’“”]", "", text).casefold()


@dataclass
class ReaderInput:
    """What the reader reads for one question: the passages, the question's reading, and
    what the graph and the question's names say about the candidates."""

    reading: QuestionReading
    passages: list[Passage]
    support: dict[str, float]  # entity id -> confidence of a graph edge giving it as answer
    named: set[str]  # entity ids the question names
    named_names: frozenset[str]  # name keys of their aliases
    expected: frozenset[str]  # entity types the answer may have
    edges: tuple | None  # graph_edges(...)

    def candidates(self, model=None) -> list[Candidate]:
        return read(
            self.reading,
            self.passages,
            model,
            self.support,
            self.named,
            self.expected,
            self.named_names,
        )


def reader_input(q: Question, snap, hits: list[Hit], asked: Asked) -> ReaderInput:
    """Gather the passages (best hits, their neighbours, evidence of graph edges that answer)
    and the graph's and the question's hints for the reader."""
    from kg.resources import resources

    ex = snap.extraction
    edges = graph_edges(q, ex, snap.entity_graph)
    support: dict[str, float] = {}
    graph_sids: list[str] = []
    if edges is not None:
        for ent, rel, conf in edges[1]:
            support[ent.id] = max(support.get(ent.id, 0.0), conf)
            graph_sids += [ev.sentence_id for ev in rel.evidence]
    passages = passages_from_hits(snap, hits)
    known = {p.sentence_id: p for p in passages}
    for sid in graph_sids:
        if sid in known:
            known[sid].graph_evidence = True
        elif sid in snap.pos_of_sentence:
            p = passage_at(snap, sid, rank=0, score=hits[0].score if hits else 0.0)
            p.graph_evidence = True
            known[sid] = p
            passages.append(p)
    named = {eid for eid, _ in q.entities}
    names = frozenset(
        name_key(a) for eid in named if eid in ex.entities for a in ex.entities[eid].aliases
    )
    expected: set[str] = set()
    if q.expected_type:
        expected.add(q.expected_type)
        if q.expected_type == "Company":
            expected.add("Organization")
    elif q.relation and q.side:
        frame = resources().frame_of.get(q.relation)
        if frame is not None:
            expected |= set(frame.subject_types if q.side == "subject" else frame.object_types)
    form = question_form(q.tokens, q.text, len(q.entities), asked)
    reading = question_reading(q.tokens, snap.bm25.idf, asked, form)
    return ReaderInput(reading, passages, support, named, names, frozenset(expected), edges)


#: what a candidate of each class may answer, for the kinds that ask for a quantity or a date
_QUANTITY_FITS = {
    "date": {"date", "number"},
    "money": {"money", "number"},
    "number": {"number", "money", "date"},
}


def _fits(asked: Asked, c: Candidate) -> bool:
    """A date, an amount or a count is answered by a candidate of that class only ("직원 수"
    is no 200억원, "투자한 금액" is no Claude)."""
    allowed = _QUANTITY_FITS.get(asked.kind)
    if allowed is None:
        return True
    cls = next((k[5:] for k in c.features if k.startswith("cand=")), "")
    count = answer_type_tables()["units"]["count"]
    if asked.kind == "number" and (asked.unit or asked.head) in count:
        allowed = allowed - {"money"}
    return cls in allowed


def sentence_answer(
    q: Question,
    snap,
    hits: list[Hit],
    hit_for,
    asked: Asked,
    form: str = "factoid",
    model: ReaderModel | None = None,
) -> tuple[Answer, dict[str, float]]:
    """A typed short answer read from the best sentences (search/reader.py), graph edges that
    answer the question counting as one more feature of their candidates: the graph and the
    sentences compete on one scale.  Candidates naming the same entity (or the same words)
    pool their probability.  Returns the answer and its calibration signals."""
    ex = snap.extraction
    ri = reader_input(q, snap, hits, asked)
    passages, support, edges = ri.passages, ri.support, ri.edges
    nothing = {"path=none": 1.0}
    if q.unknown_names and not q.entities:
        texts = " ".join(p.text for p in passages).casefold()
        if not any(n.casefold() in texts for n in q.unknown_names):
            # asked about something this text never names
            return _none(q, hits, asked.kind), nothing
    if unknown_version(q, ex):
        return _none(q, hits, asked.kind), nothing  # "Claude 2" where the text has Claude 3 only
    cands = ri.candidates(model)
    cands = [c for c in cands if _fits(asked, c)]
    if not cands:
        return _none(q, hits, asked.kind), nothing
    pooled: dict[str, float] = {}
    first: dict[str, Candidate] = {}
    for c in cands:
        key = c.entity["id"] if c.entity else _norm_key(c.text)
        pooled[key] = pooled.get(key, 0.0) + c.probability
        first.setdefault(key, c)
    key = max(pooled, key=lambda k: (pooled[k], first[k].score))
    agreed = graph_consensus(q, ex, snap.entity_graph)
    if agreed in pooled:
        key = agreed  # every name the question gives has an edge to it: the graph decides
    reader_pick = key
    key = _prefer_asked_edge(q, ex, edges, support, pooled, key)
    best, probability = first[key], pooled[key]
    graph_decided = key == agreed or key != reader_pick
    if graph_decided:
        probability = max(probability, support.get(key, 0.0))
    runner_up = max((v for k, v in pooled.items() if k != key), default=0.0)
    source = passages[best.passage]
    graph_supported = best.entity is not None and best.entity["id"] in support
    # more than one answer: what a list question asks for, or other graph answers the reader
    # believes too ("앤스로픽에 투자한 기업은?" -> Amazon, Google Cloud)
    keys = [key]
    if form == "list" or graph_supported:
        kind = best.entity["type"] if best.entity else None
        for k in sorted(pooled, key=lambda k: (-pooled[k], k)):
            c = first[k]
            if k == key or c.entity is None or c.entity.get("type") != kind:
                continue
            if graph_decided and k not in support:
                continue  # the graph overruled the reader: only what the graph gives
            floor = 0.3 if form == "list" else 0.5
            if k in support:
                floor = 0.1 if form == "list" else 0.3
            if pooled[k] >= floor * probability:
                keys.append(k)
    items = [first[k] for k in keys]
    ents = [ex.entities.get(c.entity["id"]) if c.entity else None for c in items]
    names = [
        e.name if e is not None and (graph_supported or c.text not in e.aliases) else c.text
        for c, e in zip(items, ents)
    ]
    if form == "list" and graph_supported and edges is not None:
        # every answer the graph states, also those the reader did not reach
        for ent, _, _ in edges[1]:
            if ent.id not in keys and ent.type == best.entity.get("type"):
                keys.append(ent.id)
                ents.append(ent)
                names.append(ent.name)
    evidence: list[Hit] = []
    if graph_supported and edges is not None:
        for ent, rel, _ in edges[1]:
            if ent.id in keys:
                evidence += [h for ev in rel.evidence if (h := hit_for(ev.sentence_id))]
    for c in items:
        if (h := hit_for(passages[c.passage].sentence_id)) is not None:
            evidence.append(h)
    evidence += hits
    seen: set[str] = set()
    evidence = [h for h in evidence if not (h.sentence_id in seen or seen.add(h.sentence_id))]
    sentence = source.text
    if graph_supported and edges is not None:
        eid = edges[0]
        sentence = answer_sentence(
            q.relation,
            q.side,
            ex.entities[eid].name,
            names,
            {e.name: tuple(e.aliases) for e in [ex.entities[eid], *(e for e in ents if e)]},
        )
    signals = {
        "path=reader": 1.0,
        "prior": probability,
        "reader_logit": logit(probability),
        "margin": probability - runner_up,
        "graph": float(graph_supported),
        "graph_decided": float(graph_decided),
        "sent_match": best.features.get("sent_match", 0.0),
        "top_passage": float(source.rank == 0 and not source.neighbour),
        f"form={form}": 1.0,
        f"kind={asked.kind}": 1.0,
        "english": float(q.english),
        "items": float(len(names) - 1),
    }
    ans = Answer(
        question=q.text,
        answer=", ".join(names),
        answer_entities=[e.summary() for e in ents if e is not None],
        evidence=evidence[:5],
        method="graph" if graph_supported else "sentence",
        confidence=round(min(0.99, probability), 3),
        sentence=sentence,
        analysis=q.to_dict(),
        answer_type="list" if form == "list" else asked.kind,
    )
    return ans, signals


def answer(
    q: Question,
    snap,
    hits: list[Hit],
    hit_for,
    model: ReaderModel | None = None,
    calibrate: Calibrator | None = None,
    signals_out: list | None = None,
) -> Answer:
    """Answer a read question from a snapshot and its best hits: yes/no, relation and "before"
    questions by their forms, descriptions by the best sentence, everything else by a typed
    short answer (graph or sentence, one scale).  ``confidence`` is the calibrated probability
    that the answer is right; below NO_ANSWER_PROBABILITY the answer is "none" with the nearest
    sentences.  ``model``/``calibrate`` replace the shipped ones (for fitting); the signals the
    confidence came from are appended to ``signals_out`` when given."""
    ans, signals = _answer(q, snap, hits, hit_for, model)
    signals.update(answer_signals(q, hits, ans))
    if ans.method != "none":
        ans.confidence = round((calibrate or calibrator())(signals), 3)
        if ans.confidence < NO_ANSWER_PROBABILITY and ans.answer_type != "yes_no":
            ans = _none(q, hits, ans.answer_type)
    if signals_out is not None:
        signals_out.append(signals)
    return ans


def answer_signals(q: Question, hits: list[Hit], ans: Answer) -> dict[str, float]:
    """Signals every path reports beside its own: how clearly retrieval found a sentence, how
    long the answer is (a whole sentence is seldom the span asked for), how many names the
    question gives, and whether the answer repeats the question's own words."""
    top = hits[0].score if hits else 0.0
    second = hits[1].score if len(hits) > 1 else 0.0
    text = ans.answer or ""
    key = name_key(text)
    return {
        "top_score": top,
        "top_gap": top - second,
        "answer_chars": math.log1p(len(text)),
        "named": float(min(len(q.entities), 3)),
        "unknown_names": float(bool(q.unknown_names)),
        "in_question": float(bool(key) and key in name_key(q.text)),
    }


def _answer(q: Question, snap, hits, hit_for, model) -> tuple[Answer, dict[str, float]]:
    from .forms import (  # they build on this module
        before_answer,
        free_names,
        relation_answer,
        yes_no_answer,
    )

    asked = read_asked(q.tokens)
    form = question_form(q.tokens, q.text, len(q.entities), asked)
    relation_nouns = answer_type_tables()["forms"]["relation_nouns"]
    if (
        form != "relation"
        and len(q.entities) == 1
        and any(t.form in relation_nouns for t in q.tokens)
        and free_names(q, snap.extraction, [h.text for h in hits])
    ):
        form = "relation"  # "A B 관계" where B is written in the text but is no entity
    if form == "yes_no":
        return yes_no_answer(q, snap, hits, hit_for)
    if form == "relation":
        found = relation_answer(q, snap, hits, hit_for)
        if found is not None:
            return found
    if form == "factoid" and asked.kind in {"where", "company", "organization", "place"}:
        found = before_answer(q, snap, hits, hit_for)
        if found is not None:
            return found
    if q.descriptive or form == "description":
        ans = passage_answer(q, snap.extraction, hits)
        ans.answer_type = "description"
        top = hits[0].score if hits else 0.0
        return ans, {"path=description": 1.0, "prior": ans.confidence, "support": top}
    return sentence_answer(q, snap, hits, hit_for, asked, form, model)
