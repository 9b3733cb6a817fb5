"""Which end of a change is asked: a sentence that writes a row of changes ("하도급 위반은
2%에서 4%로, 담합 등 부당한 공동행위는 15%에서 25%로 상향한다") answers "담합 과징금 상한은
얼마로 오르나?" with the figure written with 로 (the new one) of the row whose words the
question writes (25%, no other row's 4%), and "담합 과징금 상한은 현행 얼마인가?" with the
figure written with 에서 (15%, the one it starts from).  How a question asks each end is data
(resources/answer_types.toml [change_ends]).

>>> _end_after("15%에서 25%로", 3)
'from'
>>> _end_after("15%에서 25%로 상향", 9)
'to'
>>> _end_after("25%를 넘는다", 3)
''
>>> _end_after("월 4만2천원이던 보험료가 5만원 가까이로 오른다", 7), _end_after("5만원 가까이로", 3)
('from', 'to')
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .change_sides import asked_side
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asked_end", "changed_ends"]

#: the particle right after a figure that says which end of a change it is
# "4만2천원이던 보험료가 5만원으로": a past level written as a modifier is a start too
_FROM = re.compile(r"\s*(?:에서|이던|던)(?![가-힣])")
# "5만원 가까이로 오른다": a word of about may stand before the particle
_TO = re.compile(r"\s*(?:가까이|가량|정도|남짓|안팎)?\s*(?:으로|로)(?![가-힣])")
_ENDS = (("from", _FROM), ("to", _TO))
#: how many characters may stand between the two ends of one change ("에서 5.8% 내린 ")
_GAP = 16
#: the Kiwi tags of the question's words that name a row (its subject: "담합", "하도급")
_ROW_TAGS = frozenset({"NNG", "NNP", "SL", "XR"})


def _end_after(text: str, end: int) -> str:
    """The end of a change the figure ending at ``end`` is: "from" when written with 에서,
    "to" with (으)로, else ""."""
    rest = text[end:]
    return next((name for name, pat in _ENDS if pat.match(rest)), "")


def asked_end(q: Question) -> str:
    """The end of a change the question asks: "to" for an interrogative written with (으)로
    ("얼마로 오르나", "몇 %로"), "from" for one written with 에서 or a word of the present or
    former value ("현행", "기존"), else the side the words around the asked noun ask
    (search/change_sides.py: "낮춘 목표주가" asks the new one)."""
    table = answer_type_tables()["change_ends"]
    wh = "|".join(map(re.escape, table["interrogatives"]))
    if re.search(rf"(?:{wh})\s*(?:%|퍼센트|배)?\s*(?:으로|로)(?![가-힣])", q.text):
        return "to"
    if re.search(rf"(?:{wh})\s*(?:%|퍼센트|배)?\s*에서(?![가-힣])", q.text):
        return "from"
    if any(t.form in table["from_words"] for t in q.tokens):
        return "from"
    return asked_side(q)  # "낮춘 목표주가", "가동 후 처리능력": search/change_sides.py


def _pairs(text: str, figures: list[Candidate]) -> list[tuple[int, int]]:
    """The (from, to) starts of the changes the passage writes: a figure written with 에서 and,
    right after it, one written with (으)로."""
    by_start: dict[int, Candidate] = {}
    for c in figures:  # the whole figure of each start ("4만 2천 원", not its piece "4만 2천")
        if c.span.start not in by_start or c.span.end > by_start[c.span.start].span.end:
            by_start[c.span.start] = c
    froms = sorted(s for s, c in by_start.items() if _end_after(text, c.span.end) == "from")
    out = []
    for s in froms:
        after = _FROM.match(text, by_start[s].span.end).end()
        t = next(
            (
                c
                for c in sorted(figures, key=lambda c: c.span.start)
                if c.span.start >= after
                and _between(text[after : c.span.start])
                and _end_after(text, c.span.end) == "to"
            ),
            None,
        )
        if t is not None:
            out.append((s, t.span.start))
    return out


def _between(gap: str) -> bool:
    """What may stand between the two ends of one change: nothing, or a few words of one
    clause ("2만9,000원에서 5.8% 내린 2만7,400원으로", "841억원에서 현재는 1688억원으로")."""
    return len(gap) <= _GAP and not re.search(r"[,.;·]|에서", gap)


def _row_words(q: Question) -> list[str]:
    """The question's words that may name a row: its nouns of two letters or more, other than
    those that say what is measured in every row ("과징금": [heads], [attributes])."""
    tables = answer_type_tables()
    generic = {*tables["change_ends"]["not_rows"], *tables["heads"], *tables["attributes"]}
    return [
        t.form.casefold()
        for t in q.tokens
        if t.tag in _ROW_TAGS and len(t.form) >= 2 and t.form not in generic
    ]


def changed_ends(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate] | None:
    """The figures of the asked end of the changes the sentences write, of the row whose words
    the question writes most (the words from the row before it on), with the belief of the
    others; None when the question asks no end or no sentence writes a change."""
    end = asked_end(q)
    if not end:
        return None
    words = _row_words(q)
    scored: list[tuple[int, int, int]] = []  # (row score, passage, start of the asked figure)
    for pid in sorted({c.passage for c in cands}):
        text = ri.passages[pid].text
        figures = [c for c in cands if c.passage == pid and is_figure(c)]
        row_start = 0
        for f, t in _pairs(text, figures):
            row = re.sub(r"\s+", "", text[row_start:f]).casefold()
            scored.append((sum(w in row for w in words), pid, f if end == "from" else t))
            row_start = t
    if not scored:
        return None
    best = max(s for s, _, _ in scored)
    asked = {(pid, at) for s, pid, at in scored if s == best}
    kept = [
        c
        for c in cands
        if is_figure(c)
        and (c.passage, c.span.start) in asked
        and _end_after(ri.passages[c.passage].text, c.span.end) == end
    ]
    return believed(kept, cands) if kept else None
