"""The checks read after a yes/no rule has found its sentence and verdict: evidence that turns
the 예 (or 알 수 없음) it was sure of into 아니오.

The sentence says it is not yet done ("이미 취임했나?" / "다음 달 공식 취임한다"), came late
("곧바로 통지했어?" / "통지를 열흘 넘게 미뤄"), on another day of the count ("첫날 발표했나?" /
"둘째 날에는 ... 발표한다"), or for the first time where the question asks whether it ever did
("투자한 적이 있나?" / "투자하는 것은 이번이 처음이다"); a contrary cue ("아무 조건 없이
승인했나?" / "조건부로 승인했다"); another of the best sentences states the opposite act
("교수직을 그만두나?" / "교수직을 유지한 채"); or another party of the name's kind did it ("A가
주도했나?" / "B가 주도했고 A도 참여했다").
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .asked_predicate import delayed, not_yet, other_ordinal
from .contrary_cues import against
from .denials import opposite_stated
from .other_party import compound_nouns, filled_by_other, share_left_out
from .passages import sentence_tokens
from .predicate_words import own_words, predicate_words
from .question import Question
from .results import Hit
from .slot_values import other_value

__all__ = ["overruled"]

#: the best sentences read for one that states the asked act's opposite
_OPPOSITE_TOP = 5


def overruled(
    q: Question, verdict: str, evidence: list[Hit], hits: list[Hit], conf: float, rule: str
) -> tuple[str, list[Hit], float, str]:
    """(verdict, evidence, confidence, rule) after the checks: as given unless one overrules."""
    if verdict == "yes" and evidence and not_yet(q.tokens, evidence[0].text):
        verdict, rule = "no", "not-yet"  # "이미 취임했나?" / "다음 달 공식 취임한다"
    if verdict == "yes" and evidence and delayed(q.tokens, evidence[0].text):
        verdict, rule = "no", "delayed"  # "곧바로 통지했어?" / "통지를 열흘 넘게 미뤄"
    if verdict == "yes" and evidence and other_ordinal(q.text, evidence[0].text):
        verdict, rule = "no", "other-ordinal"  # "첫날 발표했나?" / "둘째 날에는 ... 발표한다"
    # read after whichever rule found the sentence, which was sure of 예: modest confidence
    if verdict == "yes" and evidence and _first_time(q, evidence[0].text, predicate_words(q)):
        # "투자한 적이 있나?" / "투자하는 것은 이번이 처음이다"
        verdict, rule, conf = "no", "first-time", min(conf, 0.7)
    if verdict in {"yes", "unknown"} and evidence and against(q.text, evidence[0].text):
        # "아무 조건 없이 승인했나?" / "조건부로 승인했다"; "거론됐던 X는 ... 승진에 그쳤다"
        verdict, rule, conf = "no", "contrary", min(conf, 0.6)
    if verdict == "yes" and (h := opposite_stated(q.tokens, _of_no_other(q, hits))) is not None:
        # "교수직을 그만두나?" / another sentence: "교수직을 유지한 채 겸직 형태로"
        verdict, rule, conf, evidence = "no", "opposite", min(conf, 0.6), [h]
    if verdict == "yes" and (h := other_value(q, hits)) is not None:
        # "자금을 신약 개발에 쓰나?" / "300억 원을 차입금 상환에 쓰고, 나머지는 설비 투자에"
        verdict, rule, conf, evidence = "no", "other-value", min(conf, 0.6), [h]
    if verdict == "yes" and evidence and _other_party(q, evidence[0]):
        # "A가 주도했나?" / "B가 주도했고 A도 참여했다"
        verdict, rule, conf = "no", "other-party", min(conf, 0.6)
    return verdict, evidence, conf, rule


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


def _other_party(q: Question, h: Hit) -> bool:
    """The sentence states the predicate of another of the kind of a question's name."""
    kinds = {e["id"]: e["type"] for e in h.entities}
    named = {eid: kinds[eid] for eid, _ in q.entities if eid in kinds}
    # the question's own words only: "AMD는 투자자인가?" is not denied by "B가 주도했으며 ...
    # AMD도 후속 투자에 나섰다" (주도 is a way of investing, alike, not the asked word)
    words = own_words(q) | compound_nouns(q.tokens)
    # "A가 공정 설계를 맡나?" / "B는 공정 설계를, A는 부지 조성을 각각 맡는다"
    nouns = {t.form for t in q.tokens if t.tag == "NNG" and len(t.form) >= 2 and _outside(q, t)}
    return (bool(named) and filled_by_other(h.text, h.entities, named, words)) or (
        share_left_out(h.text, h.entities, named, nouns, q.unknown_names)
    )


def _outside(q: Question, t) -> bool:
    """The question's token ``t`` is not part of one of its names, linked or not."""
    linked = any(s <= t.start < e for s, e in q.spans)
    return not linked and not any(t.form in w for w in q.unknown_names)


def _first_time(q: Question, text: str, predicate: set[str]) -> bool:
    """The question asks whether it ever happened ("투자한 적이 있나?") and the sentence calls
    this time the first, after the predicate ("투자하는 것은 이번이 처음이다")."""
    table = answer_type_tables()["yes_no"]
    if not any(t.form in table["experience"] and t.tag == "NNB" for t in q.tokens):
        return False
    forms = [t.form for t in sentence_tokens(text)]
    at = next((i for i, f in enumerate(forms) if f in predicate), len(forms))
    return any(f in table["first_time"] for f in forms[at + 1 :])
