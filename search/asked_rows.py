"""A question of one name that does not ask for one is answered by the whole row its answer is
written in: reporters write the parties of one act as a row ("베타 테스트에는 신한은행, 롯데정보통신,
서울대병원과 한국과학기술정보연구원이 파트너로 참여한다", "경기도 및 이천시와 협약을", "A·B가",
"A를 비롯해 B, C가": search/linked_rows.py), and "참여하는 곳은?" wants every one of them though
it does not say 모두 — the reader picks one.  The row's other items are taken only when they are
names of the answer's own kind (parties beside a party, models beside a model: the row's shared
particle and verb then give them the answer's role); a question of joining in also takes the
parties a next sentence adds with 도/또한 ("… 참여했다. C도 투자했다": search/continued_rows.py).
A question that asks for one ("가장 많이 낸 곳", "주도한 투자사", "첫 고객", "한 곳") keeps its
one answer, and an item the question writes is never added ("A와 함께 참여한 곳은?": the
others).  The words are data: resources/asked_rows.toml.  A question that asks for a list is
search/whole_rows.py's.

>>> from kg.resolve import Extraction
>>> from search.question import analyze_question
>>> [asks_one(analyze_question(t, Extraction())) for t in ("시리즈A를 주도한 투자사는?",
...  "펀드에 한 곳만 참여했나?", "이번 투자에 참여한 곳은?")]
[True, True, False]
"""

from __future__ import annotations

import functools

from kg.names import name_key

from .answer_types import Asked
from .continued_rows import asks_joining, continued_parties, leading_parties
from .head_lists import PARTIES
from .linked_rows import linked_rows
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .shared_heads import shared_head

__all__ = ["asked_row", "asks_one"]

#: the entity types that stand in one row of parties: a bank beside a hospital beside an agency,
#: and a region, whose name stands for its government ("경기도 및 이천시와 협약을 맺었다")
_PARTY_TYPES = PARTIES - {"Person"}


@functools.cache
def _table() -> dict:
    return resource_table("asked_rows.toml")


def asks_one(q: Question) -> bool:
    """The question asks for one item: a rank, a round's lead, "유일한", "한 곳" or "1곳"."""
    table = _table()
    return says_one(q, set(table["asks_one"]), set(table["one_counts"]))


def says_one(q: Question, one_words: set[str], counters: set[str]) -> bool:
    """The question writes one of ``one_words`` or one counted ("한"/"1" before a counter of
    ``counters``)."""
    toks = q.tokens
    for i, t in enumerate(toks):
        if t.form in one_words:
            return True
        if t.form in {"한", "1"} and i + 1 < len(toks) and toks[i + 1].form in counters:
            return True
    return False


def _entity_at(h: Hit, a: int, b: int) -> tuple[str, str] | None:
    """The name and type of the entity that ends the row item ``h.text[a:b]`` (the nearest
    one ending where it ends: the tagger may cut "GPT-4o" at its hyphen), else None."""
    ends = [e for e in h.entities if e["end"] == b and e["start"] < b]
    if not ends:
        return None
    e = min(ends, key=lambda e: abs(e["start"] - a))
    return h.text[e["start"] : b], e.get("type", "")


def _row_of(h: Hit, keys: set[str]) -> list[tuple[str, str] | None]:
    """The items of the first row of ``h``'s sentence that holds an answer item (by its
    ``name_key``), each as its entity's name and type (None for an item no entity ends); a row
    whose last item carries the head its names share ("페루와 칠레산 대왕오징어를") as its names
    (search/shared_heads.py)."""
    for row in linked_rows(sentence_tokens(h.text)):
        if (shared := shared_head(h, row)) is not None:
            named = [(h.text[a:b], shared.kind) for a, b in shared.names]
        else:
            named = [_entity_at(h, a, b) for a, b in row]
        if any(n is not None and name_key(n[0]) in keys for n in named):
            return named
    return []


def _kind(entity_type: str, wanted: list[str]) -> str:
    """The kind of name a row item is, of those ``wanted``: "party" for a company,
    organisation, investor or place (they stand in one row: "신한은행, 서울대병원과 …"), else
    its entity type (a place beside places, for a question of a country or a city)."""
    return "party" if "party" in wanted and entity_type in _PARTY_TYPES else entity_type


def _named(h: Hit, keys: set[str]) -> list[tuple[str, str]]:
    """The answer's items as the entities of ``h`` that write them, with their types."""
    ents = [(h.text[e["start"] : e["end"]], e.get("type", "")) for e in h.entities]
    return [(name, kind) for name, kind in ents if name_key(name) in keys][:1]


def asked_row(
    q: Question, asked: Asked, form: str, found: tuple[Answer, dict], snap=None
) -> tuple[Answer, dict]:
    """``found`` with the other named items of its evidence sentence's row, of its answer's
    kind, when the question asks for a name (not a list) and not for one; for a question of
    joining in, with the parties the next sentence adds with 도/또한 too (with ``snap``, the
    knowledge base snapshot; search/continued_rows.py); else ``found``.

    "이번 실증에는 한빛병원과 누리대학교가 참여한다" answers "실증에 참여하는 기관은?" with
    both, and "실증을 이끄는 기관은?" with the one the reader found."""
    ans, signals = found
    wanted = _table()["kinds"].get(asked.kind, []) if form == "factoid" else []
    if not wanted:
        return found
    if ans.method not in {"sentence", "graph"} or not ans.answer or not ans.evidence:
        return found
    if asks_one(q):
        return found
    items = ans.answer.split(", ")
    keys = {name_key(i) for i in items}
    h = ans.evidence[0]
    row = [n for n in _row_of(h, keys) if n is not None] or _named(h, keys)
    if snap is not None and asks_joining(q):
        row += continued_parties(snap, h, keys)  # "… 참여했다. C도 투자했다"
        row += leading_parties(h)  # "A가 주도했고 B와 C가 참여했다"
    kinds = {_kind(kind, wanted) for name, kind in row if name_key(name) in keys}
    if len(kinds) != 1 or not kinds <= set(wanted):
        return found  # the answer is in no row of names of the asked kind, or names two kinds
    kind = kinds.pop()
    asked_names = name_key(q.text)
    more = [
        name
        for name, other in row
        if name_key(name) not in keys
        and name_key(name) not in asked_names
        and _kind(other, wanted) == kind
    ]
    if not more:
        return found
    # as written in the sentence (the row's order; other sentences' parties after it); an
    # answer item the row does not hold stays first
    held = list(dict.fromkeys(name for name, _ in row if name_key(name) in keys or name in more))
    held.sort(key=lambda name: h.text.find(name) % (len(h.text) + 1))
    written = {name_key(name) for name in held}
    ans.answer = ", ".join([i for i in items if name_key(i) not in written] + held)
    return ans, signals
