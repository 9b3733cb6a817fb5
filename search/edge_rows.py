"""The other parties one sentence gives an answer's graph edge: Korean marks no plural, so
"무늬AI에 이번에 투자한 곳은?" asks for every investor of the act the answer's sentence states
("KT와 일본 라쿠텐으로부터 … 투자를 유치했다": both), and none of another sentence (an earlier
round's investor, "2023년 LG테크놀로지벤처스가 주도한 시리즈A").

>>> from types import SimpleNamespace as N
>>> ev = lambda *sids: [N(sentence_id=s) for s in sids]
>>> found = [(N(id="kt"), N(evidence=ev("d#1")), 0.9), (N(id="rk"), N(evidence=ev("d#1")), 0.8),
...          (N(id="lg"), N(evidence=ev("d#4")), 0.8)]
>>> sorted(row_parties(("mu", found), "kt"))
['rk']
"""

from __future__ import annotations

__all__ = ["row_parties"]


def row_parties(edges, key: str) -> set[str]:
    """The entities whose edge of the asked relation (``graph_edges``' answers) shares an
    evidence sentence with the edge that gives ``key``; empty when no edge gives it."""
    if edges is None:
        return set()
    said = {ev.sentence_id for ent, rel, _ in edges[1] if ent.id == key for ev in rel.evidence}
    return {
        ent.id
        for ent, rel, _ in edges[1]
        if ent.id != key and said & {ev.sentence_id for ev in rel.evidence}
    }
