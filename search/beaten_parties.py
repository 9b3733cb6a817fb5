"""The other party of a loss: "메이플린 매각에 참여했다가 밀린 대기업은?" asks who lost, and in
"대기업 두 곳도 참여했으나 가격 조건에서 노스게이트PE에 밀렸다" the name written before
에/에게 and a verb of losing ("X에 밀린", "X에게 졌다") is the winner, no answer.  A question
that asks the winner by the particle ("어디에 밀렸나?") is left alone.  The verbs and particles
are data: resources/answer_types.toml ``[beaten]``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("가격에서 노스게이트PE에 밀렸다."))
>>> [i for i in range(len(toks)) if beaten_by(toks, i)]
[3]
>>> asks_loser(tokens_of(kiwi().tokenize("매각에서 밀린 대기업은?")))
True
>>> asks_loser(tokens_of(kiwi().tokenize("대기업은 어디에 밀렸나?")))
False
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token, base_tag

__all__ = ["asks_loser", "beaten_by", "not_winners"]

#: the tags a verb of losing is written with: a verb, or a noun 하다 makes one (패배/NNG 하/XSV)
_LOSING_TAGS = frozenset({"VV", "NNG"})
#: the tags of a question word asking the winner ("어디에 밀렸나", "누구에게 졌나")
_ASKING = frozenset({"NP"})


def _losing(t: Token) -> bool:
    return base_tag(t.tag) in _LOSING_TAGS and t.form in answer_type_tables()["beaten"]["verbs"]


def _winner_particle(t: Token) -> bool:
    return t.tag.startswith("JKB") and t.form in answer_type_tables()["beaten"]["particles"]


def beaten_by(tokens: list[Token], last: int) -> bool:
    """The name ending at token ``last`` is written as the winner of a loss: 에/에게 and a
    verb of losing right after it ("노스게이트PE에 밀렸다")."""
    after = tokens[last + 1 : last + 3]
    return len(after) == 2 and _winner_particle(after[0]) and _losing(after[1])


def asks_loser(tokens: list[Token]) -> bool:
    """The question asks by a verb of losing, and not the winner by a question word and
    에/에게 before it ("어디에 밀렸나?")."""
    for i, t in enumerate(tokens):
        if _losing(t) and not (
            i >= 2 and _winner_particle(tokens[i - 1]) and tokens[i - 2].tag in _ASKING
        ):
            return True
    return False


def not_winners(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """Without the names written as the winner of the loss the question asks the loser of;
    their belief is not moved to the others (the losers may go unnamed: "대기업 두 곳")."""
    if q.english or not asks_loser(q.tokens):
        return cands
    return [
        c
        for c in cands
        if c.span is None or not beaten_by(ri.passages[c.passage].tokens, c.span.last)
    ]
