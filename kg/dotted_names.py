"""Bodies named for two fields joined by a middle dot: "한국가람·누리산업협회" is one association
of two industries, not a name "한국가람" and an association "누리산업협회" (grammar.toml
[organisations] dotted_bodies).  A dot between two full names stays a list ("법무부·특허청"), and
so does a shared company ending ("가람·누리전자": two firms)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from .closers import name_at
from .model import Mention
from .pieces import Piece
from .resources import resources

__all__ = ["dotted_bodies"]


def dotted_bodies(text: str, ps: list[Piece], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each body's name joined over the middle dot before it."""
    g = resources().grammar
    out = list(mentions)
    for a, b in itertools.pairwise(ps):
        if a.tail or a.after not in g.joiners or b.start != a.end + 1 or not a.stem:
            continue
        body = name_at(out, lambda m, b=b: m.start == b.start)
        if body is None or not out[body].text.endswith(g.dotted_bodies):
            continue
        if a.stem.endswith(tuple(g.org_suffixes)) or a.stem.casefold() in resources().stopnames:
            continue
        first = name_at(out, lambda m, a=a: m.end == a.stem_end)
        if first is not None and out[first].start != a.start:
            continue
        if first is None and any(m.start < a.stem_end and m.end > a.start for m in out):
            continue
        m = out[body]
        votes = dict(m.votes)
        votes["Organization"] = votes.get("Organization", 0.0) + 3.0
        joined = replace(m, start=a.start, text=text[a.start : m.end], votes=votes)
        out = [x for k, x in enumerate(out) if k not in {body, first}] + [joined]
    return out
