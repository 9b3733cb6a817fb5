"""Which side of a change a question asks by the words around its noun, with no interrogative
written with (으)로 or 에서 (search/change_ends.py reads those).  News writes a change with both
figures, "목표주가를 4만 2천 원에서 3만 1천 원으로 내렸다", "처리능력이 3만t에서 7만t으로
늘어난다", and a question asks the one after it by

- a verb of change written as a modifier of the asked noun: "낮춘 목표주가", "하향 조정한
  전망치", "인상된 요금", "올린 기준금리", "늘어나는 처리능력", "바뀐 금리";
- a word of after or of new: "가동 후 처리능력", "증설 이후 생산능력", "새 목표주가", or a
  verb of the event with 면: "3공장이 완공되면 생산능력은?";

and the one before it by a word of before written after a verb's 기: "낮추기 전 목표주가".  A
question that asks the size of the change ("낮춘 폭은?", "인상률은?") asks neither.  The words
are data: resources/answer_types.toml [change_ends].

>>> from kg.resolve import Extraction
>>> from search.question import analyze_question
>>> def side(text):
...     return asked_side(analyze_question(text, Extraction()))
>>> side("증권사가 낮춘 목표주가는 얼마인가?"), side("증설 후 생산능력은?")
('to', 'to')
>>> side("낮추기 전 목표주가는?"), side("목표주가를 낮춘 폭은?"), side("목표주가는?")
('from', '', '')
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .question import Question
from .resource_tables import resource_table
from .spans import Token

__all__ = ["asked_side"]

#: the Kiwi tags of a verb a modifier ending may follow, and of that ending
_VERBS = frozenset({"VV", "XSV", "VA", "XSA"})
_MODIFIER = "ETM"


def _table() -> dict:
    return answer_type_tables()["change_ends"]


def _changed_modifier(toks: list[Token], i: int) -> bool:
    """The token at ``i`` ends a verb of change written as a modifier ("낮추/ᆫ", "조정/하/ᆫ",
    "인상/되/ᆫ"): the verb's stem, or the noun its 하/되 is written onto, starts with one of
    [change_ends] changed_stems."""
    if toks[i].tag != _MODIFIER or i == 0 or toks[i - 1].tag not in _VERBS:
        return False
    stems = tuple(_table()["changed_stems"])
    verb = toks[i - 1]
    if verb.tag.startswith("XS") and i >= 2:
        verb = toks[i - 2]  # "조정/하/ᆫ": the noun the suffix makes a verb of
    return verb.form.startswith(stems)


def _asks_size(q: Question) -> bool:
    """The question asks how much it changed: a noun of a change's size ("폭", "인상률"), or
    an interrogative of an amount with a verb of change after it ("쓰면 얼마나 줄어?")."""
    changes = resource_table("changes.toml")
    flat = re.sub(r"\s+", "", q.text)
    if any(w in flat for w in [*changes["sizes"], *_table()["size_words"]]):
        return True
    wh = re.search("|".join(map(re.escape, changes["interrogatives"])), q.text)
    verbs = tuple(changes["verbs"])
    return wh is not None and any(w.startswith(verbs) for w in q.text[wh.end() :].split())


def asked_side(q: Question) -> str:
    """The side asked: "to" for the figure after a change (a modifier verb of change, a word
    of after or new), "from" for the one before it ("낮추기 전"), else ""."""
    if q.english or _asks_size(q):
        return ""
    toks = q.tokens
    table = _table()
    for i, t in enumerate(toks):
        if t.form in table["before_words"] and i > 0 and toks[i - 1].tag == "ETN":
            return "from"  # "낮추기 전", "가동되기 전"
    if any(t.form in table["after_words"] for t in toks):
        return "to"
    if any(t.tag == "EC" and t.form in table["after_endings"] for t in toks):
        return "to"  # "3공장이 완공되면 생산능력은?": once it is done
    return "to" if any(_changed_modifier(toks, i) for i in range(len(toks))) else ""
