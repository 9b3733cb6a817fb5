"""A party of a deal named by its part is no name: "유럽 발주처와 계약을 맺었다", "해양시공사가
맡는다", "국내 시행사", "가온전자 협력사에".

News writes a deal's party by its part (발주처, 시공사, 고객사 ...: kg/resources/party_roles.toml)
where it does not name it, often with a word of where or what before it.  The tagger takes the
run for a name, and an organisation's ending (공사, 처) may type it so.  The role is never a part
of a name: alone, or after common nouns glued to it ("해양시공사": 해양 + 시공사), the run is no
name; after a word of its own ("유럽 발주처", "가온전자 협력사") the name is that word alone.
"""

from __future__ import annotations

import dataclasses
import functools

from .kiwi import kiwi
from .model import Mention
from .names import name_key
from .resources import load_table, resources

__all__ = ["without_party_roles"]


@functools.lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    return tuple(sorted(load_table("party_roles.toml")["roles"], key=len, reverse=True))


def _common_nouns(word: str) -> bool:
    """Is ``word`` common nouns only, to Kiwi ("해양", "국내 물류")?"""
    return all(t.tag == "NNG" for t in kiwi().tokenize(word))


def _without_role(m: Mention) -> Mention | None:
    """``m`` less a party's role at its end; None when nothing of a name is left."""
    role = next((r for r in _roles() if m.text.endswith(r)), None)
    if role is None or m.rule == "lexicon":
        return m
    before = m.text[: -len(role)]
    if not before.strip() or _common_nouns(before):
        return None
    if not before.endswith(" "):
        return m  # glued to a proper noun ("부산도시공사"): a name of its own
    name = before.rstrip()
    entry = resources().lexicon_by_key.get(name_key(name))
    votes = {entry.type: 3.0} if entry is not None else m.votes
    return dataclasses.replace(
        m, end=m.start + len(name), text=name, votes=votes, particle="", role=""
    )


def without_party_roles(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the parties named by their part, and names cut before one.

    >>> [m.text for m in without_party_roles([Mention("d#0", 0, 6, "유럽 발주처"),
    ...                                       Mention("d#0", 10, 15, "해양시공사")])]
    ['유럽']
    """
    out = []
    for m in mentions:
        kept = _without_role(m) if m.kind == "name" else m
        if kept is not None:
            out.append(kept)
    return out
