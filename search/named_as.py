"""What the text names as a reason, a weakness, a cause: "X를 (주된) 감점 사유로 들었다",
"X가 약점으로 꼽혀 왔다", "늦어진 이유로 X로 꼽았다".  A question with the same noun
("주된 감점 사유는?", "약점으로 꼽혀 온 것은?") wants X, the clause, not its last noun
(the reader answered "정황") nor the whole sentence.  The verbs of naming are data
(resources/question.toml [named_as]).

>>> named_as("방통위는 대주주가 사장 선임에 개입한 정황을 주된 감점 사유로 들었다.", {"사유"})
'대주주가 사장 선임에 개입한 정황'
>>> named_as("대부분 당일치기로 다녀가 지출액이 적다는 점이 약점으로 꼽혀 왔다.", {"약점"})
'대부분 당일치기로 다녀가 지출액이 적다는 점'
>>> named_as("시는 공사가 늦어진 이유로 더웠던 날씨, 교통상황을 꼽았다.", {"이유"})
'더웠던 날씨, 교통상황'
>>> named_as("회사는 원가가 70% 올랐다고 가격 인상의 이유를 설명했다.", {"이유"})
'원가가 70% 올랐다'
>>> named_as("시는 공사가 늦어졌다고 밝혔다.", {"이유"}) is None
True

A reason labelled with the act it explains ("…다고 인상 배경을 설명했다", "…것을 철수
배경으로 설명했다") is the reason of that act only (``labelled_reason``):

>>> labelled_reason("시는 연료비가 올랐다고 인상 배경을 설명했다.", {"인상", "올리"})
'연료비가 올랐다'
>>> labelled_reason("시는 연료비가 올랐다고 인상 배경을 설명했다.", {"연기", "미루"}) is None
True
"""

from __future__ import annotations

from .caused import clause_start, joined_start
from .passages import sentence_tokens
from .question import Question, question_tables
from .spans import Token, base_tag

__all__ = ["asked_names", "labelled_reason", "named_as", "naming_nouns"]

#: how far before the noun its object or subject particle may stand ("정황/을 주되/ᆫ 감점 사유",
#: "점/이 수소 충전소/에 알맞/은 이유": 6)
_BEFORE = 8
#: the particles that end X: the object ("정황을 … 사유로 들었다"), the subject ("점이 약점으로
#: 꼽힌다")
_ENDS = frozenset({"JKO", "JKS"})


def _verbs() -> set[str]:
    return set(question_tables()["named_as"]["verbs"])


def _naming(toks: list[Token], i: int, verbs: set[str]) -> bool:
    """Token ``i`` is a verb of naming: "꼽/VV", "꼽히/VV", "지목/NNG 되/XSV"."""
    return i < len(toks) and toks[i].form in verbs and base_tag(toks[i].tag) in {"VV", "NNG"}


def naming_nouns(q: Question) -> set[str]:
    """The noun a question asks what was named as: "약점으로 꼽혀 온 것은?" -> {"약점"}."""
    toks, verbs = q.tokens, _verbs()
    return {
        t.form
        for i, t in enumerate(toks[:-2])
        if t.tag == "NNG" and toks[i + 1].form in {"로", "으로"} and _naming(toks, i + 2, verbs)
    }


def asked_names(q: Question) -> set[str]:
    """``naming_nouns`` and, for a question of motive, its noun of motive ("감점 사유는?" ->
    {"사유"})."""
    nouns = set(question_tables()["motives"]["nouns"])
    return naming_nouns(q) | {t.form for t in q.tokens if t.form in nouns and t.tag == "NNG"}


def _object_before(text: str, toks: list[Token], i: int) -> str | None:
    """X of "X를 … N으로": the clause ending on the particle within reach before ``i``."""
    for k in range(i - 1, max(-1, i - 1 - _BEFORE), -1):
        if toks[k].tag in _ENDS:
            # "수입이 늘고 수요가 줄어든 것을 … 이유로": two causes, each with its subject
            start = joined_start(toks, clause_start(toks, k))
            return text[toks[start].start : toks[k - 1].end].strip() if start < k else None
        if toks[k].tag in {"SF", "SP", "JX"}:
            return None
    return None


def _quoted_before(text: str, toks: list[Token], i: int) -> str | None:
    """X of "X라고/다고 (…의) N을 설명했다": the clause before the 고 of reported speech
    within reach before ``i`` (a quote without its marks), with the quote it follows ('"A"며
    "B"고 인하 배경을 설명했다': both are what was said)."""
    for k in range(i - 1, max(0, i - 1 - _BEFORE), -1):
        t = toks[k]
        # Kiwi reads the 고 after a sentence ending as a particle, an ending or a prefix, and
        # "불었다고" as one ending that holds the 다 of what was said
        if t.form == "고" and (t.tag in {"JKQ", "EC"} or toks[k - 1].tag == "EF"):
            last, end = k - 1, toks[k - 1].end
        elif t.tag == "EC" and t.form in _SAID_ENDINGS:
            last, end = k, t.end - 1
        elif t.tag in {"SF", "SP", "JX", "JKS", "JKO"}:
            return None
        else:
            continue
        start = clause_start(toks, k)
        opened = _opening(toks, last) if toks[last].tag == "SSC" else None
        if opened is not None and start <= opened < last - 1:
            end = toks[last - 1].end  # '"…필요했다"고': what was said, not its marks
            start = _said_from(toks, opened + 1)
        return text[toks[start].start : end].strip() or None if start < k else None
    return None


#: the endings that hold the last syllable of what was said and its quotative ("불었다고")
_SAID_ENDINGS = frozenset({"다고", "라고", "는다고", "ᆫ다고"})
#: the endings that join one quote of a speaker to the next ('"…더디다"며 "…"고')
_QUOTES_JOINED = frozenset({"며", "라며", "이라며", "다며"})


def _opening(toks: list[Token], closing: int) -> int | None:
    """The index of the quote mark the one at ``closing`` closes, past the brackets the quote
    holds ('"인공지능(AI) 서버용 …"')."""
    depth = 0
    for o in range(closing - 1, -1, -1):
        if toks[o].tag == "SSC":
            depth += 1
        elif toks[o].tag == "SSO":
            if not depth:
                return o
            depth -= 1
    return None


def _said_from(toks: list[Token], start: int) -> int:
    """``start`` (right after an opening quote), or where the quote joined before it begins
    ('"A"며 "B"': A's first morpheme)."""
    while start >= 4 and toks[start - 1].tag == "SSO":
        j = start - 2
        if toks[j].tag != "EC" or toks[j].form not in _QUOTES_JOINED:
            break
        j -= 1 + (toks[j - 1].tag == "VCP")  # '"…때문"이라며'
        if toks[j].tag != "SSC":
            break
        opened = _opening(toks, j)
        if opened is None:
            break
        start = opened + 1
    return start


def _object_after(text: str, toks: list[Token], i: int, verbs: set[str]) -> str | None:
    """X of "N으로 X를 꼽았다" / "N으로 X로 꼽았다": from after N's particle to the particle
    before the verb of naming."""
    for k in range(i + 2, len(toks) - 1):
        if toks[k].tag == "SF":
            return None
        if toks[k].tag in {"JKO", "JKB"} and _naming(toks, k + 1, verbs):
            return text[toks[i + 2].start : toks[k - 1].end].strip() if k > i + 2 else None
    return None


def named_as(text: str, nouns: set[str]) -> str | None:
    """What ``text`` names as one of ``nouns`` ("X를 사유로 들었다" -> X), or None."""
    if not nouns:
        return None
    verbs, told = _verbs(), set(question_tables()["named_as"]["told"])
    toks = list(sentence_tokens(text))
    for i, t in enumerate(toks[:-2]):
        if t.form in nouns and (found := _named_at(text, toks, i, verbs, told)):
            return found
    return None


def labelled_reason(text: str, acts: set[str] | None) -> str | None:
    """What ``text`` names as the reason of one of ``acts``, a noun of motive labelled with
    the act right before it ("인상 배경을", "가격 인상의 이유를", "철수 배경으로"), or None: a
    reason labelled with another act ("…다고 투자 배경을 설명했다" for a question of 연기) is
    not the asked one's.  ``acts`` None: labelled with any act.

    >>> labelled_reason('그는 "아산은 고객사와 가까워 물류비를 줄인다"고 투자 배경을 설명했다.', None)
    '아산은 고객사와 가까워 물류비를 줄인다'
    """
    if acts is not None and not acts:
        return None
    verbs, told = _verbs(), set(question_tables()["named_as"]["told"])
    reasons = set(question_tables()["motives"]["nouns"])
    toks = list(sentence_tokens(text))
    for i, t in enumerate(toks[:-2]):
        if t.form not in reasons or t.tag != "NNG" or not _labelled(toks, i, acts):
            continue
        if found := _named_at(text, toks, i, verbs, told):
            return found
    return None


def _labelled(toks: list[Token], i: int, acts: set[str] | None) -> bool:
    """The noun at ``i`` follows a word of ``acts`` (with ``acts`` None, a noun), with or
    without 의 ("인상 배경", "가격 인상의 이유")."""
    before = i - 2 if i > 1 and toks[i - 1].tag == "JKG" else i - 1
    if before < 0:
        return False
    return toks[before].tag == "NNG" if acts is None else toks[before].form in acts


def _named_at(text: str, toks: list[Token], i: int, verbs: set[str], told: set[str]):
    """What the noun at ``i`` names: "X라고 N을 설명했다", "X를 N으로 (들었다)", "N으로 X를
    꼽았다"; None when it names nothing."""
    if toks[i + 1].tag == "JKO" and toks[i + 2].form in told:
        if found := _quoted_before(text, toks, i):
            return found  # "…원가가 올랐다고 가격 인상의 이유를 설명했다"
    if toks[i + 1].form not in {"로", "으로"}:
        return None
    if i > 1 and toks[i - 1].tag == "JKO":
        # "준비 지연을 이유로 일정을 미뤘다": the object of the noun of reason
        start = clause_start(toks, i - 1)  # at i - 1 only after a stop: an empty slice
        if found := text[toks[start].start : toks[i - 2].end].strip():
            return found
    if _naming(toks, i + 2, verbs):
        return _object_before(text, toks, i)
    return _object_after(text, toks, i, verbs)
