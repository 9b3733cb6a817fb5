"""Why something was done: a question asking for a motive ("오하람 대표가 말벗AI를 창업한 계기는?",
"OpenAI는 왜 영리 기업으로 운영되나요?") is answered by the clause of reason of a sentence near
the best ones ("어머니의 외래 진료 예약을 잡으려고", "AI 개발에 필요한 자금을 조달하기 위해"),
not by a whole sentence or a place.  The cues are data (resources/question.toml [motives]).

>>> reason_clause("초기에는 비영리 조직이었지만, 자금을 조달하기 위해 영리 기업이 됐다.")
'자금을 조달하기 위해'
>>> reason_clause("그는 “예약을 잡으려고 한 시간을 기다린 날, 마음먹었다”고 말했다.")
'예약을 잡으려고'
>>> reason_clause("정전은 오후 2시께 변전소 차단기 고장으로 시작됐다.")
'오후 2시께 변전소 차단기 고장'
>>> reason_clause("먹통은 에너지저장장치(ESS) 배터리가 과열되면서 빚어졌다.")
'에너지저장장치(ESS) 배터리가 과열되면서'
>>> reason_clause("두 회사가 뛰어든 이유는 매장 수를 늘릴 기회이기 때문이다.")
'매장 수를 늘릴 기회이기 때문'
>>> reason_clause("이번 선임은 책임경영을 강화하겠다는 차원에서 이뤄졌다.")
'책임경영을 강화하겠다는 차원에서'
>>> reason_clause("그의 연임은 적자를 흑자로 돌린 성과를 인정받은 것으로 풀이된다.")
'적자를 흑자로 돌린 성과를 인정받은'
>>> reason_clause("공장 가동이 늦어진 여파로 분석된다.")
'공장 가동이 늦어진 여파로'
"""

from __future__ import annotations

from kg.resolve import Extraction

from .passages import sentence_tokens
from .question import Question, question_tables
from .results import Answer, Hit
from .spans import Token

__all__ = ["asks_motive", "motive_answer", "reason_clause"]

#: where a clause of reason begins: after an opening quote, a comma, a topic
_STOP_TAGS = frozenset({"SSO", "SF"})
_STOP_FORMS = frozenset({",", "“", '"', "‘"})
_TOPICS = frozenset({"은", "는"})


def _cues() -> dict:
    return question_tables()["motives"]


def asks_motive(q: Question) -> bool:
    """The question asks why: a noun of motive (계기, 이유) or 왜."""
    cues = _cues()
    return any(f in cues["nouns"] for f in q.focus) or any(
        t.form.casefold() in cues["words"] for t in q.tokens
    )


def _cue_end(toks: list[Token], causes_only: bool = False) -> int:
    """The index of the last morpheme of the first clause of reason (-1: none); with
    ``causes_only`` of the first clause of cause ("설비 이상으로 시작됐다")."""
    cues = _cues()
    for i, t in enumerate(toks):
        if _causes(toks, i, cues):
            return i if t.tag == "EC" else i - 1  # "끊기면서", "설비 이상(으로)"
        if causes_only:
            continue
        if t.tag == "EC" and t.form in cues["endings"]:
            return i
        if t.tag.startswith("VV") and t.form in cues["verbs"]:
            return min(i + 1, len(toks) - 1)  # "위하/VV 어/EC"
        if t.form in cues["nouns_after"] and i + 1 < len(toks):
            if toks[i + 1].tag == "JKB":
                return i + 1  # "때문/NNB 에/JKB", "차원/NNG 에서/JKB"
            if toks[i + 1].tag == "VCP":
                return i  # "기회이기 때문/NNB 이/VCP 다"
        if _explained(toks, i, cues):
            return i - 1  # "인정받/VV 은/ETM 것/NNB 으로/JKB 풀이"
    return -1


def _explained(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` is the 것 of "…한 것으로 풀이된다", the reporter's reading of why."""
    return (
        toks[i].form == "것"
        and 0 < i < len(toks) - 2
        and toks[i + 1].tag == "JKB"
        and toks[i + 2].form in cues["explained"]
    )


def _causes(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` ends a cause: a marker right before the verb of what happened ("이상/으로
    시작/되", "끊기/면서 시작")."""
    t = toks[i]
    if t.form not in cues["cause_markers"] or t.tag not in {"JKB", "EC"} or i == 0:
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is not None and after.form in cues["event_verbs"]


def reason_clause(text: str, causes_only: bool = False) -> str | None:
    """The clause of reason of a sentence (with ``causes_only``: of cause), from where it
    begins to its cue; None without one."""
    toks = list(sentence_tokens(text))
    end = _cue_end(toks, causes_only)
    if end < 0:
        return None
    start, closed = 0, 0
    for i in range(end - 1, -1, -1):
        t = toks[i]
        if t.tag == "SSC":
            closed += 1
        if closed:  # a bracket the clause holds whole: "무정전전원장치(UPS) 배터리를"
            closed -= t.tag == "SSO"
            continue
        if t.tag in _STOP_TAGS or t.form in _STOP_FORMS or (t.tag == "JX" and t.form in _TOPICS):
            start = i + 1
            break
    if start > end:
        return None
    return text[toks[start].start : toks[end].end].strip() or None


def _paragraph_sentences(ex: Extraction, hits: list[Hit]) -> list[str]:
    """The sentences of the paragraphs of the hits, the first hit's paragraph first."""
    out: list[str] = []
    for h in hits:
        s = ex.sentences.get(h.sentence_id)
        if s is None:
            continue
        n = s.index
        while (
            n > 0 and (o := ex.sentences.get(f"{s.doc_id}#{n - 1}")) and o.paragraph == s.paragraph
        ):
            n -= 1
        while (o := ex.sentences.get(f"{s.doc_id}#{n}")) is not None and o.paragraph == s.paragraph:
            out.append(o.id)
            n += 1
    return list(dict.fromkeys(out))


def motive_answer(q: Question, ex: Extraction, hits: list[Hit], top: Hit) -> Answer | None:
    """The clause of reason of ``top`` (the best describing sentence), else of the first
    sentence of the best hits' paragraphs that has one; None when no sentence gives a reason."""
    near = [top.sentence_id, *_paragraph_sentences(ex, hits[:5])]
    passes = [(near, False)]
    if any(t.form in _cues()["cause_nouns"] for t in q.tokens):
        # "장애 원인": what made it happen, in any of the hits' paragraphs, before a purpose
        passes.insert(0, ([top.sentence_id, *_paragraph_sentences(ex, hits)], True))
    for sids, causes_only in passes:
        for sid in sids:
            s = ex.sentences.get(sid)
            clause = reason_clause(s.text, causes_only) if s is not None else None
            if clause is not None:
                return phrase_answer(q, clause, s, hits)
    return None


def phrase_answer(q: Question, phrase: str, s, hits: list[Hit]) -> Answer:
    """A short phrase read from sentence ``s`` as the answer: that sentence first among the
    evidence, the confidence of a passage answer (at most 0.8, from the best hit's score)."""
    said = next((h for h in hits if h.sentence_id == s.id), None)
    said = said or Hit(sentence_id=s.id, doc_id=s.doc_id, text=s.text, score=0.0)
    evidence = [said] + [h for h in hits if h.sentence_id != s.id]
    return Answer(
        question=q.text,
        answer=phrase,
        answer_entities=[],
        evidence=evidence[:5],
        method="passage",
        confidence=round(min(0.8, 0.3 + 0.4 * hits[0].score), 3),
        sentence=s.text,
        analysis=q.to_dict(),
    )
