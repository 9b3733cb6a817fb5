"""Why an event happened, read where a sentence states its reason with a noun of reason or a
spokesperson's words, most often in the sentences after the headline and the lead that restate
the event ("X가 Y한다." then "이번 Y의 배경에는 …가 있다"): the reason is

- what follows a topic of reason: "이번 희망퇴직의 배경에는 3년째 이어진 영업적자가 있다",
  "금리를 묶은 이유는 …기 때문이라는 게 한은의 설명이다", "지연 원인은 부품 수급 차질이다";
- the subject a reader names the reason: "…어려워진 것이 철수 결정의 원인으로 보고 있다",
  "…꺾이지 않은 점도 동결의 배경으로 꼽힌다", "적자 누적이 철수의 이유다";
- what a spokesperson's quote says when it writes a cause ('관계자는 "경유 가격이 크게 올라
  노선을 유지하기 어려운 상황"이라고 말했다').

- the clause a sentence closes with a noun of reason: "…늦어진 탓이다", "…늘어난 덕분이라는
  분석이다", "…떠날 것이라는 이유에서다".

The nouns and verbs are data (resources/question.toml [motives] ``nouns``, ``reason_readers``).

>>> stated_reason("이번 희망퇴직의 배경에는 3년째 이어진 영업적자가 있다.")
'3년째 이어진 영업적자'
>>> stated_reason("업계는 저가 패널의 공세로 수익을 내기 어려워진 것이 철수의 원인으로 보고 있다.")
'저가 패널의 공세로 수익을 내기 어려워진 것'
>>> stated_reason("금리를 묶은 이유는 가계부채가 늘고 있기 때문이라는 게 한은의 설명이다.")
'가계부채가 늘고 있기 때문'
>>> stated_reason("하역 장비를 실은 화물선의 도착이 늦어진 탓이다.")
'하역 장비를 실은 화물선의 도착이 늦어진 탓'
>>> stated_reason("공사비가 크게 올라 사업성이 떨어졌다는 이유에서다.")
'공사비가 크게 올라 사업성이 떨어졌다'
>>> stated_reason('관계자는 "연료비가 크게 올라 노선을 유지하기 어렵다"고 말했다.')
'연료비가 크게 올라 노선을 유지하기 어렵다'
>>> stated_reason('관계자는 "다음 달 새 노선을 연다"고 말했다.') is None
True
"""

from __future__ import annotations

from kg.resolve import Extraction

from .caused import REACH, anchored_cause, connective_end, event_words, list_comma
from .judged_reasons import conceded_after, judged_reason
from .passages import sentence_tokens
from .question import Question, question_tables
from .results import Hit
from .spans import Token, base_tag

__all__ = [
    "asked_predicates",
    "closes_on_reason",
    "leading_sentences",
    "repeats_question",
    "restated_sentences",
    "restates_event",
    "stated_reason",
    "stated_sentences",
]

#: the sentences an article opens with: the headline, the lead, the sentence that reports the
#: event ("X가 Y한다." "X는 Y한다고 N일 밝혔다."), which restate what happened
_OPENING = 3
#: how many sentences after one that writes the event its reason is looked for in (online news
#: gives each sentence its own paragraph; the reason comes after the headline and the lead)
_FOLLOWING = 4

#: morpheme tags of the words a clause says something with (a noun, a verb, a root, a number)
_CONTENT = frozenset({"NNG", "NNP", "VV", "VA", "XR", "SL", "SN"})
#: the particles after a noun of reason that make it the sentence's topic ("배경에는",
#: "이유는", "원인으로는")
_TOPIC_PARTICLES = frozenset({"은", "는"})
#: the particles that mark the subject named the reason ("…것이 원인으로", "…점도 배경으로")
_SUBJECT_PARTICLES = frozenset({"이", "가", "도", "은", "는"})
#: the nouns of reason a reason clause ends on and keeps ("…늘고 있기 때문")
_KEPT_NOUNS = frozenset({"때문", "탓", "덕분"})
#: the endings of what was said before "게 …의 설명이다" ("…때문이라는 게")
_TOLD = frozenset({"라는", "다는"})
#: the nouns of reason a sentence closes on after what was said ("…떠날 것이라는 이유에서다",
#: "…떨어졌다는 이유다"): what was said is the reason of the act of the sentence before
_TOLD_REASONS = frozenset({"이유", "까닭"})


def stated_sentences(ex: Extraction, hits: list[Hit], top: Hit, events: set[str]) -> list[str]:
    """The sentences of ``top``'s article a reason of the event may be stated in: the few after
    each of the best hits that writes a word of ``events`` (the headline, the lead), then the
    best hits that write one (a best hit of another event states another's reason)."""
    hits = [h for h in hits if h.doc_id == top.doc_id]
    after = _after_events(ex, hits, events)
    best = [
        h.sentence_id
        for h in hits[:5]
        if h.sentence_id in ex.sentences and _writes(ex.sentences[h.sentence_id].text, events)
    ]
    return list(dict.fromkeys(after + best))


def restated_sentences(ex: Extraction, top: Hit) -> list[str]:
    """The sentences of ``top``'s article that make an event their topic as a clause before
    것은 ("두 회사가 손을 잡은 것은 …때문이다") or as "이번" and its nouns ("이번 요금제 출시는
    …방안에 따른 것이다"): Korean news explains its event so, in words of its own the question
    may not share; the last place a reason is looked for."""
    found, n = [], 0
    while (s := ex.sentences.get(f"{top.doc_id}#{n}")) is not None:
        toks = list(sentence_tokens(s.text))
        if any(
            t.form == "것" and toks[k + 1].tag == "JX" and toks[k + 1].form in _TOPIC_PARTICLES
            for k, t in enumerate(toks[:-1])
        ) or _this_event_topic(toks):
            found.append(s.id)
        n += 1
    return found


def _this_event_topic(toks: list[Token]) -> bool:
    """The sentence opens with "이번" and nouns made its topic ("이번 요금제 출시는"): the
    article's own event, restated."""
    if len(toks) < 3 or toks[0].form != "이번":
        return False
    for t in toks[1:]:
        if t.tag == "JX" and t.form in _TOPIC_PARTICLES:
            return True
        if not t.tag.startswith(("NN", "XSN")):
            return False
    return False


def leading_sentences(ex: Extraction, top: Hit, events: set[str]) -> list[str]:
    """The lead of ``top``'s article when the sentence after it reports the event in the
    question's words and the lead does not ("청람게임즈가 신작 부진에 따른 실적 악화로 자회사
    두 곳의 문을 닫고 310명을 줄인다." then "청람게임즈는 …구조조정안을 확정했다고 밝혔다." for
    "…구조조정을 하는 이유는?"): both report one event, the lead with its cause."""
    lead = ex.sentences.get(f"{top.doc_id}#1")
    report = ex.sentences.get(f"{top.doc_id}#2")
    if lead is None or report is None or not events:
        return []
    return [lead.id] if _writes(report.text, events) and not _writes(lead.text, events) else []


def repeats_question(q: Question, clause: str) -> bool:
    """The clause restates the event, it is no reason: it ends on the question's own verb
    and writes another of its words ("미래은행이 경력직 200명을 뽑으면서" for "…경력직을 뽑는
    이유는?"), or it has at most one
    word of its own, fewer than it shares with the question ("알펜메드가 이사회를 열어" for
    "알펜메드가 이사회를 여는 이유는?")."""
    asked = {t.form for t in q.tokens}
    toks = list(sentence_tokens(clause))
    verbs = [
        t.form
        for i, t in enumerate(toks)
        if t.tag.startswith(("VV", "VA"))
        or (t.tag == "NNG" and i + 1 < len(toks) and toks[i + 1].tag in {"XSV", "XSA"})
    ]
    words = [t.form for t in toks if base_tag(t.tag) in _CONTENT]
    shared = sum(w in asked for w in words)
    if verbs and verbs[-1] in asked_predicates(q, event_words(q)) and shared > 1:
        return True  # not "특수 수지의 판매가 늘어난" for "영업이익이 늘어난 이유는?"
    return len(words) - shared <= 1 and len(words) - shared < shared


def asked_predicates(q: Question, events: set[str]) -> set[str]:
    """The words of ``events`` that say what happened, the question's verbs: a verb, or a noun
    made one ("주민들의 가처분이 기각된 이유는?" -> {"기각"}; "주민" and "처분" are who and
    what it happened to, which a judgment of why may write)."""
    toks = q.tokens
    return {
        t.form
        for i, t in enumerate(toks)
        if t.form in events
        and (
            t.tag.startswith(("VV", "VA"))
            or (i + 1 < len(toks) and toks[i + 1].tag in {"XSV", "XSA"})
        )
    }


def restates_event(ex: Extraction, top: Hit, events: set[str]) -> bool:
    """The best sentence is one the article opens with, writes a word of ``events`` and no
    cue of cause or purpose at all: it restates what happened, and is no reason ("솔빛커피가
    강남역 인근에 1호 매장을 열었다" for "…매장을 연 이유는?")."""
    s = ex.sentences.get(top.sentence_id)
    if s is None or s.index >= _OPENING or not _writes(s.text, events):
        return False
    cues = question_tables()["motives"]
    words = {*cues["nouns"], *cues["nouns_after"], *cues["verbs"], *cues["cause_nouns_by"]}
    toks = list(sentence_tokens(s.text))
    for i, t in enumerate(toks):
        if t.form in words or _kept(t) or (t.tag == "EC" and t.form in cues["endings"]):
            return False
        if connective_end(toks, i, cues) >= 0:
            return False
    return True


def _after_events(ex: Extraction, hits: list[Hit], events: set[str]) -> list[str]:
    """The few sentences after each of the best three hits that writes a word of ``events``."""
    out: list[str] = []
    for h in hits[:3]:
        s = ex.sentences.get(h.sentence_id)
        if s is None or not _writes(s.text, events):
            continue
        out += [f"{s.doc_id}#{n}" for n in range(s.index + 1, s.index + 1 + _FOLLOWING)]
    return list(dict.fromkeys(out))


def _writes(text: str, events: set[str]) -> bool:
    """The sentence writes a word of the question's event ("철수" of "…철수하는 이유는?")."""
    return bool(events & {t.form for t in sentence_tokens(text)})


def stated_reason(text: str, quoted: bool = True) -> str | None:
    """The reason ``text`` states with a noun of reason or (with ``quoted``) in a quote, else
    None."""
    toks = list(sentence_tokens(text))
    cues = question_tables()["motives"]
    nouns = set(cues["nouns"])
    for k, t in enumerate(toks):
        if k == 0 or not ((t.form in nouns and t.tag == "NNG") or _is_occasion(toks, k)):
            continue
        found = _after_topic(toks, k) if _is_topic(toks, k) else _named_subject(toks, k, cues)
        if found is not None:
            start, end = found
            return text[toks[start].start : toks[end].end].strip() or None
    found = _ending_reason(text, toks)
    return found if found is not None or not quoted else _quoted_cause(text, cues)


def closes_on_reason(text: str) -> bool:
    """The sentence closes on a noun of reason and the copula and makes nothing its topic:
    it gives the reason of the sentence before it ("시설 점검에서 부식이 발견됐기 때문이다."),
    where "두 회사가 손을 잡은 것은 …때문이다" gives its topic's.

    >>> closes_on_reason("시설 점검에서 지붕의 부식이 발견됐기 때문이다.")
    True
    >>> closes_on_reason("두 회사가 손을 잡은 것은 경쟁이 거세졌기 때문이다.")
    False
    >>> closes_on_reason("시는 다음 달 요금을 올린다.")
    False
    >>> closes_on_reason("학교가 사라지면 마을이 빌 것이라는 이유에서다.")
    True
    """
    toks = [t for t in sentence_tokens(text) if not t.tag.startswith("S")]
    if any(t.tag == "JX" and t.form in _TOPIC_PARTICLES for t in toks):
        return False
    if _told_reason_end(toks) > 0:
        return True  # "…떠날 것이라는 이유에서다."
    return len(toks) > 2 and _kept(toks[-3]) and toks[-2].tag == "VCP" and toks[-1].tag == "EF"


def _ending_reason(text: str, toks: list[Token]) -> str | None:
    """The clause a sentence closes with a noun of reason and the copula or a reader's verb,
    the sentence after an event's: "하역 장비의 도착이 늦어진 탓이다", "수지 판매가 늘어난
    덕분이라는 분석이다", "사업을 접은 것은 수익성 악화 탓으로 분석된다"."""
    readers = set(question_tables()["motives"]["reason_readers"])
    if (told := _told_reason_end(toks)) > 0:
        start = _subject_start(toks, told)
        said = text[toks[start].start : toks[told].end].strip() if start < told - 1 else ""
        # "…떠날 것이라는" -> "…떠날 것", "…떨어졌다는" -> "…떨어졌다"
        said = said.removesuffix("이라는") if said.endswith("것이라는") else said[:-1]
        return said.strip() or None
    for k in range(1, len(toks) - 2):
        read = toks[k + 1].form in {"로", "으로"} and toks[k + 2].form in readers
        if _kept(toks[k]) and (toks[k + 1].tag == "VCP" or read):
            start = _subject_start(toks, k)
            return text[toks[start].start : toks[k].end].strip() if start < k else None
    return None


def _told_reason_end(toks: list[Token]) -> int:
    """The index of the 라는/다는 the sentence's closing noun of reason follows ("…떠날 것이라는
    이유에서다.", "…떨어졌다는 이유다."); -1 when it closes on none."""
    n = len(toks)
    while n > 0 and toks[n - 1].tag.startswith("S"):
        n -= 1  # the full stop
    k = n - 3  # 이유, (에서,) 이, 다
    if k > 1 and toks[k].tag == "JKB" and toks[k].form == "에서":
        k -= 1
    if k < 2 or toks[n - 1].tag != "EF" or toks[n - 2].tag != "VCP":
        return -1
    closing = toks[k].form in _TOLD_REASONS and toks[k].tag == "NNG"
    return k - 1 if closing and toks[k - 1].tag == "ETM" and toks[k - 1].form in _TOLD else -1


def _is_occasion(toks: list[Token], k: int) -> bool:
    """Token ``k`` is the 데 of "…을 결정한 데는", the topic of what went into a decision."""
    return toks[k].form == "데" and toks[k].tag == "NNB" and toks[k - 1].tag == "ETM"


def _is_topic(toks: list[Token], k: int) -> bool:
    """The noun of reason at ``k`` is the topic: "이유는", "배경에는", "원인으로는"; or the
    subject of a 때문 that follows ("급증한 까닭이 …겹쳤기 때문이라고 분석했다")."""
    n = k + 1
    if n < len(toks) and toks[n].tag == "JKB":
        n += 1
    if n >= len(toks):
        return False
    if toks[n].tag == "JX" and toks[n].form in _TOPIC_PARTICLES:
        return True
    return toks[n].tag in {"JKS", "VCP"} and any(_kept(t) for t in toks[n + 1 :])


def _kept(t: Token) -> bool:
    """The token is a noun of reason a clause ends on (때문, 탓, 덕분)."""
    return t.form in _KEPT_NOUNS and t.tag.startswith("NN")


def _after_topic(toks: list[Token], k: int) -> tuple[int, int] | None:
    """Where what follows the topic of reason at ``k`` begins and ends: up to 때문 (kept) or a
    quotative "…라는 게"; else the subject of the closing verb ("…영업적자가 있다", "…발표가
    꼽힌다", "…줄어든 점이 크게 작용했다"); else up to the closing copula ("…차질이다")."""
    start = k + 2 if toks[k + 1].tag in {"JX", "JKS", "VCP"} else k + 3
    rest = range(start, len(toks))
    end = next((i for i in rest if _kept(toks[i])), None)
    if end is None:
        said = next((i for i in rest if toks[i].tag == "ETM" and toks[i].form in _TOLD), None)
        subject = [i for i in rest if toks[i].tag == "JKS"]
        closing = [i for i in rest if toks[i].tag == "VCP"]
        if said is not None:
            end = said - 1
        elif subject:
            end = subject[-1] - 1
        elif closing:
            end = closing[-1] - 1
    if end is None:
        return None
    while end > start and toks[end].tag in {"VCP", "SSC"}:
        end -= 1
    return (start, end) if end >= start else None


def _named_subject(toks: list[Token], k: int, cues: dict) -> tuple[int, int] | None:
    """The subject the noun of reason at ``k`` names a reason: "…것이 철수의 원인으로 보고
    있다", "…점도 배경으로 꼽힌다", "적자 누적이 철수의 이유다"."""
    after = toks[k + 1] if k + 1 < len(toks) else None
    if after is None or (toks[k - 1].tag == "ETM" and toks[k - 1].form in _TOLD):
        return None  # "…떨어졌다는 이유다": what was said is the reason (_ending_reason)
    read = (
        after.form in {"로", "으로"}
        and k + 2 < len(toks)
        and toks[k + 2].form in cues["reason_readers"]
    )
    # "…것이 이번 확대의 배경이 됐다"
    became = after.tag in {"JKC", "JKS"} and k + 2 < len(toks) and toks[k + 2].form == "되"
    # "…적자 누적이 철수의 이유다", "고금리가 이유인 것으로": the copula closes the sentence
    closes = after.tag == "VCP" and k + 2 < len(toks) and toks[k + 2].tag in {"EF", "ETM"}
    if not (read or became or closes):
        return None
    for j in range(k - 1, max(0, k - REACH), -1):
        t = toks[j]
        if t.tag in {"SF", "SSO"} or t.form == ",":
            return None
        if t.tag in {"JKS", "JX"} and t.form in _SUBJECT_PARTICLES:
            start = _subject_start(toks, j)
            return (start, j - 1) if start < j else None
    return None


def _subject_start(toks: list[Token], j: int) -> int:
    """Where the subject ending at ``j`` begins, with every clause that modifies it ("택시
    승차난이 이어지며 시민 불편이 커진 것이"): after a topic, a comma, a quote."""
    for i in range(j - 1, -1, -1):
        t = toks[i]
        if t.tag in {"SF", "SSO"} or (t.form == "," and not list_comma(toks, i)):
            return i + 1
        if t.tag == "JX" and t.form in _TOPIC_PARTICLES:
            return i + 1
    return 0


def _quoted_cause(text: str, cues: dict) -> str | None:
    """What a quote of ``text`` says when it writes a cause: a connective of cause or a noun
    of reason inside it ('"연료비가 크게 올라 …어렵다"고 말했다'); when the sentence concedes
    what was said, the cause it writes after ('"전산 오류 때문"이라고 해명했지만, 누적된 적자
    탓에 …드러났다' -> "누적된 적자 탓에")."""
    if (rest := conceded_after(text)) is not None:
        return anchored_cause(rest, set(), strong_only=True)
    said = judged_reason(text, telling=True)
    if said is None or not any(t.tag == "SSO" for t in sentence_tokens(text)):
        return None
    toks = list(sentence_tokens(said))
    if any(t.form in _KEPT_NOUNS for t in toks):
        return said
    return said if any(connective_end(toks, i, cues) >= 0 for i in range(len(toks))) else None
