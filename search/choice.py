"""The reader's answer among its candidates: candidates naming the same entity (or the same
words) pool their probability; a person asked by a title is the one written with it
(titles.py), a name a sentence states the asked relation of wins over one it does not
(stated.py), and the graph overrules or confirms the pick (graph_answers.py).  Besides the pick,
``answer_keys`` gives the other answers a list question, or the graph, adds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .doers import asks_doer, doer_keys
from .duty_fillers import duty_doers
from .graph_answers import graph_consensus, prefer_asked_edge
from .graph_trust import trusted
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .reader_model import ReaderModel, reader_model
from .same_answer import same_answers
from .titles import asked_titles, doer_titles, new_posts, titled, written_names

__all__ = ["Choice", "answer_keys", "choose", "key_of", "kinds_beside", "listed"]


def _norm_key(text: str) -> str:
    return re.sub(r"[\s\"'《》<>〈〉()‘’“”]", "", text).casefold()


def key_of(c: Candidate) -> str:
    """What a candidate pools under: its entity's id, else its normalised words."""
    return c.entity["id"] if c.entity else _norm_key(c.text)


@dataclass
class Choice:
    """The reader's answer among pooled candidates, after the graph had its say."""

    key: str  # entity id, or the normalised words of a candidate that names no entity
    pooled: dict[str, float]  # key -> summed probability of its candidates
    first: dict[str, Candidate]  # key -> its best candidate
    probability: float
    runner_up: float
    graph_decided: bool  # the graph overruled (or confirmed against) the reader's pick
    stated: set[str]  # keys named in sentences that state the asked relation (stated.py)
    titled: set[str]  # the people written with the title the question asks for (titles.py)
    doers: set[str]  # the subjects of the act a "who does it" question asks (doers.py)
    # the keys that write the pick's answer, itself included (same_answer.py); their belief
    # is a calibration signal of its own, not the pick's probability: picking or calibrating
    # by the summed belief lost dev gold answers to a wrong figure the reader wrote three ways
    # ("4개 컨소시엄 선정", "4개 컨소시엄", "4개") and lifted unanswerable ones over 0.8 (calib18)
    same: set[str]
    # key -> its belief with the graph's edges weighed as the rules weigh them
    # (search/graph_trust.py), which the rules' thresholds read; a key missing is its pooled
    trusted: dict[str, float] = field(default_factory=dict)

    def weighed(self, k: str) -> float:
        """The belief the rules' thresholds read for ``k``: its trusted one, the pick's raised
        as its probability is (by the graph's say, or a counted list's items)."""
        belief = self.trusted.get(k, self.pooled[k])
        if k != self.key:
            return belief
        return self.probability * belief / max(self.pooled[k], 1e-12)


def choose(
    q: Question, snap, cands: list[Candidate], ri: ReaderInput, reader: ReaderModel | None = None
) -> Choice:
    """Pool the candidates naming the same entity (or the same words) and pick the most
    probable; an entity that every name in the question reaches by the asked relation, or the
    asked relation's edge instead of a pick linked by another relation, wins (the edge weighed
    as the rules weigh it, search/graph_trust.py, not as ``reader`` does)."""
    ex = snap.extraction
    pooled: dict[str, float] = {}
    first: dict[str, Candidate] = {}
    for c in cands:
        key = key_of(c)
        pooled[key] = pooled.get(key, 0.0) + c.probability
        first.setdefault(key, c)
    same = same_answers(cands, key_of)
    key = max(pooled, key=lambda k: (pooled[k], first[k].score))
    with_title: set[str] = set()
    if ri.reading.asked.kind == "person":
        # "Who is the CTO of X?": the person written with that title
        orgs = frozenset(
            n.casefold()
            for eid, _ in q.entities
            if eid in ex.entities
            for n in (ex.entities[eid].name, *ex.entities[eid].aliases)
        ) | written_names(q.tokens)
        # "새 대표이사로 내정된 사람", "신임 사장": the person named to it, before the one who
        # holds it now ("X 사장 후임에 Y를 내정": Y)
        named_to = titled(cands, ri.passages, new_posts(q.tokens), key_of, named_to=True, orgs=orgs)
        with_title = named_to or titled(cands, ri.passages, asked_titles(q.tokens), key_of)
        if with_title:
            key = max(with_title, key=lambda k: (pooled[k], first[k].score))
    stated = {
        key_of(c)
        for c in cands
        if ri.passages[c.passage].states and c.entity and c.entity.get("type") in ri.expected
    }
    if stated and key not in stated and key not in ri.support:
        key = max(stated, key=lambda k: (pooled[k], first[k].score))  # a sentence states it
    # "설계를 맡은 곳은?": the party written in the asked duty (duty_fillers.py), else the
    # subject of the asked act ("연출 누가 맡아?": of 연출, not of any 맡다)
    duty = duty_doers(ri.reading.asked, q.tokens, cands, ri.passages, key_of, q.spans)
    doers = duty or _doers(q, cands, ri)
    if doers and key not in doers and not _overlaps(first[key], [first[d] for d in doers]):
        # the asked act's subject, as a named thing before a raw span of it ("윤슬텔레콤이")
        key = max(doers, key=lambda k: (first[k].entity is not None, pooled[k], first[k].score))
    elif doers and key not in doers:
        doers.add(key)  # the pick is a doer spelt otherwise ("윤슬텔레콤" of "윤슬텔레콤이")
    agreed = graph_consensus(q, ex, snap.entity_graph)
    if agreed in pooled and not (doers and agreed not in doers):
        key = agreed  # every name the question gives has an edge to it: the graph decides
    reader_pick = key
    beliefs = trusted(pooled, ri.support, reader or reader_model())
    if key not in doers:
        key = prefer_asked_edge(q, ex, ri.edges, ri.support, beliefs, key)
    probability = pooled[key]
    graph_decided = key == agreed or key != reader_pick
    if graph_decided:
        probability = max(probability, ri.support.get(key, 0.0))
    runner_up = max((v for k, v in pooled.items() if k != key), default=0.0)
    return Choice(
        key,
        pooled,
        first,
        probability,
        runner_up,
        graph_decided,
        stated,
        with_title,
        doers,
        same[key],
        beliefs,
    )


#: the kinds of answer that may be the doer of an act (a person, a company, "어디")
_DOER_KINDS = frozenset({"company", "organization", "investor", "where", "person"})


def _doers(q: Question, cands: list[Candidate], ri: ReaderInput) -> set[str]:
    """The candidates that are the subject of the act a "who does it" question asks
    (search/doers.py): "셔틀을 운영하는 회사는?" is no other company of the sentence."""
    asked = ri.reading.asked
    if asked.kind not in _DOER_KINDS:
        return set()
    act, words = asks_doer(q.tokens, asked.wh_index)
    if not act:
        return set()
    doers = doer_keys(cands, ri.passages, act, words, key_of)
    if asked.kind == "person":  # "세원테크 창업주 염동규": the act's doer by the title
        doers |= titled(cands, ri.passages, doer_titles(act), key_of)
    return doers


def _overlaps(c: Candidate, taken: list[Candidate]) -> bool:
    """The candidate's words hold or are held by an answer taken ("오하람 최고기술책임자" beside
    "오하람")."""
    return any(c.text.startswith(t.text) or t.text.startswith(c.text) for t in taken)


def kinds_beside(kind: str | None, expected: frozenset[str]) -> set:
    """The entity types that may stand beside an answer of type ``kind``: the others the
    question expects too (an investor list holds a bank, an Organization, beside companies)."""
    return {kind} | (set(expected) if kind in expected else set())


def answer_keys(
    ch: Choice, form: str, support: dict[str, float], graph_supported: bool, expected=frozenset()
):
    """More than one answer: what a list question asks for, or other graph answers the reader
    believes too ("앤스로픽에 투자한 기업은?" -> Amazon, Google Cloud)."""
    keys = [ch.key]
    best = ch.first[ch.key]
    if form == "list" or graph_supported:
        kinds = kinds_beside(best.entity["type"] if best.entity else None, expected)
        for k in sorted(ch.pooled, key=lambda k: (-ch.pooled[k], k)):
            c = ch.first[k]
            if k in ch.same:
                continue  # the pick written otherwise ("1천억 원 규모" beside "1천억 원")
            fits = c.entity is not None and c.entity.get("type") in kinds
            if form == "list" and k in ch.doers and (fits or c.entity is None):
                if not _overlaps(c, [ch.first[j] for j in keys]):
                    keys.append(k)  # every subject of the asked act ("함께 세운 사람")
                continue
            if not fits:
                continue
            if k in ch.stated and (form == "list" or ch.weighed(k) >= 0.3 * ch.weighed(ch.key)):
                keys.append(k)  # the names the sentences give for the asked relation
                continue
            if ch.graph_decided and k not in support:
                continue  # the graph overruled the reader: only what the graph gives
            if form != "list" and k not in support:
                continue  # one thing asked: besides it only what the graph also gives
            floor = 0.3 if form == "list" else 0.5
            if k in support:
                floor = 0.1 if form == "list" else 0.3
            if ch.weighed(k) >= floor * ch.weighed(ch.key):
                keys.append(k)
    return keys


def listed(ch: Choice, keys: list[str]) -> Choice:
    """The list a question counts ("자회사 두 곳은 어디 어디인가?") answered by that many items
    (search/counted_items.py): the belief of the answer is that of all its items, its runner-up
    the best candidate left out ("두레온커머스" 0.40 and "두레온플레이스" 0.33 are one answer of
    0.73, not one of 0.40 beside a rival of 0.33).  Summing for every list made wrong lists
    confident (dev gold confidently wrong 22 -> 27, answers22): only a counted one."""
    items = [k for k in keys if k in ch.pooled]
    belief = min(1.0, sum(ch.pooled[k] for k in items))
    runner_up = max((v for k, v in ch.pooled.items() if k not in items), default=0.0)
    return replace(ch, probability=max(ch.probability, belief), runner_up=runner_up)
