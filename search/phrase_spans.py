"""Phrases a sentence says something with: what it calls a name before the name ("간경화 관련
치료 후보물질 'KR-11'"), the clause that ends on a noun ("바닷물을 민물로 바꾸는 장치"), the
object given as a noun ("매출의 한 자릿수 비율을 수수료로 받는다"), the finding of an inquiry
("…것으로 드러났다").  Answers of "무슨/어떤/어느 정도/원인" questions (search/phrase_answers.py)
are cut from these.

>>> text = "두리제약은 간경화 관련 섬유증(LF) 치료 후보물질 'KR-11'을 넘겼다."
>>> noun_run_before(text, text.index("KR-11"))
'간경화 관련 섬유증(LF) 치료 후보물질'
>>> text = "바닷물을 걸러 민물로 바꾸는 장치로, 하루 500t을 만든다."
>>> clause_with_head(text, "장치")
('바닷물을 걸러 민물로 바꾸는 장치', True)
>>> text = "출시되면 두리제약은 매출의 한 자릿수 비율을 수수료(커미션)로 받는다."
>>> object_as(text, "커미션", ["받"])
'매출의 한 자릿수 비율'
>>> text = "점검 결과 냉각기의 밸브가 막혀 물이 샌 것으로 드러났다."
>>> finding_clause(text, ["드러나"], ["결과"])
'냉각기의 밸브가 막혀 물이 샌 것'
"""

from __future__ import annotations

from .passages import sentence_tokens
from .spans import Token, base_tag

__all__ = [
    "clause_with_head",
    "degree_of",
    "finding_clause",
    "noun_run_before",
    "object_as",
    "object_of",
]

_QUOTES = "'\"‘’“”「」『』《》〈〉<>"
#: morphemes a noun phrase is written with ("간경화 관련 섬유증(LF) 치료 후보물질", "두 자릿수")
_NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN", "XPN", "MM", "SO"})
#: where a clause modifying a noun begins: after a topic or subject, a sentence's end, a bracket
#: or quote that opens, a comma
_CLAUSE_STOPS = frozenset({"JKS", "SF", "SSO", "EF"})
_TOPICS = frozenset({"은", "는", "도"})
#: how many morphemes back a clause may reach
_REACH = 20


def _bracketed(toks: list[Token], k: int) -> int:
    """The index of the "(" that opens the bracket whose ")" is token ``k - 1``, else ``k``."""
    m = k - 1
    while m >= 0 and toks[m].tag != "SSO":
        m -= 1
    return m if m >= 0 and toks[m].form == "(" else k


def noun_run_before(text: str, at: int) -> str | None:
    """The run of nouns (brackets they hold included) that ends right before character ``at``,
    quotes and a space between; None when none does."""
    toks = [t for t in sentence_tokens(text) if t.end <= at]
    while toks and toks[-1].form in _QUOTES:
        toks.pop()  # "후보물질 'KR-11'": the quote that opens the name
    if text[toks[-1].end : at].strip(_QUOTES + " ") if toks else True:
        return None
    k = len(toks)
    while k > 0:
        if toks[k - 1].tag in _NOUNISH:
            k -= 1
        elif toks[k - 1].form == ")" and (m := _bracketed(toks, k)) < k - 1 and m > 0:
            k = m
        else:
            break
    while k < len(toks) and toks[k].tag in {"MM", "SO"}:
        k += 1  # "이 치료제": a determiner opens no description
    return text[toks[k].start : toks[-1].end].strip() if k < len(toks) else None


def _clause_start(toks: list[Token], k: int) -> int:
    """Where the clause whose adnominal ending is token ``k - 1`` begins."""
    m = k - 1
    while m > 0 and k - m < _REACH:
        t = toks[m - 1]
        if t.tag in _CLAUSE_STOPS or t.form == "," or (t.tag == "JX" and t.form in _TOPICS):
            return m
        m -= 1
    return m if m == 0 else k


def _being(toks: list[Token], i: int) -> bool:
    """Token ``i`` is the 로/으로 of "…하는 장치로, …" or "…분야 기업으로 AIS를 …" (what a
    thing is), not of "…서비스로도 선정됐다" or "…로 꼽혔다" (what it was named as)."""
    if toks[i].tag != "JKB" or toks[i].form not in {"로", "으로"} or i + 1 >= len(toks):
        return False
    after = toks[i + 1]
    if after.tag == "JX" or base_tag(after.tag) in {"VV", "VA", "XSV"}:
        return False
    return not (i + 2 < len(toks) and base_tag(toks[i + 2].tag) in {"XSV", "XSA"})


def clause_with_head(text: str, head: str, skip=(), after: int = 0) -> tuple[str, bool] | None:
    """The predicate ending on the noun ``head`` after character ``after`` ("…하는 장치다",
    "…하는 장치로,"), with the clause that modifies it, or its run of nouns when no clause
    does ("재액화 장치"), without a conjunctive adverb or a word of ``skip`` that opens the
    sentence ("또 …"); and whether that clause opens the sentence.  None without such a
    predicate or with nothing before its noun."""
    toks = list(sentence_tokens(text))
    for at, t in enumerate(toks[:-1]):
        nxt = toks[at + 1]
        if t.start < after or t.form != head or t.tag != "NNG":
            continue
        if not (nxt.tag == "VCP" or _being(toks, at + 1)):
            continue
        k = at
        while k > 0 and toks[k - 1].tag in _NOUNISH - {"MM"}:
            k -= 1
        if k > 0 and toks[k - 1].tag == "ETM":
            k = _clause_start(toks, k)
        opens = all(p.tag == "MAJ" or p.form in skip for p in toks[:k])
        while k < at and (toks[k].tag == "MAJ" or toks[k].form in skip):
            k += 1
        if k < at and toks[k].start >= after:
            return text[toks[k].start : toks[at].end].strip(), opens
    return None


def object_as(text: str, noun: str, verbs: list[str]) -> str | None:
    """P of "P을 <noun>(으)로 <verb>" ("매출의 한 자릿수 비율을 커미션으로 받는다"; the noun may
    be a gloss in brackets: "수수료(커미션)로"); None when the sentence has no such object."""
    toks = list(sentence_tokens(text))
    for i, t in enumerate(toks):
        if t.form != noun or i + 2 >= len(toks):
            continue
        j = i + 1 + (toks[i + 1].tag == "SSC")  # "수수료(커미션)로" asked as 커미션
        if toks[i + 1].tag == "SSO":  # ... or as 수수료: past the gloss
            j = next((m + 1 for m in range(i + 1, len(toks)) if toks[m].tag == "SSC"), j)
        if j + 1 >= len(toks) or toks[j].form not in {"로", "으로"}:
            continue
        if not any(toks[j + 1].form.startswith(v) for v in verbs):
            continue
        k = _noun_start(toks, i)  # "경상 기술료(로열티)": the nouns before the bracket
        if k < 2 or toks[k - 1].tag != "JKO":
            continue
        o = _phrase_back(toks, k - 1)
        if o < k - 1:
            return text[toks[o].start : toks[k - 2].end].strip()
    return None


def _phrase_back(toks: list[Token], k: int) -> int:
    """Where the noun phrase ending before token ``k`` begins, over 의 ("매출의 한 자릿수
    비율")."""
    while k > 0 and (toks[k - 1].tag in _NOUNISH or toks[k - 1].tag in {"JKG", "SW"}):
        k -= 1
    return k


def _noun_start(toks: list[Token], i: int) -> int:
    """The first token of the noun at ``i``, or of the nouns it glosses ("경상 기술료(로열티)")."""
    if i + 1 < len(toks) and toks[i + 1].tag == "SSC" and i > 0 and toks[i - 1].tag == "SSO":
        i -= 1
        while i > 0 and toks[i - 1].tag in {"NNG", "NNP"}:
            i -= 1
    return i


def degree_of(text: str, noun: str, numerals: list[str]) -> str | None:
    """P of "P의 <noun>" when P counts something ("두 자릿수대의 로열티", "매출의 5% 수준의
    수수료"): a number, or a determiner of ``numerals``; None otherwise.

    >>> degree_of("매출의 5% 수준의 수수료를 받는다.", "수수료", ["한", "두"])
    '매출의 5% 수준'
    >>> degree_of("두리제약의 수수료를 받는다.", "수수료", ["한", "두"]) is None
    True
    """
    toks = list(sentence_tokens(text))
    for i, t in enumerate(toks):
        k = _noun_start(toks, i) if t.form == noun else 0
        if k < 2 or toks[k - 1].tag != "JKG":
            continue
        o = _phrase_back(toks, k - 1)
        run = toks[o : k - 1]
        if any(r.tag in {"SN", "NR"} or (r.tag == "MM" and r.form in numerals) for r in run):
            return text[toks[o].start : toks[k - 2].end].strip()
    return None


def finding_clause(text: str, verbs: list[str], openers: list[str]) -> str | None:
    """The clause before "것으로 <verb>" ("…것으로 드러났다"), from after an opener noun ("조사
    결과") or the last comma or topic before it; None when the sentence reports no finding."""
    toks = list(sentence_tokens(text))
    for i in range(1, len(toks) - 2):
        t, after = toks[i], toks[i + 2]
        if t.form != "것" or toks[i + 1].form not in {"로", "으로"}:
            continue
        if not any(after.form.startswith(v) for v in verbs) or base_tag(after.tag) not in {
            "VV",
            "NNG",
        }:
            continue
        start = 0
        for m in range(i - 1, -1, -1):
            p = toks[m]
            if p.form in openers or p.form == "," or (p.tag == "JX" and p.form in _TOPICS):
                start = m + 1
                break
        if start < i:
            return text[toks[start].start : t.end].strip()
    return None


def object_of(text: str, end: int, verb: str) -> str | None:
    """The object X takes in "X는 P를 (…) <verb>", X's name ending at character ``end``; also
    where one verb serves several ("A는 a를, X는 P를, C는 c를 각각 맡는다"); None otherwise.

    >>> object_of("가람은 부지를, 다솔은 전력과 설비를 각각 맡는다.", 10, "맡")
    '전력과 설비'
    """
    toks = [t for t in sentence_tokens(text) if t.start >= end]
    if not toks or toks[0].tag not in {"JX", "JKS"} or not any(t.form == verb for t in toks):
        return None
    k = 1
    while k < len(toks) and (toks[k].tag in _NOUNISH or toks[k].tag in {"JC", "JKG", "SSC"}):
        k += 1
    if 1 < k < len(toks) and toks[k].tag == "JKO":
        return text[toks[1].start : toks[k - 1].end].strip()
    return None
