"""Yes/no questions that restrict with 만, answered 아니오 by a text that goes beyond.

"충북도는 하천 제방을 원래 높이대로만 복구하나?" asks whether the act is limited to one thing;
the text that writes more than that thing says no, in one of three general ways:

- beyond: the restricted thing followed by "not only" ("원래대로 되돌리는 데 그치지 않고",
  "국내뿐 아니라", "국내 외에도");
- also: another thing of the same role, with the same particle and 도, on the asked act
  ("전주시에서만 운영하나?" / "고양시와 청주시에서도 공공자전거를 운영하고 있다");
- several: a count of more than one doing the asked act where the question restricts it to one
  name ("페달로만 참여했나?" / "이번 입찰에는 3개 업체가 참여했으며").

A text that writes the restricted thing with 만 itself ("요금을 절반만 낸다") is left to the
other readers.  The words are data: resources/yes_no_only.toml.

>>> from search.passages import sentence_tokens as st
>>> words, particles = restricted(st("충북도는 하천 제방을 원래 높이대로만 복구하나?"))
>>> sorted(words), particles
(['높이', '원래'], ['대로'])
>>> beyond_at(st("제방을 원래대로 되돌리는 데 그치지 않고 더 높이기로 했다."), {'원래', '높이'})
True
"""

from __future__ import annotations

import re

from .passages import sentence_tokens
from .pending_acts import asked_act
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["beyond_at", "restricted", "restricted_verdict"]

#: the tags of the words a restricted thing is written with ("원래 높이", "전주시", "절반")
_THING = frozenset({"NNG", "NNP", "SN", "NNB", "SL", "SH", "XR"})
#: the best sentences read
_TOP = 5
#: the most morphemes from a count's subject particle to the asked act ("업체가 참여")
_ACT_REACH = 2


def _table() -> dict:
    return resource_table("yes_no_only.toml")


def restricted(q_tokens: list[Token]) -> tuple[set[str], list[str]] | None:
    """The words of the thing a question restricts with 만 (JX) and the particles between them
    and 만 ("전주시에서만" -> ({"전주시"}, ["에서"])); None when it restricts nothing."""
    for at, t in enumerate(q_tokens):
        if t.form != "만" or t.tag != "JX" or at == 0:
            continue
        j = at
        while j > 0 and q_tokens[j - 1].tag.startswith("J"):
            j -= 1
        particles = [x.form for x in q_tokens[j:at]]
        k = j
        while k > 0 and base_tag(q_tokens[k - 1].tag) in _THING:
            k -= 1
        words = {x.form for x in q_tokens[k:j] if base_tag(x.tag) in {"NNG", "NNP", "XR", "SL"}}
        if words:
            return words, particles
    return None


def _runs_at(toks: list[Token], at: int, run: list[list[str]]) -> bool:
    return at + len(run) <= len(toks) and all(
        toks[at + i].form == form and base_tag(toks[at + i].tag) == tag
        for i, (form, tag) in enumerate(run)
    )


def beyond_at(toks: list[Token], words: set[str]) -> bool:
    """Whether a sentence writes one of the restricted ``words`` followed by "not only"."""
    reach = _table()["beyond_reach"]
    for i, t in enumerate(toks):
        if t.form not in words or base_tag(t.tag) not in _THING:
            continue
        for at in range(i + 1, min(i + 1 + reach, len(toks))):
            if any(_runs_at(toks, at, run) for run in _table()["beyond"]):
                return True
    return False


def _also_other(toks: list[Token], words: set[str], particles: list[str], act: str) -> bool:
    """Whether another thing, with the question's particles and 도, comes before the asked act
    ("청주시에서도 공공자전거를 운영")."""
    acts = [i for i, t in enumerate(toks) if t.form == act]
    for i, t in enumerate(toks):
        if t.form != "도" or t.tag != "JX" or not acts or i > acts[-1]:
            continue
        j = i - len(particles)
        if j < 1 or [x.form for x in toks[j:i]] != particles:
            continue
        k = j
        while k > 0 and base_tag(toks[k - 1].tag) in _THING:
            k -= 1
        # "충주 공장에서도" is another thing than "오송 공장에서만"; "공장에서도" is not
        if {x.form for x in toks[k:j] if base_tag(x.tag) in {"NNG", "NNP"}} - words:
            return True
    return False


def _several(toks: list[Token], act: str) -> bool:
    """Whether a count of more than one is the subject of the asked act ("3개 업체가 참여")."""
    counters = set(_table()["counters"])
    for i, t in enumerate(toks[:-1]):
        if t.tag != "SN" or toks[i + 1].form not in counters or not re.fullmatch(r"\d+", t.form):
            continue
        if int(t.form) < 2:
            continue
        subj = next(
            (k for k in range(i + 2, min(i + 5, len(toks))) if toks[k].tag in {"JKS", "JX"}), None
        )
        if subj is not None and any(x.form == act for x in toks[subj + 1 : subj + 1 + _ACT_REACH]):
            return True
    return False


def restricted_verdict(q: Question, hits: list[Hit], about) -> tuple[str, Hit] | None:
    """("no", the sentence) when a best sentence goes beyond the thing the question restricts
    with 만; else None.  ``about(hit)`` says whether a sentence is about the question's names:
    "also" and "several" read only those ("not only" is the thing's own)."""
    found = restricted(q.tokens)
    if found is None:
        return None
    words, particles = found
    act = asked_act(q.tokens)
    own = {
        t.form
        for t in q.tokens
        if base_tag(t.tag) in {"NNG", "VV"} and t.form not in words and t.form != act
    } | ({act} if act else set())
    # "페달로만 참여했나?": the restricted thing is one of the question's names
    is_name = any(s <= t.start < e for s, e in q.spans for t in q.tokens if t.form in words)
    for h in hits[:_TOP]:
        toks = sentence_tokens(h.text)
        if beyond_at(toks, words) and own & {t.form for t in toks}:
            return "no", h
        if not act or not about(h):
            continue
        if _also_other(toks, words, particles, act):
            return "no", h
        if is_name and _several(toks, act):
            return "no", h
    return None
