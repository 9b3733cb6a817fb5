"""Which of a story's figures of one measure a figure is: the qualifiers written in its own
clause, read the same way in the question, and no answer whose qualifier contradicts the
asked one.  News writes figures of one measure side by side, each with its own qualifier:

- a statistic: "평균 경쟁률 66.9대 1 … 최고 214대 1", "1093대 1로 가장 높았고";
- a round: "1차 공모에 120억 원, 2차 공모에 80억 원", "두 번째 증설";
- a part: "3년물 1200억원 모집에 6300억원, 5년물 …", "수요예측 경쟁률은 1250대 1, 일반
  청약은 …", "국내 매출은 3050억원, 해외 매출은 1070억원", "보통주 420만주";
- a year: "지난해 매출은 3200억원, 올해 매출 목표는 4000억원" (a year compared with is a
  yardstick: "지난해 같은 기간보다 20% 늘어난");
- analysts' estimate: "영업이익은 2140억원으로 증권가 전망치(2600억원)를 밑돌았다" — a
  question that names no estimate asks the figure itself;
- a whole of the parts: "총 2000억원 규모" is no answer to one part asked;
- a unit: "매입 규모" is "1500억원 규모", no "발행주식 총수의 2.8%";
- a span of time: "하루 평균 6만2천대", "한 해 약 100만원을 아낄 수 있다" ("1년에 얼마나
  아껴?" is no toll of one trip, "1회 이용 시 2천900원": a figure per one thing answers no
  span asked, [per_unit]);
- a thing counted per: "1인당 최대 3만원", "학교당 최대 60억원", "병원 한 곳당" ([per_noun]: a
  question that names one by its noun is answered by no figure that writes none, nor by a
  whole, "모두 310억원").

A figure's qualifier of a kind is the one written nearest before it in its clause (after the
figure before it, else before that figure: "3년물 1200억원 모집에 6300억원" is 3년물's
6300억원; a statistic, a year and an estimate only by the figure they stand by), or a
statistic right after it ("1093대 1로 가장 높았고"), or the qualifiers of the phrase it is
joined to ("800억원 규모의 시리즈C 투자").  Two of a kind there
("3·5년물", "3년물과 5년물에 각각") say nothing of which.  The words are data
(resources/figure_qualifiers.toml).

>>> text = "평균 경쟁률은 66.9대 1, 최고 경쟁률은 214대 1이었다."
>>> figure_qualifiers(text, text.index("214"), text.index("214") + 6)["statistic"]
frozenset({'max'})
>>> text = "3년물 1200억원 모집에 6300억원, 5년물 800억원 모집에 5100억원이 들어왔다."
>>> figure_qualifiers(text, text.index("6300"), text.index("6300") + 6)["tenor"]
frozenset({'3'})
>>> at = text.index("6300")
>>> contradicts(asked_qualifiers("5년물 주문은?"), figure_qualifiers(text, at, at + 6))
True
"""

from __future__ import annotations

import functools
import re

from .answer_types import answer_type_tables
from .belief import believed
from .figure_money_asks import money_object, not_money
from .figures import is_figure, numeral_at
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .resource_tables import resource_table
from .totals import asks_total, written_total

__all__ = [
    "asked_qualifiers",
    "contradicts",
    "figure_qualifiers",
    "figure_start",
    "qualified_figures",
]

Qualifiers = dict[str, frozenset[str]]

#: the kind a whole of parts is read under (its value: "total")
_WHOLE = "aggregate"
#: the values one pattern of [numbered] writes: "3·5년물" is 3 and 5, "5.5년 만기" 5.5
_VALUE = re.compile(r"\d+(?:\.\d+)?|[A-Z]")
#: a number as written: digits with their magnitudes ("1조1400억"), a ratio ("52.3대 1")
_NUMBER = re.compile(r"\d[\d,.]*(?:\s?[조억만천백]\s?\d[\d,.]*)*(?:\s?대\s?\d[\d,.]*)?")
#: the particles that end a noun phrase a figure is joined to ("시리즈C 투자를")
#: (no 은/는: "가장 높은 평균 경쟁률을" goes on past 높은)
_PARTICLES = ("을", "를", "이", "가", "에", "로", "와", "과", ",")
#: how many words the noun phrase a figure is joined to may run to
_PHRASE_WORDS = 4
#: how much text after a figure its statistics are looked for in (characters)
_AFTER_REACH = 30
#: what may stand between two statistics written after a figure: an ending and spaces ("가장
#: 높은 평균": 은)
_AFTER_GAP = re.compile(r"[가-힣]?\s*")


def _table() -> dict:
    return resource_table("figure_qualifiers.toml")


def _word_pattern(word: str) -> str:
    """A word as written at the start of a written word, its spaces optional."""
    return r"(?<![가-힣A-Za-z0-9])" + r"\s?".join(map(re.escape, word.split()))


@functools.lru_cache(maxsize=1)
def _uncarried() -> frozenset[str]:
    """The kinds only the figure they stand by has ([kinds] carried = false)."""
    return frozenset(k for k, v in _table()["kinds"].items() if not v.get("carried", True))


@functools.lru_cache(maxsize=1)
def _readers() -> list[tuple[str, re.Pattern, str | None, tuple[str, ...]]]:
    """(kind, pattern, value or None when the pattern's first group is, not_before)."""
    table = _table()
    out = []
    for kind, spec in table["kinds"].items():
        not_before = tuple(spec["not_before"])
        for value, words in spec["values"].items():
            for w in words:
                out.append((kind, re.compile(_word_pattern(w)), value, not_before))
        for pattern in table["numbered"].get(kind, ()):
            out.append((kind, re.compile(r"(?<![가-힣A-Za-z0-9.])" + pattern), None, not_before))
    return out


#: the kind a unit written as a noun with 당 is read under ([per_noun])
_UNIT = "unit"


def _per_noun(text: str) -> list[tuple[int, int, str, frozenset[str]]]:
    """The units written as a noun with 당 ("학교당", "병원 한 곳당", "가구당"): (start, end,
    "unit", {the noun or the value it names})."""
    table = _table()["per_noun"]
    out = []
    for m in re.finditer(table["pattern"], text):
        noun = m.group(1)
        if (len(noun) == 1 and noun not in table["short"]) or noun in table["not_units"]:
            continue
        out.append((m.start(), m.end(), _UNIT, frozenset([table["aliases"].get(noun, noun)])))
    return out


@functools.lru_cache(maxsize=512)
def _occurrences(text: str) -> tuple[tuple[int, int, str, frozenset[str]], ...]:
    """Every qualifier written in ``text``: (start, end, kind, values), in order (read once
    per sentence: each of its figures is read against them)."""
    found = []
    yardsticks = tuple(_table()["yardsticks"]["after"])
    for kind, pattern, value, not_before in _readers():
        for m in pattern.finditer(text):
            rest = text[m.end() :].lstrip()
            if rest.startswith(not_before) or rest.startswith(yardsticks):
                continue
            values = frozenset([value]) if value else frozenset(_VALUE.findall(m.group(1)))
            found.append((m.start(), m.end(), kind, values))
    found += [o for o in _per_noun(text) if not any(f[0] <= o[0] < f[1] for f in found)]
    return tuple(sorted(found))


#: a figure's number and its unit as written before a comma of a row ("17%", "1200억원")
_ROW_FIGURE = re.compile(r"\d[\d,.]*(?:\s?[조억만천백]\s?\d[\d,.]*)*\s?[조억만천백]?(\S*)")


def _in_row(text: str, after: int) -> bool:
    """The comma before ``after`` (where the next word starts) stands between two figures
    of one unit, a row a qualifier before it governs whole ("해외 매출과 영업이익은 각각 17%,
    52% 늘어": 해외 is 52%'s too; no "국내 3만2410대, 해외 18만5520대", "3050억원, 1년 전")."""
    before = re.search(r"(\S+),$", text[:after].rstrip())
    first = before and _ROW_FIGURE.fullmatch(before.group(1))
    second = _ROW_FIGURE.match(text, after)
    return bool(first and second and first.group(1) and second.group(1).startswith(first.group(1)))


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding the figure at ``start`` begins (no comma of a row of figures
    ends one: "17%, 52%")."""
    ends = [
        m.end()
        for p in _table()["clauses"]["ends"]
        for m in re.finditer(p, text[:start])
        if not (m.group().startswith(",") and _in_row(text, m.end()))
    ]
    return max(ends, default=0)


def _after_statistics(text: str, end: int) -> list[tuple[int, int, str, frozenset[str]]]:
    """The statistics written right after the figure ending at ``end``: its particle, perhaps
    a word of [clauses] before_statistic, then a run of statistic words, each right after the
    one before it but for its ending ("의 가장 높은 평균", "로 가장 높았고")."""
    clauses = _table()["clauses"]
    rest = text[end:]
    particle = next(
        (p for p in sorted(clauses["after"], key=len, reverse=True) if rest.startswith(p)), ""
    )
    at = end + len(particle)
    lead = re.match(r"\s+(?:(?:" + "|".join(clauses["before_statistic"]) + r")\s+)?", text[at:])
    if particle == "" and lead is None:
        return []  # "214대 1까지": no statistic of its own after it
    pos = start = at + (lead.end() if lead else 0)
    out = []
    for s, e, kind, values in _occurrences(text[start : start + _AFTER_REACH]):
        s, e = s + start, e + start
        if s < pos:
            continue  # a shorter word at the same place ("최고" of "최고치")
        if kind != "statistic" or s != pos:
            break
        out.append((s, e, kind, values))
        pos = _AFTER_GAP.match(text, e).end()
    return out


def _after_phrase(text: str, end: int) -> Qualifiers:
    """The qualifiers of the noun phrase a figure ending at ``end`` is joined to ("800억원
    규모의 시리즈C 투자를": 시리즈C), up to the first word that ends on a particle."""
    joined = next(
        (m for j in _table()["clauses"]["joins"] if (m := re.compile(j).match(text, end))), None
    )
    if joined is None:
        return {}
    words = list(re.finditer(r"\S+", text[joined.end() : joined.end() + _AFTER_REACH]))
    words = words[:_PHRASE_WORDS]
    stop = next((w for w in words if w.group().endswith(_PARTICLES)), words[-1] if words else None)
    phrase = text[joined.end() : joined.end() + (stop.end() if stop else 0)]
    out: dict[str, set[str]] = {}
    for _, _, kind, values in _occurrences(phrase):
        out.setdefault(kind, set()).update(values)
    return {k: frozenset(v) for k, v in out.items()}


def _numbers(text: str, lo: int, hi: int, occurrences) -> list[tuple[int, int]]:
    """The numbers written in ``text[lo:hi]`` that are no part of a qualifier ("3" of
    "3년물", "1" of "1차")."""
    return [
        (m.start(), m.end())
        for m in _NUMBER.finditer(text, lo, hi)
        if not any(s <= m.start() < e for s, e, *_ in occurrences)
    ]


def figure_start(text: str, start: int, end: int) -> int:
    """Where the last figure of a reader's span ``text[start:end]`` starts ("3년 만기 변동금리
    5억달러" is 5억달러 with its qualifiers); -1 when its numbers are all qualifiers' ("5년" of
    "5년 만기")."""
    if not re.search(r"\d", text[start:end]):  # in Hangul words: "올해 삼천억 원"
        at = numeral_at(text[start:end])
        return start + at if at >= 0 else -1
    numbers = _numbers(text, start, end, _occurrences(text))
    return numbers[-1][0] if numbers else -1


def figure_qualifiers(text: str, start: int, end: int) -> Qualifiers:
    """The qualifiers of the figure written at ``text[start:end]``, by kind (a kind with two
    values nearest the figure says none: "3·5년물"); ``aggregate`` is {"total"} when a total
    word stands right before it ("총 2000억원")."""
    clause = _clause_start(text, start)
    occurrences = [o for o in _occurrences(text) if clause <= o[0] and o[1] <= start]
    figures = [e for _, e in _numbers(text, clause, start, occurrences) if e < start]
    near_from = max(figures, default=clause)
    out: dict[str, frozenset[str]] = {}
    stretch_of: dict[str, int] = {}  # the stretch between figures each kind was read in
    for s, _, kind, values in reversed(occurrences):
        if s < near_from and kind in _uncarried():
            continue
        stretch = sum(e <= s for e in figures)
        if kind in out and (stretch != stretch_of[kind] or out[kind] == frozenset()):
            continue
        if kind in out:  # two of a kind in one stretch ("3년물과 5년물에 각각 900억원, 600억원")
            out[kind] = out[kind] if out[kind] == values else frozenset()
        else:
            out[kind], stretch_of[kind] = values, stretch
    for _, _, kind, values in _after_statistics(text, end):
        out[kind] = out.get(kind, frozenset()) | values
    for kind, values in _after_phrase(text, end).items():  # the phrase it measures is its own
        out[kind] = out.get(kind, frozenset()) | values
    if written_total(text, start, tuple(answer_type_tables()["totals"]["written"])):
        out[_WHOLE] = frozenset({"total"})
    return {k: v for k, v in out.items() if v}


def asked_qualifiers(text: str, spans: list[tuple[int, int]] = ()) -> Qualifiers:
    """The qualifiers a question names, outside its names (``spans``), by kind.

    >>> asked_qualifiers("한빛소재 청약에서 가장 높은 경쟁률은?")
    {'statistic': frozenset({'max'})}
    >>> sorted(asked_qualifiers("3·5년물 주문은 모두 얼마인가?")["tenor"])
    ['3', '5']
    """
    out: dict[str, set[str]] = {}
    for s, _, kind, values in _occurrences(text):
        if not any(a <= s < b for a, b in spans):
            out.setdefault(kind, set()).update(values)
    return {k: frozenset(v) for k, v in out.items()}


def contradicts(asked: Qualifiers, written: Qualifiers) -> bool:
    """A figure's qualifier of a kind the question names is another of that kind ("최고"
    for 평균, "3년물" for 5년물); a whole written for one part asked ("총 2000억원" for "5년물
    모집액") with none of the asked parts; a question naming two of a kind ("3·5년물")
    asks both, and contradicts none."""
    for kind, values in asked.items():
        if len(values) == 1 and written.get(kind) and not written[kind] & values:
            return True
    if any(k not in asked and k in written for k in _table()["marked"]["kinds"]):
        return True  # "영업이익은?" is no "시장 전망치(1조5000억원)"
    if _per_one(asked, written):
        return True  # "1년에 얼마나 아껴?" is no "1회당 2천900원"
    if _UNIT in asked and _WHOLE in written and _UNIT not in written:
        return True  # "교량 한 곳당 보수비" is no "교량 12곳에 모두 310억원"
    parts = set(_table()["aggregate"]["parts"]) & asked.keys()
    return bool(parts) and _WHOLE in written and not parts & written.keys()


def _per_one(asked: Qualifiers, written: Qualifiers) -> bool:
    """A figure counted per one thing answers no question that asks a span of time and names
    no such thing ([per_unit]), unless it writes that span too: "한 해에 얼마나 아끼나?" is no
    "1인당 3만원", "연간 지원액" may be "1인당 연간 50만원"."""
    span, unit = _table()["per_unit"]["asked"], _table()["per_unit"]["written"]
    return (
        span in asked
        and unit not in asked
        and unit in written
        and not asked[span] & written.get(span, frozenset())
    )


def _per_one_of_deal(q: Question, asked: Qualifiers, written: Qualifiers) -> bool:
    """A deal's price asked ([per_unit] deal_prices: "매각가") names no unit: a figure counted
    per one ("매각가는 3.3㎡당 약 3150만 원") is no price of the whole deal ("8900억 원에 산다")."""
    deal = any(w in q.text for w in _table()["per_unit"]["deal_prices"])
    return deal and _UNIT in written and _UNIT not in asked


def _unit_unwritten(asked: Qualifiers, written: Qualifiers, text: str) -> bool:
    """The question names a unit by its noun ("작품당", "병원 한 곳당"; [per_noun] required)
    and the figure writes no unit, nor does its passage write that noun: the text gives no
    figure per it ("선정 기업은 … 최대 40억원" answers "선정 기업당 지원액")."""
    table = _table()["per_noun"]
    nouns = asked.get(_UNIT, frozenset()) - set(table["aliases"].values())
    if not table["required"] or len(nouns) != 1 or _UNIT in written:
        return False
    return next(iter(nouns)) not in text


def _asks_amount(q: Question) -> bool:
    """The question asks an amount or a number of shares and no rate (resources
    [units])."""
    units = _table()["units"]
    text = q.text.casefold()
    return any(w in text for w in units["amounts"]) and not any(w in text for w in units["rates"])


def _percent(c: Candidate) -> bool:
    return c.text.rstrip().endswith(tuple(_table()["units"]["percent"]))


def _agrees(asked: Qualifiers, written: Qualifiers) -> bool:
    """The figure writes one of the question's qualifiers of a kind it names one of, a kind
    whose figures that write it are preferred ([kinds] preferred)."""
    kinds = _table()["kinds"]
    return any(
        len(v) == 1 and kinds.get(k, {}).get("preferred", True) and written.get(k, frozenset()) & v
        for k, v in asked.items()
    )


def _writes(asked: Qualifiers, text: str, after: int) -> bool:
    """``text`` writes one of the asked qualifiers after ``after``, nearer it than the next
    figure ("58%가 해외에서 나왔고, 미국과 일본 매출이 …"; no "총 2000억원 규모의 회사채를
    발행하기 위한 수요예측에서 1조1400억원": 수요예측 is 1조1400억원's)."""
    occurrences = _occurrences(text)
    numbers = [n for n, _ in _numbers(text, after, len(text), occurrences)]
    for s, e, kind, values in occurrences:
        if s < after or len(asked.get(kind, ())) != 1 or not values & asked[kind]:
            continue
        following = next((n for n in numbers if n >= e), None)
        if following is None or s - after < following - e:
            return True
    return False


def _dated(c: Candidate) -> bool:
    """The candidate is a date ("3일", "2분기"), no length of time ("9개월", [dates]
    lengths)."""
    text = c.text.rstrip()
    dates = _table()["dates"]
    return text.endswith(tuple(dates["ends"])) and not text.endswith(tuple(dates["lengths"]))


def qualified_figures(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The figure candidates that write the question's qualifiers, else those that write
    none of them, with the belief of the others; a figure that contradicts the question never
    (the text writes no figure of what is asked when every figure does).  An English question
    is read by other rules; a question that names no qualifier still asks no analysts'
    estimate ([marked])."""
    if q.english:
        return cands
    asked = asked_qualifiers(q.text, q.spans)
    whole = asks_total(q)  # "3년물 주문은 모두": a whole of the asked part
    amount = _asks_amount(q)
    money = money_object(q)  # "돈 얼마나 넣었대?" is no "14곳"
    verdicts = []  # 1: agrees, 0: says nothing of it, -1: contradicts; None: no figure
    for c in cands:
        if not is_figure(c):
            verdicts.append(None)
            continue
        text = ri.passages[c.passage].text
        at = figure_start(text, c.span.start, c.span.end)
        if at < 0:  # "5년" of "5년 만기": a qualifier's number, no figure of a part asked
            verdicts.append(-1 if asked else 0)
            continue
        written = figure_qualifiers(text, at, c.span.end)
        if whole:
            written.pop(_WHOLE, None)
        if (
            contradicts(asked, written)
            or (amount and _percent(c))
            or (money and not_money(c))  # "돈 얼마나 넣었대?" is no "14곳"
            or _unit_unwritten(asked, written, text)  # "작품당 사용료" is no "계약금 30억원"
            or _per_one_of_deal(q, asked, written)  # "매각가" is no "3.3㎡당 3150만 원"
        ):
            verdicts.append(-1)
        else:
            date = _dated(c)
            verdicts.append(1 if _agrees(asked, written) and not date else 0)
    # a figure that agrees wins over one whose clause says nothing of the qualifier, unless
    # its sentence writes it after the figure ("1420억 원으로 이 가운데 58%가 해외에서"); a
    # date is of no part ("시리즈C 투자를 유치했다고 3일 밝혔다")
    agreed = 1 in verdicts
    kept = [
        c
        for c, v in zip(cands, verdicts, strict=True)
        if v is None
        or v == 1
        or (
            v == 0
            and (
                not agreed
                or (_writes(asked, ri.passages[c.passage].text, c.span.end) and not _dated(c))
            )
        )
    ]
    return believed(kept, cands) if kept else []
