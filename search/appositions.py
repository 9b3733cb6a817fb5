"""What the text calls a named thing: the noun phrase written right before its name ("웹툰 작가용
채색 보조 도구 '툰브러시'", "AI 자회사 하이로드AI랩", with the clause that modifies it: "병원
전화를 대신 받아 ... 처리하는 음성 AI 상담원 '말벗콜'이다"), or a gloss in parentheses after
it ("DALL·E(텍스트를 기반으로 이미지를 생성하는 모델)").  It answers "X는 어떤 서비스야?" with a
short phrase instead of a whole sentence.

>>> [(a.phrase, a.defines) for a in appositions("주력 제품은 창고 선반을 옮기는 자율주행 로봇 '바로봇'이다.", ["바로봇"])]
[('창고 선반을 옮기는 자율주행 로봇', True)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .spans import Token

__all__ = ["Apposition", "appositions", "called_apart", "noun_phrase_before", "predicated"]

_QUOTES = "'\"‘’“”「」『』《》〈〉<>"
#: the kinds of [heads] noun that name a figure, never a kind of thing ("정확도", "규모", "금액")
_FIGURE_KINDS = frozenset({"number", "money", "date"})
#: morphemes a description's noun phrase is made of ("웹툰 작가용 채색 보조 도구", "8대", "80억개")
_NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN", "XPN"})
#: where the clause modifying the phrase begins: after a topic, a subject, a conjunction
#: particle or punctuation ("주력 서비스는 | 병원 전화를 ... 처리하는 음성 AI 상담원")
_CLAUSE_STOPS = frozenset({"JKS", "SF", "SS", "SSO", "SSC"})
#: topic particles that end a clause ("까지", "만" are JX too, inside one: "앞까지 옮기는")
_TOPICS = frozenset({"은", "는", "도"})
#: "와"/"과" after a quoted name join two names ("'미르 가속기 카드'와 | 서버 8대를 묶은 ..."),
#: not two nouns of one clause ("재고 문의와 조제 예약을 처리하는")
_JOINS = frozenset({"와", "과", "하고", "랑", "이랑"})
#: punctuation that ends a clause ("·" in "예약·변경·취소" does not)
_CLAUSE_MARKS = frozenset({",", ";", ":"})
#: how many morphemes back a modifying clause may reach
_CLAUSE_REACH = 16


@dataclass(frozen=True)
class Apposition:
    phrase: str  # what the text calls the name
    defines: bool  # the sentence says what it is ("... '말벗콜'이다", a gloss in parentheses)
    head: str  # the phrase's last noun ("상담원")


def _clause_start(before: list[Token], k: int) -> int:
    """Where the clause that modifies the noun phrase starting at ``k`` begins: back from an
    adnominal ending (ETM) to the last topic, subject, conjunction or punctuation."""
    if k == 0 or before[k - 1].tag != "ETM":
        return k
    m = k - 1
    while m > 0 and k - m < _CLAUSE_REACH:
        t = before[m - 1]
        if (
            t.tag in _CLAUSE_STOPS
            or t.form in _CLAUSE_MARKS
            or (t.tag == "JX" and t.form in _TOPICS)
            or (t.form in _JOINS and m > 1 and before[m - 2].tag.startswith("SS"))
        ):
            return m
        m -= 1
    return m if m == 0 else k


def _before(text: str, at: int, mentions: list[tuple[int, int]]) -> Apposition | None:
    """The noun phrase (and its modifying clause) that ends right before ``at``."""
    # a copula Kiwi gives no character of its own ("피부다": 이/VCP at 다) is after ``at``
    before = [t for t in sentence_tokens(text) if t.end <= at and t.start < at]
    end = _past_bracket(
        before, len(before)
    )  # "저비용항공사(LCC) 제비에어": the gloss is the phrase's
    k = end
    while k > 0 and (before[k - 1].tag in _NOUNISH or before[k - 1].form == ")"):
        if before[k - 1].form != ")":
            k -= 1
        elif (opened := _past_bracket(before, k)) < k:
            k = opened
        else:
            break  # a bracket that is no gloss ("(그로 인해 … 요구함.)") ends the phrase
    if (
        k == end
        or before[end - 1].tag not in {"NNG", "NNP"}
        or text[before[-1].end : at].strip(_QUOTES + " ")
    ):
        return None
    last = before[end - 1]
    if any(s < last.end and last.start < e for s, e in mentions):
        return None  # "네이버웹툰 툰브러시": a name, not what the thing is
    start = _clause_start(before, k)
    return Apposition(text[before[start].start : before[-1].end].strip(), False, last.form)


def noun_phrase_before(text: str, at: int) -> str | None:
    """The noun phrase with its modifying clause that ``text`` writes right before ``at``
    ("전력은 | 대양에너지가 인근에 짓는 LNG 발전소|에서 받는다"), or None."""
    found = _before(text, at, [])
    return found.phrase if found is not None else None


def _past_bracket(before: list[Token], k: int) -> int:
    """Where a bracketed gloss ending at token ``k`` ("(IPF)", "(LCC)") opens, when its content is
    a few nouns or Latin letters; else ``k``."""
    if k == 0 or before[k - 1].form != ")":
        return k
    m = k - 1
    while m > 0 and before[m - 1].form != "(" and k - m <= 4:
        if before[m - 1].tag not in _NOUNISH:
            return k
        m -= 1
    return m - 1 if m > 0 and before[m - 1].form == "(" and m < k - 1 else k


def appositions(
    text: str, names: list[str], mentions: list[tuple[int, int]] = ()
) -> Iterator[Apposition]:
    """What ``text`` calls the thing named by one of ``names`` (``mentions``: character spans
    of names in ``text``, which are no description)."""
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if _inside_longer(text, m.start(), m.end(), mentions):
                continue  # "앱 '루미홈 케어'", "게임 '검은 등대: 표류'": another thing's name
            gloss = re.match(r"\(([^)]{8,})\)", text[m.end() :])
            if gloss and " " in gloss.group(1).strip():
                # one word in brackets is the name spelt again ("'택트스킨(TactSkin)'"), no gloss
                yield Apposition(gloss.group(1).strip(), True, "")
            at = m.start()
            while at > 0 and text[at - 1] in _QUOTES:
                at -= 1
            found = _before(text, at, list(mentions))
            if found is not None:
                after = text[m.end() :].lstrip(_QUOTES)
                after = re.sub(r"^\([^)]*\)", "", after).lstrip(_QUOTES)
                defines = bool(re.match(r"(?:이다|다|입니다)\s*[.!]?\s*$", after))
                yield Apposition(found.phrase, defines, found.head)


def predicated(text: str, names: list[str], mentions: list[tuple[int, int]] = ()) -> list[str]:
    """What ``text`` says one of ``names`` is when the name is its topic, for a text that writes
    no noun phrase before the name (the ``appositions`` form, which news writes most).

    >>> predicated("'빛결(Bitgyeol)'은 흠집을 찾아내는 광학 검사 장비다.", ["빛결"])
    ['흠집을 찾아내는 광학 검사 장비']
    >>> predicated("라온은 2019년 설립된 생활가전 업체로 공기청정기를 만든다.", ["라온"])
    ['2019년 설립된 생활가전 업체']
    >>> predicated("라온은 청주로 본사를 옮긴다.", ["라온"]), predicated("라온은 출시할 예정이다.", ["라온"])
    ([], [])
    """
    out = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if not _inside_longer(text, m.start(), m.end(), mentions):
                if (said := _predicate(text, m.end(), list(mentions))) is not None:
                    out.append(said.phrase)
    return out


def _predicate(text: str, end: int, mentions: list[tuple[int, int]]) -> Apposition | None:
    """The name as the sentence's topic, and what the sentence says it is: the noun phrase
    before the closing copula ("'택트스킨(TactSkin)'은 … 심은 로봇용 전자 피부다") or before
    로 that goes on ("'검은 등대'는 … 연재한 미스터리 스릴러로, …"; "… 생활가전 업체로": a
    head noun of [heads])."""
    after = re.sub(r"^\([^)]*\)", "", text[end:].lstrip(_QUOTES)).lstrip(_QUOTES)
    if not re.match(r"[은는]\s", after):
        return None
    topic_end = len(text) - len(after) + 1
    toks = [t for t in sentence_tokens(text) if t.start >= topic_end]
    heads = answer_type_tables()["heads"]
    for i, t in enumerate(toks[1:-1], start=1):
        closes = t.tag == "VCP" and toks[i + 1].tag == "EF" and _last(toks, i + 2)
        # a noun of a figure is no kind: "98% 정확도로 집어낸다" says how well, not what it is
        kind_head = heads.get(toks[i - 1].form, "") not in {"", *_FIGURE_KINDS}
        as_kind = (
            t.tag == "JKB" and t.form in {"로", "으로"} and (toks[i + 1].form == "," or kind_head)
        )
        if closes or as_kind:
            found = _before(text, toks[i - 1].end, mentions)
            if found is None or found.head in answer_type_tables()["predicates"]["not_kinds"]:
                return None  # "… 출시할 예정이다", "… 회사 측 설명이다": no kind of thing
            first = next(t for t in toks if t.start >= text.index(found.phrase, topic_end))
            return None if first.tag.startswith(("J", "E")) else found
    return None


def _last(toks: list[Token], i: int) -> bool:
    """Nothing but punctuation from token ``i`` on: the sentence ends there."""
    return all(t.tag.startswith("S") for t in toks[i:])


def _inside_longer(text: str, start: int, end: int, mentions) -> bool:
    """The name at ``start:end`` begins a longer name: another mention covers it, or its quotes
    hold more than the name ("'루미홈 케어'")."""
    if any(s <= start and end <= e and (s, e) != (start, end) for s, e in mentions):
        return True
    if start == 0 or text[start - 1] not in _QUOTES:
        return False
    after = re.sub(r"^\([^)]*\)", "", text[end:])  # "'핸즈원(HandsOne)'": the name's own gloss
    close = next((i for i, c in enumerate(after[:30]) if c in _QUOTES), None)
    return close is not None and close > 0


def called_apart(head: str, ex, ents: list, names: list[str]) -> tuple[list, list[str]]:
    """A model asked ("너울AI가 내놓은 모델은 뭐뭐야?"): the answers without those the text calls
    by a noun of another kind right before their name ("AI 비서 앱 '너울챗'"; [called_apart]),
    unless none would be left.  ``ents``/``names``: the answers' entities (None for words read
    without one) and shown names, in order."""
    others = set(answer_type_tables()["called_apart"].get(head.casefold(), []))
    if not others:
        return ents, names
    kept = [(e, n) for e, n in zip(ents, names) if e is None or not _called(ex, e.id, others)]
    if not kept or len(kept) == len(names):
        return ents, names
    return [e for e, _ in kept], [n for _, n in kept]


def _called(ex, eid: str, heads: set[str]) -> bool:
    """A sentence writes the entity right after a noun of ``heads`` ("앱 '너울챗'")."""
    for sid, mentions in ex.sentence_entities.items():
        for mentioned, start, _ in mentions:
            if mentioned != eid or sid not in ex.sentences:
                continue
            text = ex.sentences[sid].text
            while start > 0 and text[start - 1] in _QUOTES:
                start -= 1
            others = [(s, e) for m, s, e in mentions if m != eid]
            found = _before(text, start, others)
            if found is not None and found.head in heads:
                return True
    return False
