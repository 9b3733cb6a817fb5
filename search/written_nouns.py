"""What a figure is written for: the nouns its sentence writes it with.

- the nouns right before it ("지분 35%", "지난해 매출 6조9000억원"), over the words that only
  bound it ("약", "최대", "3년간");
- else the topic or subject right before it ("계약 규모는 3년간 약 45억 원이다");
- else, when a verb stands before it, the topic of its clause ("누적 투자 유치액은 ... 시드
  투자 12억원을 더해 97억원이 됐다": 97억원 is the topic's, 12억원 the seed round's);
- and the nouns a link joins after it ("4조2300억원 규모의 ... 공급 계약").

The links and bounds are data (resources/answer_types.toml [figure_nouns]); which of the figures
answers a figure asked by its noun is search/figure_nouns.py.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> text = "누적 투자 유치액은 시드 투자 12억원을 더해 97억원이 됐다."
>>> toks = tokens_of(kiwi().tokenize(text))
>>> sorted(written_nouns(text, toks, text.index("12억")))
['시드', '투자']
>>> sorted(written_nouns(text, toks, text.index("97억")))
['누적', '유치액', '투자']
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .figures import figure_pattern, numeral_at
from .spans import Token

__all__ = ["figure_start", "phrase_before", "written_nouns"]

#: the Kiwi tags of the words of a noun phrase (a suffix and a Latin word written onto a noun,
#: and the prefix Kiwi cuts out of one: "양극재 공급 계약" is 양극/NNG 재/XPN 공급 계약)
_NOUN = frozenset({"NNG", "NNP", "SL", "XSN", "XR", "XPN"})
#: the particles of a topic or a subject: the phrase before one is what a clause is about
_TOPIC = frozenset({"JX", "JKS"})
#: what joins two figures of one row ("6290만원과 1370만원", "50억원, 66억원")
_ROW_JOIN = re.compile(r"\s*(?:과|와|및|,|·)\s*")
#: how many words of a noun phrase are read before a figure, and after a link
_PHRASE_WORDS = 4


def phrase_before(toks: list[Token], j: int) -> list[Token]:
    """The noun phrase that ends on token ``j`` (at most _PHRASE_WORDS nouns)."""
    out: list[Token] = []
    while j >= 0 and toks[j].tag in _NOUN and len(out) < _PHRASE_WORDS:
        out.append(toks[j])
        j = _before_gloss(toks, j - 1)  # "AI 전환(AX) 예산": the phrase runs over the gloss
    return out


def _bound(t: Token, bounds: set[str]) -> bool:
    """A word that only bounds the figure after it: "약", "최대", "3년간"'s pieces."""
    return t.form in bounds or t.tag in {"SN", "NNB"} or t.form == "간"


def _before_gloss(toks: list[Token], j: int) -> int:
    """The token before a bracketed gloss that ends on token ``j`` ("개런티(MG)" -> 개런티), or
    ``j`` when none does."""
    if j < 0 or toks[j].form != ")":
        return j
    k = j - 1
    while k >= 0 and toks[k].form not in {"(", ")"}:
        k -= 1
    return k - 1 if k >= 0 and toks[k].form == "(" else j


def _clause_topic(text: str, toks: list[Token], j: int, whole: bool = False) -> list[Token]:
    """The topic of the clause that token ``j`` stands in: the nouns before the first topic
    or subject particle after the clause's start (a comma or, ``whole``, the sentence's)."""
    start = text.rfind(",", 0, toks[j].start) + 1 if j >= 0 and not whole else 0
    for k in range(j + 1):
        if toks[k].start >= start and toks[k].tag in _TOPIC and k > 0:
            phrase = phrase_before(toks, k - 1)
            if phrase:
                return phrase
    return []


def _after(toks: list[Token], k: int, links: list[list[str]]) -> list[Token]:
    """The nouns a link joins after the figure ending before token ``k`` ("규모의 ... 계약")."""
    for link in links:
        if [t.form for t in toks[k : k + len(link)]] == link:
            out = [t for t in toks[k : k + len(link)] if t.tag in _NOUN]  # "규모의"
            i = k + len(link)
            while i < len(toks) and len(out) < 2 * _PHRASE_WORDS:
                if toks[i].tag in _NOUN:
                    out.append(toks[i])
                elif toks[i].form not in {"·", ",", "-"}:
                    break
                i += 1
            return out
    return []


def written_nouns(text: str, toks: list[Token], start: int, last: int = -1) -> set[str]:
    """The nouns the figure written at ``start`` of ``text`` is written with (its tokens
    ``toks``), lower-cased; ``last``: where its last digit is, when it runs on past the
    figure written at ``start`` ("1천 784대 1의 경쟁률")."""
    table = answer_type_tables()["figure_nouns"]
    bounds = set(table["bounds"])
    first = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    j = first - 1
    while j >= 0 and _bound(toks[j], bounds):
        j -= 1
    topic = j >= 1 and toks[j].tag in _TOPIC  # "계약 규모는 약 45억 원"
    k = _before_gloss(toks, j - 1 if topic else j)  # "미니멈 개런티(MG) 180억 원"
    end = max(
        (m.end() for m in figure_pattern().finditer(text) if m.start() <= max(start, last)),
        default=start,
    )
    after_at = next((i for i, t in enumerate(toks) if t.start >= end), len(toks))
    if k >= 0 and toks[k].tag in _NOUN:
        before = phrase_before(toks, k)
        if topic and toks[j].tag == "JKS":
            # "합작법인 지분은 A가 55%, B가 45%를": B is whose, the topic what is measured
            before += _clause_topic(text, toks, j, whole=True)
    else:
        before = _clause_topic(text, toks, j)
        if j >= 1 and toks[j].tag == "JKB":  # "수요예측에서 1천 784대 1": where it is counted
            before += phrase_before(toks, j - 1)
        elif j >= 1 and toks[j].tag == "JKO" and _set_to(toks, after_at, j - 1):
            # "보조금을 최대 150만원으로 유지했다": the object is what is set to the figure
            before += phrase_before(toks, j - 1)
    after = _after(toks, after_at, [link.split() for link in table["links"]])
    words = {_word_of(text, t, toks) for t in before + after}
    if topic and toks[j].tag == "JKS":
        words |= _left_out(text, toks, toks[j].start)
    return words | _row_shared(text, toks, start)


def _set_to(toks: list[Token], k: int, obj: int) -> bool:
    """The figure ending before token ``k`` is what its clause's object (ending on token
    ``obj``) is set to: (으)로 follows it ("요금을 3만원으로 올렸다", "보조금을 최대 150만원으로
    유지한다"); no plan's object ("MAU 목표를 1300만 명으로 잡았다" sets a target, no MAU:
    [current_figures] plan_nouns).

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> text = "서울시는 지방비 보조금을 최대 150만원으로 유지한다."
    >>> sorted(written_nouns(text, tokens_of(kiwi().tokenize(text)), text.index("150")))
    ['보조금', '서울시', '지방비']
    """
    plans = answer_type_tables()["current_figures"]["plan_nouns"]
    return (
        k < len(toks)
        and toks[k].tag == "JKB"
        and toks[k].form in {"으로", "로"}
        and toks[obj].form not in plans
    )


def _row_shared(text: str, toks: list[Token], at: int) -> set[str]:
    """The nouns of the figure a row of figures opens with, for a later figure joined to it
    ("과태료 6290만원과 1370만원을 각각": 1370만원 is a 과태료 too); none for a figure written
    with words of its own ("매출 100억원과 영업이익 20억원")."""
    for m in figure_pattern().finditer(text, 0, at):
        if m.end() <= at and _ROW_JOIN.fullmatch(text, m.end(), at):
            return written_nouns(text, toks, m.start() + _digits_start(m.group(0)))
    return set()


def _left_out(text: str, toks: list[Token], at: int) -> set[str]:
    """The nouns of the figure of the clause before, when a comma ends it right before ``at``:
    "A가 지분 51%를, B가 49%를" leaves 지분 out of B's clause."""
    comma = text.rfind(",", 0, at)
    prior = [m for m in figure_pattern().finditer(text, 0, max(comma, 0)) if comma > 0]
    if not prior or re.search(r"\d", text[comma:at]):
        return set()
    m = prior[-1]
    return written_nouns(text, toks, m.start() + _digits_start(m.group(0)))


def _word_of(text: str, t: Token, toks: list[Token] = ()) -> str:
    """The whole word the token stands in, a particle after it aside ("유치액은" -> "유치액",
    "당기순이익도" -> "당기순이익": a particle Kiwi reads in the word ends it, so that 도, 만,
    까지 are cut off too while "한도" and "속도" stay whole).

    >>> from kg.kiwi import kiwi
    >>> from search.spans import tokens_of
    >>> text = "상반기 당기순이익도 2조9967억 원이다."
    >>> toks = tokens_of(kiwi().tokenize(text))
    >>> _word_of(text, toks[1], toks)
    '당기순이익'
    """
    start = max(text.rfind(ch, 0, t.start) for ch in " ,·(") + 1
    word = re.match(r"[^\s,.·()]*", text[start:]).group(0)
    end = start + len(word)
    if len(word) <= 2:
        return word.casefold()  # "수는" stays: a count word alone measures every count
    particle = next((u for u in toks if t.start < u.start < end and u.tag.startswith("J")), None)
    if particle is not None:
        return text[start : particle.start].casefold()
    return re.sub(r"(?:은|는|이|가|의|을|를|으로|로|에서|에|과|와)$", "", word).casefold()


def figure_start(text: str, at: int) -> int:
    """Where the written figure holding the digit at ``at`` starts, its bound words aside."""
    for m in figure_pattern().finditer(text):
        if m.start() <= at < m.end():
            return m.start() + _digits_start(m.group(0))
    return at


def _digits_start(figure: str) -> int:
    return max(0, numeral_at(figure))
