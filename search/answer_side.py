"""Which end of the asked relation a question's answer is: "Claude를 개발한 회사" names the
object and asks the subject, "업스테이지가 개발한 모델" the reverse.  The types of the named
entity and of the answer decide when the relation's frame tells them apart; else the particle
after the first name (을/를/에/의: the subject is asked; 이/가/은/는/도: the object, unless a
passive or 누가 asks the subject; 의 before a noun naming the object end, "X의 기반 모델", the
object), or, in English, where the name stands to the verb.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from kg.resolve import Extraction
from kg.resources import resources

from .resource_tables import resource_table

if TYPE_CHECKING:
    from .question import Question

__all__ = ["answer_side"]


def answer_side(q: Question, found, toks, text, ex: Extraction = None) -> str:
    """'subject' when the question names the object ("Claude를 개발한 회사"), else 'object'."""
    if q.relation in {"FOUNDED_IN", "RELEASED_IN"}:
        return "object"
    if not found:
        return "subject"
    eid, start, _end, particle = found[0]
    if not particle:
        # names listed together share the particle of the last one ("A, B, C는 ...에 통합")
        particle = next((f[3] for f in found[1:] if f[3]), "")
    frame = resources().frame_of.get(q.relation)
    if frame is not None and ex is not None and eid in ex.entities and not frame.symmetric:
        # the types decide when they can: a model named in a DEVELOPED question is the object
        t = ex.entities[eid].type
        as_subject, as_object = t in frame.subject_types, t in frame.object_types
        want = q.expected_type
        if as_object and not as_subject:
            return "subject"
        if as_subject and not as_object:
            return "object"
        if want and want in frame.subject_types and want not in frame.object_types:
            return "subject"
        if want and want in frame.object_types and want not in frame.subject_types:
            return "object"
    theme = frame is not None and frame.theme_is_subject
    if q.english:
        verb = _english_verb().search(text.lower())
        if verb and start < verb.start():
            # "What did Upstage develop?" vs "Who founded Upstage" (entity after the verb)
            return (
                "object" if not re.search(r"\b(by|in|of)\s*$", text[:start].lower()) else "subject"
            )
        return "subject"
    if (
        particle == "의"
        and q.relation in resource_table("question.toml")["genitive_side"]["object_relations"]
    ):
        return "object"  # "이음-7B의 바탕이 된 모델": what 이음-7B stands on
    if particle in {"을", "를"} or particle in {"에", "의"}:
        return "subject"
    if particle in {"이", "가", "은", "는", "도"}:
        if q.passive and not theme:
            return "subject"  # "X는 누구에게 인수되었나" (theme frames do not flip)
        if any(
            t.form in {"누가", "어디가"}
            or (
                t.form in {"누구", "어디", "회사", "기업", "곳"}
                and i + 1 < len(toks)
                and toks[i + 1].tag == "JKS"
            )
            for i, t in enumerate(toks)
        ):
            return "subject"  # "Claude 3는 누가 만들었어?"
        return "object"
    # no particle: "솔라 만든 곳", "Upstage 창업자" -> the named thing is the object
    return "subject"


@functools.cache
def _english_verb() -> re.Pattern:
    """A whole word of question.toml's [english_side] verbs ("developed", "founder")."""
    verbs = resource_table("question.toml")["english_side"]["verbs"]
    return re.compile(r"\b(" + "|".join(map(re.escape, verbs)) + r")\b")
