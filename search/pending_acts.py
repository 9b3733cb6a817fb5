"""Yes/no questions about an act the text leaves pending: asked for but not granted, or left
open.

Besides a plan, news writes an act that has not happened in two ways: as what someone asked
or hopes for ("임상 계획 승인을 신청했다", "품목허가 신청서를 제출했다", "예비심사를 청구했다",
"연내 승인을 기대하고 있다"), or as the open question of a "whether" ("승인 여부는 다음 달 나올
전망이다", "계약을 연장할지는 아직 정해지지 않았다", "연내 나올지도 불투명하다", "합병이
성사될지는 미지수다").  Either way the asked act is not done: a question asking that it happened
("승인을 받았나?", "연장했나?") is answered 아니오, one asking whether it will ("다음 달
승인되나?", "계약을 연장하나?") 알 수 없음.  A "whether" of the past ("참여했는지는 밝히지
않았다") leaves even that open: 알 수 없음.  A question that asks the request itself ("승인을
신청했나?") is left to the other readers, and so is an act one of the best sentences states as
done ("승인을 받았다").  A third way, an act dated ahead or named a goal ("내년 1월부터 상업
생산에 들어간다", "2027년 가동을 목표로"), answers a question asking that it is done or goes on
now ("이미 가동하고 있나?", "현재 생산하나?") 아니오; whether it will is a plan's question
(search/stated_intents.py).  The words are data: resources/yes_no_pending.toml.

>>> from search.passages import sentence_tokens
>>> pending_at(sentence_tokens("계약이 끝난 뒤 연장할지는 아직 정해지지 않았다."), "연장")
'open'
>>> pending_at(sentence_tokens("식약처에 임상 3상 계획 승인을 신청했다."), "승인")
'asked'
>>> pending_at(sentence_tokens("보조금을 받을 수 있을지는 미지수다."), "보조금")
'open'
>>> pending_at(sentence_tokens("회사가 참여했는지는 밝히지 않았다."), "참여")
'undisclosed'
>>> pending_at(sentence_tokens("출국 전 예방접종을 마쳤는지 확인하라고 권고했다."), "접종") is None
True
>>> pending_at(sentence_tokens("식약처는 임상 3상 계획을 승인했다."), "승인") is None
True
>>> pending_at(sentence_tokens("공장은 내년 1월부터 상업 생산에 들어간다."), "생산")
'scheduled'
>>> pending_at(sentence_tokens("공장은 지난해 1월부터 상업 생산에 들어갔다."), "생산") is None
True
"""

from __future__ import annotations

import itertools

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .polarity import polarity
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["asked_act", "pending_at", "pending_verdict"]

#: the best sentences read for a pending act (retrieval puts the answering one first)
_TOP = 3
#: the best sentences read for one that states the act done, which keeps the other readers'
_DONE_TOP = 5
#: the most morphemes between the act and its "whether" ("보조금/을/받/을/수/있/을지")
_REACH = 6
#: morphemes that close a clause: the act's "whether" must come before one
_CLAUSE_ENDS = {"EF", "EC", "SF", "SP"}
#: endings of the past, before a "whether" ("참여했는지")
_PAST = {"EP"}


def _table() -> dict:
    return resource_table("yes_no_pending.toml")


def asked_act(q_tokens: list[Token]) -> str:
    """The act a yes/no question asks: its last verb or verbal noun, the noun when that verb
    only carries it ("승인을 받았나?", "승인되나?" -> 승인; "계약을 연장하나?" -> 연장); "" for
    none.

    >>> asked_act(sentence_tokens("DO-27 임상 계획은 다음 달 승인되나?"))
    '승인'
    >>> asked_act(sentence_tokens("로지아는 한결마트와의 계약을 연장하나?"))
    '연장'
    """
    carriers = _carriers()
    content = [i for i, t in enumerate(q_tokens) if base_tag(t.tag) in {"NNG", "VV"}]
    if not content:
        return ""
    k = content[-1]
    if base_tag(q_tokens[k].tag) == "VV" and q_tokens[k].form in carriers and k:
        # "승인/되/나": the noun right before; "승인/을 받/았/나", "허가/는 내년 2월 나오/나":
        # the noun its case particle marks
        if base_tag(q_tokens[k - 1].tag) == "NNG":
            return q_tokens[k - 1].form
        marked = [
            j
            for j in range(k - 1)
            if base_tag(q_tokens[j].tag) == "NNG" and q_tokens[j + 1].tag in {"JKO", "JX", "JKS"}
        ]
        return q_tokens[marked[-1]].form if marked else ""
    return q_tokens[k].form


def pending_at(toks: list[Token], act: str) -> str | None:
    """How a sentence leaves ``act`` pending: "asked" (a request of it follows), "open" (a
    "whether" follows), "undisclosed" (a "whether" of the past) or None."""
    table = _table()
    opens, requests = set(table["open_endings"]), set(table["requests"])
    spaced = {tuple(p) for p in table["open_spaced"]}
    for i, t in enumerate(toks):
        if t.form != act or base_tag(t.tag) not in {"NNG", "VV"}:
            continue
        rest = toks[i + 1 : i + 2 + _REACH]
        if rest and (rest[0].form in requests and rest[0].tag == "NNG"):
            return "asked"  # "허가 신청서를 제출했다", "합병 승인 요청"
        if rest and rest[0].tag == "JKO" and _requested(rest[1:], requests):
            return "asked"  # "승인을 신청했다", "승인을 공정위에 요청했다"
        if rest and rest[0].form in table["open_nouns"]:
            return "open"  # "승인 여부는"
        for k, r in enumerate(rest):
            after = rest[k + 1] if k + 1 < len(rest) else None
            if r.form in opens and r.tag in {"EC", "EF"}:
                if i + 2 + k < len(toks) and toks[i + 2 + k].form in table["checks"]:
                    break  # "접종을 마쳤는지 확인하고": what to check, not left open
                return "undisclosed" if any(p.tag in _PAST for p in rest[:k]) else "open"
            if after is not None and (r.form, after.form) in spaced and after.tag == "NNB":
                return "open"  # "이뤄질 지"
            if r.tag in _CLAUSE_ENDS or (r.tag == "ETM" and k and not _bound_next(rest, k)):
                break  # "받을 수 있을지": a bound noun goes on with the act
        if _scheduled(toks, i):
            return "scheduled"
    return None


def _scheduled(toks: list[Token], i: int) -> bool:
    """The clause of the act at ``i`` dates it ahead or names it a goal ("내년 1월부터 상업
    생산에 들어간다", "2027년 가동을 목표로 하고 있다", "하반기 양산에 들어갈 예정이다") and
    writes no past mark after it."""
    ahead = set(_table()["ahead"])
    start = max((k + 1 for k in range(i) if toks[k].tag in _CLAUSE_ENDS), default=0)
    end = next((k for k in range(i, len(toks)) if toks[k].tag in {"EF", "SF"}), len(toks))
    clause = toks[start : end + 1]
    pairs = {" ".join(p) for p in _table()["ahead_pairs"]}
    if any(t.tag in _PAST for t in toks[i:end]):
        return False
    return any(t.form in ahead for t in clause) or any(
        f"{a.form} {b.form}" in pairs for a, b in itertools.pairwise(clause)
    )


def _bound_next(rest: list[Token], k: int) -> bool:
    """A bound noun follows the modifier at ``k`` ("받/을 수 있/을지", "나오/ᆯ 것/인지")."""
    return k + 1 < len(rest) and rest[k + 1].tag == "NNB"


def _requested(after: list[Token], requests: set[str]) -> bool:
    """A verb of request follows the act's object within its clause, an addressee ("공정위에")
    aside."""
    for t in after:
        if t.form in requests and base_tag(t.tag) in {"NNG", "VV"}:
            return True
        if t.tag in _CLAUSE_ENDS or t.tag == "ETM" or base_tag(t.tag) == "VV":
            return False
    return False


def done_at(toks: list[Token], act: str) -> bool:
    """The sentence states ``act`` done: the act, its carrier ("승인을 받았다", "승인됐다",
    "허가가 나왔다") and a past mark, no negation after ("받지 못했다").

    >>> done_at(sentence_tokens("공정위는 합병을 승인했다."), "승인")
    True
    >>> done_at(sentence_tokens("세종시와의 실증 계약은 올해 말 끝난다."), "계약")
    False
    """
    table = answer_type_tables()["yes_no"]
    negation = set(table["negation"])
    for i, t in enumerate(toks):
        if t.form != act or base_tag(t.tag) not in {"NNG", "VV"}:
            continue
        rest = toks[i + 1 : i + 2 + _REACH]
        for k, r in enumerate(rest):
            if (r.tag == "EP" and r.form in table["past_marks"]) or (
                r.tag == "ETM" and r.form in table["past_adnominal"]
            ):
                return not any(n.form in negation for n in rest[:k])
            if r.tag in _CLAUSE_ENDS or (base_tag(r.tag) == "VV" and r.form not in _carriers()):
                break
    return False


def _carriers() -> set[str]:
    return set(_table()["carriers"])


def _asks_done(q_tokens: list[Token]) -> bool:
    """The question asks that the act happened or goes on now: a past mark, "이미", "현재"."""
    table = answer_type_tables()["yes_no"]
    now = set(table["already"]) | set(_table()["now"])
    return any((t.tag == "EP" and t.form in table["past_marks"]) or t.form in now for t in q_tokens)


def pending_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """(no | unknown, the sentence) when one of the best sentences leaves the asked act pending
    and none states it done; else None.

    "DO-27 임상 계획은 승인을 받았나?" / "임상 계획 승인을 신청했다" -> 아니오;
    "한결마트와의 계약을 연장하나?" / "연장할지는 아직 정해지지 않았다" -> 알 수 없음."""
    act = asked_act(q.tokens)
    if not act or act in _table()["requests"]:
        return None
    done = _asks_done(q.tokens)
    found = None
    for h in hits[:_TOP]:
        how = pending_at(sentence_tokens(h.text), act)
        if how is not None and (done or how != "scheduled"):
            found = (how, h)  # a date ahead answers "이미 …했나?" only: a plan is the intent's
            break
    if found is None:
        return None
    how, h = found
    for other in hits[:_DONE_TOP]:
        toks = sentence_tokens(other.text)
        if pending_at(toks, act) is None and done_at(toks, act):
            if polarity(other.text, {act}) == "yes":
                return None  # "승인을 받았다": done after all
    if how == "undisclosed" or not done:
        return "unknown", h
    return "no", h
