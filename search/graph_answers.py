"""What the knowledge graph says to a question: the edges of the asked relation at the entity
the question names, the entity every named one agrees on, and the Korean sentence that states
an answer ("Claude를 개발한 곳은 Anthropic입니다.")."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from kg.josa import fix_particles
from kg.names import name_key
from kg.resolve import Extraction

from .answer_types import answer_type_tables
from .asked_items import edge_fits, item_words
from .business_asks import asks_business, business_fits
from .current_acts import asks_current, current_fits
from .edge_years import asked_years, year_fits
from .located_things import located_thing, placed_with
from .polarity import polarity
from .question import Question
from .resource_tables import resource_table
from .titles import holds_post, written_posts

__all__ = [
    "answer_sentence",
    "answer_templates",
    "graph_consensus",
    "graph_edges",
    "prefer_asked_edge",
    "unknown_version",
]


@functools.lru_cache(maxsize=1)
def answer_templates() -> dict:
    return resource_table("answers.toml")


def answer_sentence(
    relation: str,
    side: str,
    q_name: str,
    answers: list[str],
    aliases: dict[str, tuple] | None = None,
) -> str:
    """A particle-correct Korean sentence: "Claude를 개발한 곳은 Upstage입니다."."""
    tpl = answer_templates().get(relation) or answer_templates()["default"]
    pattern = tpl["subject" if side == "subject" else "object"]
    joined = answers[0] if len(answers) == 1 else ", ".join(answers[:-1]) + " 및 " + answers[-1]
    text = pattern.replace("{q}", q_name).replace("{a}", joined)
    names = {q_name: (aliases or {}).get(q_name, ())}
    names.update({a: (aliases or {}).get(a, ()) for a in answers})
    return fix_particles(text, names)


def _glued_word(t) -> bool:
    """A Hangul word of its own ("공장", "고로" of "2고로"), no particle, ending or copula, nor
    a bound noun (a counter: "2위" is a rank, read by the counter tables)."""
    own = not t.tag.startswith(("J", "E", "VC", "NNB"))
    return re.match(r"[가-힣]", t.form) is not None and own


def unknown_version(q: Question, ex: Extraction) -> str | None:
    """A numbered version of a named thing that the knowledge base does not know ("Claude 2는
    언제 출시됐어?" when only Claude and Claude 3 are entities): what is said of another version
    does not answer it.  A number with a noun glued to it is a numbered part of the named one
    ("세진머티리얼즈 2공장은", "한빛 3호기"), not a version."""
    for eid, _ in q.entities:
        if eid not in ex.entities:
            continue
        for alias in sorted(ex.entities[eid].aliases, key=len, reverse=True):
            # "마루10.7B": the letters glued to the number are the version's ("10.7B"); a
            # number a range sign follows opens a range of figures ("X 1~3분기 누적 영업손실")
            pattern = re.escape(alias) + r"\s?\d{1,2}(?:\.\d+)?(?![\d.]|\s?[~∼〜])[A-Za-z]*"
            m = re.search(pattern, q.text, re.IGNORECASE)
            after = q.text[m.end() :] if m else ""
            units = answer_type_tables()["units"]
            counter = any(
                after.startswith(u) for k in ("date", "money", "count", "period") for u in units[k]
            )
            # "세진머티리얼즈 2공장", "2고로": a word glued to the number names a numbered part,
            # no version ("Claude 2는": a particle)
            part = any(t.start == m.end() and _glued_word(t) for t in q.tokens) if m else False
            if m and not counter and not part and not any(char.isdigit() for char in alias):
                version = q.text[m.start() : m.end()]
                if ex.alias_index.get(name_key(version)) is None:
                    return version
                break
    return None


def prefer_asked_edge(q: Question, ex: Extraction, edges, support, pooled, key: str) -> str:
    """The reader's pick is an entity the graph links to the asked one by another relation
    (다리오 아모데이 WORKED_AT 오픈AI, asked who he FOUNDED): when an edge of the asked relation
    gives a candidate, that candidate is the answer.  So is it when the graph links the pick to
    the asked one not at all (or by an edge of the asked relation that gives it no support) and
    the reader believed the given candidate half as much (메타의
    라마, asked who developed 라마: 오픈AI of a nearby sentence 0.38, 메타 0.37), or believed its
    own pick less than even while the edge is sure (``SURE_EDGE``: "Claude 3는 어떤 모델의
    버전인가요?" is Claude by a VERSION_OF edge at 0.9, not GPT of "GPT 모델에 견줄 만한" at
    0.36).  ``pooled`` are the beliefs as the rules weigh the graph (search/graph_trust.py)."""
    if edges is None or key in support or key not in ex.entities:
        return key
    # an edge of the asked relation at the pick that gives no support answers another item or
    # year (asked_items.py, edge_years.py): no link ("구름길투어와 업무협약을 맺은 곳은?" is no
    # partner of the 송객 제휴 written the year before)
    linked = [
        r.type
        for r in ex.relations
        if {r.subject, r.object} == {edges[0], key} and r.type != q.relation
    ]
    given = [k for k in pooled if k in support]
    if not given:
        return key
    best = max(given, key=lambda k: pooled[k])
    other = bool(linked)
    sure = support[best] >= SURE_EDGE and pooled[key] < 0.5
    return best if other or (not linked and (pooled[best] >= 0.5 * pooled[key] or sure)) else key


#: an edge of the asked relation this confident outweighs a reader's pick it believes under 0.5
#: that the graph does not link to the asked entity
SURE_EDGE = 0.8


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

    frame = resources().frame_of.get(q.relation)
    symmetric = {q.relation} if frame is not None and frame.symmetric else set()
    # "연구센터 센터장은 누가 맡아?": an employee of another post does not answer
    posts = written_posts(q.tokens) if q.relation == "WORKED_AT" else set()
    predicate = set(frame.stems) | set(frame.nouns) if frame is not None else set()
    # "터빈을 공급하는 회사는?": an edge whose sentences supply another thing does not answer
    # (search/asked_items.py)
    items = item_words(q)
    years = asked_years(q.tokens)  # "2024년에 인수를 추진했다가": no edge of this year's deal
    # "이번에 투자한 곳": no "투자를 받은 바 있다" (current_acts.py); "공급해 온 식품업체": no
    # 식약처 (business_asks.py)
    current, business = asks_current(q.tokens), asks_business(q.tokens)

    def stated(rel) -> bool:
        # an edge whose every sentence says it did not happen ("참여하지 않았다") or that others
        # only expect it ("검토하고 있다는 관측") does not answer
        said = [polarity(ev.text, predicate) for ev in rel.evidence]
        return not said or any(v in {"yes", None} for v in said)

    for eid, _ in q.entities:
        if eid not in ex.entities:
            continue
        found = []
        # "컨테이너 터미널은 어느 도시에": no edge of where the company sits (located_things.py)
        located = q.relation == "LOCATED_IN"
        thing = located_thing(q.text, q.tokens, ex.entities[eid].aliases) if located else ""
        targets = [(eid, 1.0)]
        for _, fam, key in graph.out_edges(eid, keys=True):
            if key == "VERSION_OF":
                targets.append((fam, 0.8))
        for target, factor in targets:
            for rel in ex.relations:
                if rel.type != q.relation:
                    continue
                sides = []
                if rel.object == target and (q.side == "subject" or rel.type in symmetric):
                    sides.append(rel.subject)
                if rel.subject == target and (q.side == "object" or rel.type in symmetric):
                    sides.append(rel.object)
                for other in sides if sides and stated(rel) else []:
                    if other == eid or not holds_post(rel.role, posts):
                        continue
                    if not edge_fits(ex, rel, other, items):
                        continue
                    if not placed_with(ex, rel, other, thing) or not year_fits(ex, rel, years):
                        continue
                    if not current_fits(rel, current):
                        continue
                    ent = ex.entities[other]
                    if not business_fits(ent, business):
                        continue
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
