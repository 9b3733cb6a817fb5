"""Whether the noun a person question asks by is an office the article must write.

"오름마트 노동조합 위원장은 누구인가?" asks an office: an article that never writes 위원장 does
not give its holder (search/unwritten_asks.py).  "'달빛 항구'를 부른 가수는 누구인가?" or
"결승에서 우승한 선수는?" ask the person who did the act of the clause before the noun: the noun
only says what kind of person did it, and an encyclopedia or a music story names the singer
without writing 가수 (KorQuAD's dev half: 가수, 선수, 기업인, 대상 asked so, the answer written
beside the act).  So the noun is an office unless a clause of an act stands right before it and
it is no title of kg/resources/grammar.toml ``[titles]`` (words, public offices, branch heads):
"회장직을 물려받은 위원장" is still an office, "'검은 등대'의 주연 배우" (no clause) is read as
one.  A Latin word is an office only as a Latin title of that table ("CFO"; not the "Weekly" of
a magazine's name the question writes).
"""

from __future__ import annotations

from functools import cache

from kg.resources import resources

from .question import Question

__all__ = ["is_office", "office_titles"]

#: the tags of a modifier ending: the clause before the noun ("부른 가수", "우승한 선수")
_CLAUSE_END = "ETM"


@cache
def office_titles() -> frozenset[str]:
    """The titles of offices, casefolded (kg grammar.toml: words, public offices, branch heads)."""
    g = resources().grammar
    return frozenset(t.casefold() for t in g.titles | g.public_offices | g.branch_heads)


def is_office(q: Question, post: str) -> bool:
    """``post`` (as unwritten_asks.asked_post reads it, casefolded) is an office the question
    asks, not the kind of person a clause's act describes.

    >>> from kg.resolve import Extraction
    >>> from search.question import analyze_question
    >>> def read(text): return analyze_question(text, Extraction())
    >>> is_office(read("노을상사의 최고재무책임자는 누구인가?"), "최고재무책임자")
    True
    >>> is_office(read("'달빛 항구'를 부른 가수는 누구인가?"), "가수")
    False
    >>> is_office(read("하람가의 주연 배우는 누구인가?"), "배우")
    True
    """
    if post.isascii():
        return post in office_titles()
    if _is_title(post):
        return True
    return not _after_clause(q, post)


def _is_title(post: str) -> bool:
    """The post is a title or ends on one ("배송센터장": 센터장)."""
    return any(post == t or (len(t) >= 2 and post.endswith(t)) for t in office_titles())


def _after_clause(q: Question, post: str) -> bool:
    """A modifier ending stands right before the nouns the question writes ``post`` with."""
    toks = q.tokens
    for i, t in enumerate(toks):
        if not t.tag.startswith("NN"):
            continue
        j, word = i, ""
        while j < len(toks) and toks[j].tag.startswith("NN") and len(word) < len(post):
            word += toks[j].form.casefold()
            j += 1
        if word == post:
            return i > 0 and toks[i - 1].tag == _CLAUSE_END
    return False
