"""Why a thing happened, read where the text writes the cause right before the thing: a clause
ending on a connective of cause ("…에 실패해", "…를 갚지 못해", "…가 거부하면서", "…하는
바람에", "…한 탓에") shortly before a word of what the question asks happened ("서비스를
종료하는 이유는?" -> "추가 투자 유치에 실패해 더는 서비스를 이어가기 어렵다" gives
"추가 투자 유치에 실패해").  Korean news writes most reasons so, without 때문 or 위해, and a
whole sentence or a clause of purpose of another event answered such questions before.

The connectives are data (resources/question.toml [motives] ``cause_endings``,
``cause_nouns_after``); the words of the event are the question's own content morphemes.

>>> anchored_cause("회사는 “추가 투자 유치에 실패해 더는 서비스를 이어가기 어렵다”고 밝혔다.", {"서비스"})
'추가 투자 유치에 실패해'
>>> anchored_cause("도로공사는 가드레일 공사가 끝나지 않아 개통을 미뤘다.", {"개통"})
'가드레일 공사가 끝나지 않아'
>>> anchored_cause("코드나래가 다음 달 서비스를 종료한다.", {"서비스"}) is None
True
>>> anchored_cause("위원회는 근거가 부족하다고 보고 안건을 부결했다.", {"부결"})
'근거가 부족하다고 보고'
>>> anchored_cause("시는 안전 문제를 이유로 허가를 취소했다.", {"취소"})
'안전 문제를 이유로'
>>> anchored_cause("해든식품이 가격을 올리는 것은 2년 만이다.", {"가격"}) is None
True
"""

from __future__ import annotations

from kg.roles import is_title

from .passages import sentence_tokens
from .question import Question, question_tables
from .spans import Token, base_tag

__all__ = [
    "alike_events",
    "anchored_cause",
    "clause_start",
    "closes_claim",
    "connective_end",
    "event_words",
    "joined_start",
    "list_comma",
    "noun_cause",
    "opening_cause",
]

#: how many morphemes may stand between the connective and the word of the event
#: ("실패/하/어 더/는 서비스": 3; "거부하/면서 … 극복하지 못하고 법정관리": 11)
REACH = 12
#: where the clause of cause begins: after these (a sentence end, an opening quote, a comma)
_STOP_TAGS = frozenset({"SF", "SSO"})
_STOP_FORMS = frozenset({",", "“", '"', "‘", "'"})
_TOPICS = frozenset({"은", "는"})
#: endings that close a clause before the cause ("…모색했지만 채권단이 거부하면서")
_CLAUSE_ENDS = frozenset({"지만", "는데", "은데", "ㄴ데", "고", "며", "으며", "나", "으나"})
#: the tags of the nouns a row of things is written with
_NOUNS = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "XSN"})
#: morpheme tags of the question that say what happened (a noun, a verb, a root)
_CONTENT = frozenset({"NNG", "NNP", "VV", "XR", "SL", "VA"})
#: the particles by which a noun right before the event's verb writes its cause ("오류로 리콜")
_BY = frozenset({"로", "으로"})
#: the tags of the words of a noun phrase: nouns, a determiner ("전 대표"), 의, a middle dot
_PHRASE = _NOUNS | {"NR", "XPN", "MM", "JKG", "SP"}
#: the morphemes a clause joined by 고 ends on: a verb, an adjective, their suffix, a tense
_VERB_ENDS = frozenset({"VV", "VA", "XSV", "XSA", "EP"})


def event_words(q: Question) -> set[str]:
    """The question's words of what happened: its content morphemes outside its names, its
    question words and its nouns of motive ("코드나래가 서비스를 종료하는 이유는?" ->
    {"서비스", "종료"})."""
    tables = question_tables()
    skip = set(tables["question_words"]["words"]) | set(tables["motives"]["nouns"])
    named = [range(s, e) for s, e in q.spans]
    out, in_names = set(), set()
    for t in q.tokens:
        if base_tag(t.tag) not in _CONTENT or t.form in skip:
            continue
        if any(t.start in r for r in named):
            if t.tag == "NNG":
                in_names.add(t.form)
            continue
        out.add(t.form)
    # "스텔라하우스가 액면분할을 하는 이유는?": the act is a common noun the knowledge base
    # took for a name, done with a light verb; its words are the event's
    return out or in_names


def alike_events(events: set[str]) -> set[str]:
    """``events`` with the words the text may write the same event with (resources/question.toml
    [motives] ``alike_events``).

    >>> sorted(alike_events({"거래", "멈추"}))
    ['거래', '멈추', '정지', '중단', '중지']
    """
    out = set(events)
    for group in question_tables()["motives"]["alike_events"]:
        if events & set(group):
            out |= set(group)
    return out


def connective_end(toks: list[Token], i: int, cues: dict) -> int:
    """The index the clause of cause ends at when token ``i`` ends one, else -1: a connective
    ending of cause not followed by an auxiliary ("못하/어 회생" yes, "잇/어 가/VX" no), or a
    noun of cause and its 에 ("바람/에", "탓/에")."""
    t = toks[i]
    after = toks[i + 1] if i + 1 < len(toks) else None
    if t.tag == "EC" and _inside_word(t, after):
        return -1  # "해든식품": Kiwi's 하/어/들/ㄴ/식품 — a name, no clause ending on 어
    if t.tag == "EC" and closes_claim(toks, i, cues):
        return i
    if t.tag == "EC" and t.form in cues["cause_endings"]:
        if _changed_by(toks, i, cues):
            return i  # "규제 강화에 따라", not "점수에 따라"
        if i > 0 and _stem(toks, i - 1) in cues["not_causes"]:
            return -1  # "맥도날드를 비롯해", "사고와 관련해": no cause
        if t.form == "자" and i > 0 and toks[i - 1].tag == "VCP":
            return -1  # "대표이자 창업자": two nouns, no cause
        return i if after is None or base_tag(after.tag) != "VX" else -1
    if t.form in cues["cause_nouns_bare"] and _of_fact(toks, i):
        return i  # "…5개월 넘게 걸리는 만큼 가격 강세는"
    if after is None or after.tag != "JKB":
        return -1
    if t.form in cues["cause_nouns_after"] and after.form == "에":
        return i + 1
    if after.form not in {"로", "으로"}:
        return -1
    if t.form in cues["cause_nouns_by"]:
        return i + 1  # "수요 부진 등으로", "고금리 영향으로", "태풍 여파로"
    if t.form in cues["cause_changes"] and not _result_after(toks, i + 2, cues):
        return i + 1  # "경기 침체로", "환율 급등으로"; not "매출 확대로 이어졌다"
    return -1


def _of_fact(toks: list[Token], i: int) -> bool:
    """The bound noun at ``i`` follows the adnominal ending of a fact, present or past, and
    stands before a word of its own ("걸리는 만큼 가격", "늘어난 만큼,"), not of a measure
    ("놀랄 만큼") nor before a particle ("받은 만큼을")."""
    after = toks[i + 1] if i + 1 < len(toks) else None
    return (
        toks[i].tag == "NNB"
        and i > 0
        and toks[i - 1].tag == "ETM"
        and toks[i - 1].form in {"는", "ᆫ", "은"}
        and (after is None or not after.tag.startswith("J"))
    )


def _inside_word(t: Token, after: Token | None) -> bool:
    """The ending ``t`` does not close its written word: the next morpheme goes on in the same
    word and is no particle or punctuation ("해든식품" split 하/어/들/ㄴ/식품: 어 ends no clause;
    "커져 가격을", "오르면서도", "커져," do end one)."""
    if after is None or after.start != t.end:
        return False
    return not after.tag.startswith(("J", "S"))


def closes_claim(toks: list[Token], i: int, cues: dict) -> bool:
    """The connective at ``i`` closes a claim or a judgment of the actor, the reason of what
    it did next: "소명이 부족하다며", '"인정하기 어렵다"며', "근거가 부족하다고 보고"."""
    form = toks[i].form
    if form in cues["claim_endings"]:
        return True
    if i > 0 and form in cues["quoted_claim_endings"]:
        return toks[i - 1].tag == "SSC"
    return (
        form == "고"
        and i > 1
        and toks[i - 1].form in cues["judged_verbs"]
        and toks[i - 1].tag.startswith("VV")
        and toks[i - 2].form in {"다고", "라고"}
    )


def _changed_by(toks: list[Token], i: int, cues: dict) -> bool:
    """The connective at ``i`` ends "<a noun of change>에 따라" ("규제 강화에 따라") or "<a
    clause made a noun>에 따라" ("사실을 공시함에 따라"), a cause, where "점수에 따라" only
    says according to what."""
    return (
        i >= 3
        and toks[i - 1].form == "따르"
        and toks[i - 2].form == "에"
        and toks[i - 2].tag == "JKB"
        and (toks[i - 3].form in cues["cause_changes"] or toks[i - 3].tag == "ETN")
    )


def _result_after(toks: list[Token], i: int, cues: dict) -> bool:
    """A verb of result follows at ``i`` ("…확대로 이어졌다"): what 로 ends is no cause."""
    return i < len(toks) and toks[i].form in cues["result_verbs"]


def _stem(toks: list[Token], i: int) -> str:
    """The verb a connective at ``i + 1`` ends: "비롯/NNG 하/XSV" -> 비롯, "앞두/VV" -> 앞두."""
    if toks[i].tag in {"XSV", "XSA"} and i > 0:
        return toks[i - 1].form
    return toks[i].form


def list_comma(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a comma between two nouns of a row ("니켈, 크롬 등"), which a clause
    holds, not where one begins."""
    return (
        toks[i].form == ","
        and 0 < i < len(toks) - 1
        and base_tag(toks[i - 1].tag) in _NOUNS
        and base_tag(toks[i + 1].tag) in _NOUNS
    )


def clause_start(toks: list[Token], end: int) -> int:
    """Where the clause ending at ``end`` begins: after a topic, a comma, a quote, a clause
    that ends before it; a bracket it holds is kept whole ("태백건설(지분 40%)이")."""
    closed = 0
    for i in range(end - 1, -1, -1):
        t = toks[i]
        if t.tag == "SSC":
            closed += 1
        if closed:
            closed -= t.tag == "SSO"
            continue
        if list_comma(toks, i):
            continue
        if t.tag in _STOP_TAGS or t.form in _STOP_FORMS or (t.tag == "JX" and t.form in _TOPICS):
            return i + 1
        if t.tag == "EC" and t.form in _CLAUSE_ENDS and base_tag(toks[i + 1].tag) != "VX":
            return i + 1
    return 0


def anchored_cause(text: str, events: set[str], strong_only: bool = False) -> str | None:
    """The clause of cause written shortly before a word of ``events`` in ``text``, the one
    nearest such a word; with ``strong_only`` the first clause ending on a connective that
    always says cause ("우려하면서", "늦어져서", "하는 바람에"), wherever it stands; None
    without one."""
    cues = question_tables()["motives"]
    toks = list(sentence_tokens(text))
    if strong_only:
        found = _first_strong(toks, cues)
        return None if found is None else text[toks[found[0]].start : toks[found[1]].end].strip()
    for j, t in enumerate(toks):
        if t.form not in events:
            continue
        for i in range(j - 1, max(-1, j - 1 - REACH), -1):
            if toks[i].tag in _STOP_TAGS or toks[i].form in _STOP_FORMS:
                break
            if i == j - 1 and (start := _noun_cause(toks, i, cues)) >= 0:
                return text[toks[start].start : toks[i - 1].end].strip()
            end = connective_end(toks, i, cues)
            if end < 0:
                continue
            start = joined_start(toks, clause_start(toks, i))
            if start < i:
                return text[toks[start].start : toks[end].end].strip()
            break
    return None


def _noun_cause(toks: list[Token], i: int, cues: dict) -> int:
    """Where the noun phrase of cause begins when token ``i`` is the 로 of a noun right before
    the verb of the event ("소프트웨어 오류로 리콜된다", "전 대표의 횡령 혐의로 멈췄다"),
    else -1: not where the clause has an object the verb turns into the noun ("버스를
    전기버스로 바꾼다"), the noun is a title ("새 대표로 선임됐다"), a measure ("1000원으로")
    or a place (a name: "판교로"), or the verb makes it a result ("확대로 이어졌다"); a noun
    of cause the connectives read already (``connective_end``) keeps their reading."""
    t, verb = toks[i], toks[i + 1]
    if i == 0 or t.tag != "JKB" or t.form not in _BY or toks[i - 1].tag != "NNG":
        return -1
    done = i + 2 < len(toks) and toks[i + 2].tag == "XSV"  # "리콜/NNG 되/XSV"
    if not (verb.tag.startswith("VV") or (verb.tag == "NNG" and done)):
        return -1
    if verb.form in cues["result_verbs"] or is_title(toks[i - 1].form):
        return -1
    if connective_end(toks, i - 1, cues) >= 0:
        return -1
    start = _phrase_start(toks, i)
    if any(x.tag == "JKO" for x in toks[clause_start(toks, start) : start]):
        return -1
    return start


def _phrase_start(toks: list[Token], end: int) -> int:
    """Where the noun phrase before token ``end`` begins: its nouns, a determiner, 의 and a
    middle dot between them, a bracket it holds ("배터리관리시스템(BMS) 소프트웨어 오류",
    "전 대표의 횡령·배임 혐의")."""
    start, closed = end, 0
    for i in range(end - 1, -1, -1):
        tag = toks[i].tag
        if tag == "SSC":
            closed += 1
        if closed:
            closed -= tag == "SSO"
            continue
        if base_tag(tag) not in _PHRASE:
            break
        start = i
    while start < end and toks[start].tag in {"JKG", "SP"}:
        start += 1
    return start


def joined_start(toks: list[Token], start: int) -> int:
    """Where a clause of cause begins with the clauses of cause joined before it by 고 (and a
    comma), each with its own subject: two causes written as one ("중국산 철강 수입이 늘고
    건설 경기가 가라앉아" for "…가라앉아", "이용 건수가 0.8건에 그치고, 적자가 나"); "신제품을
    내놓고 값이 올라" stays "값이 올라"; a conjunctive adverb that opens the sentence is left
    out ("하지만")."""
    joined = start
    while joined >= 2:
        end = joined - 1 - (toks[joined - 1].form == ",")
        if end < 1 or toks[end].tag != "EC" or toks[end].form != "고":
            break
        if base_tag(toks[end - 1].tag) not in _VERB_ENDS:
            break
        before = clause_start(toks, end)
        if not any(t.tag == "JKS" for t in toks[before:end]):
            break
        joined = before
    while joined < start and toks[joined].tag == "MAJ":
        joined += 1
    return joined


def opening_cause(text: str) -> str | None:
    """The clause of cause ``text`` opens with, its first clause ending on a connective that
    always says cause or on a noun of cause or of change and its particle: the sentence after
    an event's tells why it happened ("주가가 15% 급락했다." then "임상시험 중단 소식에
    투자자들이 주식을 팔았다." -> "임상시험 중단 소식에"); None when the sentence opens
    otherwise.

    >>> opening_cause("원재료인 설탕 값 급등으로 원가 부담이 커졌다.")
    '원재료인 설탕 값 급등으로'
    >>> opening_cause("회사는 태풍 여파로 공장을 멈췄다.") is None
    True
    """
    toks = list(sentence_tokens(text))
    found = _first_strong(toks, question_tables()["motives"])
    if found is None or found[0] > 0:
        return None
    return text[toks[0].start : toks[found[1]].end].strip()


def noun_cause(text: str) -> str | None:
    """The first cause ``text`` writes as a noun and its particle, without the subject that
    does what it caused: the lead of an article writes its event with its cause so ("게임사
    청람게임즈가 신작 부진에 따른 실적 악화로 자회사 두 곳의 문을 닫는다" -> "신작 부진에
    따른 실적 악화로"); None when it writes none, or a cause as a clause ("…가 오르면서").

    >>> noun_cause("게임사 청람게임즈가 신작 부진에 따른 실적 악화로 자회사 두 곳을 닫는다.")
    '신작 부진에 따른 실적 악화로'
    >>> noun_cause("청람게임즈가 직원 310명을 줄인다.") is None
    True
    """
    toks = list(sentence_tokens(text))
    found = _first_strong(toks, question_tables()["motives"])
    if found is None or toks[found[1]].tag != "JKB":
        return None
    start, end = found
    parties = [i for i in range(start, end) if toks[i].tag in {"JKS", "JKO", "JX"}]
    start = parties[-1] + 1 if parties else start
    return text[toks[start].start : toks[end].end].strip() if start < end else None


def _first_strong(toks: list[Token], cues: dict) -> tuple[int, int] | None:
    """Where the first clause ending on one of ``strong_endings`` or a noun of cause and its
    particle begins and ends."""
    strong = set(cues["strong_endings"])
    for i, t in enumerate(toks):
        end = connective_end(toks, i, cues)
        if end < 0 or (t.tag == "EC" and t.form not in strong):
            continue
        start = clause_start(toks, i)
        if start < i:
            return start, end
    return None
