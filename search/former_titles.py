"""A former holder asked is one the text writes as former: "KT의 전 대표는 누구인가?" is the
구현모 of "구현모 전 KT 대표", not the 김영섭 of "김영섭 KT 대표" that stands nearer the
question's words.  A question with a former mark (전, Kiwi's MM, or 전임: [roles] former_mark
of resources/answer_types.toml) right before a title is answered by the people the sentence
writes as former holders, when it writes any: a mark between their name and a title ("구현모 전
KT 대표", "민채율 가온소프트 전임 대표") or a marked title right before the name ("전임 CEO인
민채율"), or the subject of a verb of leaving ("X 행장은 퇴임한다": search/leaving_holders.py);
the belief of the others goes to them.

>>> from search.passages import sentence_tokens
>>> asks_former(sentence_tokens("KT의 전 대표는 누구인가?"))
True
>>> asks_former(sentence_tokens("KT의 전임 CEO는 누구인가?"))
True
>>> asks_former(sentence_tokens("대표 선임 전 직책은?"))
False
>>> text = "지난해 구현모 전 KT 대표가 불참한 데 이어 김영섭 KT 대표도 불참했다."
>>> toks = sentence_tokens(text)
>>> [written_former(toks, text.index(n), text.index(n) + len(n)) for n in ("구현모", "김영섭")]
[True, False]
>>> text = "가온소프트의 전임 CEO인 민채율 씨는 고문으로 남는다."
>>> written_former(sentence_tokens(text), text.index("민채율"), text.index("민채율") + 3)
True
"""

from __future__ import annotations

from itertools import pairwise

from .answer_types import answer_type_tables
from .belief import believed
from .leaving_holders import written_leaving
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token
from .titles import folded_titles

__all__ = ["asks_former", "former_holders", "written_former"]

#: how many morphemes after a name its mark may stand: "구현모 전 KT 대표", "X 씨는 전 ..."
_REACH = 2
#: what may stand between a marked title and the name after it: "전임 CEO인 민채율" (이+ㄴ)
_TO_NAME = frozenset({"VCP", "ETM"})


def _mark(t: Token) -> bool:
    """A former mark: 전 only as a modifier (MM; the noun is "before": "3년 전")."""
    return t.form in answer_type_tables()["roles"]["former_mark"] and (
        t.form != "전" or t.tag == "MM"
    )


def asks_former(tokens: list[Token]) -> bool:
    """A former mark right before a title noun ("전 대표", "전임 CEO")."""
    return any(_mark(t) and n.form.casefold() in folded_titles() for t, n in pairwise(tokens))


def written_former(toks: list[Token], start: int, end: int) -> bool:
    """The name written from character ``start`` to ``end`` is followed, within a couple of
    morphemes, by a former mark and then a title, maybe after an organisation ("구현모 전 KT
    대표"); or comes right after a marked title ("전임 CEO인 민채율")."""
    after = [t for t in toks if t.start >= end]
    for i, t in enumerate(after[:_REACH]):
        if _mark(t):
            return any(n.form.casefold() in folded_titles() for n in after[i + 1 : i + 4])
    before = [t for t in toks if t.end <= start]
    while before and before[-1].tag in _TO_NAME:
        before.pop()
    return len(before) >= 2 and before[-1].form.casefold() in folded_titles() and _mark(before[-2])


def former_holders(tokens: list[Token], ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written as former holders, with all the belief, when a former holder is
    asked and the sentences write one; the candidates unchanged otherwise."""
    if not asks_former(tokens):
        return cands
    kept = [
        c
        for c in cands
        if c.span is not None
        and (
            written_former(ri.passages[c.passage].tokens, c.span.start, c.span.end)
            or written_leaving(ri.passages[c.passage].text, c.span.start, c.span.end)
        )
    ]
    return believed(kept, cands)
