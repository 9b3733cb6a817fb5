"""Answer candidates in a Korean sentence: the noun phrases, names, dates, numbers and quoted
titles a short answer can be, found from Kiwi morphemes.

A short answer ends where its particle or ending begins (``경희대학교 학생회관 건물 계단을`` ->
``계단``, ``건물 계단``, ``학생회관 건물 계단``, ...), so a candidate is a run of nominal morphemes
that may start at any word (or at a name inside a word) and ends at the end of a word's nominal
part.  Inside a candidate a genitive ``의``, a coordinating ``과/와/및`` or a balanced bracket may
stand (``조지 린치의 ESP Kamikaze``, ``역사학과 과학``, ``임(林)군``); the candidate says so, and the
reader's model decides how much that costs.

>>> from kg.kiwi import kiwi
>>> toks = tokens_of(kiwi().tokenize("서울청량리경찰서는 학생회관 건물 계단을 내려오는 임종석을 발견했다."))
>>> texts = [c.text for c in span_candidates("서울청량리경찰서는 학생회관 건물 계단을 내려오는 임종석을 발견했다.", toks)]
>>> "학생회관 건물 계단" in texts and "임종석" in texts
True
>>> text = "적재량은 최대 150㎏이다."
>>> [c.text for c in span_candidates(text, tokens_of(kiwi().tokenize(text))) if "150" in c.text]
['최대 150㎏', '150㎏']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "NOMINAL",
    "Span",
    "Token",
    "base_tag",
    "clause_before",
    "mention_spans",
    "quoted_spans",
    "span_candidates",
    "tokens_of",
]

#: quoted speech, in the quotation marks Korean news uses
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|‘[^’]*’|'[^']*'|「[^」]*」")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone's words ("…라며 \"한국어로 일하는 사람\"")."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)]


# Kiwi tags a short answer is made of: nouns, numbers, foreign words, Hanja, affixes of nouns
NOMINAL = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XPN", "XSN", "XR", "W_SERIAL"})
# may stand inside a candidate, never at its ends
_INNER = frozenset({"JKG", "JC", "SP", "SO", "MAG"})
_INNER_FORMS = {"의", "과", "와", "및", "·", "-", "~", ",", "&", ":", "/", "."}
_OPEN = {
    "(": ")",
    "《": "》",
    "「": "」",
    "『": "』",
    "<": ">",
    "〈": "〉",
    "[": "]",
    "‘": "’",
    "“": "”",
}
_QUOTES = {"'", '"'}
_SIGNS = {"%", "％"}
_DEGREES = "℃℉°"
_NUMBERS = frozenset({"SN", "NR"})  # "35", "만" of "33만"
MAX_TOKENS = 12


def base_tag(tag: str) -> str:
    """Kiwi's tag without its mark of an irregular or regular stem: 돕/VV-I, 받/VV-R, 가깝/VA-I
    are verbs and adjectives as 하/VV is.

    >>> base_tag("VV-I"), base_tag("VA-R"), base_tag("NNG")
    ('VV', 'VA', 'NNG')
    """
    return tag.partition("-")[0]


@dataclass(frozen=True)
class Token:
    form: str
    tag: str
    start: int
    end: int


@dataclass(frozen=True)
class Span:
    """A candidate answer: ``text`` is ``sentence[start:end]``; ``first``/``last`` are token
    indexes; the flags say what it holds."""

    text: str
    start: int
    end: int
    first: int
    last: int
    genitive: bool = False  # holds 의
    coordination: bool = False  # holds 과/와/및 or a comma between names
    bracket: bool = False  # holds a balanced bracket, or is a quoted title
    mid_word: bool = False  # starts inside a word (서울청량리경찰서 -> 경찰서)
    quoted: bool = False  # the whole content of quotes or title brackets
    mention: bool = False  # made for a graph mention no noun phrase covers (mention_spans)


def tokens_of(kiwi_tokens) -> list[Token]:
    """Kiwi tokens as (form, tag, start, end)."""
    return [Token(t.form, t.tag, t.start, t.start + t.len) for t in kiwi_tokens]


def clause_before(tokens, at: int) -> list[Token]:
    """The tokens before character ``at`` in its own clause: back to the last connective or
    final ending ("한도를 5억 원으로 제한하고, 금리를 … 2.0%포인트로" -> 금리를 …); an adnominal
    clause stays in ("신고된 홍역 환자가 87명")."""
    before = [t for t in tokens if t.end <= at]
    cut = max((i for i, t in enumerate(before) if t.tag in ("EC", "EF")), default=-1)
    return before[cut + 1 :]


#: the characters after which a token opens a word
_WORD_OPENERS = " \t\n(《「『<〈['\"‘“·ㆍ▲△■□◆◇●○•"


def _word_start(text: str, toks: list[Token], i: int) -> bool:
    """A token that opens a word: after a space, an opening bracket or quote, or the middle
    dot that joins the names of a row ("우리은행·부산은행·토스뱅크": each is a word), or a
    bullet ("▲청하벤처스 ▲바른투자")."""
    return i == 0 or toks[i].start == 0 or text[toks[i].start - 1] in _WORD_OPENERS


def _sign_of(toks: list[Token], j: int) -> bool:
    """A percent sign or a unit's symbol written right after a number: part of it ("35%",
    "150㎏", "33만㎡", "12℃"; never "35", "150", "33만")."""
    return (
        0 < j < len(toks)
        and _a_sign(toks[j].form)
        and toks[j - 1].tag in _NUMBERS
        and toks[j - 1].end == toks[j].start
    )


def _a_sign(form: str) -> bool:
    """A percent sign, or the symbol of a unit: the squared letters of Unicode's block of
    units (㎏ ㎡ ㎞ ㎾ ㎖, U+3380-U+33FF) and the degree signs."""
    if form in _SIGNS:
        return True
    return bool(form) and all(0x3380 <= ord(ch) <= 0x33FF or ch in _DEGREES for ch in form)


def _word_end(text: str, toks: list[Token], i: int) -> bool:
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _sign_of(toks, i + 1):
        return False
    return nxt is None or nxt.start > toks[i].end or nxt.tag not in NOMINAL


def _before_per(toks: list[Token], i: int, j: int) -> bool:
    """A count written right before the suffix 당 ("per"): the count is an answer of its own
    ("보유 주식 3주당 신주 2주를 받는다" -> "3주", "1인당 50만원" -> "1인")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and nxt.form == "당"
        and nxt.tag == "XSN"
        and nxt.start == toks[j].end
        and any(t.tag in _NUMBERS for t in toks[i : j + 1])
    )


def _opens(text: str, toks: list[Token], i: int) -> bool:
    """A straight quote opens a title when it stands at a word's start and its title follows
    (the quote closing 'Jai Ho!' in "'Jai Ho!'의 리믹스 버전" opens nothing)."""
    s, e = toks[i].start, toks[i].end
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return (before.isspace() or before in _OPEN) and not after.isspace()


def _quoted_spans(text: str, toks: list[Token]) -> dict[tuple[int, int], Span]:
    """Quoted titles, read first: 《경고:현실주의, 레이건과 외교 정책》, '인어 이야기'."""
    n = len(toks)
    out: dict[tuple[int, int], Span] = {}
    for i, t in enumerate(toks):
        close = _OPEN.get(t.form) if t.form != "(" else None
        if close is None and t.form not in _QUOTES:
            continue
        if close is None and not _opens(text, toks, i):
            continue  # a closing quote: what follows it up to the next quote is no title
        close = close or t.form
        for j in range(i + 1, min(n, i + 40)):
            if toks[j].form == close:
                if close in _QUOTES and text[toks[j].start - 1 : toks[j].start].isspace():
                    break  # a quote after a space opens the next title
                if j > i + 1:
                    s, e = toks[i + 1].start, toks[j - 1].end
                    out[(s, e)] = Span(text[s:e], s, e, i + 1, j - 1, bracket=True, quoted=True)
                break
    return out


def span_candidates(text: str, toks: list[Token], max_tokens: int = MAX_TOKENS) -> list[Span]:
    """Every candidate answer of one sentence (``toks`` are its Kiwi tokens)."""
    n = len(toks)
    out = _quoted_spans(text, toks)
    for i in range(n):
        if toks[i].tag not in NOMINAL:
            continue
        mid = not _word_start(text, toks, i)
        if mid and toks[i].tag not in {"NNP", "NNG", "SL", "SN"}:
            continue
        if mid and toks[i - 1].tag not in NOMINAL:
            continue  # a noun after an ending inside a word is not a start
        genitive = coordination = bracket = False
        depth: list[str] = []
        for j in range(i, min(n, i + max_tokens)):
            t = toks[j]
            sign = j > i and _sign_of(toks, j)
            if t.tag in NOMINAL or sign:
                pass
            elif t.form in _OPEN and j > i:
                depth.append(_OPEN[t.form])
                bracket = True
                continue
            elif depth and t.form == depth[-1]:
                depth.pop()
                if depth:
                    continue
                # a balanced bracket closes: the span may end here (임(林)군 -> 임(林))
                continue
            elif depth:
                continue  # anything inside a bracket
            elif t.tag in _INNER and t.form in _INNER_FORMS and j > i:
                if t.form == "의":
                    genitive = True
                elif t.form in {"과", "와", "및", ","}:
                    coordination = True
                continue
            else:
                break
            if depth:
                continue
            if (t.tag in NOMINAL or sign) and (_word_end(text, toks, j) or _before_per(toks, i, j)):
                s, e = toks[i].start, t.end
                key = (s, e)
                if key not in out:
                    out[key] = Span(
                        text[s:e], s, e, i, j, genitive, coordination, bracket, mid_word=mid
                    )
    return sorted(out.values(), key=lambda c: (c.start, c.end))


def mention_spans(
    text: str, toks: list[Token], mentions: list[tuple[int, int]], have: list[Span]
) -> list[Span]:
    """The spans of the knowledge graph's mentions that ``span_candidates`` did not make: a name
    Kiwi cut into tokens no noun phrase starts with ("(주)연우": 연/MM 우/NNG) is still a
    candidate answer."""
    out = []
    for a, b in mentions:
        inside = [k for k, t in enumerate(toks) if a <= t.start and t.end <= b]
        if any(c.start <= a and b <= c.end for c in have):
            continue  # a span reads it already, alone or in more ("1958년" of "1958년생")
        if not inside or toks[inside[0]].start != a or toks[inside[-1]].end != b:
            continue
        out.append(Span(text[a:b], a, b, inside[0], inside[-1], mention=True))
    return out
