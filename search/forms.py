"""Answers that are not one name: yes/no questions (예 / 아니오 / 알 수 없음, with the sentence
that decides), and how two named things relate ("오픈AI 마이크로소프트 관계" -> the relation and
its sentence).

Yes/no: the question's names and its predicate are looked for together in the best sentences
and in the evidence of graph edges.  A sentence that states the predicate answers 예, unless a
negation follows the predicate (아니오: "참여하지 않았다"), others only expect it (알 수 없음:
"검토하고 있다는 관측"), or the subject only weighs it (아니오: "인수를 검토하고 있다").  With no
such sentence, the graph decides: an edge of the asked relation between the names is 예; the
asked slot filled by others only (the investors are Amazon and Google Cloud) is 아니오.
"""

from __future__ import annotations

import re

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .graph_answers import answer_templates
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .shown_names import shown_name

__all__ = ["before_answer", "free_names", "relation_answer", "yes_no_answer"]

_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|'[^']*'|「[^」]*」")
# morphemes that carry the predicate of a clause (a noun of 하다/되다 counts: 투자, 인수)
_PREDICATE_TAGS = {"NNG", "VV", "VA", "XR", "NNP"}


def _mentions(hit: Hit, eid: str, aliases: list[str]) -> bool:
    if any(e["id"] == eid for e in hit.entities):
        return True
    low = name_key(hit.text)
    return any(name_key(a) in low for a in aliases if len(name_key(a)) >= 2)


def polarity(text: str, predicate: set[str]) -> str | None:
    """How a sentence answers "did it happen?" for a predicate given by its morpheme forms:
    ``yes``, ``no``, ``unknown`` (others only expect it), or None when it does not state the
    predicate.  Quoted speech is left aside.

    >>> polarity("네이버는 이번 라운드에 투자하지 않았다.", {"투자"})
    'no'
    >>> polarity("업계에서는 유한양행이 투자를 검토하고 있다는 관측도 나온다.", {"투자"})
    'unknown'
    >>> polarity("SK텔레콤이 마루에 지분을 투자했다.", {"투자"})
    'yes'
    >>> polarity("하늘소프트의 영업이익은 1120억원으로 5% 줄었다.", {"영업", "이익", "늘"})
    'no'
    >>> polarity("당초 참여가 거론됐던 한국해양과학기술원은 이번 협약에서 빠졌다.", {"참여"})
    'no'
    >>> polarity("언론은 A사가 참여한다고 보도했지만, B사는 “논의한 적 없다”고 밝혔다.", {"참여"})
    'no'
    """
    table = answer_type_tables()["yes_no"]
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    toks = [t for t in sentence_tokens(text) if not any(s <= t.start < e for s, e in quoted)]
    at = next(
        (
            i
            for i, t in enumerate(toks)
            if t.tag.split("-")[0] in _PREDICATE_TAGS and t.form in predicate
        ),
        None,
    )
    if at is None:
        return None
    after = [t.form for t in toks[at + 1 :]]
    if any(f in table["negation"] for f in after):
        return "no"
    if _contradicted(after, table):
        return "no"
    opposite = {b for x, y in table["opposites"] for a, b in ((x, y), (y, x)) if a in predicate}
    if any(f in opposite - predicate for f in after):
        return "no"  # "영업이익은 늘었나?" / "영업이익은 5% 줄어"
    if any(f in table["observation"] for f in after):
        return "unknown"
    if any(f in table["plan"] for f in after):
        return "no"
    return "yes"


def _contradicted(after: list[str], table: dict) -> bool:
    """A report of the predicate the sentence contradicts: "참여한다고 보도했지만, ..."."""
    reported, contrast = set(table.get("reported", [])), set(table.get("contrast", []))
    return any(f in reported and contrast & set(after[i + 1 : i + 4]) for i, f in enumerate(after))


def _answer(
    q: Question, verdict: str, evidence: list[Hit], hits, method: str, conf: float, rule: str
) -> tuple[Answer, dict[str, float]]:
    words = {"yes": "예", "no": "아니오", "unknown": "알 수 없음"}
    tpl = answer_templates()["yes_no"]
    sentence = tpl[verdict].replace("{s}", evidence[0].text) if evidence else tpl["unknown"]
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in evidence)]
    ans = Answer(
        question=q.text,
        answer=words[verdict],
        answer_entities=[],
        evidence=(evidence + rest)[:5],
        method=method,
        confidence=round(conf, 3),
        sentence=sentence,
        analysis=q.to_dict(),
        answer_type="yes_no",
    )
    return ans, {"path=yes_no": 1.0, f"yes_no={rule}": 1.0, "prior": conf}


def yes_no_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict]:
    """예 / 아니오 / 알 수 없음 for "A가 B에 투자했나?", with the sentence that decides."""
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    aliases = {eid: list(ex.entities[eid].aliases) for eid in named}
    predicate = _predicate(q)

    # the graph: an edge of the asked relation between the names
    edges = []
    if q.relation and len(named) >= 2:
        pair = set(named[:2])
        edges = [r for r in ex.relations if r.type == q.relation and {r.subject, r.object} == pair]
    graph_hits = [
        h for r in edges for ev in r.evidence if (h := hit_for(ev.sentence_id)) is not None
    ]

    # sentences that name every named thing and state the predicate
    # (an edge's own evidence counts as naming both: the extractor linked them there, and a
    # wrong edge is caught by the sentence saying "참여하지 않았다")
    seen: set[str] = set()
    graph_sids = {h.sentence_id for h in graph_hits}
    for h in graph_hits + hits:
        if h.sentence_id in seen:
            continue
        seen.add(h.sentence_id)
        if h.sentence_id not in graph_sids and (
            not named or not all(_mentions(h, eid, aliases[eid]) for eid in named[:2])
        ):
            continue
        verdict = polarity(h.text, predicate)
        if verdict is None:
            continue
        if verdict == "yes" and edges:
            return _answer(q, "yes", [h], hits, "graph", 0.9, "edge+sentence")
        conf = 0.8 if verdict != "unknown" else 0.5
        return _answer(q, verdict, [h], hits, "sentence", conf, f"sentence-{verdict}")
    if edges:
        return _answer(q, "yes", graph_hits[:1], hits, "graph", 0.85, "edge")

    # a sentence about the subject alone that denies or only expects the predicate ("대한은행은
    # 이번 라운드에 참여하지 않았다", "누리전자가 추가 투자를 검토하고 있다는 관측"): the article
    # leaves the other name to its topic.  Only 아니오 / 알 수 없음 are read this way; 예 needs both.
    if named:
        for h in hits:
            if _mentions(h, named[0], aliases[named[0]]):
                verdict = polarity(h.text, predicate)
                if verdict in {"no", "unknown"}:
                    conf = 0.7 if verdict == "no" else 0.5
                    return _answer(q, verdict, [h], hits, "sentence", conf, f"subject-{verdict}")

    ev = _slot_filled(q, ex, named, hit_for)
    if ev:
        return _answer(q, "no", ev[:1], hits, "graph", 0.6, "slot-filled")
    return _answer(q, "unknown", [], hits, "sentence", 0.5, "nothing")


def _predicate(q: Question) -> set[str]:
    """The morpheme forms that state what a yes/no question asks: its content words, the asked
    relation's verbs and nouns, its own verbs (light verbs aside)."""
    frame = resources().frame_of.get(q.relation) if q.relation else None
    predicate = set(q.terms)
    if frame is not None:
        predicate |= set(frame.stems) | set(frame.nouns)
    predicate |= {t.form for t in q.tokens if t.tag.split("-")[0] in {"VV", "VA"}}
    return predicate - {"하", "되", "있", "이"}


def _slot_filled(q: Question, ex, named: list[str], hit_for) -> list[Hit]:
    """The evidence that the slot the question asks about is filled, by others only (the
    investors are Amazon and Google Cloud): 아니오."""
    if not q.relation or len(named) < 2:
        return []
    others = [
        r
        for r in ex.relations
        if r.type == q.relation
        and (r.subject in named[:2]) != (r.object in named[:2])
        and (r.object == named[1] or r.subject == named[0])
    ]
    return [h for r in others for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]


def free_names(q: Question, ex, texts: list[str]) -> list[str]:
    """Words of the question that name something the knowledge base has no entity for but
    the given texts spell out ("바람솔루션 한빛물류 관계": 한빛물류, written in the article
    though the extractor made no entity of it).  Relation nouns and linked names are left out."""
    rel_nouns = set(answer_type_tables()["forms"]["relation_nouns"])
    linked = {
        name_key(a) for eid, _ in q.entities if eid in ex.entities for a in ex.entities[eid].aliases
    }
    body = name_key(" ".join(texts))
    out = []
    for m in re.finditer(r"\S+", q.text):
        toks = [t for t in q.tokens if m.start() <= t.start < m.end()]
        nominal = [t for t in toks if t.tag in {"NNG", "NNP", "SL", "SN", "SH"}]
        if not nominal or all(t.form in rel_nouns for t in nominal):
            continue
        word = q.text[m.start() : max(t.end for t in nominal)]
        key = name_key(word)
        if len(key) < 2 or key in linked or any(k and (k in key or key in k) for k in linked):
            continue
        if key in body:
            out.append(word)
    return out


def _sentence_relation(q: Question, ex, hits: list[Hit], named: list[str], other: str):
    """The best sentence naming a linked entity and a free name (see free_names)."""
    aliases = list(ex.entities[named[0]].aliases)
    both = [
        h for h in hits if _mentions(h, named[0], aliases) and name_key(other) in name_key(h.text)
    ]
    if not both:
        return None
    rest = [h for h in hits if h.sentence_id != both[0].sentence_id]
    return Answer(
        question=q.text,
        answer=both[0].text,
        answer_entities=[ex.entities[named[0]].summary()],
        evidence=[both[0], *rest][:5],
        method="sentence",
        confidence=0.5,
        sentence=both[0].text,
        analysis=q.to_dict(),
        answer_type="relation",
    ), {"path=relation": 1.0, "relation=sentence": 1.0, "prior": 0.5}


def _edge_relation(q: Question, ex, pair, edges, hits, hit_for) -> tuple[Answer, dict]:
    """The graph's edges between two named things (``pair``, as the question names them), the
    most confident first, with the sentences that state them."""
    labels = answer_templates()["labels"]
    best = edges[0]
    ev = [h for r in edges for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
    kinds = []
    for r in edges:
        label = f"{labels.get(r.type, r.type)} ({r.type})"
        if label not in kinds:
            kinds.append(label)
    said = ev[0].text if ev else ""
    said_in = [(e.sentence_id, e.text) for e in best.evidence]
    subject, obj = (
        shown_name(ex.entities[i], q, None, ex, said_in) for i in (best.subject, best.object)
    )
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in ev)]
    conf = min(0.95, best.confidence)
    signals = {"path=relation": 1.0, "relation=edge": 1.0, "prior": conf}
    return Answer(
        question=q.text,
        answer=", ".join(kinds) + (f": {said}" if said else ""),
        answer_entities=[ex.entities[pair[0]].summary(), ex.entities[pair[1]].summary()],
        evidence=(ev + rest)[:5],
        method="graph",
        confidence=round(conf, 3),
        sentence=f"{subject} {best.type} {obj}" + (f" — {said}" if said else ""),
        analysis=q.to_dict(),
        answer_type="relation",
    ), signals


def _path_relation(q: Question, snap, a: str, b: str, hits, hit_for):
    """A path of edges between two named things, each step with its first sentence."""
    from networkx import NetworkXNoPath

    from kg.queries import shortest_path

    ex = snap.extraction
    try:
        path = shortest_path(snap.entity_graph, a, b)
    except (NetworkXNoPath, KeyError):  # no path, or an id the graph view lacks
        path = []
    if not path:
        return None

    def name(eid: str, h: dict) -> str:
        said = [(e["sentence_id"], e.get("text", "")) for e in h["evidence"]]
        return shown_name(ex.entities[eid], q, None, ex, said)

    steps = [f"{name(h['from'], h)} -{h['type']}- {name(h['to'], h)}" for h in path]
    ev = [
        hh for h in path for e in h["evidence"][:1] if (hh := hit_for(e["sentence_id"])) is not None
    ]
    return Answer(
        question=q.text,
        answer=" / ".join(steps),
        answer_entities=[ex.entities[a].summary(), ex.entities[b].summary()],
        evidence=(ev + hits)[:5],
        method="graph",
        confidence=0.4,
        sentence="; ".join(steps),
        analysis=q.to_dict(),
        answer_type="relation",
    ), {"path=relation": 1.0, "relation=path": 1.0, "prior": 0.4}


def relation_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """How two named things relate: the graph's edges between them, else the best sentence
    naming both, else a path of edges; None when nothing connects them."""
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities][:2]
    if len(named) == 1:
        other = free_names(q, ex, [h.text for h in hits])
        return _sentence_relation(q, ex, hits, named, other[0]) if other else None
    if len(named) < 2:
        return None
    a, b = named
    edges = sorted(
        (r for r in ex.relations if {r.subject, r.object} == {a, b}),
        key=lambda r: (-r.confidence, r.type),
    )
    if edges:
        return _edge_relation(q, ex, (a, b), edges, hits, hit_for)
    aliases = {eid: list(ex.entities[eid].aliases) for eid in named}
    both = [h for h in hits if all(_mentions(h, eid, aliases[eid]) for eid in named)]
    if both:
        rest = [h for h in hits if h.sentence_id != both[0].sentence_id]
        return Answer(
            question=q.text,
            answer=both[0].text,
            answer_entities=[ex.entities[a].summary(), ex.entities[b].summary()],
            evidence=[both[0], *rest][:5],
            method="sentence",
            confidence=0.6,
            sentence=both[0].text,
            analysis=q.to_dict(),
            answer_type="relation",
        ), {"path=relation": 1.0, "relation=sentence": 1.0, "prior": 0.6}
    return _path_relation(q, snap, a, b, hits, hit_for)


def before_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """Where someone was before founding a company ("앤스로픽 창업자는 회사 세우기 전에 어디
    있었어?"): the person's WORKED_AT edges, leaving out what they founded.  The person is named,
    or is the founder of the named company.  None when the question is not of this form or the
    graph does not know."""
    forms = answer_type_tables()["forms"]
    words = [t.form.lower() for t in q.tokens]
    if not any(w in forms["before_words"] for w in words):
        return None
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    people = [eid for eid in named if ex.entities[eid].type == "Person"]
    if not people and any(w in forms["founder_nouns"] for w in words):
        people = sorted(
            {r.subject for r in ex.relations if r.type == "FOUNDED" and r.object in named}
        )
    if not people:
        return None
    founded = {r.object for r in ex.relations if r.type == "FOUNDED" and r.subject in people}
    worked = [
        r
        for r in ex.relations
        if r.type == "WORKED_AT"
        and r.subject in people
        and r.object not in founded
        and r.object not in named
    ]
    if not worked:
        return None
    worked.sort(key=lambda r: (-r.confidence, r.object))
    places = list(dict.fromkeys(r.object for r in worked))
    ev = [h for r in worked for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
    rest = [h for h in hits if all(h.sentence_id != e.sentence_id for e in ev)]
    said = [(e.sentence_id, e.text) for r in worked for e in r.evidence]
    person = shown_name(ex.entities[people[0]], q, None, ex, said)
    names = [shown_name(ex.entities[p], q, None, ex, said) for p in places]
    conf = min(0.95, worked[0].confidence)
    return Answer(
        question=q.text,
        answer=", ".join(names),
        answer_entities=[ex.entities[p].summary() for p in places],
        evidence=(ev + rest)[:5],
        method="graph",
        confidence=round(conf, 3),
        sentence=f"{person}의 이전 소속은 {', '.join(names)}입니다.",
        analysis=q.to_dict(),
        answer_type="company",
    ), {"path=before": 1.0, "prior": conf}
