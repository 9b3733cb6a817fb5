"""How long someone stayed, counted from the two years the text writes for one stint: "그는
2012년 누리은행에 입사해 2019년 퇴사했다" answers "누리은행에서 몇 년 일했나?" with "7년" when no
sentence about it writes the length itself ("7년간", "7년 동안": the reader finds those).  The
stint is one sentence naming the organisation the question names, a year before a word of
joining and a later year before a word of leaving ([stints] of resources/answer_types.toml).

>>> from search.passages import sentence_tokens
>>> stint_years(sentence_tokens("그는 2012년 누리은행에 입사해 2019년 퇴사했다."))
(2012, 2019)
>>> stint_years(sentence_tokens("그는 2012년 누리은행에 입사했다.")) is None
True
"""

from __future__ import annotations

from .answer_types import answer_type_tables, read_asked
from .calibration import named_path
from .durations import a_duration, asks_duration
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import Token

__all__ = ["stint_answer", "stint_years"]


def _table() -> dict:
    return answer_type_tables()["stints"]


def _years(toks: list[Token]) -> list[tuple[int, int]]:
    """(year, index of its 년) of every "YYYY년" of a sentence."""
    return [
        (int(t.form), i + 1)
        for i, t in enumerate(toks[:-1])
        if t.tag == "SN" and len(t.form) == 4 and toks[i + 1].form == "년"
    ]


def stint_years(toks: list[Token]) -> tuple[int, int] | None:
    """The first year a word of joining follows and the later year a word of leaving follows,
    each before the next year is written; None when the sentence writes no such pair."""
    years = _years(toks)
    joined = left = None
    for k, (year, at) in enumerate(years):
        until = years[k + 1][1] if k + 1 < len(years) else len(toks)
        forms = {t.form for t in toks[at:until]}
        if joined is None and forms & set(_table()["joins"]):
            joined = year
        elif joined is not None and year > joined and forms & set(_table()["leaves"]):
            left = year
            break
    return (joined, left) if joined is not None and left is not None else None


def stint_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """ "N년" for a question asking how many years someone stayed at the organisation it names,
    counted from the sentence that writes the two years of the stint; None when the question
    asks something else, no sentence writes the stint, or one writes its length."""
    asked = read_asked(q.tokens)
    if asked.unit != "년" or not asks_duration(q.tokens, asked.wh_index, asked.unit):
        return None
    ex = snap.extraction
    orgs = {e for e, _ in q.entities if e in ex.entities and ex.entities[e].type != "Person"}
    for h in hits:
        named = {eid for eid, _, _ in ex.sentence_entities.get(h.sentence_id, [])}
        if not orgs or not orgs <= named:
            continue
        toks = sentence_tokens(h.text)
        if any(a_duration(h.text[: t.end], "년") for t in toks if t.form == "년"):
            return None  # the sentence writes the length: the reader's
        if (pair := stint_years(toks)) is None:
            continue
        return _answer(q, h, f"{pair[1] - pair[0]}년", hits), named_path(
            "before", "stint", **{"before=sentence": 1.0, "prior": 0.7}
        )
    return None


def _answer(q: Question, hit: Hit, length: str, hits: list[Hit]) -> Answer:
    rest = [h for h in hits if h.sentence_id != hit.sentence_id]
    return Answer(
        question=q.text,
        answer=length,
        evidence=[hit, *rest[:4]],
        method="sentence",
        confidence=0.7,
        sentence=hit.text,
        analysis=q.to_dict(),
        answer_type="number",
    )
