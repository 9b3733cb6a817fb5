"""Yes/no questions whether a figure passed a yardstick ("3분기 실적이 컨센서스를 웃돌았나?").

News writes the same comparison with many verbs, either way: above (웃돌다, 상회하다, 넘어서다,
뛰어넘다, 초과하다), below (밑돌다, 하회하다, 미달하다, "기대에 못 미치다", "전망치에 미치지
못하다", "기대에 부합하지 못하다").  The question's verb says which way it asks; the best
sentence that writes a yardstick of the question and a passing verb after it says which way
it went: the same way is 예, the other way (or only level: "컨센서스에 부합했다") 아니오.  An
expectation may be written with another of its nouns ("컨센서스를 웃돌았나?" / "증권가 전망치를
밑돌았다").  The verbs and nouns are data: resources/yes_no_claims.toml ``[passing]``.

Held-out round 22 answered "실적이 컨센서스를 웃돌았나?" 예 from a sentence about the loss
while the next one said "컨센서스인 영업이익 15억 원을 크게 밑돈 성적이다".

>>> from search.passages import sentence_tokens
>>> passed_way(sentence_tokens("영업이익은 시장 예상치를 20% 하회했다."), {"컨센서스"})
'below'
>>> passed_way(sentence_tokens("매출이 증권가 기대에 못 미쳤다."), {"전망"})
'below'
>>> passed_way(sentence_tokens("순이익이 전망치를 크게 뛰어넘었다."), {"예상"})
'above'
>>> passed_way(sentence_tokens("영업이익은 컨센서스에 부합했다."), {"컨센서스"})
'level'
"""

from __future__ import annotations

from .asked_clause import about_or_left
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["passed_way", "passing_verdict"]

#: the best sentences read (retrieval puts the answering one first)
_TOP = 3
#: the most morphemes between the yardstick and its verb ("컨센서스)인 영업이익 15억 원을 크게
#: 밑돈" is 11)
_REACH = 12
#: how many morphemes after the verb a negation may stand ("미치/지/못", "웃돌/지/는/않")
_NEGATION_REACH = 3
#: the tags of a yardstick's noun ("컨센서스", "전망/치")
_NOUNS = frozenset({"NNG", "NNP", "SL"})


def _table() -> dict:
    return resource_table("yes_no_claims.toml")["passing"]


def _verb_way(t: Token) -> str | None:
    table = _table()
    return next((w for w in ("above", "below", "reach") if t.form in table[w]), None)


def _negated(toks: list[Token], i: int) -> bool:
    """The passing verb at ``i`` is negated: "못 미쳤다", "미치지 못했다", "웃돌지 않았다"."""
    negation = set(_table()["negation"])
    before = i > 0 and toks[i - 1].form in negation and toks[i - 1].tag == "MAG"
    after = toks[i + 1 : i + 1 + _NEGATION_REACH]
    return before or any(t.form in negation and t.tag in {"VX", "MAG", "VCN"} for t in after)


def _way_at(toks: list[Token], i: int) -> str | None:
    """Which way the passing verb at ``i`` says the figure went: above, below or level."""
    way = _verb_way(toks[i])
    if way is None:
        return None
    if _negated(toks, i):
        return "below"
    return "level" if way == "reach" else way


def _yardsticks(nouns: set[str]) -> set[str]:
    """The nouns a sentence may write the yardstick with: its own, every expectation's when
    it is an expectation."""
    expectations = set(_table()["expectations"])
    return nouns | expectations if nouns & expectations else nouns


def passed_way(toks: list[Token], yardstick: set[str]) -> str | None:
    """Which way the sentence says a figure passed a yardstick written with one of the nouns
    ``yardstick`` (an expectation's written with any of them): "above", "below", "level", or
    None when it writes no such comparison."""
    nouns = _yardsticks(yardstick)
    for i, t in enumerate(toks):
        if base_tag(t.tag) not in _NOUNS or t.form not in nouns:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + _REACH)):
            if toks[k].tag in {"EF", "SF"}:
                break
            if (way := _way_at(toks, k)) is not None:
                return way
    return None


def _question_parts(q: Question) -> tuple[str, set[str], set[str]] | None:
    """(the way asked, the yardstick's nouns, the compared figure's nouns) of "X 매출이
    컨센서스를 웃돌았나?": the nouns right before the passing verb's particle, and the nouns
    before them that name no name of the question (매출)."""
    toks = q.tokens
    for i in range(len(toks)):
        if _way_at(toks, i) not in {"above", "below"}:
            continue
        k = i - 1
        while k >= 0 and (toks[k].tag.startswith("J") or toks[k].form in _table()["negation"]):
            k -= 1
        nouns = set()
        while k >= 0 and base_tag(toks[k].tag) in _NOUNS | {"XSN"}:
            if base_tag(toks[k].tag) in _NOUNS:
                nouns.add(toks[k].form)
            k -= 1
        named = [t for t in toks[: k + 1] if not any(s <= t.start < e for s, e in q.spans)]
        compared = {t.form for t in named if base_tag(t.tag) in _NOUNS}
        return (_way_at(toks, i), nouns, compared) if nouns else None
    return None


def passing_verdict(
    q: Question, hits: list[Hit], subject: tuple[str, list[str], str] | None
) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) for a question asking whether a figure passed a yardstick
    ("컨센서스를 웃돌았나?"), from the best sentence that writes the yardstick and a passing verb
    and is about the question's ``subject`` (id, aliases, type) or leaves it to the topic;
    None when the question asks no such thing or no sentence says."""
    parts = _question_parts(q)
    if parts is None:
        return None
    asked, yardstick, compared = parts
    read = []
    for h in hits[:_TOP]:
        if subject is not None and not about_or_left(h, *subject):
            continue
        toks = sentence_tokens(h.text)
        if (way := passed_way(toks, yardstick)) is not None:
            # "매출은 웃돌았나?": the sentence about the asked figure first ("영업이익은 밑돌고
            # 매출은 웃돌았다" in two sentences)
            read.append(
                (not compared & {t.form for t in toks}, ("yes" if way == asked else "no"), h)
            )
    return min(read, key=lambda r: r[0])[1:] if read else None
