"""Yes/no questions (예 / 아니오 / 알 수 없음, with the sentence that decides).

The question's names and its predicate are looked for together in the best sentences and in
the evidence of graph edges.  A sentence that states the predicate answers 예, unless a
negation follows the predicate (아니오: "참여하지 않았다"), others only expect it (알 수 없음:
"검토하고 있다는 관측"), or the subject only weighs it (아니오: "인수를 검토하고 있다").  With no
such sentence, the graph decides: an edge of the asked relation between the names is 예; the
asked slot filled by others only (the investors are Amazon and Google Cloud) is 아니오.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .asked_clause import topic_left_verdict
from .asked_figure import figure_verdict
from .asked_predicate import asks_relation, delayed, not_yet, other_ordinal, timed_nouns
from .comparisons import compared_verdict
from .contrary_cues import against
from .denials import (
    done_without,
    needed_without,
    not_via,
    opposite_stated,
    unnamed_denial,
    weighed_instead,
)
from .ever_asked import ever_stated
from .exclusions import excluded_hit
from .graph_answers import answer_templates
from .later_counts import later_count_hit
from .only_clause import only_verdict
from .other_party import compound_nouns, filled_by_other, share_left_out
from .other_places import done_elsewhere
from .passages import sentence_tokens
from .polarity import polarity
from .qualified_edges import qualified_verdict, qualifiers, unqualified_edges
from .question import Question
from .results import Answer, Hit
from .spans import base_tag
from .surname_references import referred
from .territories import spellings, territory_left_out

__all__ = ["mentions", "polarity", "yes_no_answer"]

#: light verbs and copulas state no predicate of their own
_LIGHT = {"하", "되", "있", "이"}
#: the best sentences read for one that states the asked act's opposite
_OPPOSITE_TOP = 5


def mentions(hit: Hit, eid: str, aliases: list[str], person: bool = False) -> bool:
    """``hit`` names the entity: by id, by an alias, or, for a ``person``, by family name and
    title ("구 전 부원장은" for 구태린)."""
    if any(e["id"] == eid for e in hit.entities):
        return True
    low = name_key(hit.text)
    if any(name_key(a) in low for a in aliases if len(name_key(a)) >= 2):
        return True
    return person and any(referred(hit.text, a) for a in aliases)


def _answer(
    q: Question, verdict: str, evidence: list[Hit], hits, method: str, conf: float, rule: str
) -> tuple[Answer, dict[str, float]]:
    if verdict == "yes" and evidence and not_yet(q.tokens, evidence[0].text):
        verdict, rule = "no", "not-yet"  # "이미 취임했나?" / "다음 달 공식 취임한다"
    if verdict == "yes" and evidence and delayed(q.tokens, evidence[0].text):
        verdict, rule = "no", "delayed"  # "곧바로 통지했어?" / "통지를 열흘 넘게 미뤄"
    if verdict == "yes" and evidence and other_ordinal(q.text, evidence[0].text):
        verdict, rule = "no", "other-ordinal"  # "첫날 발표했나?" / "둘째 날에는 ... 발표한다"
    # read after whichever rule found the sentence, which was sure of 예: modest confidence
    if verdict == "yes" and evidence and _first_time(q, evidence[0].text, _predicate(q)):
        # "투자한 적이 있나?" / "투자하는 것은 이번이 처음이다"
        verdict, rule, conf = "no", "first-time", min(conf, 0.7)
    if verdict in {"yes", "unknown"} and evidence and against(q.text, evidence[0].text):
        # "아무 조건 없이 승인했나?" / "조건부로 승인했다"; "거론됐던 X는 ... 승진에 그쳤다"
        verdict, rule, conf = "no", "contrary", min(conf, 0.6)
    if verdict == "yes" and (h := opposite_stated(q.tokens, _of_no_other(q, hits))) is not None:
        # "교수직을 그만두나?" / another sentence: "교수직을 유지한 채 겸직 형태로"
        verdict, rule, conf, evidence = "no", "opposite", min(conf, 0.6), [h]
    if verdict == "yes" and evidence and _other_party(q, evidence[0]):
        # "A가 주도했나?" / "B가 주도했고 A도 참여했다"
        verdict, rule, conf = "no", "other-party", min(conf, 0.6)
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
    predicate = _predicate(q)

    edges, graph_hits = _asked_edges(q, ex, named, hit_for)
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
    found = _specific(q, ex, named, aliases, predicate, graph_hits + hits)
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
        if verdict == "yes" and _unwritten(q, snap, hits):
            # "본사는 서울 강남구에 있나요?" where the text says 서초구 and never 강남구
            return _answer(q, "no", [h], hits, "sentence", 0.6, "unwritten")
        if verdict == "yes" and edges:
            return _answer(q, "yes", [h], hits, "graph", 0.9, "edge+sentence")
        conf = 0.8 if verdict != "unknown" else 0.5
        return _answer(q, verdict, [h], hits, "sentence", conf, f"sentence-{verdict}")
    if edges and _unwritten(q, snap, hits):
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

    ev = _slot_filled(q, ex, named, hit_for)
    if ev:
        return _answer(q, "no", ev[:1], hits, "graph", 0.6, "slot-filled")
    # "이미 인증을 받았나?" / "다음 달 한국선급에도 인증을 신청할 예정이다": not yet
    for h in hits[:3] if named else []:
        if any(mentions(h, e, aliases[e], people[e]) for e in named) and not_yet(q.tokens, h.text):
            return _answer(q, "no", [h], hits, "sentence", 0.6, "not-yet")
    # the best sentence, its topic or speaker left unnamed ("모델을 은행 내부 서버에 설치하기로")
    kinds = {eid: ex.entities[eid].type for eid in named}
    if (read := topic_left_verdict(q, hits, aliases, kinds)) is not None:
        return _answer(q, read[0], [read[1]], hits, "sentence", 0.5, f"topic-left-{read[0]}")
    if (h := _closest(q, snap, hits, aliases, people)) is not None:
        return _answer(q, "unstated", [h], hits, "sentence", 0.5, "nothing")
    return _answer(q, "unknown", [], hits, "sentence", 0.5, "nothing")


def _of_no_other(q: Question, hits: list[Hit]) -> list[Hit]:
    """The best sentences that name no other thing of the kinds the question names ("A의 B
    인수는 불허했다" is about another deal than "C의 D 인수를 허가했나?")."""
    ids = {eid for eid, _ in q.entities}
    kinds = {e["type"] for h in hits for e in h.entities if e["id"] in ids}
    return [
        h
        for h in hits[:_OPPOSITE_TOP]
        if not any(e["type"] in kinds and e["id"] not in ids for e in h.entities)
    ]


def _closest(q: Question, snap, hits: list[Hit], aliases, people) -> Hit | None:
    """The best sentence about the question's names when every name it writes is the
    article's: no sentence says the thing happened, and a reader who asks whether the
    article's own parties did it expects 아니오 (the gold's people did, 97 of 164 times; 알 수
    없음 only 3).  None when it names something the article never writes ("테슬라가 ...?")."""
    if not hits or _unwritten(q, snap, hits):
        return None
    about = (h for h in hits if any(mentions(h, e, a, people[e]) for e, a in aliases.items()))
    return next(about, hits[0])


def _other_party(q: Question, h: Hit) -> bool:
    """The sentence states the predicate of another of the kind of a question's name."""
    kinds = {e["id"]: e["type"] for e in h.entities}
    named = {eid: kinds[eid] for eid, _ in q.entities if eid in kinds}
    # the question's own words only: "AMD는 투자자인가?" is not denied by "B가 주도했으며 ...
    # AMD도 후속 투자에 나섰다" (주도 is a way of investing, alike, not the asked word)
    words = _own_words(q) | compound_nouns(q.tokens)
    # "A가 공정 설계를 맡나?" / "B는 공정 설계를, A는 부지 조성을 각각 맡는다"
    nouns = {t.form for t in q.tokens if t.tag == "NNG" and len(t.form) >= 2 and _outside(q, t)}
    return (bool(named) and filled_by_other(h.text, h.entities, named, words)) or (
        share_left_out(h.text, h.entities, named, nouns, q.unknown_names)
    )


def _outside(q: Question, t) -> bool:
    """The question's token ``t`` is not part of one of its names, linked or not."""
    linked = any(s <= t.start < e for s, e in q.spans)
    return not linked and not any(t.form in w for w in q.unknown_names)


def _asked_edges(q: Question, ex, named: list[str], hit_for) -> tuple[list, list[Hit]]:
    """The graph's edges of the asked relation between the names, and their sentences."""
    edges = []
    if q.relation and len(named) >= 2:
        pair = set(named[:2])
        edges = [r for r in ex.relations if r.type == q.relation and {r.subject, r.object} == pair]
    return edges, [
        h for r in edges for ev in r.evidence if (h := hit_for(ev.sentence_id)) is not None
    ]


def _specific(q: Question, ex, named, aliases, predicate, hits: list[Hit]):
    """The sentence that writes the question's words no entity holds ("LiveCodeBench에서
    앞섰나?", "SI 부문 매출이 늘었나?") and its other named thing, and states the predicate or
    its opposite: (sentence, verdict, whether it names the subject too) or None.  The subject
    may be left to the paragraph's topic, when the sentence names nothing else of its type
    ("다만 LiveCodeBench에서는 ... 제미나이 2.5 플래시에 뒤졌다"); a sentence about the same
    thing with other words (the graph's "KMMLU에서 ... 앞섰다") does not answer it."""
    words = [w.casefold() for w in q.unknown_names if len(name_key(w)) >= 2]
    if not words or not named:
        return None
    kind = ex.entities[named[0]].type
    for h in dict((h.sentence_id, h) for h in hits).values():
        text = h.text.casefold()
        if not all(_written_word(w, text) for w in words):
            continue
        if not all(mentions(h, eid, aliases[eid]) for eid in named[1:2]):
            continue
        subject = mentions(h, named[0], aliases[named[0]])
        if not subject and any(e["type"] == kind and e["id"] not in named for e in h.entities):
            continue  # another thing of the subject's kind is what the sentence is about
        verdict = polarity(h.text, predicate, opposite_alone=True)
        if verdict is not None:
            return h, verdict, subject
    return None


def _unwritten(q: Question, snap, hits: list[Hit]) -> list[str]:
    """The question's words no entity holds that its article never writes ("강남구" where the
    text says "서울 서초구"): a sentence stating the predicate is about something else.  A
    country written as a headline letter ("中" for 중국) is written."""
    docs = {h.doc_id for h in hits}
    texts = [t.casefold() for t, d in zip(snap.texts, snap.doc_ids) if d in docs]
    auxiliaries = set(answer_type_tables()["forms"]["english_yes_no"])  # "Will ...?" names none
    return [
        w
        for w in q.unknown_names
        if len(name_key(w)) >= 2
        and w.casefold() not in auxiliaries
        and not any(_written_word(s.casefold(), t) for t in texts for s in spellings(w))
    ]


def _written_word(word: str, text: str) -> bool:
    """``word`` is written in ``text`` (both casefolded), a Latin word as a whole word."""
    if word.isascii():
        # letters only bound it: Kiwi reads "GSM8K" as GSM, 8, K
        return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", text) is not None
    return word in text


def _first_time(q: Question, text: str, predicate: set[str]) -> bool:
    """The question asks whether it ever happened ("투자한 적이 있나?") and the sentence calls
    this time the first, after the predicate ("투자하는 것은 이번이 처음이다")."""
    table = answer_type_tables()["yes_no"]
    if not any(t.form in table["experience"] and t.tag == "NNB" for t in q.tokens):
        return False
    forms = [t.form for t in sentence_tokens(text)]
    at = next((i for i, f in enumerate(forms) if f in predicate), len(forms))
    return any(f in table["first_time"] for f in forms[at + 1 :])


def _titles_of_names(q: Question) -> set[str]:
    """The titles written right after a name of the question ("진소라 이사는"): who is asked
    about, not what ("이사" is no predicate)."""
    titles = resources().grammar.titles
    marks = set(answer_type_tables()["roles"]["former_mark"])
    toks = q.tokens
    after = {i + 1 for i, t in enumerate(toks) if any(s < t.end <= e for s, e in q.spans)}
    # a former mark may stand between ("구태린 전 부원장은": 부원장 is who, not what)
    after |= {
        i + 1 for i in after if i < len(toks) and toks[i].tag == "MM" and toks[i].form in marks
    }
    return {toks[i].form for i in after if i < len(toks) and toks[i].form in titles}


def _predicate(q: Question) -> set[str]:
    """The morpheme forms that state what a yes/no question asks: its content words, the asked
    relation's verbs and nouns, its own verbs (light verbs and the titles of names aside)."""
    frame = resources().frame_of.get(q.relation) if q.relation else None
    predicate = _own_words(q)
    if frame is not None:
        predicate |= set(frame.stems) | set(frame.nouns)
    # the words a text states the same predicate with ("투자했나?" / "라운드에 참여한다고")
    alike = answer_type_tables()["yes_no"]["alike"]
    predicate |= {b for x, y in alike for a, b in ((x, y), (y, x)) if a in predicate}
    return predicate - _LIGHT


def _own_words(q: Question) -> set[str]:
    """The question's own content words and verbs, the titles of names and time nouns aside."""
    own = set(q.terms) - _titles_of_names(q) - timed_nouns(q.tokens)
    return (own | {t.form for t in q.tokens if base_tag(t.tag) in {"VV", "VA"}}) - _LIGHT


def _slot_filled(q: Question, ex, named: list[str], hit_for) -> list[Hit]:
    """The evidence that the slot the question asks about is filled, by others of the asked
    kind only (the investors are Amazon and Google Cloud): 아니오.  A company someone worked at
    fills no place asked ("방글라데시 출신인가?" / WORKED_AT Sensoria)."""
    if not q.relation or len(named) < 2:
        return []
    kind = {e: ex.entities[e].type for e in named[:2]}
    others = [
        r
        for r in ex.relations
        if r.type == q.relation
        and (r.subject in named[:2]) != (r.object in named[:2])
        and (
            (r.object == named[1] and ex.entities[r.subject].type == kind[named[0]])
            or (r.subject == named[0] and ex.entities[r.object].type == kind[named[1]])
        )
    ]
    return [h for r in others for e in r.evidence if (h := hit_for(e.sentence_id)) is not None]
