"""What a terse headline question asks, by the noun it ends on: "상업운전 시작" a date,
"최대 체공시간" a length of time, "환불 대상" a count of people (resources/answer_types.toml
[measure_nouns]).  Users type these as a search box ("신안해상풍력상업운전시작"); no table of
whole nouns can hold every compound, so the noun's last morpheme decides: Kiwi splits
"상업운전시작" into 상업/운전/시작, and a noun it keeps whole ("체공시간") is read by the longest
listed noun it ends with.

>>> measure_of("시작"), measure_of("체공시간"), measure_of("환불대상"), measure_of("회사")
('date', 'duration', 'people', '')

The text names such a value right after the noun ("합병 찬성률은 71.5%로", "통과시간이 10분
이상 단축"): the candidate written so is the one the question asks for (``after_noun``).

>>> after_noun("합병 찬성률은 ", "찬성률"), after_noun("찬성률과 투표율은 ", "찬성률")
(True, False)
"""

from __future__ import annotations

import functools
import re

from kg.kiwi import kiwi

from .resource_tables import resource_table

__all__ = [
    "KINDS",
    "after_noun",
    "asks_hours",
    "clocked",
    "counted_headline",
    "demanded_change",
    "headline_kind",
    "is_terse",
    "kind_of_measure",
    "length_counters",
    "measure_of",
    "plan_as_moment",
    "planned_moment",
]

#: the answer kind (search/answer_types.ANSWER_KINDS) each [measure_nouns] list asks
KINDS = {
    "date": "date",
    "duration": "number",
    "people": "number",
    "money": "money",
    "number": "number",
}


@functools.lru_cache(maxsize=1)
def _lists() -> dict[str, tuple[str, ...]]:
    table = resource_table("answer_types.toml")["measure_nouns"]
    return {k: tuple(table[k]) for k in KINDS}


@functools.lru_cache(maxsize=512)
def measure_of(noun: str) -> str:
    """The measure ``noun`` asks for: "date", "duration", "people", "money", "number", or "".

    >>> measure_of("개통"), measure_of("사업규모"), measure_of("")
    ('date', 'number', '')
    """
    if not noun:
        return ""
    lists = _lists()
    found = next((k for k, words in lists.items() if noun in words), "")
    if found:
        return found
    # the last morpheme Kiwi reads in the compound ("접수시작" -> 접수/시작)
    toks = kiwi().tokenize(noun)
    last = toks[-1].form if toks and toks[-1].tag.startswith("NN") else ""
    if last and last != noun:
        found = next((k for k, words in lists.items() if last in words), "")
        if found:
            return found
    # a compound Kiwi keeps whole ("체공시간"): the longest listed noun of two syllables or more
    # it ends with
    ends = [(len(w), k) for k, words in lists.items() for w in words if _ends_on(noun, w)]
    return max(ends)[1] if ends else ""


def _ends_on(noun: str, word: str) -> bool:
    return len(word) >= 2 and len(noun) > len(word) and noun.endswith(word)


def kind_of_measure(noun: str) -> str:
    """The answer kind a headline ending on ``noun`` asks ("" when [measure_nouns] lists none).

    >>> kind_of_measure("상업운전시작"), kind_of_measure("체공시간"), kind_of_measure("이름")
    ('date', 'number', '')
    """
    return KINDS.get(measure_of(noun), "")


def length_counters(head: str, unit: str = "") -> tuple[str, ...]:
    """The counters a length of time asked by ``head`` may be written in: ``unit`` when the
    question names one ("몇 년간"), the clock's and days' for a noun ending on 시간 ("체공시간"
    "30시간", never "2년간"; [measure_nouns] clock_lengths), else any ("").

    >>> length_counters("체공시간")[:2], length_counters("기간"), length_counters("시간", "분")
    (('주일', '일'), ('',), ('분',))
    """
    if unit:
        return (unit,)
    table = resource_table("answer_types.toml")["measure_nouns"]
    if head.endswith(tuple(table["clock_heads"])):
        return tuple(table["clock_lengths"])
    return ("",)


def after_noun(before: str, noun: str) -> bool:
    """``before``, the sentence's text up to a candidate, ends on ``noun`` and then only a
    particle or a word of [measure_nouns] value_links ("찬성률은 ", "순이익률도 ", "규모는 최대 ").

    >>> after_noun("통과시간이 ", "시간"), after_noun("시간을 들여 ", "시간"), after_noun("x", "")
    (True, False, False)
    """
    if not noun:
        return False
    links = "|".join(
        map(re.escape, resource_table("answer_types.toml")["measure_nouns"]["value_links"])
    )
    return re.search(rf"{re.escape(noun)}(?:\s*(?:{links}))*\s*$", before) is not None


#: the Kiwi tags a headline question may end on (search/headline_asks.py reads the same)
_NOUN_ENDS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN"})


def is_terse(tokens, wh: str) -> bool:
    """A question typed as a headline: no interrogative (``wh``) and its last word, punctuation
    aside, a noun ("환불 대상", not "환불 대상은?", whose answer may be a phrase: "지원 대상은?"
    is "저소득층" as often as a count)."""
    words = [t for t in tokens if not t.tag.startswith("S") or t.tag in _NOUN_ENDS]
    return not wh and bool(words) and words[-1].tag in _NOUN_ENDS


def headline_kind(tokens, wh: str, head: str) -> str:
    """The kind a headline question ending on a measure noun no [heads] entry lists asks, else "".

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> headline_kind(toks("접수 시작"), "", "시작"), headline_kind(toks("접수 시작은?"), "", "시작")
    ('date', '')
    """
    if not is_terse(tokens, wh):
        return ""
    if planned_moment(tokens, head):
        return "date"  # "가야선 착공 목표": when the work is to start
    if demanded_change(tokens, head):
        return "number"  # "기본급 인상 요구": the raise demanded, "7.5%"
    if head in resource_table("answer_types.toml")["heads"]:
        return ""
    return "date" if clocked(tokens, head) else kind_of_measure(head)


def plan_as_moment(text: str) -> str:
    """A headline asking when a moment is planned, read as asking its time: "가야선 착공 목표"
    as "가야선 착공 시기" (the text writes "2028년 착공하겠다"; 목표 read as a word of the
    answer's sentence drew "2033년 개통을 목표로"); any other text as it is.

    >>> plan_as_moment("가야선 착공 목표"), plan_as_moment("배당 목표")
    ('가야선 착공 시기', '배당 목표')
    """
    tokens = [t for t in kiwi().tokenize(text) if not t.tag.startswith("S")]
    if not tokens or not is_terse(tokens, "") or not planned_moment(tokens, tokens[-1].form):
        return text
    last = tokens[-1]
    when = resource_table("answer_types.toml")["measure_nouns"]["plan_asks"]
    return text[: last.start] + when + text[last.start + last.len :]


def planned_moment(tokens, head: str) -> bool:
    """A headline ending on a noun of a plan after a noun of a moment asks when the moment is
    planned for: "가야선 착공 목표" is "2028년" ("2028년 착공을 목표로"), "출시 예정" a date;
    "배당 목표", "매출 목표" (no moment) ask the target itself ([measure_nouns] plans).

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> planned_moment(toks("가야선착공목표"), "목표"), planned_moment(toks("배당 목표"), "목표")
    (True, False)
    """
    before = _noun_before_head(tokens, head, "plans")
    return before is not None and measure_of(before) == "date"


def counted_headline(tokens, wh: str, head: str) -> bool:
    """A headline ending on a noun of a count ("카드수수료 인하 혜택 가맹점 수"; [measure_nouns]
    counts) asks how many: "305만곳", never "96%" of "가맹점의 96%인 305만곳".

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> counted_headline(toks("혜택 가맹점 수"), "", "수"), counted_headline(toks("가맹점 수는?"), "", "수")
    (True, False)
    """
    counts = resource_table("answer_types.toml")["measure_nouns"]["counts"]
    return head in counts and is_terse(tokens, wh)


def demanded_change(tokens, head: str) -> bool:
    """A headline ending on a noun of a demand or a plan right after a noun of a change asks
    the size of the change ("기본급 인상 요구" is "7.5%" of "기본급 7.5% 인상을 요구하고
    있다", no other demand of the sentence; [measure_nouns] demands, changes).

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> demanded_change(toks("노조 기본급 인상 요구"), "요구"), demanded_change(toks("배당 목표"), "목표")
    (True, False)
    """
    before = _noun_before_head(tokens, head, "demands")
    changes = resource_table("answer_types.toml")["measure_nouns"]["changes"]
    return before is not None and before in changes


def _noun_before_head(tokens, head: str, heads: str) -> str | None:
    """The noun written right before a headline's last noun ``head`` when ``head`` is one of
    the [measure_nouns] list ``heads`` ("착공" of "가야선 착공 목표"), else None."""
    table = resource_table("answer_types.toml")["measure_nouns"]
    words = [t for t in tokens if t.tag.startswith("NN")]
    if head not in table.get(heads, []) or len(words) < 2 or words[-1].form != head:
        return None
    return words[-2].form


def clocked(tokens, head: str) -> bool:
    """``head`` is 시간 after a noun of a moment: a time of day ("첫차 시간", "도착 시간"), no
    length of time ([measure_nouns] clock_heads, clock_events); or after a noun of a service
    kept open ("운영 시간": its hours, ``asks_hours``).

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> clocked(toks("첫차 시간"), "시간"), clocked(toks("통과 시간"), "시간"), clocked([], "시간")
    (True, False, False)
    """
    table = resource_table("answer_types.toml")["measure_nouns"]
    words = [t for t in tokens if not t.tag.startswith("S")]
    if head not in table["clock_heads"] or len(words) < 2 or words[-1].form != head:
        return False
    # the noun before it, and the word it is glued into ("첫차": Kiwi reads 첫/MM 차/NNG)
    j = len(words) - 2
    word = words[j].form
    while j > 0 and words[j - 1].end == words[j].start:
        j -= 1
        word = words[j].form + word
    return bool({words[-2].form, word} & set(table["clock_events"])) or _open_hours(words, head)


def asks_hours(tokens, wh: str) -> bool:
    """A headline asking the hours a service is open: 시간 after a noun of its being open
    ("화상 투약기 평일 운영 시간", "민원실 영업시간"; [measure_nouns] hours_events), answered by
    the span of the clock the text writes whole ("오후 8시부터 다음 날 오전 9시까지"), never a
    length ("2년간 운영").

    >>> from search.spans import tokens_of
    >>> toks = lambda text: tokens_of(kiwi().tokenize(text))
    >>> asks_hours(toks("투약기 평일 운영 시간"), ""), asks_hours(toks("투약기 운영 기간"), "")
    (True, False)
    """
    words = [t for t in tokens if not t.tag.startswith("S")]
    return is_terse(tokens, wh) and bool(words) and _open_hours(words, words[-1].form)


def _open_hours(words, head: str) -> bool:
    """``head`` is 시간 right after a noun of [measure_nouns] hours_events."""
    table = resource_table("answer_types.toml")["measure_nouns"]
    if head not in table["clock_heads"] or len(words) < 2 or words[-1].form != head:
        return False
    return words[-2].form in table["hours_events"]
