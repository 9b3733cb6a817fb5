"""Why a decision was made, read where the news gives it in the sentence after the decision:
the decider's judgment or explanation, quoted or reported, before a verb of judging
("재판부는 \u201c…인정되지만, 중대한 위반으로 보기는 어렵다\u201d고 판단했다", "회사는 …다고
설명했다", "법원은 …라고 판시했다", "위원회는 …다고 봤다", "…이어지고 있다는 설명이다",
"…불가피하다는 입장이다").  The last clause of what was said is the reason: a clause it
concedes first ("…인정되지만,") is not.  The verbs are data (resources/question.toml [motives]
``judged_verbs``).

>>> judged_reason('재판부는 "자료를 늦게 준 사실은 인정되지만, 중대한 위반으로 보기는 어렵다"고 판단했다.')
'중대한 위반으로 보기는 어렵다'
>>> judged_reason("공단은 이번 인상이 연료비 상승을 반영한 것이라고 설명했다.")
'이번 인상이 연료비 상승을 반영한 것이라'
>>> judged_reason("위원회는 사업성이 부족하다고 봤다.")
'사업성이 부족하다'
>>> judged_reason('회사는 "원가가 올라 수익이 악화했다"며 "새 사업에 집중할 계획"이라고 설명했다.')
'원가가 올라 수익이 악화했다'
>>> judged_reason("조합은 공사비가 너무 올랐다며 계약을 다시 해야 한다고 지적했다.")
'공사비가 너무 올랐다'
>>> judged_reason('법원은 "계약은 해지할 수 있다"며 받아들이지 않았고, 그 주장은 "소명이 부족하다"고 봤다.')
'소명이 부족하다'
>>> judged_reason("원재료 값과 인건비 상승이 이어지고 있다는 설명이다.")
'원재료 값과 인건비 상승이 이어지고 있다'
>>> judged_reason("회사는 다음 달 신제품을 내놓겠다고 밝혔다.") is None
True

What a speaker said and the sentence then concedes ('"전산 오류 때문"이라고 해명했지만, …
드러났다') is no reason: the sentence goes on to the one it found.

>>> judged_reason('회사는 "전산 오류 때문"이라고 해명했지만, 적자 탓에 자금을 써 온 사실이 드러났다.', telling=True) is None
True
"""

from __future__ import annotations

from .caused import closes_claim, list_comma
from .passages import sentence_tokens
from .question import question_tables
from .spans import Token, base_tag

__all__ = ["asks_told", "conceded_after", "judged_reason"]

#: the particle or ending that closes what was said before a verb of judging (a plain 고
#: ending only joins two acts: "검토하고 판단했다")
_QUOTATIVES = frozenset({"고", "라고", "다고", "이라고", "ᆫ다고", "는다고"})
#: the adnominal ending of what was said before a noun of explaining ("…다는 설명이다")
_TOLD = frozenset({"다는", "라는", "는다는", "ᆫ다는"})
#: endings that join one clause to the next ("받아들이지 않았고, …")
_JOINING = frozenset({"고", "며", "으며", "지만", "는데", "으나", "나"})
#: endings after which a clause only concedes ("…인정되지만, …"): the reason comes after
_CONCEDING = frozenset({"지만", "는데", "은데", "ㄴ데", "나", "으나"})
#: tags of the words a topic of the speaker follows ("재판부는", "그는")
_NAMES = frozenset({"NNG", "NNP", "NP", "SL", "SSC"})


def _judging_verb(toks: list[Token], telling: bool) -> int:
    """The index of the quotative before the sentence's last verb of judging (with
    ``telling``, or of saying), else -1."""
    cues = question_tables()["motives"]
    verbs = set(cues["judged_verbs"]) | (set(cues["told_verbs"]) if telling else set())
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.form in verbs and base_tag(t.tag) in {"NNG", "VV"}:
            if _conceded(toks, k):
                return -1  # '"…때문"이라고 해명했지만, …': what was said is disputed
            said = toks[k - 1]
            if said.form in _QUOTATIVES and (said.tag == "JKQ" or said.form != "고"):
                return k - 1
            if said.tag == "ETM" and said.form in _TOLD:
                return k - 1  # "…지속되고 있다는 설명이다", "…불가피하다는 입장이다"
            return -1
    return -1


def _conceded(toks: list[Token], k: int) -> bool:
    """The verb at ``k`` ends on an ending that concedes ("해명/NNG 하/XSV 었/EP 지만/EC")."""
    n = k + 1
    while n < len(toks) and toks[n].tag in {"XSV", "EP", "VX"}:
        n += 1
    return n < len(toks) and toks[n].tag == "EC" and toks[n].form in _CONCEDING


def conceded_after(text: str) -> str | None:
    """What ``text`` says after it concedes what a speaker said ('"전산 오류 때문"이라고
    해명했지만, 적자 탓에 …드러났다' -> "적자 탓에 …드러났다"), else None."""
    cues = question_tables()["motives"]
    verbs = set(cues["judged_verbs"]) | set(cues["told_verbs"])
    toks = list(sentence_tokens(text))
    for k in range(1, len(toks)):
        if toks[k].form in verbs and toks[k - 1].tag == "JKQ" and _conceded(toks, k):
            n = next(n for n in range(k + 1, len(toks)) if toks[n].tag == "EC")
            rest = text[toks[n].end :].lstrip(" ,")
            return rest or None
    return None


def _said_start(toks: list[Token], end: int) -> int:
    """Where the last clause of what was said, ending before ``end``, begins: after an opening
    quote, a comma that ends a clause, an ending that concedes, or the speaker's topic."""
    for i in range(end - 1, -1, -1):
        t = toks[i]
        if t.tag in {"SSO", "SF"} or (t.form == "," and not list_comma(toks, i)):
            return i + 1
        if t.tag == "EC" and t.form in _CONCEDING:
            return i + 1
        if t.tag == "JX" and t.form in {"은", "는"} and i > 0 and toks[i - 1].tag in _NAMES:
            if not any(u.tag == "SSO" for u in toks[:i]):
                return i + 1
    return 0


def asks_told(q_tokens: list[Token]) -> bool:
    """The question asks the reason as someone told it: a verb of saying after a quotative
    ("왜 생겼다고 설명했나?", "이유를 뭐라고 밝혔나?")."""
    verbs = set(question_tables()["motives"]["told_verbs"])
    return any(
        t.form in verbs and q_tokens[i - 1].form in _QUOTATIVES
        for i, t in enumerate(q_tokens)
        if i > 0
    )


def _first_claim(toks: list[Token], before: int) -> int:
    """The index of the connective that closes a first claim before ``before`` and right
    before what the judging verb ends ('"…때문"이라며 "…"고 설명했다'), else -1; a
    claim of another clause ('"…약하다"며 받아들이지 않았고, … "…"고 봤다') is not."""
    cues = question_tables()["motives"]
    for j in range(1, before - 1):
        if toks[j].tag == "EC" and closes_claim(toks, j, cues) and _next_said(toks, j, before):
            return j
    return -1


def _next_said(toks: list[Token], j: int, before: int) -> bool:
    """What is said next follows the claim at ``j`` at once: a quote opens, or no clause
    ends before ``before`` ("올랐다며 계약을 다시 해야 한다고")."""
    if toks[j + 1].tag == "SSO":
        return True
    return not any(
        t.form == "," or (t.tag == "EC" and t.form in _JOINING) for t in toks[j + 1 : before]
    )


def judged_reason(text: str, telling: bool = False) -> str | None:
    """The last clause of the judgment or explanation ``text`` ends on — of its first claim
    when it says two ('"…악화했다"며 "…개선할 계획"이라고 설명했다': the plan is no
    reason) — or None; with ``telling``, of what a verb of saying ends as well ('회사
    관계자는 "…실수였다"며 "…"라고 말했다'), for a question that asks what was said."""
    toks = list(sentence_tokens(text))
    at = _judging_verb(toks, telling)
    if at < 0:
        return None
    if (claim := _first_claim(toks, at)) > 0:
        at = claim
        while at > 0 and toks[at - 1].tag in {"VCP", "SSC"}:
            at -= 1  # '"…때문"이라며': what was said ends before the quote closes
        if at < claim:
            start = _said_start(toks, at)
            return text[toks[start].start : toks[at - 1].end].strip() or None
    end = at - 1 if toks[at].tag == "JKQ" else at
    if toks[at].tag in {"EC", "ETM"}:
        # "맞다고", "부족하다며", "있다는": the ending holds the last morpheme of what was said
        stem = toks[at]
        said_end = stem.end - 1
        start = _said_start(toks, at)
        phrase = text[toks[start].start : min(stem.end, said_end)] if start < at else ""
        return phrase.strip() or None
    if toks[end].tag == "SSC":
        end -= 1
    start = _said_start(toks, end + 1)
    if start > end:
        return None
    return text[toks[start].start : toks[end].end].strip() or None
