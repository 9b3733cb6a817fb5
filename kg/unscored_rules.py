"""Rule candidates the relation scorer has not learned to weigh.

The scorer (kg.scorer) keeps a pair when its learned weights say so; a rule added after its
last fit has no weight of its own, and its pairs fall below the threshold however sure the rule
is ("한결소재의 최대주주는 누리홀딩스다" scores 0.27).  The rules named in
kg/resources/unscored_rules.toml keep their candidates on their own confidence until the
scorer is refitted with them.
"""

from __future__ import annotations

import functools

from .model import RelationCandidate
from .resources import load_table

__all__ = ["with_unscored_rules"]


@functools.lru_cache(maxsize=1)
def _unscored() -> frozenset[str]:
    return frozenset(load_table("unscored_rules.toml")["rules"])


def with_unscored_rules(
    scored: list[RelationCandidate], rules: list[RelationCandidate]
) -> list[RelationCandidate]:
    """``scored`` and the candidates of the unscored rules it does not hold already.

    >>> c = RelationCandidate("INVESTED_IN", 1, 0, "d#0", "shareholder", 0.8)
    >>> [x.rule for x in with_unscored_rules([], [c])]
    ['shareholder']
    """
    kept = {(c.type, c.subject, c.object) for c in scored}
    return scored + [
        c for c in rules if c.rule in _unscored() and (c.type, c.subject, c.object) not in kept
    ]
