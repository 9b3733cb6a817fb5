"""Rates and ratios a question asks for.  A ratio of two amounts ("합병 비율", "경쟁률") is
written as one ("1대 0.72", "1:0.72", "서린정보기술 1주당 코어넷시스템 0.72주로"), not only as a
percentage: such a figure answers a ratio head of resources/answer_types.toml [rates]
``ratio_heads``.  A share of a thing the question names ("매출에서 리버스톤 비중") is a
percentage its sentence writes for that thing, not the share of another ("현지 매출 비중을
30%까지"): the sentences that name it take the belief of those that do not.

>>> bool(_RATIO.search("1대 0.72")), bool(_PER_SHARE.search("A 1주당 B 0.72주"))
(True, True)
>>> bool(_RATIO.search("차량 6대")), bool(_PER_SHARE.search("0.72주"))
(False, False)
"""

from __future__ import annotations

import re

from kg.names import name_key

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .figure_pieces import merged
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["named_share", "ratio_written", "written_ratios"]

#: two amounts set against each other: "1대 0.72", "5 : 1"
_RATIO = re.compile(r"\d\s*(?:대|:)\s*\d")
#: an exchange per share, ending on the candidate: "1주당 코어넷시스템 0.72주"
_PER_SHARE = re.compile(r"\d\s*주당\s+(?:\S+\s+)?\d+(?:\.\d+)?\s*주$")
#: how far before a share the thing it is the share of may be written (characters)
_SHARE_REACH = 40
#: how far before a candidate its "N주당" may be written (characters)
_PER_SHARE_REACH = 30


def written_ratios(asked: Asked, cands: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """A ratio asked ("수요예측 경쟁률"): the candidates written as a ratio ("826대 1") or a
    percentage, when one is written as a ratio; else none ("1천 12곳이 참여해 826대 1의
    경쟁률": the count of bidders is no ratio)."""
    if not any(ratio_written(asked, c, ri) for c in cands):
        return []
    units = answer_type_tables()["rates"]["units"]
    percent = re.compile(r"\d\s*(?:" + "|".join(map(re.escape, units)) + ")")
    kept = [c for c in cands if ratio_written(asked, c, ri) or percent.search(c.text)]
    return _whole_ratios(kept)


def _whole_ratios(cands: list[Candidate]) -> list[Candidate]:
    """A ratio's piece gives its belief to the ratio written with the larger magnitudes before
    it ("245대 1" to "1천 245대 1", of one sentence)."""
    mags = "|".join(map(re.escape, answer_type_tables()["figures"]["magnitudes"]))
    more = re.compile(rf"(?:\d[\d,.]*\s*(?:{mags})+\s*)+")
    into = {
        i: j
        for i, c in enumerate(cands)
        for j, d in enumerate(cands)
        if i != j
        and c.passage == d.passage
        and d.text.endswith(c.text)
        and more.fullmatch(d.text[: -len(c.text)])
    }
    return merged(cands, into)


def ratio_written(asked: Asked, c: Candidate, ri: ReaderInput) -> bool:
    """A ratio is asked for and the candidate is written as one (with the words before it in
    its sentence: "1주당 코어넷시스템 0.72주" for the candidate "0.72주")."""
    if asked.kind != "number" or c.span is None:
        return False
    heads = answer_type_tables()["rates"]["ratio_heads"]
    if asked.head not in heads:
        return False
    text = ri.passages[c.passage].text
    before = text[max(0, c.span.start - _PER_SHARE_REACH) : c.span.end]
    return bool(_RATIO.search(c.text) or _PER_SHARE.search(before))


def named_share(q: Question, ex, asked: Asked, cands: list[Candidate], ri: ReaderInput):
    """A rate asked of a thing the question names right before the rate ("리버스톤 비중"):
    the candidates whose sentence names it, with the belief of the others; all of them when
    no sentence does (the text may refer to it otherwise)."""
    heads = answer_type_tables()["rates"]["heads"]
    if asked.head not in heads or asked.head_index <= 0 or q.english:
        return cands
    before = q.tokens[asked.head_index - 1]
    names = [
        ex.entities[eid].aliases
        for (eid, _), (s, e) in zip(q.entities, q.spans)
        if eid in ex.entities and s <= before.start < e
    ]
    if not names:
        return cands
    keys = {name_key(a) for a in names[0] if len(name_key(a)) >= 2}
    kept = [c for c in cands if c.span is not None and _named_before(c, ri, keys)]
    return believed(kept, cands)


def _named_before(c: Candidate, ri: ReaderInput, keys: set[str]) -> bool:
    """One of the name keys is written shortly before the candidate (spaces and punctuation
    aside): "'리버스톤'으로, 이 게임 하나가 전체 매출의 62%", not "리버스톤에 쏠린 매출 구조를
    ... 현지 매출 비중을 2년 안에 30%"."""
    text = ri.passages[c.passage].text
    flat = name_key(text[max(0, c.span.start - _SHARE_REACH) : c.span.start])
    return any(k in flat for k in keys)
