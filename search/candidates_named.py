"""Candidates that name a thing, for a head noun that asks for a name: "들여오는 항공기 기종은?"
is answered by "A321neo" (a code of letters and digits), "연구 결과가 실린 학술지는?" by the
quoted "'유럽심장학회지 디지털헬스'", never by a common noun phrase the reader liked better
("조종사 교육", "국제 학술지", "차세대 기종") nor by a co-author's name.  The names take the
belief of the others; when the sentences name nothing, the candidates stay as they were.

Heads, quotes and the types no such name has: resources/answer_types.toml [candidates_named].
"""

from __future__ import annotations

import functools
import re

from .answer_types import Asked, answer_type_tables
from .belief import believed
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["is_code", "named_things"]

#: a model code: letters then digits ("A321neo", "K9", "GV80", "FA-50", "S25"), digits then
#: letters ("3080Ti"), or digits joined by a hyphen ("737-800")
_CODE = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Za-z]+-?\d[A-Za-z0-9-]*|\d+[A-Za-z]+[A-Za-z0-9]*|\d+-\d+[A-Za-z0-9-]*)"
)


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return answer_type_tables()["candidates_named"]


def is_code(text: str) -> bool:
    """The words hold a model code of letters and digits.

    >>> is_code("에어버스 A321neo"), is_code("보잉 737-800"), is_code("33대"), is_code("5세대")
    (True, True, False, False)
    """
    return _CODE.search(text) is not None


def _quoted(text: str, start: int, end: int, quotes: list[str]) -> bool:
    """The candidate is the whole of a quoted name ("'네이처'에 실렸다"), its Latin gloss may
    stand inside the quotes ("'셀(Cell)'"); no quoted remark ("“비행시간이 7시간 …”")."""
    if start == 0 or text[start - 1] not in quotes:
        return False
    after = re.sub(r"^\([^()]*\)", "", text[end:])  # "(Cell)'" -> "'"
    return after[:1] in _table()["closing"]


def _a_name(c: Candidate, ri: ReaderInput, head: str) -> bool:
    """A name of a thing: no person, place or day; not the asked head noun itself ("국제
    학술지"); a code, a quoted name, a name glossed in Latin, a Model of the graph or Latin
    words ("Nature")."""
    table = _table()
    if c.entity is not None and c.entity.get("type") in table["not_types"]:
        return False
    words = c.text.split()
    if not words or words[-1].endswith(head):
        return False  # "차세대 기종", "국제 학술지": the kind asked, no name of it
    if _maker(c, ri):
        return False  # "보잉(Boeing) 737-8", "에어버스 A321neo": the maker, the type is the code
    text = ri.passages[c.passage].text
    if c.entity is not None and c.entity.get("type") == "Model":
        return True
    if is_code(c.text):
        return True
    if c.span is not None and _inside_brackets(text, c.span.start):
        return False  # "(European Heart Journal …)": the gloss of the name before it
    if c.span is not None and _quoted(text, c.span.start, c.span.end, table["quotes"]):
        return not _remark(c.text)
    if c.span is not None and _glossed(text, c.span.end):
        return True
    if _abbreviates_a_word(c.text, ri):
        return False
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z .&:-]*", c.text))


def _abbreviates_a_word(words: str, ri: ReaderInput) -> bool:
    """Latin letters the sentences read write as the bracketed gloss of a common noun ("의료
    인공지능(AI) 기업 … AI의 임상 검증"): the abbreviation of a word, no name of a thing.  A
    name's gloss follows a name, which Kiwi does not tag as a common noun ("네이처(Nature)")."""
    gloss = f"({words})"
    for p in ri.passages:
        at = p.text.find(gloss)
        while at > 0:
            if any(t.end == at and t.tag == "NNG" for t in p.tokens):
                return True
            at = p.text.find(gloss, at + 1)
    return False


def _maker(c: Candidate, ri: ReaderInput) -> bool:
    """A model code follows the candidate, past its Latin gloss or the bracket it stands in:
    the candidate is the maker's name written before the type ("보잉(Boeing) 737-8")."""
    if c.span is None or is_code(c.text):
        return False
    rest = re.sub(r"^\)?(\([^()]*\))?", "", ri.passages[c.passage].text[c.span.end :])
    return rest[:1] == " " and bool(rest.split()) and is_code(rest.split()[0])


def _remark(words: str) -> bool:
    """A whole quoted remark, no name: a sentence's end ("… 줄일 수 있다") or many words."""
    return len(words.split()) > _NAME_WORDS or re.search(r"[다요죠]$", words) is not None


#: the most words a quoted name has ("유럽심장학회지 디지털헬스", "네이처 메디신")
_NAME_WORDS = 5


def _inside_brackets(text: str, start: int) -> bool:
    """The candidate stands inside round brackets opened before it and not yet closed."""
    before = text[:start]
    return before.rfind("(") > before.rfind(")")


def _glossed(text: str, end: int) -> bool:
    """The candidate is followed by its Latin spelling in brackets, as a foreign name is
    written the first time ("사이언티픽 리포트(Scientific Reports)를 통해"); an acronym in
    capitals glosses a common noun as often ("의료 인공지능(AI)"), so a lower-case letter is
    wanted."""
    gloss = re.match(r"\(\s*([A-Za-z][^()]*)\)", text[end:])
    return gloss is not None and any(ch.islower() for ch in gloss.group(1))


def named_things(asked: Asked, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """For a head noun asking a name ("기종", "학술지"), the candidates that are names, with the
    belief of the others; all of them when none is a name.

    "제니스항공이 들여오는 항공기 기종은?" over "에어버스와 A321neo 항공기 도입 계약을 맺었다":
    "A321neo" is kept, "도입 계약" dropped.
    """
    if asked.kind == "model":  # "투입되는 항공기 모델은?": "737-8", no maker written before it
        kept = [c for c in cands if not _maker(c, ri)]
        return believed(kept, cands) if kept else cands
    if asked.kind != "thing" or asked.head not in _table()["heads"]:
        return cands
    kept = [c for c in cands if _a_name(c, ri, asked.head)]
    # a tail is no name of its own, whether or not the longer name was kept: "리포트" of
    # "사이언티픽 리포트", "우이" of the person "마르테인 우이"
    # a code alone is the type's name though a maker is written before it ("보잉 737-8" ->
    # "737-8"), and the longer words holding it are no better answer ("189석 규모의 보잉 737-8"),
    # unless they are a model's whole name ("셀무버 S7": no "S7" alone)
    codes = [
        c
        for c in kept
        if _CODE.fullmatch(c.text) or (c.entity is not None and c.entity.get("type") == "Model")
    ]
    codes = [c for c in codes if not _tail_of(c, codes)]
    return believed(codes or [c for c in kept if not _tail_of(c, cands)], cands)


def _tail_of(c: Candidate, cands: list[Candidate]) -> bool:
    """The candidate is the last words of a longer candidate ("리포트" of "사이언티픽 리포트")."""
    if c.span is None:
        return False
    return any(
        d.passage == c.passage
        and d.span is not None
        and d.span.start < c.span.start
        and d.span.end == c.span.end
        for d in cands
    )
