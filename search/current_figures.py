"""A figure asked as it is now is no plan's: "한결스파이커스의 현재 선수단 연봉 총액은?" is not
answered by "선수단 연봉 총액을 리그 상한선인 58억 원까지 채우겠다" (a target), nor by "매출
300억 원을 목표로" or "200명으로 늘릴 예정이다".  A figure is planned when, before its clause
ends, a plan noun follows it (목표, 계획, 예정, 방침) or its own verb takes 겠 or is followed by
one; the words are data: resources/answer_types.toml ``[current_figures]``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> def at(text, figure):
...     toks = tokens_of(kiwi().tokenize(text))
...     return planned(toks, next(i for i, t in enumerate(toks) if t.form == figure) + 2)
>>> at("연봉 총액을 58억 원까지 채우겠다", "58"), at("인력을 200명으로 늘릴 예정이다", "200")
(True, True)
>>> at("현재 42억 원인 연봉 총액을 늘릴 계획이다", "42"), at("직원 210명이 일한다", "210")
(False, False)
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token, base_tag

__all__ = ["asks_now", "coming_change", "not_planned", "planned"]

#: how many morphemes after the figure its plan word or verb may stand
_REACH = 8
#: how many morphemes after the figure's verb its plan noun may stand ("늘리/ㄹ/예정")
_VERB_REACH = 3
#: the tags that end the figure's clause: a sentence end, a comma, a connective ending
_CLAUSE_END = frozenset({"SF", "SP", "EC", "EF"})
#: the tags of the figure's own predicate
_PREDICATE = frozenset({"VV", "VA", "XSV", "XSA", "VCP"})


def planned(tokens: list[Token], last: int) -> bool:
    """The figure ending at token ``last`` is written as a plan or target: a plan noun before
    its own predicate, or 겠 or a plan noun right after that predicate."""
    table = answer_type_tables()["current_figures"]
    plan, will = set(table["plan_nouns"]), set(table["will"])
    for i in range(last + 1, min(len(tokens), last + 1 + _REACH)):
        t = tokens[i]
        if t.form in plan and base_tag(t.tag) == "NNG":
            return True
        if base_tag(t.tag) in _CLAUSE_END:
            return False
        if base_tag(t.tag) in _PREDICATE:
            after = tokens[i + 1 : i + 1 + _VERB_REACH]
            return t.tag != "VCP" and any(
                (a.tag == "EP" and a.form in will) or (a.form in plan and a.tag == "NNG")
                for a in after
            )
    return False


def coming_change(tokens: list[Token], last: int) -> bool:
    """The figure ending at token ``last`` is the new value of a change still to come: (으)로
    right after it, then, before its clause ends, a verb of change ([change_ends]
    changed_stems) with no past ending ("2천900원으로 내린다", "1만2천500원으로 인상할 예정";
    no "3천원으로 올랐다", "3천원으로 올린 요금")."""
    table = answer_type_tables()
    now = table["current_figures"]
    if last + 1 >= len(tokens) or tokens[last + 1].form not in now["to_particles"]:
        return False
    stems = tuple(table["change_ends"]["changed_stems"])
    for i in range(last + 2, min(len(tokens), last + 2 + _REACH)):
        t = tokens[i]
        if base_tag(t.tag) in _CLAUSE_END:
            return False
        if base_tag(t.tag) in {"VV", "XSV"}:
            stem = tokens[i - 1].form if t.tag.startswith("XS") else t.form
            if not stem.startswith(stems):
                return False
            for a in tokens[i + 1 : i + 1 + _VERB_REACH]:
                if a.tag == "EP" and a.form in now["past"]:
                    return False
                if a.tag == "ETM":
                    return a.form not in now["past_modifiers"]
                if base_tag(a.tag) in _CLAUSE_END:
                    break
            return True
    return False


def asks_now(q: Question) -> bool:
    """The question asks a figure as it is now ("현재 … 얼마인가?", "지금 직원 수는?")."""
    now = answer_type_tables()["current_figures"]["now"]
    return not q.english and any(t.form in now for t in q.tokens)


def not_planned(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the figures written as a plan or target when the question asks one as it is
    now; their belief is not moved (the present figure may go unwritten)."""
    if not asks_now(q):
        return cands
    return [
        c
        for c in cands
        if c.span is None
        or not (
            planned(ri.passages[c.passage].tokens, c.span.last)
            or coming_change(ri.passages[c.passage].tokens, c.span.last)
        )
    ]
