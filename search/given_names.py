"""A thing asked by its kind noun is the name a clause gives that noun: the noun, or a noun for its
name, is the clause's topic or object and the quoted name its predicate — "양사의 첫 상품은
중금리 대출 '누리론'이다" answers "첫 공동 상품은?", "단지명은 … '솔빛 파크'로 정해졌다" and
"단지 이름을 '솔빛 파크'로 지었다" answer "단지의 이름은?"; so does a name that calls the noun,
"'하늘 적금'이라는 새 상품을 내놨다", "'달빛 라떼'라는 이름의 음료".  The reader, trained on names, takes
another name of the sentence (the company, an earlier brand the new name is built from).

Name nouns, naming verbs and copula endings: resources/given_names.toml.

>>> given_name("양사의 첫 상품은 중금리 신용대출 '누리 이음론'이다.", "상품")
'누리 이음론'
>>> given_name("단지명은 브랜드 '하늘'을 붙인 '하늘 파크 노들'로 정해졌다.", "단지")
'하늘 파크 노들'
>>> given_name("하늘은행은 '하늘 적금 플러스'라는 새 상품을 내놨다.", "상품")
'하늘 적금 플러스'
>>> given_name("새 상품은 다음 달 나온다.", "상품") is None
True
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .answer_types import Asked, answer_type_tables
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in

__all__ = ["given_name", "given_name_answer"]

#: a word marked as its clause's topic, subject or object ("상품은", "나온 상품이", "단지명을"):
#: its stem and where it ends
_MARKED = re.compile(r"(?:^|(?<=\s))(\S+?)(?:은|는|이|가|을|를)(?=\s)")
#: the marks that open a quoted name
_OPENERS = "'‘\"“「『《<"
#: a quoted name: the opening mark, the name, the closing mark
_QUOTED = re.compile(rf"[{_OPENERS}]([^'’\"”」』》>]{{1,40}})['’\"”」』》>]")
#: what follows a quoted name that calls a noun, and the next words: "'X'라는 새 상품", "'X'라
#: 불리는 이 마스크", "'X'로 명명된 위성"
_CALLED = re.compile(
    r"^(?:이)?(?:라는|라고?\s*불리는|(?:으)?로\s*(?:불리는|명명된|이름\s*붙인))\s+((?:\S+\s+){0,2}\S+)"
)
#: the last syllables of a word that ends in a particle or an ending, no bare noun
_PARTICLE_ENDS = frozenset("을를이가은는의에로와과도한된인")
#: a gloss in brackets closing a quoted name ("'누리론(Nuriron)'"): the name is what precedes it
_GLOSS = re.compile(r"\s*\([^()]*\)$")
#: the best sentences read
_TOP = 5
#: an answer read from one sentence's wording, as a name written with its kind noun
#: (headed_names.py; the same calibration path)
_PRIOR = 0.5


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    path = Path(__file__).parent / "resources" / "given_names.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _predicate() -> re.Pattern:
    """What follows a quoted name that is its clause's predicate: a copula ending, or (으)로
    and a naming verb."""
    table = _table()
    copula = "|".join(sorted(map(re.escape, table["copula_endings"]), key=len, reverse=True))
    verbs = "|".join(map(re.escape, table["naming_verbs"]))
    return re.compile(rf"^(?:(?:{copula})(?=[\s.,]|$)|(?:으로|로)\s*(?:{verbs}))")


def _stands_for(stem: str, before: str, kind: str) -> bool:
    """The marked word ``stem`` (``before`` the word written before it) is the kind noun or its
    name: "상품", "첫상품", "단지명", "단지 이름", "단지의 이름"."""
    names = _table()["name_nouns"]
    if stem.endswith(kind) or any(stem == kind + n for n in names):
        return True
    return stem in names and before in {kind, kind + "의"}


def _calls(after: str, kind: str) -> bool:
    """The words ``after`` a quoted name call it a ``kind``: "라는 새 상품을", "이라는 이름의 앱"."""
    m = _CALLED.match(after)
    if m is None:
        return False
    fillers = _table()["called_fillers"]
    words = m.group(1).split()
    while len(words) > 1 and words[0] in fillers:
        words = words[1:]
    # the noun may end a run of bare nouns: "'X'라는 보험 상품을", not "'X'라는 평가를 받은 게임"
    bare = len(words) > 1 and words[0][-1] not in _PARTICLE_ENDS
    return kind in words[0] or (bare and kind in words[1])


def _unglossed(quoted: re.Match) -> str | None:
    """The quoted name without the gloss that closes it: "누리론(Nuriron)" -> 누리론."""
    return _GLOSS.sub("", quoted.group(1).strip()) or None


def given_name(text: str, kind: str) -> str | None:
    """The quoted name ``text`` gives the kind noun ``kind`` (see the module); None."""
    for quoted in _QUOTED.finditer(text):
        if _calls(text[quoted.end() :], kind):
            return _unglossed(quoted)
    for m in _MARKED.finditer(text):
        before = text[: m.start()].split()[-1:] or [""]
        if not _stands_for(m.group(1), before[0], kind):
            continue
        for quoted in _QUOTED.finditer(text, m.end(), _next_topic(text, m.end())):
            if _predicate().match(text[quoted.end() :]):
                return _unglossed(quoted)
    return None


def _next_topic(text: str, pos: int) -> int:
    """Where the next topic after ``pos`` starts another clause ("상품은 다음 달 나오며, 회사는
    …"): a word marked by 은/는 that opens no quote; the end of ``text`` without."""
    for m in _MARKED.finditer(text, pos):
        if m.group(0).endswith(("은", "는")) and m.group(1)[0] not in _OPENERS:
            return m.start()
    return len(text)


def _asked_kind(q: Question, asked: Asked) -> str | None:
    """The kind noun of a thing the question asks the name of: a named kind ("첫 공동 상품은?"),
    or any kind with a noun for its name ("단지의 이름은?"); None."""
    if asked.kind not in {"thing", "model"} or not asked.head:
        return None
    names = set(_table()["name_nouns"]) - {"명"}
    if asked.head in answer_type_tables()["named_kinds"]["kinds"] or any(
        t.form in names for t in q.tokens
    ):
        return asked.head
    return None


def given_name_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The name the best sentences give the kind noun the question asks by (see the module),
    one the question does not write itself; None."""
    kind = _asked_kind(q, asked)
    if kind is None:
        return None
    asked_text = q.text.replace(" ", "")
    for h in hits[:_TOP]:
        name = given_name(h.text, kind)
        if name and name.replace(" ", "") not in asked_text:
            return said_in(q, [name], [h], hits, "headed_name", _PRIOR, answer_type="thing")
    return None
