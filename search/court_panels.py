"""Which panel of a court heard a case: "선고한 재판부는?", "문서윤 판사는 어느 재판부 소속인가?"
ask for the panel court news writes before the judge ("부산지법 형사5단독 문서윤 판사", "부산고법
형사2부(정하람 부장판사)"), with its court; the graph's edge of the
judge gave the court alone, the reader the judge.  The panel is read in the sentence naming the
person the question names, else in the first of the best sentences writing one.  The words are
data (resources/court_panels.toml).

>>> panel_in("부산고법 형사2부(정하람 부장판사)는 14일 항소를 기각했다.")
'부산고법 형사2부'
>>> panel_in("광주고법 형사합의3부는 무죄를 선고했다."), panel_in("재판부는 형을 정했다.")
('광주고법 형사합의3부', None)
"""

from __future__ import annotations

import re
from functools import cache

from .answer_types import Asked
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["panel_answer", "panel_in"]

#: the best sentences read for the panel
_TOP = 8
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.6
#: the kinds of answer no panel answers
_NOT_PANELS = frozenset({"person", "date", "number", "money"})


def _alt(words: list[str]) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@cache
def _panel() -> re.Pattern:
    """A panel, with the court written right before it when one is: "광주고법 형사합의3부"."""
    t = resource_table("court_panels.toml")
    court = rf"(?:[가-힣]+(?:{_alt(t['courts'])})\s+){{0,2}}"
    panel = rf"(?:{_alt(t['kinds'])})\s*(?:합의\s*)?\d+\s*(?:{_alt(t['heads'])})"
    return re.compile(rf"(?<![가-힣])({court}{panel})(?![가-힣]{{2}})")


def panel_in(text: str) -> str | None:
    """The first panel ``text`` writes, with its court; None when it writes none."""
    m = _panel().search(text)
    return m.group(1).strip() if m else None


def panel_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The panel the best sentences write, of the person the question names when it names one;
    None when the question asks no panel (its head noun is none of ``asking``) or no sentence
    writes one."""
    # the panel is what is asked ("선고한 재판부는?"), not the subject of another ask
    # ("재판부가 … 어렵다고 한 이유는?")
    if asked.kind in _NOT_PANELS or asked.head not in resource_table("court_panels.toml")["asking"]:
        return None
    names = [q.text[s:e] for s, e in q.spans]
    written = [(h, p) for h in hits[:_TOP] if (p := panel_in(h.text))]
    named = [(h, p) for h, p in written if any(n in h.text for n in names)]
    if not written:
        return None
    h, panel = (named or written)[0]
    return said_in(q, [panel], [h], hits, "panel", _PRIOR, answer_type="organization")
