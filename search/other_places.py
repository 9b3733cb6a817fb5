"""A yes/no question whether a thing is done in a place ("배터리는 한국 공장에서 생산되나?",
"한국에 합작법인을 설립했나?") is answered 아니오 by the sentence that states the same act done
in another place ("배터리는 ... 미국 인디애나주 ... 공장에서 생산된다", "미국에서 임상 1상을
시작할 계획", "미국에 설립한 합작법인"), when no sentence states it in the asked one.  Places are search/territories.py's countries and regions.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("배터리는 한국 공장에서 생산되나?")
>>> elsewhere(q, sentence_tokens("배터리는 미국 텍사스주의 공장에서 생산된다."))
'no'
>>> elsewhere(q, sentence_tokens("배터리는 미국과 한국 공장에서 생산된다."))
'yes'
>>> elsewhere(q, sentence_tokens("배터리는 한 번 충전으로 500km를 달린다.")) is None
True
"""

from __future__ import annotations

import itertools

from .passages import sentence_tokens
from .results import Hit
from .spans import Token, base_tag
from .territories import is_territory

__all__ = ["done_elsewhere", "elsewhere"]

#: the particles of where a thing is done or goes ("한국에서", "공장에서", "미국에 설립한")
_WHERE = {"에서", "에"}
#: morphemes the asked place may stand before its 에서 ("한국/공장/에서") and 에서 before the act
#: ("미국/에서/임상/1/상/을/시작")
_PLACE_REACH = 2
_ACT_REACH = 6


def _asked(q_tokens: list[Token]) -> tuple[str, set[str]] | None:
    """(the asked place, the acts after its 에서: nouns of 하다/되다 and verbs), or None."""
    for i, t in enumerate(q_tokens):
        if not is_territory(t.form):
            continue
        near = q_tokens[i + 1 : i + 2 + _PLACE_REACH]
        at = next((k for k, n in enumerate(near) if n.form in _WHERE and n.tag == "JKB"), None)
        if at is None:
            continue
        rest = q_tokens[i + 2 + at :]
        acts = {a.form for a, b in itertools.pairwise(rest) if b.tag in {"XSV", "XSA"}}
        acts |= {a.form for a in rest if base_tag(a.tag) == "VV"} - {"하", "되"}
        return (t.form, acts) if acts else None
    return None


def elsewhere(q_tokens: list[Token], toks: list[Token]) -> str | None:
    """'yes' when the sentence states the question's act with 에서/에 in the asked place, 'no' in
    another place only, None when it states no act with a place."""
    asked = _asked(q_tokens)
    if asked is None:
        return None
    place, acts = asked
    for i, t in enumerate(toks):
        if t.form not in acts:
            continue
        window = range(max(0, i - _ACT_REACH), i)
        where = next((j for j in window if toks[j].form in _WHERE and toks[j].tag == "JKB"), None)
        if where is None:
            continue
        places = {p.form for p in toks[:where] if is_territory(p.form)}
        if places:
            return "yes" if place in places else "no"
    return None


def done_elsewhere(q_tokens: list[Token], hits: list[Hit]) -> Hit | None:
    """The first hit that states the asked act in another place, when none states it in the
    asked one."""
    read = [(h, elsewhere(q_tokens, sentence_tokens(h.text))) for h in hits]
    if any(v == "yes" for _, v in read):
        return None
    return next((h for h, v in read if v == "no"), None)
