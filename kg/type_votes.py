"""The type a document gives each name: the votes of every mention spelled alike (and of its
apposition) added up, so "다온" typed a company once is a company wherever the document repeats
it.  kg.analysis reads them once per document, before any relation, because the relation
scorer and coreference need each mention's type.
"""

from __future__ import annotations

from .model import Mention
from .names import name_key

__all__ = ["doc_votes", "mention_types"]


def doc_votes(mentions, appositions) -> dict[str, dict[str, float]]:
    """Each name's type votes inside one document (a name and its apposition share them)."""
    votes: dict[str, dict[str, float]] = {}
    for m in mentions:
        if m.kind == "name":
            bucket = votes.setdefault(name_key(m.text), {})
            for t, v in m.votes.items():
                bucket[t] = bucket.get(t, 0) + v
    for a, b in appositions:
        ka, kb = name_key(mentions[a].text), name_key(mentions[b].text)
        merged = dict(votes.get(ka, {}))
        for t, v in votes.get(kb, {}).items():
            merged[t] = merged.get(t, 0) + v
        votes[ka] = votes[kb] = merged
    return votes


def mention_types(mentions: list[Mention], doc_votes: dict[str, dict[str, float]], key) -> dict:
    """Each name or date mention's best type and the types it may have (a share of at least a
    quarter of its spelling's votes in the document)."""
    out = {}
    for i, m in enumerate(mentions):
        if m.kind == "date":
            out[i] = ("Date", frozenset({"Date"}))
            continue
        if m.kind != "name":
            continue
        votes = doc_votes.get(key(m.text)) or m.votes
        total = sum(votes.values())
        if not total:
            continue
        best = max(votes, key=votes.get)
        if best in {"", "Concept"}:
            continue
        out[i] = (best, frozenset(t for t, v in votes.items() if v / total >= 0.25))
    return out
