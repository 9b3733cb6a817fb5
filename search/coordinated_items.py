"""A question of one thing that does not ask for one is answered by every item of the
coordination its answer stands in.  Reporters write the things of one act as a row ("회사는
관리직과 협력업체 인력을 생산 라인에 투입했다", "화장품·향수, 주류·담배를 판다", "무선 업데이트나
서비스센터 방문으로", "카드 또는 현금으로"), and "투입한 인력은?" wants them all though it has no
list word — the reader picks one.  The row's items share its particle and its verb, so they fill
the answer's slot (search/whole_rows.py reads the row and keeps the items of the answer's kind).

A question that asks for one keeps its one answer: a rank or a lead ("가장", "최대", "첫":
search/asked_rows.py asks_one), one counted ("한 가지", "한 종"), an ordinal ("두 번째"); and a
row given "respectively" ("A와 B는 각각 X와 Y를 맡는다": X is A's alone; the distributive words
of resources/answer_types.toml [yes_no]) is no row of one answer, nor is a headline's (a
sentence with no final ending: its commas join clauses, "…5개 언어 지원, B에 탑재").  Which asked kinds grow and
which words ask for one are data: resources/coordinated_items.toml.  Names of parties are
search/asked_rows.py's; a question that asks for a list is whole_rows.py's.

>>> from kg.resolve import Extraction
>>> from search.question import analyze_question
>>> [asks_one_thing(analyze_question(t, Extraction())) for t in ("가장 많이 팔린 품목은?",
...  "한 가지 방법은?", "두 번째로 내놓은 제품은?", "면세점 판매 품목은?")]
[True, True, True, False]
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .asked_rows import asks_one, says_one
from .passages import sentence_tokens
from .question import Question
from .resource_tables import resource_table
from .results import Answer
from .whole_rows import whole_row

__all__ = ["asks_one_thing", "coordinated_items"]


def _table() -> dict:
    return resource_table("coordinated_items.toml")


def asks_one_thing(q: Question) -> bool:
    """The question asks for one thing: a rank or a lead (asked_rows.py), one counted with a
    counter of things ("한 가지", "1종"), or an ordinal ("두 번째", "마지막")."""
    table = _table()
    return asks_one(q) or says_one(q, set(table["asks_one"]), set(table["one_counters"]))


def coordinated_items(
    q: Question, asked: Asked, form: str, found: tuple[Answer, dict]
) -> tuple[Answer, dict]:
    """``found`` with the other items of the row its answer is written in, in the row's order,
    for a question of one thing (``form`` "factoid", an asked kind of the table) that does not
    ask for one; else ``found``.  The confidence signals stay the reader's: the row is read,
    not believed more.

    "회사는 관리직과 협력업체 인력을 생산 라인에 투입했다" answers "투입한 인력은?" with both,
    and "가장 먼저 투입한 인력은?" with the one the reader found."""
    ans, signals = found
    if form != "factoid" or asked.kind not in _table()["kinds"] or asks_one_thing(q):
        return found
    if ans.method != "sentence" or not ans.answer or not ans.evidence:
        return found
    text = ans.evidence[0].text
    if any(w in text for w in answer_type_tables()["yes_no"]["distributive"]):
        return found  # "A와 B는 각각 X와 Y를 맡는다": each subject its own item
    if not any(t.tag == "EF" for t in sentence_tokens(text)):
        return found  # a headline's commas join clauses ("…5개 언어 지원, B에 탑재"), not items
    grown, _ = whole_row(q, "list", (ans, signals))
    items = grown.answer.split(", ")
    if len(items) < 2:
        return found
    items.sort(key=lambda item: _written_at(text, item))  # as the sentence writes them
    grown.answer = ", ".join(items)
    grown.answer_type = "list"
    return grown, signals


def _written_at(text: str, item: str) -> int:
    """Where ``text`` writes ``item``, or its first word ("미국 시장" of "미국과 일본 시장을");
    past the end when it writes neither."""
    at = text.find(item)
    if at < 0:
        at = text.find(item.split()[0]) if item.split() else -1
    return at % (len(text) + 1)
