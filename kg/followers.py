"""Names typed by the word after them, with the names listed before them:

- a platform a product comes out on, before a word for a build ("플레이스테이션과 엑스박스
  버전으로 출시된다", works.toml [platforms]): a product or service (Model), whatever the tagger
  typed it (a console maker's name read as a company, an unknown word as a place); a name the
  tagger is sure is a place stays one ("한국과 일본 버전": the editions for two countries);
- a place where a company puts a site ("로테르담, 위트레흐트에 사무소를 열었다", grammar.toml
  [places] sites): a Place, whatever the tagger made of foreign cities listed together; a name
  the lexicon knows as an organisation, or one ending as an organisation does, stays one;
- a list counted by the number after it ("멕시코·콜롬비아·브라질 등 중남미 9개국", grammar.toml
  [lists] counted): its names are what the counter counts (countries: Place), whatever the
  tagger made of them; a name that ends as an organisation does stays one.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .model import Mention
from .names import name_key
from .pieces import Piece, continues
from .resources import resources

__all__ = ["vote_followers"]

_PATH = Path(__file__).with_name("resources") / "works.toml"
_SURE_PLACE = 2.0  # a Place vote the tagger gives only to a word it knows as a place
_ORGS = {"Company", "Organization"}


@functools.cache
def _builds() -> frozenset[str]:
    with open(_PATH, "rb") as f:
        return frozenset(tomllib.load(f)["platforms"]["builds"])


def vote_followers(text: str, ps: list[Piece], mentions: list[Mention]) -> None:
    """Give each name before a build word a Model vote and each name before a site a Place
    vote, and the same to the names listed before it, in place."""
    names = sorted((m for m in mentions if m.kind == "name"), key=lambda m: m.start)
    # the word of a name's last piece ("에인트호번에": a name Kiwi read with its particle)
    words = {p.end: k for k, p in enumerate(ps)}
    sites = resources().grammar.place_sites
    for m in names:
        k = next((words[e] for e in range(m.end, m.end + 3) if e in words), None)
        if k is None or k + 1 >= len(ps):
            continue
        p, nxt = ps[k], ps[k + 1]
        if nxt.stem in _builds() and continues(p, nxt) and p.stem_end == m.end:
            _vote(_listed_before(text, names, m), "Model", _a_place)
        elif nxt.stem in sites and m.particle == "에" and nxt.start == p.end + 1:
            _vote(_listed_before(text, names, m), "Place", _an_organisation)
    _vote_counted(text, names)


def _vote_counted(text: str, names: list[Mention]) -> None:
    """The names of a list of two or more counted right after it take the counted type alone:
    the text says what they are, the tagger's other guesses go."""
    for m in names:
        kind = _counted_as(text, m)
        listed = _listed_before(text, names, m) if kind else []
        keeps = _an_organisation if kind == "Place" else _a_place
        for named in listed if len(listed) >= 2 else []:
            if not keeps(named):
                named.votes = {kind: named.votes.get(kind, 0.0) + 3.0}


def _counted_as(text: str, last: Mention) -> str | None:
    """The type of the names of a list that ends with ``last`` and is counted right after it:
    "브라질 등 중남미 9개국" (a closer, one word, a number and a counter): Place."""
    counted = resources().grammar.list_counted
    closers = "|".join(map(re.escape, resources().grammar.list_closers))
    counters = "|".join(map(re.escape, sorted(counted, key=len, reverse=True)))
    if not counters or last.particle:
        return None
    # a closer ("등"), one word ("중남미"), the number and its counter
    count = rf"\s+(?:(?:{closers})\s+)?(?:[가-힣A-Za-z]+\s+)?\d+\s?({counters})"
    m = re.match(count, text[last.end :])
    return counted[m.group(1)] if m else None


def _vote(listed: list[Mention], kind: str, keeps) -> None:
    for m in listed:
        if not keeps(m):
            m.votes[kind] = m.votes.get(kind, 0.0) + 3.0


def _listed_before(text: str, names: list[Mention], last: Mention) -> list[Mention]:
    """``last`` and the names listed right before it ("A, B와 C": A, B, C)."""
    joiners = resources().grammar.particles.get("with", ())
    out = [last]
    before = [m for m in names if m.end <= last.start]
    for a in reversed(before):
        b = out[-1]
        gap = text[a.end : b.start].strip()
        listed = gap in joiners or gap in {",", "·"}
        if not (listed or (a.particle in joiners and gap == a.particle)):
            break
        out.append(a)
    return out


def _known_type(m: Mention) -> str:
    entry = resources().lexicon_by_key.get(name_key(m.text))
    return entry.type if entry is not None else ""


def _a_place(m: Mention) -> bool:
    return _known_type(m) == "Place" or m.votes.get("Place", 0) >= _SURE_PLACE


def _an_organisation(m: Mention) -> bool:
    """Known as one, or ending as one does ("다온소프트에 연구소를 맡겼다": a firm)."""
    ends = resources().grammar.org_suffixes
    return _known_type(m) in _ORGS or any(m.text.endswith(e) and m.text != e for e in ends)
