"""The bracket a career step writes after an organisation is no part of its name.

Korean news lists a career as "▲실버팡(2009~2016년) ▲미국 게임사 스톰하이브(Stormhive·2020~2023년)를
거쳐": the bracket glosses the name with its years (and its Latin spelling).  A name read up to
a particle inside the bracket ("스톰하이브(Stormhive·2020~2023년") was answered at 0.97: an item
never ends inside an open bracket, and a bracket of years says when, not who.  A bracket of the
name's spelling alone stays ("보칼릭스(Vocalix)").

>>> without_gloss("라쿠모(Rakumo·2019~2022년")
'라쿠모'
>>> without_gloss("초록게임즈(2015~2019년)")
'초록게임즈'
>>> without_gloss("보칼릭스(Vocalix)")
'보칼릭스(Vocalix)'
"""

from __future__ import annotations

import re

__all__ = ["without_gloss"]

#: a year written in a bracket: the bracket tells a period ("(2016~2020년)", "(2019년 입사)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def without_gloss(name: str) -> str:
    """``name`` without a bracket left open at its end or a bracket of years ("초록게임즈
    (2015~2019년)" -> 초록게임즈); unchanged otherwise, "" stays ""."""
    at = name.rfind("(")
    if at <= 0:
        return name
    inside = name[at + 1 :]
    closed = inside.endswith(")") and ")" not in inside[:-1]
    if closed and not _YEAR.search(inside):
        return name  # the name's own spelling: "보칼릭스(Vocalix)"
    return name[:at].rstrip()


def period_open(text: str, toks, at: int) -> int:
    """When the tokens right before index ``at`` close a bracket of years ("스톰하이브(Stormhive·
    2020~2023년)를"), the index of its opening bracket, where the name before it ends; ``at``
    otherwise."""
    if at < 2 or toks[at - 1].tag != "SSC":
        return at
    sso = next((i for i in range(at - 2, -1, -1) if toks[i].tag in {"SSO", "SSC"}), -1)
    if sso <= 0 or toks[sso].tag != "SSO":
        return at
    inside = text[toks[sso].end : toks[at - 1].start]
    return sso if _YEAR.search(inside) else at
