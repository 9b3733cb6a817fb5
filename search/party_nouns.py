"""The party a role noun asks for: "X의 최대주주는?", "첫 투자처는 어디인가?", "낙찰자는?",
"후원사는?", "행동주의 펀드는?" ask for a company, a body or a person — never for the stake,
the amount or the demand written beside it.  Korean makes such nouns with a few suffixes
(-처, -사, -자, -주, -측, -업체, -기관 ...) and titles; the word is read as the question
writes it (Kiwi's pieces glued back: 납품/처 -> 납품처), by its longest listed ending, with
the words of those endings that name no party set aside (출처, 용처, 적자, 행사).  Tables are
resources/party_nouns.toml.

>>> party_kind("최대주주"), party_kind("납품처"), party_kind("낙찰자"), party_kind("고객사")
('party', 'company', 'party', 'company')
>>> party_kind("은행장"), party_kind("내정자"), party_kind("연구자"), party_kind("주관기관")
('person', 'person', 'person', 'organization')
>>> party_kind("사용처"), party_kind("출처"), party_kind("영업적자"), party_kind("여론조사")
('', '', '', '')
"""

from __future__ import annotations

from functools import cache

from .answer_tables import answer_type_tables
from .resource_tables import resource_table
from .spans import Token
from .title_reach import folded_titles

__all__ = ["PARTY_KINDS", "asked_party_kind", "party_kind", "written_noun"]

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


def asked_party_kind(toks: list[Token], wh: str, head_i: int, kind: str) -> str:
    """The asked kind when the question's head noun is a role noun of a party that
    resources/answer_types.toml [heads] does not list: "X의 최대주주는?" (read as a thing)
    and "첫 투자처는 어디인가?" (read as a company or a place) ask for a party; else ``kind``.

    >>> from search.passages import sentence_tokens
    >>> toks = sentence_tokens("한솔테크의 최대주주는?")
    >>> asked_party_kind(toks, "", 3, "thing")
    'company'
    >>> asked_party_kind(sentence_tokens("자금 사용처는?"), "", 1, "thing")
    'thing'
    """
    if kind not in {"thing", "where"} or wh not in _OPEN_WH or head_i < 0:
        return kind
    heads = answer_type_tables()["heads"]
    word = written_noun(toks, head_i)
    if toks[head_i].form in heads or word in heads:
        return kind
    party = party_kind(word)
    return _ASKED.get(party, kind)
