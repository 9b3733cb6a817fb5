"""Whose office a person is written in: news writes the organisation between the name and the
office ("오정민 한누리저축은행 대표는 ...", "도하진 누리소프트 대표이사가"), and that person holds
that organisation's office.  A question asking the office of another organisation ("동진저축은행
대표는 누구인가?", over an article where 동진저축은행 is merged into 한누리저축은행 and only
한누리저축은행's head speaks) is not answered by that person: the text writes the asked
organisation, and an office, but never the two together.

The owner is the run of names (Kiwi NNP, or Latin words) written right before the office after
the person's name, before any bracket ("라이언 피셔(Ryan Fisher) 부사장" writes the person's own
name there).  It is the question's own when the question writes it (spaces aside) or it is one
of the names of an organisation the question names; a person written with no owner ("오정민
대표는") may hold any office and is kept.

>>> from search.passages import sentence_tokens
>>> toks = sentence_tokens("오정민 한누리저축은행 대표는 지역 영업을 키우겠다고 말했다.")
>>> written_owner(toks, 0)
'한누리저축은행'
>>> written_owner(sentence_tokens("라이언 피셔(Ryan Fisher) 부사장이 말했다."), 1)
''
>>> another_owner(toks, 0, "동진저축은행 대표는 누구인가?", ["동진저축은행"])
True
>>> another_owner(toks, 0, "한누리저축은행 대표는 누구인가?", ["한누리저축은행"])
False
"""

from __future__ import annotations

from kg.names import name_key

from .spans import Token

__all__ = ["another_owner", "owner_asked", "written_owner"]

#: the tags of an owner's words: a name, a Latin name ("SK텔레콤" is SL + NNP)
_OWNER = frozenset({"NNP", "SL"})
#: the tags written between an owner and its office in a question: nouns, numbers, 의
_BETWEEN = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "JKG"})


def written_owner(toks: list[Token], last: int) -> str:
    """The names written between the person's name ending at token ``last`` and the noun
    after them (the office), joined as written; "" when none is, or a bracket comes first."""
    i = last + 1
    while i < len(toks) and toks[i].tag in _OWNER:
        i += 1
    if i == last + 1 or i >= len(toks) or toks[i].tag not in {"NNG", "XSN"}:
        return ""
    return " ".join(t.form for t in toks[last + 1 : i])


def another_owner(toks: list[Token], last: int, question: str, asked_names) -> bool:
    """The person ending at token ``last`` is written in the office of an organisation the
    question does not ask: an owner is written, the question does not write it, and it is none
    of ``asked_names`` (the names the question gives an organisation by, every alias of the
    knowledge base's; none: the question asks no one's office, "대표는 누구인가?")."""
    owner = name_key(written_owner(toks, last))
    if len(owner) < 2 or not asked_names:
        return False
    if owner in name_key(question):
        return False
    # a name the question spells otherwise begins as the owner does ("한결손해보엄" for
    # 한결손해보험); another organisation's does not ("동진저축은행", "한누리저축은행")
    return not any(
        k and (k in owner or owner in k or k[:2] == owner[:2]) for k in map(name_key, asked_names)
    )


def owner_asked(tokens: list[Token], spans, head: int) -> bool:
    """The question writes whose office it asks right before the office noun at ``head``: a
    name, with 의 or glued nouns between ("동진저축은행 대표", "알마디나 애그리컬처의 대표");
    "마디랩을 세운 교수" asks a person by an act, of no one's office.

    >>> from search.passages import sentence_tokens
    >>> owner_asked(sentence_tokens("엘리시스의 공동대표는 누구인가?"), [], 3)
    True
    >>> owner_asked(sentence_tokens("마디랩을 세운 교수는 누구인가?"), [], 4)
    False
    """
    i = head - 1
    while i >= 0 and tokens[i].tag in _BETWEEN:
        if tokens[i].tag in _OWNER or any(s <= tokens[i].start < e for s, e in spans):
            return True
        i -= 1
    return False
