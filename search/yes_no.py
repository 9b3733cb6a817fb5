"""Yes/no questions (예 / 아니오 / 알 수 없음, with the sentence that decides).

The question's names and its predicate are looked for together in the best sentences and in
the evidence of graph edges.  A sentence that states the predicate answers 예, unless a
negation follows the predicate (아니오: "참여하지 않았다"), others only expect it (알 수 없음:
"검토하고 있다는 관측"), or the subject only weighs it (아니오: "인수를 검토하고 있다").  With no
such sentence, the graph decides: an edge of the asked relation between the names is 예; the
asked slot filled by others only (the investors are Amazon and Google Cloud) is 아니오.
Last, a sentence that plainly states the asked act with the question's things overrules a
아니오 read from a sentence that denies something else
(search/act_sentences.py: "주말과 공휴일에는 소아응급실을 24시간 운영한다" over "평일 밤에는
소아 응급환자를 받지 않기로 했다" for "주말에는 … 운영하나?").

This module holds the order in which the rules are read and forms the answer; the words that
state the asked predicate are search/predicate_words.py, the checks that overrule a found 예
search/overruled_verdicts.py, the graph's edges search/asked_edges.py, the question's words no
entity holds search/unlinked_words.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .act_sentences import act_denied, act_sentence, writes_act
from .amount_owners import other_owner
from .asked_amounts import other_amount
from .asked_clause import topic_left_verdict
from .asked_edges import asked_edges, slot_filled
from .asked_figure import figure_verdict
from .asked_predicate import asks_relation, not_yet, timed_nouns
from .comparisons import compared_verdict
from .denials import done_without, needed_without, not_via, unnamed_denial, weighed_instead
from .event_polarity import event_verdict
from .ever_asked import ever_stated
from .exclusions import excluded_hit
from .figure_thresholds import threshold_verdict
from .first_claims import first_verdict
from .graph_answers import answer_templates
from .hit_mentions import mentions
from .later_counts import later_count_hit
from .only_clause import only_verdict
from .other_places import done_elsewhere
from .overruled_verdicts import overruled
from .pair_subjects import pair_subject
from .passing_verbs import passing_verdict
from .pending_acts import pending_verdict
from .polarity import polarity
from .predicate_words import predicate_words
from .qualified_edges import qualified_verdict, qualifiers, unqualified_edges
from .question import Question
from .restricted_asks import restricted_verdict
from .results import Answer, Hit
from .stated_intents import intent_verdict
from .territories import territory_left_out
from .unlinked_words import specific_sentence, unwritten

__all__ = ["polarity", "yes_no_answer"]


# a reader step's verdict: (yes | no | unstated | unknown, the deciding sentences, method,
# confidence, the rule that read it)
_Read = tuple[str, list[Hit], str, float, str]


@dataclass(frozen=True)
class _Asked:
    """What every reader step reads: the question, its known names (with their aliases and
    types), the predicate's words, the best sentences, and the graph's
    edges of the asked relation (with their sentences, and the qualifiers they never write)."""

    q: Question
    snap: object
    hits: list[Hit]
    hit_for: Callable
    named: list[str]
    aliases: dict[str, list[str]]
    kinds: dict[str, str]
    predicate: set[str]
    edges: list
    graph_hits: list[Hit]
    quals: list[str]

    def subject(self) -> tuple[str, list[str], str] | None:
        """The question's first name (id, aliases, type), the one its claims are about."""
        return (e, self.aliases[e], self.kinds[e]) if (e := next(iter(self.named), "")) else None

    def about(self, h: Hit, eid: str) -> bool:
        """Whether sentence ``h`` names entity ``eid`` (a person by a part of the name too; one
        of a question's two names by "두 회사는", "양사는")."""
        if mentions(h, eid, self.aliases[eid], self.kinds[eid] == "Person"):
            return True
        return len(self.named) == 2 and self.kinds[eid] != "Person" and pair_subject(h.text)


def _asked(q: Question, snap, hits: list[Hit], hit_for) -> _Asked:
    ex = snap.extraction
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    aliases = {eid: list(ex.entities[eid].aliases) for eid in named}
    predicate = predicate_words(q)
    edges, graph_hits = asked_edges(q, ex, named, hit_for)
    # "시리즈A에도 투자했나?": an edge whose sentences never write the round is about another
    quals = qualifiers(q.tokens, q.spans)
    kept, graph_hits = unqualified_edges(snap, edges, graph_hits, quals)
    return _Asked(
        q=q,
        snap=snap,
        hits=hits,
        hit_for=hit_for,
        named=named,
        aliases=aliases,
        kinds={eid: ex.entities[eid].type for eid in named},
        predicate=predicate,
        edges=kept,
        graph_hits=graph_hits,
        quals=quals if edges and not kept else [],
    )


def _denied(find: Callable[[_Asked], Hit | None], conf: float, rule: str):
    """A step that answers 아니오 with the sentence ``find`` returns."""
    return lambda a: None if (h := find(a)) is None else ("no", [h], "sentence", conf, rule)


def _read(find: Callable[[_Asked], tuple[str, Hit] | None], conf: float, rule: str):
    """A step that answers the verdict ``find`` returns with its sentence; ``rule`` may hold
    {verdict}."""
    return lambda a: (
        None
        if (r := find(a)) is None
        else (r[0], [r[1]], "sentence", conf, rule.format(verdict=r[0]))
    )


def _ever(a: _Asked) -> _Read | None:
    """A sentence that names every name and says it ever happened ("부결된 적이 있나?")."""
    h = ever_stated(
        a.q.tokens, a.hits, lambda h: all(mentions(h, e, a.aliases[e]) for e in a.named)
    )
    return None if h is None else ("yes", [h], "sentence", 0.8, "ever")


def _weighed_instead(a: _Asked) -> _Read | None:
    """The first name only weighed, another chosen ("A를 검토하기도 했지만 ... B를 택했다")."""
    for h in a.hits if a.named else []:
        if a.about(h, a.named[0]) and weighed_instead(a.q.tokens, h.text):
            return "no", [h], "sentence", 0.7, "weighed-instead"
    return None


def _unnamed_denial(a: _Asked) -> _Read | None:
    """Every noun of the question written and denied right after, the first name left to the
    article's topic ("합병 이후 인력 감축 계획이 있나?" / "인력 감축 계획이 없다고"): more specific
    than a sentence that names the things and merely writes a word of the question."""
    topic = a.q.spans[:1] if a.named else []
    h = unnamed_denial(a.q.tokens, a.hits, a.predicate, topic)
    return None if h is None else ("no", [h], "sentence", 0.6, "unnamed-no")


def _qualified(a: _Asked) -> _Read | None:
    """The edges were dropped for a qualifier their sentences never write: the sentences read."""
    if not a.quals:
        return None
    subject = (a.named[0], a.kinds[a.named[0]]) if a.named else ("", "")
    on = (lambda h: a.about(h, a.named[0])) if a.named else None
    read = qualified_verdict(a.snap, a.hits, a.quals, a.predicate, subject, on)
    return None if read is None else (read[0], [read[1]], "sentence", 0.6, f"qualified-{read[0]}")


def _specific(a: _Asked) -> _Read | None:
    """The sentence that writes the question's words no entity holds (unlinked_words)."""
    ex = a.snap.extraction
    found = specific_sentence(a.q, ex, a.named, a.aliases, a.predicate, a.graph_hits + a.hits)
    if found is None:
        return None
    h, verdict, names_subject = found
    conf = 0.5 if verdict == "unknown" else 0.8 if names_subject else 0.7
    return verdict, [h], "sentence", conf, f"specific-{verdict}"


def _stated(a: _Asked) -> _Read | None:
    """The first sentence that names every named thing and states the predicate (an edge's own
    evidence counts as naming both: the extractor linked them there, and a wrong edge is caught
    by the sentence saying "참여하지 않았다")."""
    seen: set[str] = set()
    graph_sids = {h.sentence_id for h in a.graph_hits}
    for h in a.graph_hits + a.hits:
        if h.sentence_id in seen:
            continue
        seen.add(h.sentence_id)
        if h.sentence_id not in graph_sids and (
            not a.named or not all(a.about(h, e) for e in a.named[:2])
        ):
            continue
        verdict = polarity(h.text, a.predicate)
        if verdict is None:
            continue
        if verdict == "yes" and unwritten(a.q, a.snap, a.hits):
            # "본사는 서울 강남구에 있나요?" where the text says 서초구 and never 강남구
            return "no", [h], "sentence", 0.6, "unwritten"
        if verdict == "yes" and a.edges:
            return "yes", [h], "graph", 0.9, "edge+sentence"
        conf = 0.8 if verdict != "unknown" else 0.5
        return verdict, [h], "sentence", conf, f"sentence-{verdict}"
    return None


def _edge(a: _Asked) -> _Read | None:
    """An edge of the asked relation between the names, no sentence stating it: 예, unless the
    question writes what the article never does."""
    if not a.edges:
        return None
    if unwritten(a.q, a.snap, a.hits):
        return "no", a.graph_hits[:1], "graph", 0.6, "unwritten"
    return "yes", a.graph_hits[:1], "graph", 0.85, "edge"


def _subject_alone(a: _Asked) -> _Read | None:
    """A sentence about the subject alone that denies or only expects the predicate ("대한은행은
    이번 라운드에 참여하지 않았다", "누리전자가 추가 투자를 검토하고 있다는 관측"): the article
    leaves the other name to its topic.  Only 아니오 / 알 수 없음 are read this way; 예 needs
    both.  The question's time noun anchors the subject's clause too ("윤 이사는 투자가
    마무리되면 회사를 떠나" for "투자 뒤에도 남나?")."""
    if not a.named:
        return None
    anchored = a.predicate | timed_nouns(a.q.tokens)
    for h in a.hits:
        if a.about(h, a.named[0]):
            verdict = polarity(h.text, anchored)
            if verdict in {"no", "unknown"}:
                conf = 0.7 if verdict == "no" else 0.5
                return verdict, [h], "sentence", conf, f"subject-{verdict}"
    return None


def _slot_filled(a: _Asked) -> _Read | None:
    """The asked slot filled by others only (the investors are Amazon and Google Cloud)."""
    ev = slot_filled(a.q, a.snap.extraction, a.named, a.hit_for)
    return ("no", ev[:1], "graph", 0.6, "slot-filled") if ev else None


def _not_yet(a: _Asked) -> _Read | None:
    """Not yet: "이미 인증을 받았나?" / "다음 달 한국선급에도 인증을 신청할 예정이다"."""
    for h in a.hits[:3] if a.named else []:
        if any(a.about(h, e) for e in a.named) and not_yet(a.q.tokens, h.text):
            return "no", [h], "sentence", 0.6, "not-yet"
    return None


def _nothing(a: _Asked) -> _Read:
    """No other step read a verdict: 아니오 from the best sentence about the question's names
    when every name it writes is the article's: no sentence says the thing happened, and a
    reader who asks whether the article's own parties did it expects 아니오 (the gold's people
    did, 97 of 164 times; 알 수 없음 only 3).  알 수 없음 when it names something the article
    never writes ("테슬라가 ...?")."""
    if not a.hits or unwritten(a.q, a.snap, a.hits):
        return "unknown", [], "sentence", 0.5, "nothing"
    about = (h for h in a.hits if any(a.about(h, e) for e in a.aliases))
    return "unstated", [next(about, a.hits[0])], "sentence", 0.5, "nothing"


# the reader steps, in the order they are tried: the first that reads a verdict answers (the
# last, _nothing, always does)
_READERS: tuple[Callable[[_Asked], _Read | None], ...] = (
    _denied(lambda a: needed_without(a.q.tokens, a.hits), 0.7, "without"),  # "연결 없이도 작동"
    _denied(lambda a: done_without(a.q.tokens, a.hits), 0.7, "without"),  # "해고 없이 고용을 유지"
    _denied(lambda a: not_via(a.q.tokens, a.hits), 0.7, "not-via"),  # "제조사를 거치지 않고 직접"
    _ever,
    _denied(lambda a: other_amount(a.q, a.hits), 0.7, "other-amount"),  # "300억 원이었나?"
    _denied(lambda a: other_owner(a.q, a.hits), 0.7, "other-owner"),  # "노조가 6.5%, 회사가 4.1%"
    _read(lambda a: threshold_verdict(a.q, a.hits), 0.7, "threshold"),  # "절반을 넘나?" / "62%"
    # "영업이익은 늘었나?" / "영업이익은 12% 감소했다", not the sentence naming the company
    _read(
        lambda a: figure_verdict(a.q, a.hits, a.predicate, a.kinds, a.aliases, a.hit_for),
        0.7,
        "figure",
    ),
    _read(lambda a: compared_verdict(a.q, a.hits), 0.7, "compared"),  # "직전 분기보다 높아졌나?"
    _read(lambda a: passing_verdict(a.q, a.hits, a.subject()), 0.7, "passing"),  # "밑돌았다"
    _read(lambda a: only_verdict(a.q, a.hits), 0.7, "only"),  # "주말에는 X만 운행"
    _read(  # "원래 높이대로만 복구하나?" / "원래대로 되돌리는 데 그치지 않고"
        lambda a: restricted_verdict(a.q, a.hits, lambda h: any(a.about(h, e) for e in a.named)),
        0.7,
        "restricted",
    ),
    _denied(  # "두 번째 주문이다"
        lambda a: later_count_hit(a.q.tokens, a.hits, list(a.aliases.values())), 0.7, "later-count"
    ),
    _denied(  # "한국을 제외한"
        lambda a: excluded_hit(a.q.tokens, a.hits, a.predicate), 0.7, "excluded"
    ),
    _denied(  # "日·대만 판권"
        lambda a: territory_left_out(a.q.tokens, a.hits, a.predicate), 0.7, "territory"
    ),
    _denied(lambda a: done_elsewhere(a.q.tokens, a.hits), 0.7, "elsewhere"),  # "미국 공장에서 생산"
    # "항고할 계획", "처음이다": after the denials of another place, part or time ("미국에서
    # 시작할 계획" for "한국에서 시작하나?")
    # "승인을 받았나?" / "승인을 신청했다"; "연장하나?" / "연장할지는 정해지지 않았다": before
    # the intent, which reads a request as the act done
    _read(lambda a: pending_verdict(a.q, a.hits), 0.6, "pending-{verdict}"),
    _read(lambda a: intent_verdict(a.q, a.hits, a.subject()), 0.7, "intent"),
    _read(lambda a: first_verdict(a.q, a.hits, a.subject()), 0.7, "first"),  # "처음이다"
    _weighed_instead,
    _unnamed_denial,
    _qualified,
    # "화재가 난 적이 있나?" / "화재는 보고되지 않았다": the asked noun's own clause
    _read(lambda a: event_verdict(a.q, a.hits), 0.7, "event-{verdict}"),
    _specific,
    _stated,
    _edge,
    _subject_alone,
    _slot_filled,
    _not_yet,
    # the best sentence, its topic or speaker left unnamed ("모델을 은행 내부 서버에 설치하기로")
    _read(
        lambda a: topic_left_verdict(a.q, a.hits, a.aliases, a.kinds), 0.5, "topic-left-{verdict}"
    ),
    _nothing,
)


#: the rules whose 아니오 a sentence stating the asked act overrules: the nearest sentence about
#: the names ("받지 않기로 했다" for "운영하나?").  Not a 아니오 read from an unnamed sentence:
#: overruling those too lost one of the validation rounds (session 29).
_OVERRULED_NO = frozenset({"sentence-no"})

#: the rule of no sentence read, whose 아니오 only the best sentence overrules, when it writes the
#: asked act with every thing of the question ("관중석 2층 외벽과 전광판 광고권도 계약에
#: 포함됐다" for "전광판 광고권도 명칭권 계약에 포함됐나?"; session 29's try at overruling it
#: lost a validation answer, so here only the best sentence does)
_OVERRULED_NOTHING = frozenset({"nothing"})

#: the rules whose 예 a sentence denying the asked act of its object overrules, when the 예 is read
#: from a sentence that never writes the act ("새 경기장은 짓지 않는다" over "620억 원을 대회
#: 운영에 투입한다" for "새 경기장을 짓나?"; session 28's try, without those two conditions, lost
#: right ones)
_OVERRULED_YES = frozenset({"sentence-yes"})


def _act_denied(a: _Asked, read: _Read) -> _Read:
    """아니오 over a 예 read from a sentence that does not write the asked act, when the best
    sentences that write it of the question's object deny it (search/act_sentences.act_denied)."""
    verdict, evidence, _, _, rule = read
    if verdict != "yes" or rule not in _OVERRULED_YES or not evidence:
        return read
    if writes_act(a.q, evidence[0]):
        return read
    found = act_denied(a.q, a.hits, a.named)
    return read if found is None else ("no", [found], "sentence", 0.6, "act-no")


def _act_stated(a: _Asked, read: _Read) -> _Read:
    """The sentence that writes the asked act with the question's things states it plainly:
    예 over a 아니오 read from a sentence that writes another act, or from none
    (search/act_sentences.py)."""
    verdict, evidence, _, _, rule = read
    if verdict == "yes":
        return _act_denied(a, read)
    if verdict not in {"no", "unstated"} or rule not in _OVERRULED_NO | _OVERRULED_NOTHING:
        return read
    found = act_sentence(a.q, a.hits, a.named, a.about)
    if found is None or found[0] != "yes":
        return read
    if rule in _OVERRULED_NOTHING and found[1].sentence_id != a.hits[0].sentence_id:
        return read
    if evidence and evidence[0].sentence_id != found[1].sentence_id:
        if verdict == "no" and writes_act(a.q, evidence[0]):
            return read  # the 아니오 is read from a sentence that writes the act too
    return "yes", [found[1]], "sentence", 0.7, "act-yes"


def _answer(q: Question, hits: list[Hit], read: _Read) -> tuple[Answer, dict[str, float]]:
    verdict, evidence, method, conf, rule = read
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
    """예 / 아니오 / 알 수 없음 for "A가 B에 투자했나?", with the sentence that decides: the first
    of the reader steps (_READERS) that reads a verdict."""
    if not asks_relation(q):
        q = replace(q, relation="")  # "인수 후 ... 사명을 바꾸나?": the acquisition says when
    asked = _asked(q, snap, hits, hit_for)
    read = next(r for step in _READERS if (r := step(asked)) is not None)
    return _answer(q, hits, _act_stated(asked, read))
