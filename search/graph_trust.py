"""How much the rules that weigh a graph edge against the reader trust the edge: a weight of
their own, not the reader's.

The reader scores a candidate that an edge of the asked relation gives with two features of
that edge (``graph`` and ``graph_confidence``, search/reader_features.py), whose weights every
refit sets anew: an edge at 0.92 added 2.66 logits in the reader of 5dbfa56 and 1.87 in session
24's refit, which weighs news edges less.  The thresholds of the rules that decide between an
edge and the reader's pick (graph_answers.prefer_asked_edge's half and its pick under even,
choice.answer_keys' floors) were set on the dev gold against the first.  So the rules read each
candidate's belief with the reader's own weight of its edge taken out and ``GRAPH_TRUST``'s put
in: the text's part of the belief stays the reader's, the edge's part is the rules' own, and a
refit no longer moves what those thresholds mean.

A reader that gives an edge at 0.9 1.80 logits, not GRAPH_TRUST's 2.62, believed its candidate
0.3; the rules read 0.494 (the total kept), and the reader's own weights leave beliefs as they are:

>>> from search.reader_model import ReaderModel
>>> reader = ReaderModel({"graph": 0.0, "graph_confidence": 2.0})
>>> b = trusted({"edge": 0.3, "other": 0.7}, {"edge": 0.9}, reader)
>>> round(b["edge"], 3), round(b["other"], 3), round(sum(b.values()), 3)
(0.494, 0.506, 1.0)
>>> trusted({"edge": 0.3, "other": 0.7}, {"edge": 0.9}, ReaderModel(GRAPH_TRUST))["edge"]
0.3
"""

from __future__ import annotations

import math

from .reader_model import ReaderModel

__all__ = ["GRAPH_TRUST", "edge_trust", "trusted"]

#: the logit an edge of the asked relation adds to the candidate it gives, in the rules' eyes:
#: ``graph`` + ``graph_confidence`` x the edge's confidence — the reader's weights of 5dbfa56,
#: against which the rules' thresholds were set on the dev gold
GRAPH_TRUST = {"graph": 1.0463, "graph_confidence": 1.75388}


def edge_trust(confidence: float, reader: ReaderModel) -> float:
    """The factor a rule multiplies the reader's belief in a candidate given by an edge of
    ``confidence`` with: the rules' weight of the edge over the reader's (1.0 when the reader
    weighs it as GRAPH_TRUST does)."""
    w = reader.weights
    gap = sum(
        (trust - w.get(f, 0.0)) * (1.0 if f == "graph" else confidence)
        for f, trust in GRAPH_TRUST.items()
    )
    return math.exp(gap)


def trusted(pooled: dict[str, float], support: dict[str, float], reader: ReaderModel):
    """Each answer's belief (``pooled``: key -> summed probability) with the edges of
    ``support`` (entity id -> the edge's confidence) weighed as GRAPH_TRUST says; the total
    belief is kept."""
    moved = {
        k: b * (edge_trust(support[k], reader) if k in support else 1.0) for k, b in pooled.items()
    }
    scale = sum(pooled.values()) / max(sum(moved.values()), 1e-12)
    return {k: b * scale for k, b in moved.items()}
