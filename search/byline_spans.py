"""The byline a wire story opens its first sentence with is no answer to a question about the
story: "[세종=뉴스핌] 이경태 기자 = 우리나라 군집위성 검증기가 … 궤도 안착에 성공했다" answers
"검증기를 발사한 발사체는?" with none of 세종, 뉴스핌 or 이경태.  The reader reads the bracket as
a quoted title ('세종=뉴스핌') and the outlet and the reporter as names, and the lede is the
sentence retrieval ranks first, so without this the byline's words win questions of every
kind.  A question that asks who wrote or carried the story ("기사를 쓴 기자는?", "보도한
매체는?") still reads them.

The byline's shapes are kg/bylines.py's; the words that ask for it are
resources/answer_types.toml [bylines] ``asking``.

>>> text = "[세종=한빛일보] 나은결 기자 = 시가 셔틀을 운행한다."
>>> text[byline_end(text) :]
'시가 셔틀을 운행한다.'
>>> text = "(서울=연합뉴스) 홍길동 특파원 = 시가 셔틀을 운행한다."
>>> text[byline_end(text) :]
'시가 셔틀을 운행한다.'
>>> byline_end("[단독] 시가 셔틀을 운행한다."), byline_end("시가 셔틀을 운행한다.")
(0, 0)
"""

from __future__ import annotations

import re
from functools import cache

from kg.bylines import byline_names
from kg.model import Sentence
from kg.resources import resources

from .answer_types import answer_type_tables
from .spans import Token

__all__ = ["asks_byline", "byline_end", "outside_bylines"]


@cache
def _tail() -> re.Pattern:
    """What closes a byline after its last name: the reporter's word, the bracket, the "="
    ("이경태 기자 =", "홍길동 특파원]")."""
    words = "|".join(sorted(map(re.escape, resources().grammar.reporters), key=len, reverse=True))
    return re.compile(rf"[\s\])】]*(?:(?:{words})(?![가-힣]))?[\s\])】]*=?\s*")


def byline_end(text: str, tokens: list[Token] | None = None) -> int:
    """Where the byline ``text`` opens with ends (0 when it opens with none); ``tokens`` are
    the sentence's tokens when the caller has them (only their offsets are read)."""
    if not text or text.lstrip()[:1] not in "[(【":
        return 0  # every byline opens with a bracket: no need to read further
    if tokens is None:
        from kg.kiwi import kiwi

        tokens = [Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(text)]
    names = byline_names(Sentence("", "", 0, 0, 0, text), tokens, [False] * len(tokens))
    if not names:
        return 0
    last = max(m.end for m in names)
    return _tail().match(text, last).end()


def asks_byline(question: str) -> bool:
    """The question asks who wrote or carried the story ("기사를 쓴 기자는?", "보도한 매체는?").

    >>> asks_byline("기사를 쓴 기자는 누구인가?"), asks_byline("검증기를 발사한 발사체는?")
    (True, False)
    """
    folded = question.casefold()
    return any(w in folded for w in answer_type_tables()["bylines"]["asking"])


def outside_bylines(cands: list, passages: list) -> list:
    """The reader's candidates (search/reader.py) less those in a byline their sentence opens
    with.  The others keep their probability: the byline's share stays the reader's doubt, so a
    story that never names what is asked is still answered by nothing."""
    ends = [byline_end(p.text, p.tokens) for p in passages]
    return [c for c in cands if c.span.start >= ends[c.passage]]
