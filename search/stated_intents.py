"""Yes/no questions about an intent ("멤버 측은 법원 결정에 항고할 계획인가?").

A question that asks whether someone means to do a thing ("…할 계획/방침/예정/생각인가?",
"…하기로 했나?") is answered by the best sentence that writes the same act followed by a word of
intent: "항고할 계획", "항소할 방침이다", "상장할 예정", "항소하겠다고 밝혔다", "항소하기로
했다" (예), or the same denied: "항소하지 않기로 했다", "상장할 생각은 없다", or called off: "출시 계획이 취소됐다" (아니오).  Quoted
speech counts: the intent is most often a spokesperson's or a lawyer's words ("결정문을 검토해
항고할 계획"이라고 말했다) — the sentence readers that leave quotes aside took that for 아니오.
An act merely weighed ("항고 여부를 검토하겠다") decides nothing.  A question in the present
("영수증이 없는 소비자에게도 환불해 주나?") is answered the same way by a promise or a decision
("영수증이 없어도 환불해 주겠다고 약속했다"; held-out round 17 answered it 아니오 at 0.73); one
in the past ("환불해 줬나?") is not: a promise is not yet done.  The words are data:
resources/yes_no_claims.toml ``[intent]``.

>>> from search.passages import sentence_tokens
>>> intent_stated(sentence_tokens('변호사는 "결정문을 검토해 항고할 계획"이라고 말했다.'), "항고")
'yes'
>>> intent_stated(sentence_tokens("회사는 1심 판결에 불복해 항소하기로 했다."), "항소")
'yes'
>>> intent_stated(sentence_tokens('대표는 "당장 상장할 생각은 없다"고 말했다.'), "상장")
'no'
>>> intent_stated(sentence_tokens("그룹은 1심 판결에 항소한다는 방침이다."), "항소")
'yes'
>>> intent_stated(sentence_tokens("에테르니아는 출시 계획이 취소됐다."), "출시")
'no'
>>> intent_stated(sentence_tokens("항고 여부를 검토하겠다고 밝혔다."), "항고") is None
True
"""

from __future__ import annotations

from itertools import pairwise

from .asked_clause import about_or_left
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["intended_act", "intent_stated", "intent_verdict", "promised_act"]

#: the best sentences read (retrieval puts the answering one first)
_TOP = 3
#: the most morphemes between the act and its word of intent ("항소/하/지/않/기/로" is 5)
_REACH = 6
#: how many morphemes after the word of intent its denial may stand ("계획/이/없", "생각/은/없")
_DENIAL_REACH = 3
#: a light verb that makes the noun before it the act ("항고/하/ᆯ", "발표/되/ᆯ")
_LIGHT = frozenset({"XSV", "XSA"})


def _table() -> dict:
    return resource_table("yes_no_claims.toml")["intent"]


def _intent_at(toks: list[Token], i: int) -> int:
    """How many morphemes the word of intent at ``i`` spans (0: none): "ᆯ 계획", "겠", "기 로"."""
    table = _table()
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if t.tag == "ETM" and t.form in table["future"] and nxt and nxt.form in table["nouns"]:
        return 2
    if t.tag == "EP" and t.form in table["will"]:
        return 1
    if [t.form, nxt.form if nxt else ""] in table["decision"] and t.tag in {"ETN", "NNG"}:
        return 2  # "항소하기로", "항소키로"
    return 1 if t.tag == "NNG" and t.form in table["bare"] else 0  # "항소 방침을 밝혔다"


def intended_act(toks: list[Token]) -> str:
    """The act a question asks the intent of: the verb, or the noun a light verb makes one,
    right before its word of intent ("항고/하/ᆯ 계획" -> 항고); "" when it asks none."""
    for i in range(1, len(toks)):
        if not _intent_at(toks, i):
            continue
        k = i - 1 if toks[i - 1].tag not in _LIGHT else i - 2
        if k >= 0 and base_tag(toks[k].tag) in {"VV", "NNG", "NNP"}:
            return toks[k].form
    return ""


def promised_act(toks: list[Token]) -> str:
    """The act a question in the present asks about, a noun made a verb ("환불해 주나?" ->
    환불, "판매하나?" -> 판매): a sentence that promises or decides it answers 예 ("환불해
    주겠다고 약속했다"); "" for a question in the past ("환불해 줬나?": a promise is not yet)."""
    toks = list(toks)
    past = set(_table()["past"])
    if any(t.tag == "EP" and t.form in past for t in toks):
        return ""
    acts = [a.form for a, b in pairwise(toks) if a.tag == "NNG" and b.tag in _LIGHT]
    return acts[-1] if acts else ""


def intent_stated(toks: list[Token], act: str) -> str | None:
    """ "yes" when the sentence writes ``act`` followed by a word of intent, "no" when that
    intent is denied, None when it states no intent to do it."""
    table = _table()
    negation, undecided = set(table["negation"]), set(table["undecided"])
    called_off = set(table["called_off"])
    for i, t in enumerate(toks):
        if t.form != act or base_tag(t.tag) not in {"VV", "NNG", "NNP"}:
            continue
        for k in range(i + 1, min(len(toks), i + 1 + _REACH)):
            if toks[k].tag in {"EF", "SF"} or toks[k].form in undecided:
                break
            if span := _intent_at(toks, k):
                after = toks[k + span : k + span + _DENIAL_REACH]
                denied = {x.form for x in toks[i + 1 : k] + after} & negation
                return "no" if denied or {x.form for x in after} & called_off else "yes"
    return None


def intent_verdict(
    q: Question, hits: list[Hit], subject: tuple[str, list[str], str] | None
) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) for a question asking an intent ("항고할 계획인가?"), from the
    best sentence about the question's ``subject`` (id, aliases, type; or leaving it to the
    topic) that states the same act intended or not; None when no sentence says."""
    act = intended_act(q.tokens) or promised_act(q.tokens)
    if not act:
        return None
    for h in hits[:_TOP]:
        if subject is not None and not about_or_left(h, *subject):
            continue
        verdict = intent_stated(sentence_tokens(h.text), act)
        if verdict is not None:
            return verdict, h
    return None
