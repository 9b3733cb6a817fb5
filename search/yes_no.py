"""Yes/no questions (예 / 아니오 / 알 수 없음, with the sentence that decides).

The question's names and its predicate are looked for together in the best sentences and in
the evidence of graph edges.  A sentence that states the predicate answers 예, unless a
negation follows the predicate (아니오: "참여하지 않았다"), others only expect it (알 수 없음:
"검토하고 있다는 관측"), or the subject only weighs it (아니오: "인수를 검토하고 있다").  With no
such sentence, the graph decides: an edge of the asked relation between the names is 예; the
asked slot filled by others only (the investors are Amazon and Google Cloud) is 아니오.

This module holds the order in which the rules are read and forms the answer; the words that
state the asked predicate are search/predicate_words.py, the checks that overrule a found 예
search/overruled_verdicts.py, the graph's edges search/asked_edges.py, the question's words no
entity holds search/unlinked_words.py.
"""

from __future__ import annotations

from dataclasses import replace

from .asked_clause import topic_left_verdict
from .asked_edges import asked_edges, slot_filled
from .asked_figure import figure_verdict
from .asked_predicate import asks_relation, not_yet, timed_nouns
from .comparisons import compared_verdict
from .denials import done_without, needed_without, not_via, unnamed_denial, weighed_instead
from .ever_asked import ever_stated
from .exclusions import excluded_hit
from .graph_answers import answer_templates
from .hit_mentions import mentions
from .later_counts import later_count_hit
from .only_clause import only_verdict
from .other_places import done_elsewhere
from .overruled_verdicts import overruled
from .polarity import polarity
from .predicate_words import predicate_words
from .qualified_edges import qualified_verdict, qualifiers, unqualified_edges
from .question import Question
from .results import Answer, Hit
from .territories import territory_left_out
from .unlinked_words import specific_sentence, unwritten

__all__ = ["polarity", "yes_no_answer"]


def _answer(
    q: Question, verdict: str, evidence: list[Hit], hits, method: str, conf: float, rule: str
) -> tuple[Answer, dict[str, float]]:
    verdict, evidence, conf, rule = overruled(q, verdict, evidence, hits, conf, rule)
    words = {"yes": "예", "no": "아니오", "unstated": "아니오", "unknown": "알 수 없음"}
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
    if not asks_relation(q):
        q = replace(q, relation="")  # "인수 후 ... 사명을 바꾸나?": the acquisition says when
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    aliases = {eid: list(ex.entities[eid].aliases) for eid in named}
    people = {eid: ex.entities[eid].type == "Person" for eid in named}
    predicate = predicate_words(q)

    edges, graph_hits = asked_edges(q, ex, named, hit_for)
    # "시리즈A에도 투자했나?": an edge whose sentences never write the round is about another
    quals = qualifiers(q.tokens, q.spans)
    kept, graph_hits = unqualified_edges(snap, edges, graph_hits, quals)
    quals, edges = (quals if edges and not kept else []), kept

    if (h := needed_without(q.tokens, hits)) is not None:  # "와이파이 연결 없이도 작동한다"
        return _answer(q, "no", [h], hits, "sentence", 0.7, "without")
    if (h := done_without(q.tokens, hits)) is not None:  # "해고 없이 고용을 유지하겠다"
        return _answer(q, "no", [h], hits, "sentence", 0.7, "without")
    if (h := not_via(q.tokens, hits)) is not None:  # "셀 제조사를 거치지 않고 직접"
        return _answer(q, "no", [h], hits, "sentence", 0.7, "not-via")
    if h := ever_stated(q.tokens, hits, lambda h: all(mentions(h, e, aliases[e]) for e in named)):
        return _answer(q, "yes", [h], hits, "sentence", 0.8, "ever")  # "부결된 적이 있나?"
    kinds = {eid: ex.entities[eid].type for eid in named}
    if (read := figure_verdict(q, hits, predicate, kinds, aliases, hit_for)) is not None:
        # "영업이익은 늘었나?" / "영업이익은 12% 감소했다", not the sentence naming the company
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.7, "figure")
    if (read := compared_verdict(q, hits)) is not None:  # "직전 분기보다 높아졌나?" / "낮아졌다"
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.7, "compared")
    if (read := only_verdict(q, hits)) is not None:  # "주말에도 운행하나?" / "주말에는 X만 운행"
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.7, "only")
    if (h := later_count_hit(q.tokens, hits, list(aliases.values()))) is not None:
        return _answer(q, "no", [h], hits, "sentence", 0.7, "later-count")  # "두 번째 주문이다"
    if (h := excluded_hit(q.tokens, hits, predicate)) is not None:
        return _answer(q, "no", [h], hits, "sentence", 0.7, "excluded")  # "한국을 제외한"
    if (h := territory_left_out(q.tokens, hits, predicate)) is not None:  # "日·대만 판권"
        return _answer(q, "no", [h], hits, "sentence", 0.7, "territory")
    if (h := done_elsewhere(q.tokens, hits)) is not None:  # "미국 ... 공장에서 생산된다"
        return _answer(q, "no", [h], hits, "sentence", 0.7, "elsewhere")
    for h in hits if named else []:  # "A를 검토하기도 했지만 ... B를 택했다"
        if mentions(h, named[0], aliases[named[0]], people[named[0]]) and weighed_instead(
            q.tokens, h.text
        ):
            return _answer(q, "no", [h], hits, "sentence", 0.7, "weighed-instead")

    # every noun of the question written and denied right after, the first name left to the
    # article's topic ("합병 이후 인력 감축 계획이 있나?" / "인력 감축 계획이 없다고"): more
    # specific than a sentence that names the things and merely writes a word of the question
    topic = q.spans[:1] if named else []
    if (h := unnamed_denial(q.tokens, hits, predicate, topic)) is not None:
        return _answer(q, "no", [h], hits, "sentence", 0.6, "unnamed-no")

    subject = (named[0], kinds[named[0]]) if named else ("", "")
    on = (
        (lambda h: mentions(h, subject[0], aliases[subject[0]], people[subject[0]]))
        if named
        else None
    )
    if quals and (read := qualified_verdict(snap, hits, quals, predicate, subject, on)) is not None:
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.6, f"qualified-{read[0]}")
    found = specific_sentence(q, ex, named, aliases, predicate, graph_hits + hits)
    if found is not None:
        h, verdict, subject = found
        conf = 0.5 if verdict == "unknown" else 0.8 if subject else 0.7
        return _answer(q, verdict, [h], hits, "sentence", conf, f"specific-{verdict}")

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
            not named or not all(mentions(h, e, aliases[e], people[e]) for e in named[:2])
        ):
            continue
        verdict = polarity(h.text, predicate)
        if verdict is None:
            continue
        if verdict == "yes" and unwritten(q, snap, hits):
            # "본사는 서울 강남구에 있나요?" where the text says 서초구 and never 강남구
            return _answer(q, "no", [h], hits, "sentence", 0.6, "unwritten")
        if verdict == "yes" and edges:
            return _answer(q, "yes", [h], hits, "graph", 0.9, "edge+sentence")
        conf = 0.8 if verdict != "unknown" else 0.5
        return _answer(q, verdict, [h], hits, "sentence", conf, f"sentence-{verdict}")
    if edges and unwritten(q, snap, hits):
        return _answer(q, "no", graph_hits[:1], hits, "graph", 0.6, "unwritten")
    if edges:
        return _answer(q, "yes", graph_hits[:1], hits, "graph", 0.85, "edge")

    # a sentence about the subject alone that denies or only expects the predicate ("대한은행은
    # 이번 라운드에 참여하지 않았다", "누리전자가 추가 투자를 검토하고 있다는 관측"): the article
    # leaves the other name to its topic.  Only 아니오 / 알 수 없음 are read this way; 예 needs both.
    if named:
        # the question's time noun anchors the subject's clause too ("윤 이사는 투자가
        # 마무리되면 회사를 떠나" for "투자 뒤에도 남나?"); only no / unknown are read here
        anchored = predicate | timed_nouns(q.tokens)
        for h in hits:
            if mentions(h, named[0], aliases[named[0]], people[named[0]]):
                verdict = polarity(h.text, anchored)
                if verdict in {"no", "unknown"}:
                    conf = 0.7 if verdict == "no" else 0.5
                    return _answer(q, verdict, [h], hits, "sentence", conf, f"subject-{verdict}")

    ev = slot_filled(q, ex, named, hit_for)
    if ev:
        return _answer(q, "no", ev[:1], hits, "graph", 0.6, "slot-filled")
    # "이미 인증을 받았나?" / "다음 달 한국선급에도 인증을 신청할 예정이다": not yet
    for h in hits[:3] if named else []:
        if any(mentions(h, e, aliases[e], people[e]) for e in named) and not_yet(q.tokens, h.text):
            return _answer(q, "no", [h], hits, "sentence", 0.6, "not-yet")
    # the best sentence, its topic or speaker left unnamed ("모델을 은행 내부 서버에 설치하기로")
    if (read := topic_left_verdict(q, hits, aliases, kinds)) is not None:
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.5, f"topic-left-{read[0]}")
    if (h := _closest(q, snap, hits, aliases, people)) is not None:
        return _answer(q, "unstated", [h], hits, "sentence", 0.5, "nothing")
    return _answer(q, "unknown", [], hits, "sentence", 0.5, "nothing")


def _closest(q: Question, snap, hits: list[Hit], aliases, people) -> Hit | None:
    """The best sentence about the question's names when every name it writes is the
    article's: no sentence says the thing happened, and a reader who asks whether the
    article's own parties did it expects 아니오 (the gold's people did, 97 of 164 times; 알 수
    없음 only 3).  None when it names something the article never writes ("테슬라가 ...?")."""
    if not hits or unwritten(q, snap, hits):
        return None
    about = (h for h in hits if any(mentions(h, e, a, people[e]) for e, a in aliases.items()))
    return next(about, hits[0])
