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
>>> reason_clause("부담을 호소해 온 점주들의 반발을 고려한 조치다.")
'부담을 호소해 온 점주들의 반발을 고려한 조치'
"""

from __future__ import annotations

from itertools import pairwise

from kg.resolve import Extraction
from kg.roles import is_title

from .answered_asks import answer_sentences
from .caused import (
    alike_events,
    anchored_cause,
    event_words,
    list_comma,
    noun_cause,
    opening_cause,
)
from .judged_reasons import asks_told, judged_reason
from .named_as import asked_names, labelled_reason, named_as
from .passages import sentence_tokens
from .question import Question, question_tables
from .results import Answer, Hit
from .spans import Token
from .stated_reasons import (
    asked_predicates,
    closes_on_reason,
    leading_sentences,
    repeats_question,
    restated_sentences,
    stated_reason,
    stated_sentences,
)

__all__ = ["asks_motive", "explained_another_act", "motive_answer", "reason_clause"]

#: where a clause of reason begins: after an opening quote, a comma, a topic
_STOP_TAGS = frozenset({"SSO", "SF"})
_STOP_FORMS = frozenset({",", "“", '"', "‘"})
_TOPICS = frozenset({"은", "는"})
#: how many sentences after the event's its explanation is looked for in
_FOLLOWING = 4


def _cues() -> dict:
    return question_tables()["motives"]


def asks_motive(q: Question) -> bool:
    """The question asks why: a noun of motive (계기, 이유) or 왜."""
    cues = _cues()
    return any(f in cues["nouns"] for f in q.focus) or any(
        t.form.casefold() in cues["words"] for t in q.tokens
    )


def _cue_end(toks: list[Token], causes_only: bool = False, purposes: bool = True) -> int:
    """The index of the last morpheme of the first clause of reason (-1: none); with
    ``causes_only`` of the first clause of cause ("설비 이상으로 시작됐다"); without
    ``purposes`` no clause of purpose ("…을 막기 위해") counts."""
    cues = _cues()
    for i, t in enumerate(toks):
        if _causes(toks, i, cues):
            return i if t.tag == "EC" else i - 1  # "끊기면서", "설비 이상(으로)"
        if causes_only:
            continue
        if purposes and t.tag == "EC" and t.form in cues["endings"]:
            return i
        if purposes and t.tag.startswith("VV") and t.form in cues["verbs"]:
            return min(i + 1, len(toks) - 1)  # "위하/VV 어/EC"
        if t.form in cues["nouns_after"] and i + 1 < len(toks):
            if toks[i + 1].tag == "JKB":
                return i + 1  # "때문/NNB 에/JKB", "차원/NNG 에서/JKB"
            if toks[i + 1].tag == "VCP":
                return i  # "기회이기 때문/NNB 이/VCP 다"
        if _explained(toks, i, cues):
            return i - 1  # "인정받/VV 은/ETM 것/NNB 으로/JKB 풀이"
        if _followed(toks, i, cues):
            return i - 2  # "오르/VV ᆫ/ETM 데/NNB 따르/VV ᆫ/ETM 것", "상승/NNG 에 따른 것"
        if _considered(toks, i, cues):
            return i  # "반발/NNG 을 고려/NNG 하/XSV ᆫ/ETM 조치/NNG 이/VCP 다"
    return -1


def _considered(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` is the measure of "…을 고려한 조치다", "…을 노린 포석이다": what was
    considered is the reason of the act the sentence before wrote."""
    if toks[i].form not in cues["measures"] or i < 2 or i + 1 >= len(toks):
        return False
    if toks[i - 1].tag != "ETM" or toks[i + 1].tag != "VCP":
        return False
    verb = toks[i - 2] if toks[i - 2].tag.startswith("VV") else toks[i - 3]
    return verb.form in cues["considered"] and any(t.tag == "JKO" for t in toks[:i])


def _explained(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` is the 것 of "…한 것으로 풀이된다", the reporter's reading of why."""
    return (
        toks[i].form == "것"
        and 0 < i < len(toks) - 2
        and toks[i + 1].tag == "JKB"
        and toks[i + 2].form in cues["explained"]
    )


def _followed(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` is the 따르 of "…한 데 따른 것이다", "…에 따른 것이다": what came before
    데 or 에 is the reason ("인상은 원자재 값이 오른 데 따른 것이다")."""
    return (
        toks[i].form in cues["followed"]
        and 1 < i < len(toks) - 2
        and toks[i - 1].form in {"데", "에"}
        and toks[i + 1].tag == "ETM"
        and toks[i + 2].form == "것"
    )


def _causes(toks: list[Token], i: int, cues: dict) -> bool:
    """Token ``i`` ends a cause: a marker right before the verb of what happened ("이상/으로
    시작/되", "끊기/면서 시작")."""
    t = toks[i]
    if t.form not in cues["cause_markers"] or t.tag not in {"JKB", "EC"} or i == 0:
        return False
    after = toks[i + 1] if i + 1 < len(toks) else None
    return after is not None and after.form in cues["event_verbs"]


def reason_clause(text: str, causes_only: bool = False, purposes: bool = True) -> str | None:
    """The clause of reason of a sentence (with ``causes_only``: of cause; without
    ``purposes``: not of purpose), from where it begins to its cue; None without one."""
    toks = list(sentence_tokens(text))
    end = _cue_end(toks, causes_only, purposes)
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
        if list_comma(toks, i):
            continue  # "니켈, 크롬 등 원자재 값이": a row the clause holds
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
    """The clause of reason of ``top`` (the best describing sentence), else of the sentence
    after it, else of the first sentence of the best hits' paragraphs that has one; None when
    no sentence gives a reason."""
    after = (
        f"{top.doc_id}#{ex.sentences[top.sentence_id].index + 1}"
        if top.sentence_id in ex.sentences
        else ""
    )
    near = list(dict.fromkeys([top.sentence_id, after, *_paragraph_sentences(ex, hits[:5])]))
    events = alike_events(event_words(q))  # "왜 멈췄나?" is told by "…로 정지됐다" too
    # the words that tell a sentence writes the event: no title the question writes ("윤가람
    # 대표가 … 창업한 계기" is not told by a sentence on what 대표 윤가람 did before)
    acts = {w for w in events if not is_title(w)}
    # asked what was said ("…다고 설명했나?"): what a near sentence of the event quotes; else
    # a reason written as one in the best sentence, else a cause written in it right before
    # the event ("…은 중국 수요 부진 등으로 가동률을 낮췄다"), else the explanation it ends on
    # ("미룬 데 대해 "…설비가 고장 나 …"고 설명했다"), else a reason written as one in
    # the sentence after it ("…을 선임했다. 선임은 책임경영을 강화하겠다는 차원에서
    # 이뤄졌다"), else a cause that sentence opens with when it follows the event in its
    # paragraph ("주가가 급락했다. 임상시험 중단 소식에 …"), else the decider's judgment that
    # sentence gives ("기각했다. 재판부는 "…보기 어렵다"고 판단했다"), else a reason or a
    # judgment in the answer to a question the article asks of the event ("-창업 생각은
    # 없나." then "…집중하는 게 맞다고 봅니다"), else a judgment in the few sentences after
    # the event's (each its own paragraph in online news), else a reason stated with a noun
    # of reason after the headline and the lead (stated_reasons.py), else a cause
    # written right before the event in any near sentence, then in any sentence of the articles that
    # writes the event in two of the question's words ("…물류비가 매출의 12%에 달해 현지 생산이
    # 필요했다" for "현지 생산에 나선 이유는?"), else a reason written as one in any near one,
    # else the cause the lead writes as a noun when the sentence after it reports the event in
    # the question's words ("…신작 부진에 따른 실적 악화로 …문을 닫는다." then "…구조조정안을
    # 확정했다"), else a cause a spokesperson's quote after the lead writes, else a reason stated of an
    # event the article makes a topic in words of its own ("두 회사가 손을 잡은 것은 …때문이다")
    # (each list is made when its turn comes: most questions are answered by the first steps,
    # and the article-wide scan tokenizes every sentence of three documents)

    def steps():
        if asks_told(q.tokens):
            yield "told", [*near, *_event_sentences(ex, hits, events)]
        # a reason the article labels with the asked act ("…다고 인하 배경을 설명했다"): the
        # most explicit a text gets, wherever in the article it stands
        yield "labelled", [*near, *_article(ex, top)]
        # what the asked actor says it wished or needed ('염 회장은 "…갚고 싶었다"고 말했다')
        yield "wished", [*near, *_article(ex, top)]
        yield from (("written", near[:1]), ("before", near[:1]), ("judged", near[:1]))
        yield "written", near[1:2]
        next_one = _next_in_paragraph(ex, top, after, acts)
        yield from (("opening", next_one), ("judged", next_one))
        answered = answer_sentences(ex, hits, acts)
        yield from (("written", answered), ("judged", answered))
        yield "judged", _following(ex, top, acts)
        stated = stated_sentences(ex, hits, top, acts)
        yield "stated", stated
        yield "before", near
        yield "before", _event_sentences(ex, hits, events)
        yield "written", near
        yield "leading", leading_sentences(ex, top, acts)
        yield "mechanism", _following(ex, top, acts)
        yield "quoted", stated
        restated = restated_sentences(ex, top)
        yield "stated", restated  # "…손을 잡은 것은 …때문이다"
        yield "written", restated  # "이번 요금제 출시는 …방안에 따른 것이다"

    for how, sids in steps():
        for sid in sids:
            s = ex.sentences.get(sid)
            if s is None or _of_another(q, ex, sid, labelled=how == "labelled"):
                continue
            if _explains_another(q, ex, sid, events):
                continue
            is_top = sid == top.sentence_id
            clause = _reason_in(q, s.text, events, is_top, how)
            if clause is not None and not repeats_question(q, clause):
                return phrase_answer(q, clause, s, hits)
    passes = [(near, False)]
    if any(t.form in _cues()["cause_nouns"] for t in q.tokens):
        # "장애 원인": what made it happen, in any of the hits' paragraphs, before a purpose
        passes.insert(0, ([top.sentence_id, *_paragraph_sentences(ex, hits)], True))
    for sids, causes_only in passes:
        for sid in sids:
            s = ex.sentences.get(sid)
            if s is None or _explains_another(q, ex, sid, events):
                continue
            clause = reason_clause(s.text, causes_only)
            if clause is not None and not repeats_question(q, clause):
                return phrase_answer(q, clause, s, hits)
    return None


def _article(ex: Extraction, top: Hit) -> list[str]:
    """The sentences of ``top``'s article, in order."""
    found, n = [], 0
    while (sid := f"{top.doc_id}#{n}") in ex.sentences:
        found.append(sid)
        n += 1
    return found


def _event_sentences(ex: Extraction, hits: list[Hit], events: set[str]) -> list[str]:
    """The sentences of the hits' articles that write at least two of the question's words of
    the event, those writing the most first: where its cause may be written far from the best
    hits."""
    found = []
    for doc in dict.fromkeys(h.doc_id for h in hits[:3]):
        n = 0
        while (s := ex.sentences.get(f"{doc}#{n}")) is not None:
            shared = len(events & {t.form for t in sentence_tokens(s.text)})
            if shared >= 2:
                found.append((-shared, len(found), s.id))
            n += 1
    return [sid for *_, sid in sorted(found)]


def _following(ex: Extraction, top: Hit, events: set[str]) -> list[str]:
    """The few sentences after ``top`` when it writes the event asked about: online news
    often gives each sentence its own paragraph, the explanation two after the event."""
    s = ex.sentences.get(top.sentence_id)
    if s is None or not _shares(s.text, events):
        return []
    return [f"{s.doc_id}#{n}" for n in range(s.index + 1, s.index + 1 + _FOLLOWING)]


def _next_in_paragraph(ex: Extraction, top: Hit, after: str, events: set[str]) -> list[str]:
    """``after`` when it follows ``top`` in its paragraph and ``top`` writes the event asked
    about: the sentence that may open with its cause."""
    s, o = ex.sentences.get(top.sentence_id), ex.sentences.get(after)
    if s is None or o is None or o.paragraph != s.paragraph or not _shares(s.text, events):
        return []
    return [after]


def _reason_in(q: Question, text: str, events: set[str], is_top: bool, how: str) -> str | None:
    """A reason ``text`` names ("X를 감점 사유로 들었다", named_as.py), writes with 때문 or
    여파 ("…기 때문으로 분석된다"), or writes right before what was asked ("투자 유치에 실패해
    서비스를 …", caused.py) — before any clause of purpose, which is as often of another event
    ("법원은 …을 막기 위해"); the best sentence may write what was asked in other words
    ("합병을 반대한 이유" -> "합병 논의는 …, 배당 축소를 우려하면서 부결됐다"): its own
    clause of cause, when it shares a word of the question's event ("이번 조사는 …가
    신고하면서 시작됐다" is no reason of the 노출 asked about).  ``how``: "written", only a reason
    named or written with a noun of reason; "before", only a cause before the event (the near
    sentences are read for the first before the second: "이사회를 열어 선임했다" is no
    reason where the next sentence writes "…차원에서 이뤄졌다"); "opening", only the cause
    the sentence opens with (caused.py ``opening_cause``); "leading", only a cause it writes as
    a noun (``noun_cause``); "judged", only the judgment it ends
    on (judged_reasons.py); "told", what it says of the event after a verb of saying too;
    "stated", the reason it states with a noun of reason (stated_reasons.py); "quoted", or
    the cause a quote of it writes."""
    if how == "opening":
        return opening_cause(text)
    if how == "leading":
        return noun_cause(text)
    if how == "mechanism":
        # the sentence after the event's tells how it came about, in a clause of cause that
        # writes what it happened to ("거푸집을 받치던 동바리가 한꺼번에 꺾이면서" for "거푸집이
        # 무너진 이유는?"), the event's verb left out
        found = anchored_cause(text, set(), strong_only=True)
        things = events - asked_predicates(q, events)
        return found if found is not None and _shares(found, things) else None
    if how == "wished":
        return _wished(q, text)
    if how == "labelled":
        # labelled with the question's verb ("인하 배경" for "내린 이유"), else any word of it
        found = labelled_reason(text, alike_events(asked_predicates(q, events)) or events)
        return found or _said_of_chosen(q, text)
    if how in {"stated", "quoted"}:
        return stated_reason(text, quoted=how == "quoted")
    if how == "told":
        # "왜 생겼다고 설명했나?": what was said of the event, which may write it again
        return judged_reason(text, telling=True) if _shares(text, events) else None
    if how == "judged":
        # what was said writes the event itself ("…미룬다고 설명했다"): it tells what, not
        # why; who it happened to it may write ("주민들이 … 소명되지 않았다" of "기각된 이유")
        found = judged_reason(text)
        told = asked_predicates(q, events) or events
        return None if found is None or _shares(found, told) else found
    if how == "written":
        # a reason named of another event ("공사가 늦어진 이유로 X를 꼽았다") is not this one's
        named = named_as(text, asked_names(q)) if _shares(text, events) or not events else None
        return named or reason_clause(text, purposes=False)
    found = anchored_cause(text, events)
    if found is None and is_top and _shares(text, events):
        found = anchored_cause(text, set(), strong_only=True)
    return found


def _explains_another(q: Question, ex: Extraction, sid: str, events: set[str]) -> bool:
    """The sentence gives a reason of no act it writes ("시설 점검에서 부식이 발견됐기
    때문이다.", "…부담을 고려한 조치다."): it explains the sentence before, and that one
    writes another act than the asked one ("…수영장 개장을 6월로 미룬다고 발표했다" for "…이용료를 올리는 이유는?")."""
    s = ex.sentences.get(sid)
    acts = alike_events(asked_predicates(q, events))
    if s is None or s.index == 0 or not acts or _shares(s.text, acts):
        return False
    before = ex.sentences.get(f"{s.doc_id}#{s.index - 1}")
    if before is None or _shares(before.text, acts):
        return False
    if _shares(before.text, set(_cues()["nouns"])) or before.text.rstrip().endswith("?"):
        return False  # "―국내 기업을 택한 이유는?": the sentence answers what that one asks
    # a measure names the act before it in any of the question's words ("정부가 …비용을 대신
    # 내주도록 했다", Kiwi's 내/주/도록): only one that writes none of them is another act
    return closes_on_reason(s.text) or (
        _closes_on_measure(s.text) and not _shares(before.text, events)
    )


def _closes_on_measure(text: str) -> bool:
    """The sentence closes on "…을 고려한 조치다" and makes nothing its topic: it names the
    act of the sentence before a measure taken with something in mind."""
    toks = [t for t in sentence_tokens(text) if not t.tag.startswith("S")]
    if len(toks) < 3 or any(t.tag == "JX" and t.form in _TOPICS for t in toks):
        return False
    return toks[-1].tag == "EF" and _considered(toks, len(toks) - 3, _cues())


def _said_of_chosen(q: Question, text: str) -> str | None:
    """A reason ``text`` labels with any act whose words make the question's object their
    topic: the advantage of the chosen thing is why it was chosen ('"아산은 주요 고객사 공장과
    가까워 물류 비용을 줄일 수 있다"고 투자 배경을 설명했다' for "…아산을 고른 이유는?")."""
    toks = q.tokens
    chosen = {
        t.form
        for i, t in enumerate(toks[:-1])
        if t.tag in {"NNP", "NNG", "SL"} and toks[i + 1].tag == "JKO"
    }
    found = labelled_reason(text, None) if chosen else None
    if found is None:
        return None
    said = list(sentence_tokens(found))
    topics = {t.form for t, after in pairwise(said) if after.tag == "JX" and after.form in _TOPICS}
    return found if chosen & topics else None


def _wished(q: Question, text: str) -> str | None:
    """What ``text``'s speaker, the question's actor ("염 명예회장은" for "염동규 명예회장이
    …"), says it wished or needed, in the past: '"…은혜를 갚고 싶었다"고 말했다' -> what was
    said; None otherwise (a wish for the future, "…키우고 싶다", is a plan, no motive)."""
    said = judged_reason(text, telling=True)
    if said is None:
        return None
    toks = [t for t in sentence_tokens(said) if not t.tag.startswith("S")]
    wished = set(_cues()["wished"])
    past = len(toks) > 3 and toks[-2].tag == "EP" and toks[-1].tag == "EF"
    stem = toks[-3] if past and toks[-3].tag not in {"XSA", "XSV"} else toks[-4] if past else None
    if stem is None or stem.form not in wished:
        return None
    return said if _spoken_by(q, text) else None


def _spoken_by(q: Question, text: str) -> bool:
    """The words before ``text``'s first quote share a word with the question's actor, the
    words before its subject or topic particle ("염 명예회장은" and "염동규 명예회장이")."""
    ends = [i for i, t in enumerate(q.tokens) if t.tag == "JKS" or t.tag == "JX"]
    if not ends:
        return False  # no actor written ("대전 버스비 왜 올리는 거야?")
    names = {"NNP", "NNG", "SL"}
    asked = [t.form for t in q.tokens[: ends[0]] if t.tag in names]
    spoken = []
    for t in sentence_tokens(text):
        if t.tag == "SSO":
            break
        spoken.append(t.form)
    return bool({w for w in asked if len(w) > 1} & set(spoken))


def explained_another_act(q: Question, ex: Extraction, top: Hit) -> bool:
    """The sentence after ``top`` gives the reason of ``top``'s act, another than the asked
    one ("…수영장 개장을 6월로 미룬다고 발표했다. 시설 점검에서 …발견됐기 때문이다." for
    "…이용료를 올리는 이유는?"): ``top`` is no answer either."""
    s = ex.sentences.get(top.sentence_id)
    if s is None:
        return False
    return _explains_another(q, ex, f"{s.doc_id}#{s.index + 1}", alike_events(event_words(q)))


def _shares(text: str, events: set[str]) -> bool:
    """The sentence writes a word of the question's event ("선임" of "…선임한 이유는?")."""
    return bool(events & {t.form for t in sentence_tokens(text)})


def _of_another(q: Question, ex: Extraction, sid: str, labelled: bool = False) -> bool:
    """The sentence names things of the kind asked about but none the question asks about:
    its reason is another's ("K7 리콜 사유는?" is not answered by "BMW 520i는 … 품질 불량으로");
    a date or a place of another kind does not count.  With ``labelled`` (the sentence labels
    its reason with the asked act: "가람신용평가는 …고 하향 이유를 설명했다") the sentence
    before may name what was asked about instead (its rater, judge or regulator speaks)."""
    if labelled and (s := ex.sentences.get(sid)) is not None and s.index > 0:
        before = f"{s.doc_id}#{s.index - 1}"
        return _of_another(q, ex, sid) and _of_another(q, ex, before)
    asked = {eid for eid, _ in q.entities if eid in ex.entities}
    named = {eid for eid, _, _ in ex.sentence_entities.get(sid, []) if eid in ex.entities}
    kinds = {ex.entities[eid].type for eid in asked}
    others = {eid for eid in named if ex.entities[eid].type in kinds}
    return bool(others and not asked & named)


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
