"""The organisation a run of nouns before a particle names, as an earlier employer is written
("카카오와 쿠팡에서", "이마트 데이터분석팀장 출신", "AI 스타트업 큐브릭스의 최고운영책임자(COO)로"):
the words of the run without a job title at its end and without the common nouns that
describe the name before it (search/past.py reads the cues around them)."""

from __future__ import annotations

from .answer_types import answer_type_tables
from .spans import NOMINAL, Token
from .titles import folded_titles

__all__ = ["chain_before", "org_text", "title_owner_end"]


#: symbols that join the letters of one name when written without spaces ("SK C&C", "P&G")
_JOINERS = frozenset({"&", "-", "."})


def chain_before(toks: list[Token], end: int) -> list[Token]:
    """The run of nominal morphemes (brackets inside) right before index ``end``; a symbol
    written glued between two of them is part of the name ("SK C&C에서": SK, C, &, C)."""
    i = end
    while i > 0 and (
        toks[i - 1].tag in NOMINAL or toks[i - 1].tag in {"SSO", "SSC"} or _joins(toks, i - 1)
    ):
        i -= 1
    return [t for k, t in enumerate(toks[i:end], i) if t.tag in NOMINAL or _joins(toks, k)]


def _joins(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a joining symbol glued to nominal morphemes on both sides."""
    if toks[i].form not in _JOINERS or i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    glued = before.end == toks[i].start and toks[i].end == after.start
    return glued and before.tag in NOMINAL and after.tag in NOMINAL


def _words(chain: list[Token]) -> list[list[Token]]:
    words: list[list[Token]] = []
    for t in chain:
        if words and t.start == words[-1][-1].end:
            words[-1].append(t)
        else:
            words.append([t])
    return words


def org_text(text: str, chain: list[Token], titled: bool) -> str:
    """The organisation a chain names: all of it before 에서, without the job title (its last
    words of common nouns only) before 출신 or (으)로."""
    words = _words(chain)
    if titled:
        # a title of common nouns ("데이터분석팀장") or one of the titles ("CTO로 일하며")
        titles = folded_titles()
        while words and (
            all(t.tag in {"NNG", "NNB", "XSN"} for t in words[-1])
            or text[words[-1][0].start : words[-1][-1].end].casefold() in titles
        ):
            words.pop()
    kinds = [k for k, w in enumerate(words[:-1]) if _kind_word(text, w)]
    if kinds:
        # "데이터센터 운영사 리버게이트", "로봇 기업 키네틱필드": the words after the last noun of
        # a kind of organisation are its name, a coined one Kiwi reads as common nouns too
        words = words[kinds[-1] + 1 :]
    proper = [any(t.tag in {"NNP", "SL", "SH"} for t in w) for w in words]
    if not any(proper) and not kinds:
        return ""
    if not any(proper):
        proper = [True] * len(words)
    # not "음성인식 기업" of "음성인식 기업 보칼릭스", nor "AI 스타트업" of "AI 스타트업 큐브릭스":
    # the name starts after the last word of common nouns that a proper word follows
    common = [k for k, p in enumerate(proper) if not p and any(proper[k + 1 :])]
    first = proper.index(True, common[-1] + 1) if common else proper.index(True)
    words = words[first:]
    start, end = words[0][0].start, words[-1][-1].end
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # "보칼릭스(Vocalix)"
    return text[start:end]


def _kind_word(text: str, word: list[Token]) -> bool:
    """A word of common nouns ending with a noun that says what kind of organisation follows
    (resources/answer_types.toml ``past.kind_nouns``: 기업, 운영사, 스타트업)."""
    kinds = answer_type_tables()["past"]["kind_nouns"]
    written = text[word[0].start : word[-1].end]
    if written in kinds:
        return True  # the kind noun alone, however Kiwi tags it ("미국 게임사/NNP 스톰하이브")
    if any(t.tag not in {"NNG", "XSN"} for t in word):
        return False
    return any(written.endswith(k) for k in kinds)


def title_owner_end(toks: list[Token], at: int) -> int | None:
    """Where the organisation ends when ``at`` is the (으)로 of "X의 <title>로" ("큐브릭스의
    최고운영책임자(COO)로 일했다"): the index of that 의; None otherwise."""
    if toks[at].form not in {"로", "으로"}:
        return None
    chain = chain_before(toks, at)
    titles = folded_titles()
    if not chain or not all(t.form.casefold() in titles for t in chain):
        return None
    i = toks.index(chain[0]) - 1
    while i >= 0 and toks[i].tag == "SSO":
        i -= 1
    return i if i > 0 and toks[i].tag == "JKG" else None
