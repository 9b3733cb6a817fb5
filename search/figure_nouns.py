"""Which figures answer a figure asked by the noun it measures ("해든온 MAU", "판매 부수",
"계약 규모는 얼마인가?", "누적 투자 유치액"): the figures written with that noun
(search/written_nouns.py), not another figure of the same kind in the sentences read.

Of the figures written with the head noun asked (or, for an amount, with any word of an amount:
"규모", "금액"), those written with the most of the asked phrase's nouns take the belief of the
others; all are kept when no figure is written with the head noun.  A measure noun ("높이",
"가격": [figure_nouns] measures) is written for every thing a passage measures, so it is no
requirement there: the owner named ("비봉폭포의 높이") and the other nouns asked ("연간 회원권")
outrank it.  The amount, measure and budget words are data (resources/answer_types.toml
[figure_nouns]).
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import counted_in, is_figure, numeral_at
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .written_nouns import figure_start, phrase_before, written_nouns

__all__ = ["asked_nouns", "noun_figures", "owner_names"]


def asked_nouns(q: Question, head_index: int) -> set[str]:
    """The nouns of the question's asked phrase (the run of nouns ending on its head noun,
    and the one it is of: "공급 계약의 금액"), outside the names it gives, lower-cased; none without a head noun."""
    toks = q.tokens
    if head_index < 0 or head_index >= len(toks):
        return set()
    phrase = phrase_before(toks, head_index)
    j = head_index - len(phrase)
    if j >= 1 and toks[j].tag == "JKG":  # "공급 계약의 금액": the nouns the head is of
        phrase += phrase_before(toks, j - 1)
    phrase = [t for t in phrase if not any(s <= t.start < e for s, e in q.spans)]
    return {t.form.casefold() for t in phrase if len(t.form) >= 2 or t.tag == "SL"}


def _score(words: set[str], asked: set[str], names: frozenset[str] = frozenset()) -> int:
    """How many asked nouns the written words hold: each whole, or inside a compound word
    ("투자유치액" holds 유치액), never inside a name (``names``): "한결하이마트 영업이익" is
    no figure of "마트 영업이익", the name being one company's, the noun every mart's."""
    return sum(any(_holds(w, a, names) for w in words) for a in asked)


def _holds(word: str, asked: str, names: frozenset[str]) -> bool:
    return asked == word or (len(asked) >= 2 and asked in word and word not in names)


def _measured(words: set[str], head: str, names: frozenset[str] = frozenset()) -> bool:
    """One of the written words is the head noun asked ("누적 투자 유치액은" for 유치액), or an
    amount word when an amount word is asked ("4조2300억원 규모의 ... 계약" for 계약 금액); no
    word that merely ends on it ("연인원" is no 인원), nor a name that ends on it ("한결하이마트"
    is no 마트)."""
    amounts = answer_type_tables()["figure_nouns"]["amounts"]
    heads = set(amounts) if head in amounts else {head}
    return any(
        w == h or (w.endswith(h) and len(w) - len(h) >= 2 and w not in names)
        for w in words
        for h in heads
    )


def noun_figures(
    q: Question, ri: ReaderInput, cands: list[Candidate], spent: bool = True
) -> list[Candidate]:
    """Of the figures written with the head noun asked, those written with the most of the
    asked phrase's nouns, with the belief of the others; all of the candidates when no figure
    is written with the head noun.  A budget asked with its use ("피지컬 AI 사업 예산") is
    the figure written with the use ("사업에 426억원을 활용"), whatever the head (``spent``
    False: the head is asked as written)."""
    asked = ri.reading.asked
    nouns = asked_nouns(q, asked.head_index)
    if q.english or not nouns or not asked.head:
        return cands
    money = answer_type_tables()["units"]["money"]
    amounts = answer_type_tables()["figure_nouns"]["amounts"]
    measure = asked.head in answer_type_tables()["figure_nouns"]["measures"]
    owners = owner_names(q, asked.head_index) if measure else set()
    uses = _uses(asked.head, nouns) if spent else set()
    scores: dict[int, int] = {}
    for i, c in enumerate(cands):
        if not is_figure(c):
            continue
        if (asked.kind == "money" or asked.head in amounts) and not any(
            counted_in(c.text, u) for u in money
        ):
            continue  # an amount asked: "3개월 동안", "60명 규모로" are no figure of it
        p = ri.passages[c.passage]
        at = c.span.start + numeral_at(c.text)
        digits = [k for k, ch in enumerate(c.text) if ch.isdigit()]
        last = c.span.start + (max(digits) if digits else len(c.text.rstrip()) - 1)
        words = written_nouns(p.text, p.tokens, figure_start(p.text, at), last)
        names = _names_in(p)
        if measure:  # "비봉폭포의 높이": a figure of the owner or of "연간 회원권" is it too
            own = _own_nouns(q, asked.head_index) | owners
            score = _measure_score(words, own, asked.head, names)
            if score:
                scores[i] = score
            continue
        if uses:  # "청년 AI 교육 예산": the figure written with its use ("교육에 34억원")
            if score := _use_score(words, uses, p.text, asked.head.casefold()):
                scores[i] = score
            continue
        score = _score(words, nouns, names)
        # an amount word stands for any other: the figure must write one more asked noun
        # ("총 120억원의 전략적 투자" for "투자 금액", no "90억원 규모의 시리즈A")
        if _measured(words, asked.head.casefold(), names) and (
            asked.head not in amounts or score > _score(words, set(amounts) & nouns, names)
        ):
            scores[i] = score
    if not scores and uses:  # no figure written with the use: the budget's own figure
        return noun_figures(q, ri, cands, spent=False)
    if not scores:
        return cands
    scores.update(_owned_parts(q, ri, cands, scores))
    best = max(scores.values())
    return believed([c for i, c in enumerate(cands) if scores.get(i) == best], cands)


def _uses(head: str, nouns: set[str]) -> set[str]:
    """The nouns of a budget's use asked with it ("청년 AI 교육 예산" -> 청년, 교육): news
    writes a budget's parts by their use ("교육에 34억원", "사업에 426억원을 활용") and the
    head ("예산") with the total only; none for another head ([figure_nouns] spent)."""
    head = head.casefold()
    if head not in answer_type_tables()["figure_nouns"]["spent"]:
        return set()
    return {n for n in nouns if n != head}


def _use_score(words: set[str], uses: set[str], sentence: str, head: str) -> int:
    """How well a figure is written for the use asked: by the nouns written with it first,
    then by its sentence's ("'피지컬 AI' 핵심 기술검증 사업에 426억원" over the headline's "AX·피지컬
    등 AI 예산 1793억원"), then by the head written with it ("AI 전환 예산으로 656억원" over
    "공공 AI 전환 프로젝트에 150억원"); 0 when no noun of the use is written with it."""
    written = _score(words, uses)
    if not written:
        return 0
    flat = re.sub(r"\s+", "", sentence).casefold()
    stated = sum(u in flat for u in uses)
    return 100 * written + 10 * min(stated, 9) + _measured(words, head)


def _own_nouns(q: Question, head_index: int) -> set[str]:
    """The asked phrase's own nouns before its head, lower-cased ("연간 회원권 가격" -> 연간,
    회원권), outside the names the question gives."""
    phrase = phrase_before(q.tokens, head_index)[1:]
    phrase = [t for t in phrase if not any(s <= t.start < e for s, e in q.spans)]
    return {t.form.casefold() for t in phrase if len(t.form) >= 2 or t.tag == "SL"}


def owner_names(q: Question, head_index: int) -> set[str]:
    """What the question writes as the owner of its asked phrase, whole and lower-cased:
    "비봉폭포의 높이" -> {"비봉폭포"}, never its pieces (폭포 is written for every waterfall);
    none without 의 before the asked phrase ("은하폭포 높이") or a noun before 의 ("변의 길이"
    is read as 변, one letter, too short to tell an owner).

    >>> from kg import analyze_document, resolve
    >>> from search.question import analyze_question
    >>> ex = resolve([analyze_document("d", "은하폭포(Eunha Falls)는 96미터에 달한다.")])
    >>> q = analyze_question("은하폭포의 높이는?", ex)
    >>> owner_names(q, [t.form for t in q.tokens].index("높이"))
    {'은하폭포'}
    """
    toks = q.tokens
    if head_index < 1 or head_index >= len(toks):
        return set()
    j = head_index - len(phrase_before(toks, head_index))
    if j < 1 or toks[j].tag != "JKG":
        return set()
    names = {q.text[s:e].casefold() for s, e in q.spans if e == toks[j].start}
    if names:
        return names
    nouns = phrase_before(toks, j - 1)
    owner = q.text[nouns[-1].start : toks[j].start].casefold() if nouns else ""
    return {owner} if len(owner) >= 2 else set()


def _measure_score(
    words: set[str], others: set[str], head: str, names: frozenset[str] = frozenset()
) -> int:
    """A measure noun ("높이", "가격") is written with figures of every owner ("구룡폭포는 ...
    높이는 74미터" beside "비봉폭포는 ... 139미터에 달하며"), so it weighs less than the other
    nouns asked and the owner named; a figure written with none of them scores 0."""
    return 2 * _score(words, others, names) + _measured(words, head.casefold(), names)


def _names_in(p) -> frozenset[str]:
    """The names the knowledge graph marks in passage ``p``, lower-cased: a written word that
    is one holds an asked noun only whole."""
    return frozenset(p.text[e["start"] : e["end"]].casefold() for e in p.entities)


def _owned_parts(q: Question, ri: ReaderInput, cands: list[Candidate], scores: dict[int, int]):
    """The figures owned by a name the question writes, each in a sentence that writes the
    asked noun before it, with the best score: the asked party's part of what that noun
    measures ("총 제작비는 약 420억 원으로, 플릭온이 60%인 252억 원을" for "플릭온은 제작비를
    얼마나 부담하나?")."""
    from .figure_owners import owned_by_asked  # figure_owners reads totals, which reads fits

    head, best = ri.reading.asked.head, max(scores.values())
    for i, c in enumerate(cands):
        if i not in scores and head in ri.passages[c.passage].text[: c.span.start]:
            if owned_by_asked(q, ri, c):
                yield i, best
