"""A typed short answer read from the best sentences (search/reader.py), graph edges that
answer the question counting as one more feature of their candidates, and the signals its
confidence is calibrated from; search/qa.py routes every question that no form of its own
answers here::

    ans, signals = sentence_answer(q, snap, hits, hit_for, read_asked(q.tokens))
"""

from __future__ import annotations

import dataclasses

from .anchored_dates import anchored
from .answer_types import Asked
from .appositions import called_apart
from .bullets import row_items
from .calibration import list_signals, logit
from .choice import Choice, answer_keys, choose, key_of, kinds_beside, listed
from .counted_items import asked_count
from .countries import asks_country
from .descriptions import (
    no_answer,
)
from .durations import bounded
from .edge_rows import row_parties
from .event_dates import asks_range
from .figures import figure_ending, whole_figure
from .full_names import in_full
from .graph_answers import (
    answer_sentence,
)
from .hanja_names import spelled_out
from .head_phrases import headed_phrase
from .headline_asks import is_headline
from .list_pieces import without_pieces
from .measure_nouns import asks_hours
from .parent_chains import unit_of
from .period_ranges import period_asked, period_dated
from .place_runs import place_run, widened
from .question import Question
from .reader import Candidate, Passage, ReaderModel
from .reader_input import ReaderInput, reader_input
from .results import Answer, Hit
from .rows import coordinated
from .shown_names import hangul_for, quoted_whole, shown_name
from .sites import sited
from .times_of_day import whole_time
from .typed_candidates import NAME_KINDS as _NAMES
from .typed_candidates import typed_candidates
from .written_ranges import ranged
from .year_parts import with_part

__all__ = ["sentence_answer"]


def _evidence(ri: ReaderInput, items, keys, graph_supported, hits, hit_for) -> list[Hit]:
    """The graph edges' sentences, then the answers' own sentences, then the best hits."""
    evidence: list[Hit] = []
    if graph_supported and ri.edges is not None:
        for ent, rel, _ in ri.edges[1]:
            if ent.id in keys:
                evidence += [h for ev in rel.evidence if (h := hit_for(ev.sentence_id))]
    for c in items:
        if (h := hit_for(ri.passages[c.passage].sentence_id)) is not None:
            evidence.append(h)
    evidence += hits
    seen: set[str] = set()
    return [h for h in evidence if not (h.sentence_id in seen or seen.add(h.sentence_id))]


def _named(q: Question, ex, ri: ReaderInput, items, keys: list[str], form: str, graph_supported):
    """The answers' entities and the names to show (search/shown_names.py): the words read
    when the reader alone found an entity by one of its aliases, else the asker's or the
    article's spelling; for a list the graph answers, every answer it states, also those the
    reader did not reach (``keys`` grows with them), for one asked answer those its graph
    edge's sentence also gives (search/edge_rows.py)."""
    ents = [ex.entities.get(c.entity["id"]) if c.entity else None for c in items]
    names = []
    for c, e in zip(items, ents):
        p = ri.passages[c.passage]
        if e is not None and not q.english and (hangul := hangul_for(e, c.text, p.text)):
            names.append(hangul)  # "누리온클라우드(Nurion Cloud)" read by its gloss
        elif e is None or (not graph_supported and c.text in e.aliases):
            sids = [p.sentence_id for p in ri.passages]
            names.append(quoted_whole(ex, e.id, c.text, sids) if e is not None else c.text)
        else:
            names.append(shown_name(e, q, c.text, ex, [(p.sentence_id, p.text)]))
    if graph_supported and ri.edges is not None:
        kinds = kinds_beside(items[0].entity.get("type"), ri.expected)
        row = row_parties(ri.edges, keys[0])  # one answer asked: its sentence's other parties
        for ent, rel, _ in ri.edges[1]:
            if form != "list" and ent.id not in row:
                continue
            if ent.id not in keys and ent.id not in ri.named and ent.type in kinds:
                keys.append(ent.id)
                ents.append(ent)
                said = [(ev.sentence_id, ev.text) for ev in rel.evidence]
                names.append(shown_name(ent, q, None, ex, said))
    return ents, names


def _reader_signals(q, ch: Choice, source: Passage, graph_supported, form, asked, n) -> dict:
    """What the confidence of a reader's answer is calibrated from (search/calibration.py)."""
    best = ch.first[ch.key]
    second = max((ch.first[k].score for k in ch.pooled if k != ch.key), default=best.score)
    return {
        "path=reader": 1.0,
        # the reader's raw score and its lead tell right from wrong beside the softmax
        # probability (korquad6: AUC 0.787 -> 0.801 on KorQuAD's dev half)
        "reader_score": best.score,
        "reader_gap": best.score - second,
        "prior": ch.probability,
        "reader_logit": logit(ch.probability),
        "margin": ch.probability - ch.runner_up,
        "graph": float(graph_supported),
        "graph_decided": float(ch.graph_decided),
        "sent_match": best.features.get("sent_match", 0.0),
        "top_passage": float(source.rank == 0 and not source.neighbour),
        f"form={form}": 1.0,
        f"kind={asked.kind}": 1.0,
        "english": float(q.english),
        # "한려조선해양 수주잔고": no interrogative types the answer (search/headline_asks.py)
        "headline": float(not q.english and is_headline(q.tokens)),
        "items": float(n - 1),
        "stated": float(ch.key in ch.stated),
        "titled": float(ch.key in ch.titled),
        # the subject of the act a "who does it" question asks (doers.py): picked by that rule
        # even where the reader's belief lies elsewhere
        "doer": float(ch.key in ch.doers),
        # ... against the reader's own favourite: a whole refit with "doer" raised the dev
        # gold's confidently wrong answers 17 -> 27, this weight alone does not (calib18)
        "doer_overruled": float(ch.key in ch.doers and ch.runner_up > ch.probability),
        # the belief of the other spans writing the pick's answer ("1천억 원 규모" beside
        # "1천억 원", search/same_answer.py)
        "same_spans": sum(ch.pooled[k] for k in ch.same if k != ch.key),
    }


#: the kinds of answer no figure gives; a figure of the others ("매출 전망치는?" asks a thing)
#: is answered as its sentence writes it whole
_NOT_FIGURES = _NAMES | {"date", "place"}


def _whole(p: Passage, c: Candidate, name: str) -> str:
    """The candidate's figure as its sentence writes it whole (search/figures.py), or the
    name shown when the two are different words; without the words before the figure."""
    whole = whole_figure(p.text, c.span.start, c.span.end) if c.span is not None else name
    name = whole if name in whole or whole in name else name
    return figure_ending(name) or name  # "전체 매출의 57%" is answered "57%"


def _placed(ri: ReaderInput) -> ReaderInput:
    """The reader's input expecting places ("어디 어디에 있나?" may be read as a company's)."""
    return dataclasses.replace(ri, expected=frozenset({"Place"}))


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
    cands = typed_candidates(q, snap, ri, asked, model)
    if not cands:
        return no_answer(q, hits, asked.kind), {"path=none": 1.0}
    ch = choose(q, snap, cands, ri, model)
    best, probability = ch.first[ch.key], ch.probability
    source = passages[best.passage]
    graph_supported = best.entity is not None and best.entity["id"] in support
    keys = answer_keys(ch, form, support, graph_supported, ri.expected)
    if asked.kind in _NAMES:
        keys = coordinated(ch.key, ch.first, ch.pooled, ri, keys, key_of)
    elif asked.kind == "place" and form == "list":  # the places of one row ("이천과 경남 김해")
        keys = coordinated(ch.key, ch.first, ch.pooled, _placed(ri), keys, key_of)
    if form == "list" and len(keys) == asked_count(q.tokens, asked.head_index) > 1:
        ch = listed(ch, keys)  # "자회사 두 곳": two items, the belief of both
        probability = ch.probability
    items = [ch.first[k] for k in keys]
    ents, names = without_pieces(
        *called_apart(asked.head, ex, *_named(q, ex, ri, items, keys, form, graph_supported))
    )
    evidence = _evidence(ri, items, keys, graph_supported, hits, hit_for)
    sentence = source.text
    if graph_supported and edges is not None:
        named = ex.entities[edges[0]]
        q_name = shown_name(named, q)
        aliases = {n: tuple(e.aliases) for n, e in zip(names, ents) if e is not None}
        aliases[q_name] = tuple(named.aliases)
        sentence = answer_sentence(q.relation, q.side, q_name, names, aliases)
    # both ends asked, or the period itself ("신청 기간은 언제인가?")
    ranges = asked.kind == "date" and (asks_range(q.text) or period_dated(q.text, asked))
    ranges = ranges or (asked.kind == "date" and asks_hours(q.tokens, asked.wh))  # "운영 시간"
    spanned = False  # a range read whole is no one figure of it ("이달 3일부터 28일까지")
    if len(names) == 1 and (ranges or period_asked(asked)):  # or "계약기간은?"
        whole = ranged(source.text, names[0])
        spanned, names = whole != names[0], [whole]
    if asked.kind == "date" and len(names) == 1:  # "3월 말" written "내년 3월 말"
        names = [anchored(source.text, names[0])]
        at = items[0].span.start if items[0] is not None and items[0].span is not None else -1
        names = [with_part(source.text, names[0], at)]  # "2027년 하반기부터 인도된다"
        # "1시" written "오후 1시 12분" (search/times_of_day.py); the day too when 언제 is asked
        names = [whole_time(source.text, names[0], with_day=asked.unit != "시")]
    if asked.kind in {"place", "where"} and len(names) == 1 and not asks_country(asked):
        # "미국 네바다주 … 기지에서"; "어느 나라" asks the country alone ("일본", not "일본 후쿠오카")
        names = [place_run(items[0] and ri.passages[items[0].passage], names[0])]
    if asked.kind in {"place", "where"} and len(names) == 1:  # "광주 빛가람컨벤션센터에서"
        names = [sited(source.text, names[0])]  # (search/sites.py)
    elif asked.kind == "place" and form == "list":  # "어디 어디에 있나?": 경기 이천, 경남 김해
        names = widened([i and ri.passages[i.passage] for i in items], names)
    if form == "list" and items[0].span is not None:
        # one item of a bulleted row found: the row is the list ("▲로테르담 ▲위트레흐트 ▲..."),
        # its words also for the names found in it ("알크마르에" read as one name by the tagger)
        row = row_items(source.text, items[0].span.start)
        if row and all(any(n.startswith(w) for w in row) for n in names):
            names = row
    if (
        asked.kind not in _NOT_FIGURES
        and len(names) == 1
        and items[0].entity is None
        and not spanned
    ):
        # "6000억" is answered "4조 6000억~4조 8000억 원"
        names = [_whole(ri.passages[items[0].passage], items[0], names[0])]
        if items[0].span is not None:  # "6시간 넘게" (search/durations.py)
            names = [bounded(ri.passages[items[0].passage].text, names[0], items[0].span.start)]
    if asked.kind == "thing" and len(names) == 1 and items[0].entity is None and items[0].span:
        # "제시한 안은?": "인상안" is answered "기본급 3% 인상안"
        names = [headed_phrase(ri.passages[items[0].passage], items[0].span, names[0], asked.head)]
    if not q.english:
        names = spelled_out(names)  # "日" is answered 일본 (search/hanja_names.py)
        names = in_full(names, ents)  # "금융위" is answered 금융위원회 (search/full_names.py)
    if asked.kind in _NAMES and len(names) == 1 and items[0].span is not None:
        names = [unit_of(q, ri.passages[items[0].passage], items[0], names[0])]
    signals = _reader_signals(q, ch, source, graph_supported, form, asked, len(names))
    signals.update(list_signals(ch.pooled, keys if form == "list" else []))
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
