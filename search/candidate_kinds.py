"""What a candidate answer is (date, money, number, person, place, organization, latin, name or
thing), read from its morphemes and the entity type the knowledge graph gives it: the reader
(search.reader_sentence) compares it with the kind the question asks (search.answer_types).
"3월", "오후 3시" are dates, "35기가와트시" a number, "다음 달 초" a date written relative to
the article's.
"""

from __future__ import annotations

from .answer_tables import answer_type_tables
from .spans import NOMINAL, Token

__all__ = ["candidate_class"]


def _relative_date(forms: list[str], units: dict) -> bool:
    """A time the article writes relative to its date, down to where in it ("다음 달 초", "올해
    말", "내년 상반기"; [units] relative_*)."""
    anchors, alone = set(units["relative_anchors"]), set(units["relative_alone"])
    if len(forms) == 1 and forms[0] in alone:
        return True
    middle = anchors | set(units["relative_units"])
    return (
        len(forms) >= 2
        and forms[0] in anchors
        and all(f in middle for f in forms[1:-1])
        and forms[-1] in units["relative_parts"]
    )


def _event_relative(toks: list[Token], units: dict) -> bool:
    """A time written relative to an event ("설 명절 전", "출국 4~6주 전", "개통 직후"): an
    event's noun first, then a count of a span of time or nothing, then a side of it last.
    A count alone ("3주 전") is relative to nothing written."""
    if len(toks) < 2 or toks[-1].form not in units["event_sides"] or toks[0].tag != "NNG":
        return False
    spans = set(units["event_spans"])
    return all(t.tag in {"NNG", "SN", "SO", "SP", "NR"} or t.form in spans for t in toks[1:-1])


def candidate_class(toks: list[Token], entity_type: str = "") -> str:
    """What a candidate answer is, from its morphemes (and its entity type when the knowledge
    graph knows it): date, money, number, person, place, organization, latin, name or thing."""
    tables = answer_type_tables()
    if entity_type == "Date":
        return "date"
    forms = [t.form for t in toks]
    tags = [t.tag for t in toks]
    if _event_relative(toks, tables["units"]):
        return "date"
    if "SN" in tags or "NR" in tags:
        units = tables["units"]
        if any(f in units["money"] for f in forms):
            return "money"
        # a date's unit right after its number ("3월", "오후 3시"), not the end of another
        # unit ("35기가와트시": gigawatt-hours)
        if any(
            f in {"년", "월", "일", "세기", "년대", "시"} and k and tags[k - 1] in {"SN", "NR"}
            for k, f in enumerate(forms)
        ):
            return "date"
        return "number"
    if _relative_date(forms, tables["units"]):
        return "date"
    if entity_type in {"Person"}:
        return "person"
    if entity_type in {"Place"}:
        return "place"
    if entity_type in {"Company", "Organization", "Investor"}:
        return "organization"
    if entity_type == "Model":
        return "name"
    last = forms[-1] if forms else ""
    suffixes = tables["candidate_suffixes"]
    if last in suffixes["person_titles"]:
        return "person"
    if all(t in {"SL", "SN", "SP", "SO", "SW"} for t in tags):
        return "latin"
    if "NNP" in tags:
        if last in suffixes["place"]:
            return "place"
        if last in suffixes["organization"]:
            return "organization"
        return "name"
    if last in suffixes["organization"] and len(last) >= 2:
        return "organization"
    if all(t in NOMINAL for t in tags):
        return "thing"
    return "thing"
