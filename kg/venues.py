"""The place where an event is held: "양사는 누리스퀘어에서 업무협약식을 열었다", "가온타워에서
열린 출범식에는 ...".

A hall, a tower or a square is named like a company (a proper noun of a brand's look), and the
tagger votes so; news writes it where an event is held, marked 에서 before the event and a verb
of holding (kg/resources/venues.toml).  There it is a place.  A name the lexicon knows, or one
whose ending makes it an organisation ("한빛전자에서 열린 간담회": grammar.toml
[organisations]), is the host and keeps its type.
"""

from __future__ import annotations

import functools

from .ceremonies import is_ceremony
from .model import Mention
from .named_organisations import names_organisation
from .pieces import Tok
from .resources import load_table, resources

__all__ = ["vote_venues"]

# how many tokens after 에서 the event and the verb of holding may lie ("에서 17일까지 사흘간
# 열리는 이번 행사": nine)
_REACH = 10
# the types a venue's look wins from the tagger: a brand's (Company) or a product's (Model)
_LOOKS = {"Company", "Model"}
# a clause ends at a sentence's end, or a final ending
_ENDS = {"SF", "EF"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("venues.toml")


def _holds_event(toks: list[Tok], k: int) -> bool:
    """Do the tokens after token k (the particle 에서) name an event and a verb of holding it?
    The event may be the sentence's topic, before ("협약식은 가온타워에서 열렸다")."""
    t = _table()
    event = any(_is_event(tok, t["events"]) for tok in toks[:k])
    held = False
    for tok in toks[k + 1 : k + 1 + _REACH]:
        if tok.tag in _ENDS:
            break
        event = event or _is_event(tok, t["events"])
        held = held or _holding(tok)
    return event and held


def _is_event(tok: Tok, events: list[str]) -> bool:
    """Is ``tok`` an event noun, or a ceremony Kiwi read as a proper noun ("계약식/NNP")?"""
    return (tok.tag == "NNG" and tok.form in events) or (
        tok.tag in {"NNG", "NNP"} and is_ceremony(tok.form)
    )


def _holding(tok: Tok) -> bool:
    """Is ``tok`` a verb of holding an event ("열", "열리") or a noun made one ("개최")?"""
    t = _table()
    return (tok.tag == "VV" and tok.form in t["held_verbs"]) or (
        tok.tag == "NNG" and tok.form in t["held_nouns"]
    )


def _held_next(toks: list[Tok], k: int) -> bool:
    """Is the token after 에서 (token k) a verb of holding ("에서 열린 X", "에서 개최된 X")?"""
    return k + 1 < len(toks) and _holding(toks[k + 1])


def _after_place(text: str, mentions: list[Mention], m: Mention) -> bool:
    """Is ``m`` written right after a place ("미국 라스베이거스")?"""
    return any(
        p.voted_type == "Place" and p.end < m.start and not text[p.end : m.start].strip()
        for p in mentions
    )


def _owns_site(toks: list[Tok], m: Mention, k: int) -> bool:
    """Is a site of the name's own between it and 에서 (token k)?  "메이아이 본사에서 가진
    간담회": the hall is the company's head office, the company the owner, not the venue
    (the nouns of LOCATED_IN, kg/resources/predicates.toml: 본사, 사옥, 공장, 사무소, ...)."""
    sites = resources().frame_of["LOCATED_IN"].nouns
    return any(t.tag == "NNG" and t.form in sites for t in toks[:k] if t.start >= m.end)


def vote_venues(toks: list[Tok], mentions: list[Mention], text: str = "") -> None:
    """Vote Place for a name typed a company or a product where an event is held there.

    >>> from kg.kiwi import kiwi
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("양사는 누리스퀘어에서 협약식을 열었다.")]
    >>> m = Mention("d#0", 4, 9, "누리스퀘어", votes={"Company": 2.1})
    >>> m.particle = "에서"
    >>> vote_venues(toks, [m]); m.votes
    {'Place': 3.0}
    """
    for m in mentions:
        if (
            m.kind != "name"
            or m.particle != "에서"
            or m.voted_type not in _LOOKS
            or names_organisation(m)
        ):
            continue
        k = next((i for i, t in enumerate(toks) if t.start >= m.end and t.form == "에서"), None)
        if k is None or _owns_site(toks, m, k):
            continue
        # "미국 라스베이거스에서 열린 CES에": a city after its country, where a named event is held
        if _holds_event(toks, k) or (_held_next(toks, k) and _after_place(text, mentions, m)):
            m.votes = {"Place": 3.0}
