"""The charge a person is accused of, read from how court and crime news writes it: "윤 모 씨의
혐의는?" is answered by the nouns right before 혐의 in the sentence that names that person
("재물손괴 혐의로 재판에 넘겨진 20대 남성 윤 모 씨"), or by the bracket right after it ("경비원에게
폭언을 한 혐의(모욕)로 기소된 B씨"); a list closed by 등 gives its charges ("업무방해 등 혐의"
gives "업무방해").  A story of several defendants writes each one's charge in its own clause, so the
sentence naming the person asked answers, the charge nearest the name.  The nouns are data
(resources/charges.toml).

>>> charges_in("야간주거침입절도 혐의로 기소된 최 모 씨에게 징역 8개월을 선고했다.")
[('야간주거침입절도', 9)]
>>> charges_in("경비원에게 폭언을 한 혐의(모욕)로 기소된 B씨(52)에게")
[('모욕', 12)]
>>> charges_in("업무방해 등 혐의로 기소된 정모(38)씨"), charges_in("폭언을 한 혐의로")
([('업무방해', 7)], [])
>>> charges_in("특정경제범죄가중처벌법 위반(사기) 혐의로")
[('특정경제범죄가중처벌법 위반(사기)', 19)]
"""

from __future__ import annotations

import re
from functools import cache

from .answer_types import Asked
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["charge_answer", "charges_in"]

#: the best sentences read for the charge
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the tags of the nouns a charge is written with ("야간주거침입절도", "업무상 횡령", "사기")
_NOUNS = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "XPN"})
#: a person a question names without a name of the graph: "윤 모 씨", "정모씨", "B씨"
_UNNAMED = re.compile(r"[가-힣A-Z]\s*모\s*씨|[가-힣A-Z]\s*모(?=[\s(의와과])|[A-Z]\s*씨")


@cache
def _tables() -> dict:
    return resource_table("charges.toml")


def charges_in(text: str) -> list[tuple[str, int]]:
    """Each charge the sentence writes and where its charge noun stands (the bracket after
    혐의 first, else the nouns right before it, a closing 등 aside, a bracket of the law's
    article kept: "위반(사기)")."""
    t = _tables()
    toks = sentence_tokens(text)
    found = []
    for i, tok in enumerate(toks):
        if tok.form not in t["asking_nouns"] or tok.tag != "NNG":
            continue
        bracket = re.match(r"\(([^()]{2,30})\)", text[tok.end :])
        if bracket:
            found.append((bracket.group(1).strip(), tok.start))
            continue
        j = i - 1
        if j >= 0 and toks[j].form == "의" and toks[j].tag == "JKG":
            j -= 1  # "사기 등의 혐의"
        while j >= 0 and toks[j].form in t["closers"]:
            j -= 1
        end = toks[j].end if j >= 0 else 0
        if j >= 0 and toks[j].form == ")":  # "위반(사기) 혐의": the bracket is the law's
            j = next((k for k in range(j - 1, -1, -1) if toks[k].form == "("), 0) - 1
        first = None
        while j >= 0 and toks[j].tag in _NOUNS and toks[j + 1].start - toks[j].end <= 1:
            first = toks[j].start
            j -= 1
        if first is not None:
            found.append((text[first:end], tok.start))
    return found


def _people_asked(q: Question) -> list[str]:
    """The people the question names, read without spaces ("양모씨", "김민정")."""
    names = [q.text[s:e] for s, e in q.spans] + _UNNAMED.findall(q.text)
    return [re.sub(r"\s+", "", n) for n in names if n.strip()]


def _nearest(text: str, charges: list[tuple[str, int]], at: int) -> str:
    """The charge written nearest the name found at ``at`` of the text read without spaces."""
    return min(charges, key=lambda c: abs(len(re.sub(r"\s+", "", text[: c[1]])) - at))[0]


def charge_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The charge the best sentences write for the person asked ("재물손괴"); None when the
    question asks no charge or no sentence writes one."""
    if asked.kind != "thing":
        return None
    if not {tok.form for tok in q.tokens} & set(_tables()["asking_nouns"]):
        return None
    people = _people_asked(q)
    first = None
    for h in hits[:_TOP]:
        charges = charges_in(h.text)
        if not charges:
            continue
        flat = re.sub(r"\s+", "", h.text)
        named = [flat.find(p) for p in people if p in flat]
        if not people:
            return said_in(q, [charges[0][0]], [h], hits, "charge", _PRIOR, answer_type="thing")
        if named:
            charge = _nearest(h.text, charges, min(named))
            return said_in(q, [charge], [h], hits, "charge", _PRIOR, answer_type="thing")
        first = first or (h, charges[0][0])
    if first is not None:
        return said_in(q, [first[1]], [first[0]], hits, "charge", _PRIOR / 2, answer_type="thing")
    return None
