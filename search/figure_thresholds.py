"""Yes/no questions that ask whether a figure passes a threshold, answered by the figure the
text writes ("해외 비중은 절반을 넘나?" / "해외가 차지하는 비중은 62%다": 예; "지분은 30%에 못
미치나?" / "지분 31.2%를 갖고 있다": 아니오).

The question writes a measured noun marked as its topic ("비중은", "상승률은"), a threshold (a
figure with its unit, or a share word: 절반 = 50%) and a way ("넘", "못 미치", "이상").  The best
sentence that writes the measured noun followed by a figure of the threshold's unit, and the
question's other common nouns before it ("소액 주주"), decides by comparing the two.  The words are data: resources/yes_no_thresholds.toml.

>>> from search.passages import sentence_tokens as st
>>> threshold(st("서지안 대표의 지분은 30%에 못 미치나?"), "서지안 대표의 지분은 30%에 못 미치나?")
('지분', (30.0, '%'), 'under', False)
>>> threshold(st("해외 비중은 절반을 넘나?"), "해외 비중은 절반을 넘나?")
('비중', (50.0, '%'), 'over', False)
"""

from __future__ import annotations

from .asked_amounts import amounts
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .spans import Token, base_tag

__all__ = ["threshold", "threshold_verdict"]

#: the best sentences read
_TOP = 5
#: the most characters from the measured noun to its figure ("비중은 62%", "지분 31.2%를")
_FIGURE_REACH = 12
#: the most morphemes from the threshold to the word of its way ("30 % 에 못 미치")
_WAY_REACH = 4


def _table() -> dict:
    return resource_table("yes_no_thresholds.toml")


def _way(toks: list[Token], start: int) -> tuple[str, bool] | None:
    """The way asked after the threshold (over / under) and whether the threshold is held."""
    ways = _table()["ways"]
    for k in range(start, min(start + _WAY_REACH, len(toks))):
        form = toks[k].form
        if form in ways["negated_reach"]:
            if k and toks[k - 1].form == "못":
                return "under", False
            return None
        for way in ("over", "under"):
            if form in ways[way]:
                return way, form in ways["inclusive"]
    return None


def threshold(toks: list[Token], text: str) -> tuple[str, tuple, str, bool] | None:
    """(the measured noun, the threshold (value, unit), the way, whether the threshold itself
    counts) of a question, or None when it asks no threshold."""
    topic = next((i for i, t in enumerate(toks) if t.tag in {"JX", "JKS"}), None)
    if not topic or base_tag(toks[topic - 1].tag) not in {"NNG", "XSN"}:
        return None
    k = topic - 1 if toks[topic - 1].tag != "XSN" else topic - 2
    measured = text[toks[k].start : toks[topic - 1].end]
    shares = _table()["shares"]
    for i in range(topic + 1, len(toks)):
        if toks[i].form in shares:
            value, end = (float(shares[toks[i].form]), "%"), i + 1
        elif toks[i].tag == "SN" and (got := [a for a in amounts(text[toks[i].start :]) if a[1]]):
            value = got[0]
            end = next((j for j in range(i + 1, len(toks)) if toks[j].tag.startswith("J")), i + 1)
        else:
            continue
        way = _way(toks, end)
        return None if way is None else (measured, value, *way)
    return None


def _figure_of(text: str, measured: str, unit: str) -> float | None:
    """The first figure of ``unit`` written right after the measured noun, or None."""
    at = text.find(measured)
    if at < 0:
        return None
    got = [a for a in amounts(text[at : at + len(measured) + _FIGURE_REACH]) if a[1]]
    return got[0][0] if got and got[0][1] == unit else None


def threshold_verdict(q: Question, hits: list[Hit]) -> tuple[str, Hit] | None:
    """("yes" | "no", the sentence) when a best sentence writes the measured noun's figure; else
    None."""
    asked = threshold(q.tokens, q.text)
    if asked is None:
        return None
    measured, (limit, unit), way, inclusive = asked
    # the measured thing's own words ("소액 주주 지분은"): another's share ("최대주주 지분")
    # leaves out one of them; the names may be left to the article's topic
    topic = next(i for i, t in enumerate(q.tokens) if t.tag in {"JX", "JKS"})
    own = [
        t.form
        for t in q.tokens[:topic]
        if t.tag == "NNG"
        and t.form not in measured
        and not any(s <= t.start < e for s, e in q.spans)
    ]
    for h in hits[:_TOP]:
        figure = _figure_of(h.text, measured, unit)
        if figure is None or not all(w in h.text for w in own):
            continue
        if figure == limit:
            held = inclusive
        else:
            held = figure > limit if way == "over" else figure < limit
        return ("yes" if held else "no"), h
    return None
