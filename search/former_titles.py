"""A former holder asked is one the text writes as former: "KT의 전 대표는 누구인가?" is the
구현모 of "구현모 전 KT 대표", not the 김영섭 of "김영섭 KT 대표" that stands nearer the
question's words.  A question with a former mark (전, Kiwi's MM, or 전임: [roles] former_mark
of resources/answer_types.toml) right before a post, or a verb of leaving modifying it ("퇴임하는
나래방송 사장은?", "물러나는 은행장은?"), is answered by the people the sentence writes as former
holders of that post, when it writes any: a mark between their name and the post ("구현모 전 KT
대표", "민채율 가온소프트 전임 대표") or a marked post right before the name ("전임 CEO인
민채율"), or a holder written leaving (search/leaving_holders.py); the belief of the others goes
to them.  A newcomer's former post is another one: "신임 사장에 우태민 전 나래신문 편집국장"
writes no former 사장.  A post is a title or a noun glued to what it heads (행장, 병원장).

>>> from search.passages import sentence_tokens
>>> asks_former(sentence_tokens("KT의 전 대표는 누구인가?"))
True
>>> asks_former(sentence_tokens("KT의 전임 CEO는 누구인가?"))
True
>>> asks_former(sentence_tokens("대표 선임 전 직책은?"))
False
>>> asks_former(sentence_tokens("퇴임하는 나래방송 사장은?"))
True
>>> asks_former(sentence_tokens("세움대병원의 전임 병원장은?"))
True
>>> asks_former(sentence_tokens("경질된 가람제약 대표의 뒤를 이은 사람은?"))
False
>>> text = "지난해 구현모 전 KT 대표가 불참한 데 이어 김영섭 KT 대표도 불참했다."
>>> toks = sentence_tokens(text)
>>> [written_former(toks, text.index(n), text.index(n) + len(n)) for n in ("구현모", "김영섭")]
[True, False]
>>> text = "신임 사장에 우태민 전 나래신문 편집국장을 내정했다."
>>> [written_former(sentence_tokens(text), 7, 10, posts) for posts in ({"사장"}, {"편집국장"})]
[False, True]
>>> text = "가온소프트의 전임 CEO인 민채율 씨는 고문으로 남는다."
>>> written_former(sentence_tokens(text), text.index("민채율"), text.index("민채율") + 3)
True
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .appointments import appointment_table
from .belief import believed
from .leaving_holders import written_leaving
from .post_holders import names_post
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token
from .titles import folded_titles, written_posts

__all__ = ["asks_former", "former_holders", "written_former"]

#: how many morphemes after a name its mark may stand: "구현모 전 KT 대표", "X 씨는 전 ..."
_REACH = 2
#: what may stand between a marked title and the name after it: "전임 CEO인 민채율" (이+ㄴ)
_TO_NAME = frozenset({"VCP", "ETM"})
#: how many words (an organisation) may stand between a verb of leaving and the post asked
_VERB_REACH = 3


def _mark(t: Token) -> bool:
    """A former mark: 전 only as a modifier (MM; the noun is "before": "3년 전")."""
    return t.form in answer_type_tables()["roles"]["former_mark"] and (
        t.form != "전" or t.tag == "MM"
    )


def _post(t: Token) -> bool:
    """A title ("사장", "CEO") or a noun of a post glued to what it heads ("행장", "병원장")."""
    return t.form.casefold() in folded_titles() or (t.tag == "NNG" and names_post(t.form))


def _leaving_modifier(tokens: list[Token], at: int) -> bool:
    """A verb of leaving modifies the post at ``at``: its stem, maybe 하다, the modifier
    ending, then at most a few words of organisation ("퇴임하는 나래방송 사장")."""
    verbs = tuple(appointment_table()["leaving"])
    for i in range(at - 1, max(at - _VERB_REACH - 2, -1), -1):
        if tokens[i].tag == "ETM":
            stem = i - 1 - (i >= 2 and tokens[i - 1].tag == "XSV")  # 퇴임 하 는
            return stem >= 0 and tokens[stem].form.startswith(verbs)
        if not tokens[i].tag.startswith(("NN", "SL")):
            return False
    return False


def asks_former(tokens: list[Token]) -> bool:
    """A former mark right before a post ("전 대표", "전임 병원장"), or a verb of leaving
    modifying it ("물러나는 사장"), unless the question asks who comes after them ("퇴임하는
    사장의 후임은?")."""
    after = set(appointment_table()["after_holder"])
    return any(
        _post(n)
        and ((i > 0 and _mark(tokens[i - 1])) or _leaving_modifier(tokens, i))
        and not any(t.form in after for t in tokens[i + 1 :])
        for i, n in enumerate(tokens)
    )


def _same_post(t: Token, posts: set[str] | None) -> bool:
    """``t`` is a post, and one of ``posts`` when given (a glued post holds its head: 행장 is
    은행장)."""
    form = t.form.casefold()
    return _post(t) and (posts is None or any(p in form or form in p for p in posts))


def written_former(toks: list[Token], start: int, end: int, posts: set[str] | None = None) -> bool:
    """The name written from character ``start`` to ``end`` is followed, within a couple of
    morphemes, by a former mark and then a post, maybe after an organisation ("구현모 전 KT
    대표"); or comes right after a marked post ("전임 CEO인 민채율").  The post is one of
    ``posts`` when given."""
    after = [t for t in toks if t.start >= end]
    for i, t in enumerate(after[:_REACH]):
        if _mark(t):
            return any(_same_post(n, posts) for n in after[i + 1 : i + 4])
    before = [t for t in toks if t.end <= start]
    while before and before[-1].tag in _TO_NAME:
        before.pop()
    return len(before) >= 2 and _same_post(before[-1], posts) and _mark(before[-2])


def former_holders(tokens: list[Token], ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates written as former holders, with all the belief, when a former holder is
    asked and the sentences write one; the candidates unchanged otherwise."""
    if not asks_former(tokens):
        return cands
    posts = written_posts(tokens) | {t.form.casefold() for t in tokens if _post(t)}
    kept = [
        c
        for c in cands
        if c.span is not None
        and (
            written_former(ri.passages[c.passage].tokens, c.span.start, c.span.end, posts)
            or written_leaving(ri.passages[c.passage].text, c.span.start, c.span.end)
        )
    ]
    return believed(kept, cands)
