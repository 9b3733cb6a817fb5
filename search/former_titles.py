"""A former holder asked is one the text writes as former: "KT의 전 대표는 누구인가?" is the
구현모 of "구현모 전 KT 대표", not the 김영섭 of "김영섭 KT 대표" that stands nearer the
question's words.  A question with 전 (Kiwi's MM, "former") right before a title is answered
by the people the sentence writes with 전 between their name and a title, when it writes any;
the belief of the others goes to them.

>>> from search.passages import sentence_tokens
>>> asks_former(sentence_tokens("KT의 전 대표는 누구인가?"))
True
>>> asks_former(sentence_tokens("대표 선임 전 직책은?"))
False
>>> text = "지난해 구현모 전 KT 대표가 불참한 데 이어 김영섭 KT 대표도 불참했다."
>>> toks = sentence_tokens(text)
>>> [written_former(toks, text.index(n) + len(n)) for n in ("구현모", "김영섭")]
[True, False]
"""

from __future__ import annotations

from itertools import pairwise

from .fits import believed
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token
from .titles import folded_titles

__all__ = ["asks_former", "former_holders", "written_former"]

#: how many morphemes after a name its 전 may stand: "구현모 전 KT 대표", "X 씨는 전 ..."
_REACH = 2


def asks_former(tokens: list[Token]) -> bool:
    """전 as a modifier (MM) right before a title noun ("전 대표", "전 CEO")."""
    return any(
        t.form == "전" and t.tag == "MM" and n.form.casefold() in folded_titles()
        for t, n in pairwise(tokens)
    )


def written_former(toks: list[Token], end: int) -> bool:
    """The name ending at character ``end`` is followed, within a couple of morphemes, by 전
    (MM) and then a title, maybe after an organisation ("구현모 전 KT 대표")."""
    after = [t for t in toks if t.start >= end]
    for i, t in enumerate(after[:_REACH]):
        if t.form == "전" and t.tag == "MM":
            return any(n.form.casefold() in folded_titles() for n in after[i + 1 : i + 4])
    return False


def former_holders(tokens: list[Token], ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written as former holders, with all the belief, when a former holder is
    asked and the sentences write one; the candidates unchanged otherwise."""
    if not asks_former(tokens):
        return cands
    kept = [
        c
        for c in cands
        if c.span is not None and written_former(ri.passages[c.passage].tokens, c.span.end)
    ]
    return believed(kept, cands)
