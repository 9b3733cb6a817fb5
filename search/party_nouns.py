"""The party a role noun asks for: "X의 최대주주는?", "첫 투자처는 어디인가?", "낙찰자는?",
"후원사는?", "행동주의 펀드는?" ask for a company, a body or a person — never for the stake,
the amount or the demand written beside it.  Korean makes such nouns with a few suffixes
(-처, -사, -자, -주, -측, -업체, -기관 ...) and titles; the word is read as the question
writes it (Kiwi's pieces glued back: 납품/처 -> 납품처), by its longest listed ending, with
the words of those endings that name no party set aside (출처, 용처, 적자, 행사), and so
a word whose last noun, as Kiwi reads it, is too short to carry the ending (누리/우주).  Tables are
resources/party_nouns.toml.

>>> party_kind("최대주주"), party_kind("납품처"), party_kind("낙찰자"), party_kind("고객사")
('party', 'company', 'party', 'company')
>>> party_kind("은행장"), party_kind("내정자"), party_kind("연구자"), party_kind("주관기관")
('person', 'person', 'person', 'organization')
>>> party_kind("사용처"), party_kind("출처"), party_kind("영업적자"), party_kind("여론조사")
('', '', '', '')
>>> party_kind("누리우주"), party_kind("한빛상사")  # Kiwi: 누리/우주, 한빛/상사
('', '')
"""

from __future__ import annotations

from functools import cache

from .answer_tables import answer_type_tables
from .resource_tables import resource_table
from .spans import Token
from .title_reach import folded_titles

__all__ = [
    "PARTY_KINDS",
    "asked_party_kind",
    "asks_the_head",
    "party_kind",
    "role_index",
    "written_noun",
]

#: the asked kind a party of each kind is answered by ("party": a company, a body or a
#: person; business news names a company most often, and a company asked admits people).
#: A person stays as read: titles and 누구 have their own readers, which a person kind
#: given to "변호사는?" or "본부장" took from (dev gold, 1 Dec)
PARTY_KINDS = frozenset({"company", "organization", "party"})
_ASKED = {"company": "company", "organization": "organization", "party": "company"}
#: the interrogatives that leave the kind to the head noun: none, a vague one, or 어디 (a
#: company, a body or a place); 누구 asks a person whatever the noun
_OPEN_WH = frozenset({"", "어느", "어떤", "무슨", "무엇", "뭐", "어디", "어딘가"})


@cache
def _tables() -> tuple[list[tuple[str, str, int]], tuple[str, ...], frozenset[str], tuple, tuple]:
    t = resource_table("party_nouns.toml")
    suffixes = sorted(
        ((end, kind, least) for end, (kind, least) in t["suffixes"].items()),
        key=lambda s: -len(s[0]),
    )
    not_parties = tuple(w for words in t["not_parties"].values() for w in words)
    people = frozenset(t["people"]["words"])
    skip = set(t["people"]["not_titles"])
    titles = tuple(w for w in folded_titles() if len(w) >= 2 and w not in skip and " " not in w)
    return suffixes, not_parties, people, titles, tuple(t["parties"]["words"])


def party_kind(word: str) -> str:
    """The kind of party a role noun names: "company", "organization", "person", "party"
    (any of them), or "" when it names none."""
    suffixes, not_parties, people, titles, deal_parties = _tables()
    if not word or word in not_parties or _last_noun(word) in not_parties:
        return ""  # "사용처", "영업적자" (적자), but "수상자" is no 상자
    if word.endswith(deal_parties):
        return "party"
    if word in people or word.casefold().endswith(titles):
        return "person"
    for end, kind, least in suffixes:
        if word.endswith(end) and len(word) - len(end) >= least:
            last = _last_noun(word)
            if len(last) > len(end) and last.endswith(end) and len(last) - len(end) < least:
                return ""  # "누리우주": Kiwi's last noun 우주 is a word, no 우+주 (主)
            return kind
    return ""


@cache
def _last_noun(word: str) -> str:
    """The last noun Kiwi reads in ``word`` ("영업적자" -> 적자; "수상자" stays whole)."""
    from kg.kiwi import kiwi

    nouns = [t.form for t in kiwi().tokenize(word) if t.tag.startswith("NN")]
    return nouns[-1] if nouns else word


def written_noun(toks: list[Token], i: int) -> str:
    """The noun at ``i`` with the nouns written onto it before it, as one word ("납품"+"처",
    "최대"+"주주").

    >>> from search.passages import sentence_tokens
    >>> written_noun(sentence_tokens("새 납품처는 어디야?"), 2)
    '납품처'
    """
    if not 0 <= i < len(toks):
        return ""
    start = i
    while start > 0 and toks[start - 1].tag in _NOUNS and toks[start - 1].end == toks[start].start:
        start -= 1
    return "".join(t.form for t in toks[start : i + 1])


_NOUNS = frozenset({"NNG", "NNP", "XSN"})


def asked_party_kind(toks: list[Token], wh: str, wh_i: int, head_i: int, kind: str) -> str:
    """The asked kind when the question's head noun is a role noun of a party that
    resources/answer_types.toml [heads] does not list: "X의 최대주주는?" (read as a thing)
    and "첫 투자처는 어디인가?" (read as a company or a place) ask for a party; else ``kind``.
    An interrogative with an adverbial or an object particle asks something else than the
    head ("누리우주는 어디에 공장을 짓나?": where it builds, "최대주주는 무엇을 샀나?").

    >>> from search.passages import sentence_tokens
    >>> toks = sentence_tokens("한솔테크의 최대주주는?")
    >>> asked_party_kind(toks, "", -1, 3, "thing")
    'company'
    >>> asked_party_kind(sentence_tokens("자금 사용처는?"), "", -1, 1, "thing")
    'thing'
    >>> toks = sentence_tokens("최대주주는 어디에 지분을 팔았나?")
    >>> asked_party_kind(toks, "어디", 3, 1, "where")
    'where'
    """
    if kind not in {"thing", "where"} or wh not in _OPEN_WH or not asks_the_head(toks, wh_i):
        return kind
    head_i = role_index(toks, wh_i, head_i)
    if head_i < 0:
        return kind
    heads = answer_type_tables()["heads"]
    word = written_noun(toks, head_i)
    if toks[head_i].form in heads or word in heads:
        return kind
    party = party_kind(word)
    return _ASKED.get(party, kind)


#: particles after an interrogative that make it ask no head noun: "어디에 짓나" (a place),
#: "누구에게 팔았나" (a counterpart), "무엇을 샀나" (a thing)
_OTHER_ARGUMENT = frozenset({"JKB", "JKO"})


def asks_the_head(toks: list[Token], wh_i: int) -> bool:
    """The interrogative at ``wh_i`` (if any) stands for the head noun: it is no adverbial
    nor object of another verb ("최대주주는 누구인가?", not "누리우주는 어디에 짓나?")."""
    nxt = toks[wh_i + 1] if 0 <= wh_i < len(toks) - 1 else None
    return nxt is None or nxt.tag not in _OTHER_ARGUMENT


#: what may follow a role noun the question asks ("인수자는", "낙찰자가", "낙찰자인가", "낙찰자?")
_AFTER_ROLE = frozenset({"JX", "JKS", "VCP", "EF", "SF"})


def role_index(toks: list[Token], wh_i: int, head_i: int) -> int:
    """The head noun's position, or, when the question's heads leave none, that of a role
    word Kiwi splits into a noun and a suffix right before the interrogative or the end
    ("인수자는?" -> 인수/NNG 자/XSN); -1 when neither.  The role word is found here, not as
    the question's head: a head of 자 changes what the sentence reader weighs (dev tests).

    >>> from search.passages import sentence_tokens
    >>> role_index(sentence_tokens("이번 매각의 인수자는?"), -1, -1)
    4
    >>> role_index(sentence_tokens("음료 사업부 매출은?"), -1, -1)
    -1
    """
    if head_i >= 0:
        return head_i
    end = wh_i if wh_i >= 0 else len(toks)
    i = end - 1
    while i >= 0 and toks[i].tag in _AFTER_ROLE:
        i -= 1
    if i < 1 or toks[i].tag != "XSN" or toks[i - 1].end != toks[i].start:
        return -1
    return i if party_kind(toks[i - 1].form + toks[i].form) else -1
