"""Which candidates may answer the asked kind: a date, an amount or a count is answered by a
candidate of that class only; a person asked with a person head noun by a person's name, never
by a name of another type nor by words ending on a common noun ("구글 출신"; search/person_fits.py);
a model by no company; the maker of X is no party to "X 공급 계약"; a name asked by a number the
question gives comes from a sentence that writes the number."""

from __future__ import annotations

import re
from dataclasses import replace

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .counters import counted_as, counters_for
from .durations import a_duration, asks_duration
from .english import asks_length_of_time
from .figures import counted_in, whole_figure
from .measure_fits import measured, period_end
from .measure_nouns import length_counters, measure_of
from .numeral_names import numeral_name
from .origins import asked_origin, from_origin
from .period_ranges import range_starts
from .person_fits import clashes, other_name, surnamed
from .prices import paid, writes_dealing_verb
from .question import Question
from .rate_nouns import rate_noun
from .ratios import ratio_written, written_ratios
from .reader import Candidate
from .reader_input import ReaderInput
from .share_prices import per_share_figure
from .suffixes import asked_suffix, written_with
from .unit_families import asked_families, foreign_figure, written_of_head

__all__ = ["fitting", "not_related", "numbered", "of_asked_families", "rate_asked"]


def fitting(asked: Asked, cands: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """The candidates that may answer ``asked`` (``ri``: the reader's input,
    search/reader_input.py); when people are asked for and some were dropped, the belief the
    names of no person had goes to the people, in proportion."""
    people = any(c.entity and c.entity.get("type") == "Person" for c in cands)
    duration = _duration_asked(asked, ri)
    families = asked_families(asked, ri.reading.tokens)  # "공장에 들이는 돈" is no "14만 장"
    foreign = [_other_family(c, ri, asked, families) for c in cands]
    fit = [
        c
        for c, other in zip(cands, foreign)
        if (
            _fits(asked, c, duration, *(_around(c, ri) if duration else ("", "")))
            and not _counted_behind(asked, c, ri)
            and not other
        )
        or ratio_written(asked, c, ri)
        or numeral_name(asked, c, ri)  # "클라우드 기업 구름넷": a name, no count of four
    ]
    if duration and not fit:  # "계약기간은?": "2025년 9월 16일부터 2029년 2월 13일까지"
        fit = range_starts(asked, cands, ri)
    ratios = written_ratios(asked, fit, ri)  # "경쟁률" is "826대 1", no "1천 12곳"
    fit = ratios or fit
    named = measured(asked, fit, ri)  # "합병 찬성률": the figure after 찬성률
    fit = period_end(asked, named or fit, cands, ri)  # "신청 마감": B of "A부터 B까지"
    suffix = asked_suffix(ri.reading.tokens, asked.wh_index) if asked.wh == "몇" else ""
    if suffix:  # "몇 년생" is "1958년생", no other year of the sentence
        fit = [c for c in fit if c.span is not None and _suffixed(c, ri, asked.unit, suffix)]
    origin = asked_origin(ri)
    if origin:  # "독일 회사": a company the sentence writes after 독일
        fit = [c for c in fit if from_origin(c, ri, origin)]
    if asked.kind == "place":  # "자회사 카카오브레인" holds a company's name: no place
        fit = [c for c in fit if c.entity is not None or not _holds_other(c, ri)]
    # a rate asked: the percentages take the belief the amounts had ("영업이익 증가율": the
    # reader believed 312억원, of the kind its words are written beside); a place asked: the
    # places take the belief of the companies and common nouns beside them, when one is
    # surely a place (moving it to "한국어" made an unanswerable question confident)
    counters = counters_for(asked.unit)  # "몇 곳" / "5개 병원" (search/counters.py)
    counted = _counter_asked(asked) and any(counted_in(c.text, u) for c in fit for u in counters)
    counted = counted or (duration and bool(fit))
    moves = rate_asked(asked) or counted or _price_paid(asked, fit, ri)
    moves = moves or (asked.kind == "place" and any(map(_placed, fit))) or bool(suffix or ratios)
    moves = moves or bool(named)
    # a number asked of one family by its words ("계약 규모" is money): the figures of it take
    # the belief of the others', as a count asked by its counter does
    moves = moves or (asked.kind == "number" and len(families) == 1 and any(foreign))
    # a price asked by a bare 얼마 ("한 상자 얼마야?"): the counts of its sentence ("한
    # 상자(20마리)") give their belief to the figures left, as a family asked by its noun does
    moves = moves or (asked.kind == "number" and "count" not in families and any(foreign))
    cands = believed(fit, cands) if fit and moves else fit
    if asked.kind == "person":
        cands = surnamed(cands, ri)
    if asked.kind in _QUANTITY_FITS:  # "100%를 사들인다고 보도했지만, 최종 ... 68%로 확정됐다"
        cands = believed([c for c in cands if not _denied_report(c, ri)], cands)
    kept = [c for c in cands if not clashes(asked, c, ri, people) and not _echoed(c, ri)]
    if asked.kind == "person" and people and kept:
        # only what a name of another type or "구글 출신" believed moves; the other words
        # dropped (a place, a particle, the question's own name) take their belief away
        # (moving it too made wrong people confident on the dev gold, 29 Nov)
        moved = [c for c in cands if not other_name(asked, c, ri, people)]
        scale = sum(c.probability for c in cands) / max(sum(c.probability for c in moved), 1e-9)
        kept = [replace(c, probability=c.probability * scale) for c in kept]
    return kept


def of_asked_families(asked: Asked, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """The candidates of the unit families asked, with the belief of the others: a rule that
    reads the figures' sentences (a change's ends, a row) never answers money with the count it
    found ("웨이퍼 기준 월 8만 장에서 14만 장으로"); all of them when none is of the asked ones."""
    families = asked_families(asked, ri.reading.tokens)
    kept = [c for c in cands if not _other_family(c, ri, asked, families)]
    return believed(kept, cands) if len(kept) < len(cands) else cands


def _other_family(c: Candidate, ri: ReaderInput, asked: Asked, families: frozenset[str]) -> bool:
    """A figure whose unit, as its sentence writes it whole ("14만" of "14만 장"), is of a
    family the question does not ask (search/unit_families.py), in a clause that does not name
    the asked noun ("과징금 상한은 2%에서 4%로" answers what 상한 is, in %)."""
    if c.span is None or c.entity is not None or not re.search(r"\d", c.text):
        return False
    passage = ri.passages[c.passage]
    whole = whole_figure(passage.text, c.span.start, c.span.end)
    if not (foreign_figure(whole, families) or foreign_figure(c.text, families)):
        return False
    return not written_of_head(asked, ri.reading.tokens, passage.tokens, c.span.start)


def _echoed(c: Candidate, ri: ReaderInput) -> bool:
    """Words of the question itself, naming no entity: no answer to it ("CTO로 일한 회사는?"
    is no "CTO", "탁 씨가 물어야 하는 돈은?" no "탁 씨")."""
    if c.entity is not None or c.span is None:
        return False
    # the question's text, not its morphemes: Kiwi may split a word there ("신주" -> 신+주)
    toks = ri.reading.tokens
    asked = "".join(t.form for t in toks).casefold()
    words = ri.passages[c.passage].tokens[c.span.first : c.span.last + 1]
    return bool(words) and all(t.form.casefold() in asked for t in words)


_QUANTITY_FITS = {
    "date": {"date", "number"},
    "money": {"money", "number"},
    "number": {"number", "money", "date"},
}


#: a number with a unit or counter written after it: a measure or a count, no date
_MEASURED = re.compile(r"\d\s*[A-Za-z가-힣%㎞㎡]")
#: the kinds a words-only amount, count or date never answers
_NO_QUANTITY = frozenset({"person", "company", "organization", "investor", "where", "model"})


def _around(c: Candidate, ri: ReaderInput) -> tuple[str, str]:
    """The sentence's text right before and after the candidate ("2025년 9월 " before "16일",
    "의 1" after "4분"): a figure of days after a month is a date, "4분의 1" a fraction."""
    if c.span is None:
        return "", ""
    text = ri.passages[c.passage].text
    return text[max(0, c.span.start - 12) : c.span.start], text[c.span.end : c.span.end + 4]


def _counted_behind(asked: Asked, c: Candidate, ri: ReaderInput) -> bool:
    """An amount asked is no number its sentence counts right after the reader's span ("전기
    트럭 1만2천여 대를 리콜한다": "1만2천여" is a count of 대, no money)."""
    if asked.kind != "money" or c.span is None or _class_of(c) != "number":
        return False
    toks = ri.passages[c.passage].tokens
    after = c.span.last + 1
    return after < len(toks) and toks[after].tag == "NNB" and toks[after].form in counters()


def _fits(
    asked: Asked, c: Candidate, duration: bool = False, before: str = "", behind: str = ""
) -> bool:
    """A date, an amount or a count is answered by a candidate of that class only ("직원 수"
    is no 200억원, "투자한 금액" is no Claude); a length of time asked (``duration``) by a
    figure of its counter."""
    allowed = _QUANTITY_FITS.get(asked.kind)
    if asked.kind == "place":
        return _a_place(c)
    if allowed is None:
        # a person, a company or a body is no amount, count or date ("Who is the CTO?" is no
        # 320억원, "투자를 받은 곳은 어디어디?" no "230억원")
        if asked.kind not in _NO_QUANTITY:
            return True
        if c.entity is not None:
            return c.entity.get("type") != "Date"
        return _class_of(c) not in _QUANTITY_FITS
    if c.entity and c.entity.get("type") != "Date":
        return False  # a name with a number in it ("다온LM 3", "물길 2") is no quantity
    cls = _class_of(c)
    count = counters()
    if asked.kind == "number" and (asked.unit or asked.head) in count:
        allowed = allowed - {"money"}
    period = answer_type_tables()["units"]["period"]
    if duration:
        return cls in {"number", "date"} and any(
            a_duration(c.text, u, before, behind) for u in length_counters(asked.head, asked.unit)
        )  # "몇 년간" is "3년간", no "6월 17일"; "체공시간" no "2년간"
    if _counter_asked(asked) and cls in {"number", "date"}:
        # "몇 장인가?" is answered by a number of 장 ("1만 장"), no bare "1.5"; "몇 곳" by no
        # "17일" nor "5년간"
        first = _NUMERAL.search(c.text)
        return first is not None and counted_as(c.text[first.start() :], asked.unit)
    if asked.kind == "date" and not asked.unit and _length_of_time(c.text):
        return False  # "소송을 낸 날짜는?" is no "60일" (the time allowed), "선고는 언제?" no "1년"
    if asked.kind == "date" and cls == "number" and _MEASURED.search(c.text):
        # a date may be a bare year ("2017") or a quarter ("3분기"), never "11.4km" nor "6대"
        return _calendar_period(c.text)
    if asked.kind == "money" and cls == "number" and _counted(c.text, [*count, *period]):
        return False  # a price is no "500대", an amount no "80명" nor "3분기"
    rates = answer_type_tables()["rates"]
    rate = re.search(r"\d\s*(" + "|".join(map(re.escape, rates["units"])) + ")", c.text)
    if asked.kind == "money" and rate:
        return False  # "해외 매출 비중을 30%까지": a share is no amount
    if asked.kind == "money" and not per_share_figure(asked.head, c.text):
        return False  # "종가는 얼마였어?" is no "시가총액은 약 7천 300억 원"
    if rate_asked(asked) and not rate:
        return False  # "영업이익 증가율" is no 312억원
    if rate and asked.kind == "number" and asked.head in rates["volume_heads"]:
        return False  # "합산 판매량" is no "0.8%", the change beside "26만2426대"
    return cls in allowed


#: what a place asked for may be: a place's name ("대전 유성구", "판교", "Seoul")
_PLACE_CLASSES = frozenset({"place", "name", "latin"})


def _a_place(c: Candidate) -> bool:
    """A place is asked ("본사는 어디에 있나요?"): a Place of the knowledge graph or words read as
    a place's name; no company, no organisation, no common noun ("합작법인")."""
    if c.entity is not None:
        return c.entity.get("type") == "Place"
    cls = _class_of(c)
    # a name of one word ("호찌민"), or words ending as a place does ("대전 유성구")
    one_word = c.span is not None and c.span.first == c.span.last
    return cls == "place" or (cls in _PLACE_CLASSES and one_word)


def _placed(c: Candidate) -> bool:
    """Surely a place: a Place of the knowledge graph, or words ending as a place does."""
    typed = c.entity.get("type") if c.entity is not None else None
    return typed == "Place" or (typed is None and _class_of(c) == "place")


def _holds_other(c: Candidate, ri: ReaderInput) -> bool:
    """The candidate's words hold the mention of a name that is no place."""
    if c.span is None:
        return False
    return any(
        e.get("type") != "Place" and e["start"] < c.span.end and c.span.start < e["end"]
        for e in ri.passages[c.passage].entities
    )


def _denied_report(c: Candidate, ri: ReaderInput) -> bool:
    """The candidate stands in a report the sentence goes on to contradict: its clause ends on
    a report word ([yes_no] reported: 보도, 알려지) and a contrast ending ([yes_no] contrast:
    지만, 으나) — "지분 100%를 사들인다고 보도했지만, 최종 계약 물량은 68%로 확정됐다"."""
    if c.span is None:
        return False
    table = answer_type_tables()["yes_no"]
    reported, contrast = set(table["reported"]), set(table["contrast"])
    toks = ri.passages[c.passage].tokens
    said = False
    for t in toks[c.span.last + 1 :]:
        if t.tag in {"SF", "SP"}:
            return False
        said = said or t.form in reported
        if t.tag == "EC" and t.form in contrast:
            return said
    return False


#: where a figure begins: a digit, or numbers written in Hangul words, two syllables or more
#: ("이백십 명", "백사십만 명": a broadcast interview's transcript)
_NUMERAL = re.compile(r"\d|[일이삼사오육칠팔구십백천만억조]{2,}")


def rate_asked(asked: Asked) -> bool:
    """A rate is asked for: "증가율", "몇 퍼센트" (resources/answer_types.toml [rates])."""
    heads = answer_type_tables()["rates"]["heads"]
    return asked.kind == "number" and (asked.unit in heads or rate_noun(asked.head))


def _length_of_time(text: str) -> bool:
    """A length of time, no date, ends the candidate: a number of years that is no year ("1년",
    "3년간"), of months or hours; of days or minutes with a word of length ("60일 안", "10일간")
    or past a month's days ("60일"): "16일" and "3시 30분" are dates ([units] duration_*)."""
    units = answer_type_tables()["units"]
    marks = units["duration_after"] + units["duration_bounds"] + units["duration_within"]
    counter = "|".join(map(re.escape, sorted(units["duration"], key=len, reverse=True)))
    mark = "|".join(map(re.escape, marks))
    m = re.search(rf"(\d+)\s*({counter})\s*({mark})?\s*$", text)
    if m is None:
        return False
    n, unit, marked = m.groups()
    if unit in _DATE_UNITS:
        return marked is not None or (unit == "일" and int(n) > 31)
    return not (unit == "년" and len(n) == 4)


#: the counters of time a date or a time of day also ends on ("16일", "3시 30분")
_DATE_UNITS = frozenset({"일", "분"})


def _counter_asked(asked: Asked) -> bool:
    """A count asked by its counter ("몇 장인가?", "몇 명"): when a number is written with it
    as a word's end ("3만 8000장", not "24개동" nor "개포주공1단지"), the numbers that write
    it take the belief of the names and bare numbers the reader preferred ("로어 디퓨전 2")."""
    # a Latin unit is read lower-cased from the question ("몇 B" -> "b"; search/answer_types.py)
    folded = {c.casefold() for c in counters()}
    return asked.kind == "number" and asked.wh in {"몇", "how"} and asked.unit.casefold() in folded


def counters() -> list[str]:
    """The counters of a count of things: of people and things ("명", "곳") and those a figure
    is written with ("곡", "편", "GWh"); a count asked by one is never an amount of money."""
    tables = answer_type_tables()
    return [*tables["units"]["count"], *tables["figures"]["counters"]]


def _suffixed(c: Candidate, ri: ReaderInput, unit: str, suffix: str) -> bool:
    """The candidate's figure is written with the counter and suffix asked ("1958년생")."""
    return written_with(ri.passages[c.passage].text, c.span.start, c.span.end, unit, suffix)


def _duration_asked(asked: Asked, ri: ReaderInput) -> bool:
    """A length of time asked with 몇 ("몇 년 동안", "기간은 몇 년") or by its head noun alone
    ("계약 기간", "임기는?"): read as a number of a counter of time (search/durations.py)."""
    if asked.kind != "number":
        return False
    if asked.wh == "몇":
        return asks_duration(ri.reading.tokens, asked.wh_index, asked.unit)
    if asked.wh == "how":  # "How long is the contract?" (search/english.py)
        return asks_length_of_time([t.form.lower() for t in ri.reading.tokens])
    return asked.wh == "" and (
        asked.head in _DURATION_HEADS or measure_of(asked.head) == "duration"
    )


_DURATION_HEADS = frozenset(answer_type_tables()["units"]["duration_heads"])


def _price_paid(asked: Asked, fit: list[Candidate], ri: ReaderInput) -> bool:
    """An amount asked with a verb of buying ("인수 금액") and a figure written as paid
    ("1240억 원에 취득"): the amounts take the belief of the names (search/prices.py)."""
    return asked.kind == "money" and writes_dealing_verb(ri.reading.tokens) and bool(paid(ri, fit))


def _counted(text: str, count: list[str]) -> bool:
    """A number written with a counter of things or people ("500대", "1만 장", "80명")."""
    m = re.search(r"\d\s*([가-힣]+)$", text.strip())
    return bool(m) and m.group(1) in count


def _calendar_period(text: str) -> bool:
    """A number of a calendar's period, last in the candidate: "올해 3분기", "2분기"."""
    calendar = answer_type_tables()["units"]["calendar"]
    return re.search(r"\d\s*(" + "|".join(map(re.escape, calendar)) + r")$", text) is not None


def _class_of(c: Candidate) -> str:
    """The reader's class of a candidate: date, money, number, name, phrase, ..."""
    return next((k[5:] for k in c.features if k.startswith("cand=")), "")


def not_related(q: Question, ex, cands: list[Candidate]) -> list[Candidate]:
    """Without the candidates the question's names reach by ``q.not_relation`` (the maker of
    "잣대 2" is no party to its supply contract), unless nothing else is left; their belief
    goes to the others."""
    if not q.not_relation:
        return cands
    named = {eid for eid, _ in q.entities}
    other = {
        end
        for r in ex.relations
        if r.type == q.not_relation and {r.subject, r.object} & named
        for end in (r.subject, r.object)
    } - named
    kept = [c for c in cands if not (c.entity and c.entity["id"] in other)]
    return believed(kept, cands)


def numbered(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A name asked by a number the question gives ("Which model scored 78.9?"): the names of
    the sentences that write that number, when there are any, with the belief of the others."""
    numbers = [
        t.form
        for t in q.tokens
        if t.tag == "SN"
        and (len(t.form) >= 2 or "." in t.form)
        and not any(s <= t.start < e for s, e in q.spans)  # "윤슬 3.5" is a name
    ]
    if not numbers:
        return cands

    def writes(text: str) -> bool:
        return any(re.search(rf"(?<![\d.]){re.escape(n)}(?![\d])", text) for n in numbers)

    return believed([c for c in cands if writes(ri.passages[c.passage].text)], cands)
