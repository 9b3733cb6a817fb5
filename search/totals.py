"""A total asked is answered by the figure the text writes as a total: "천안 스마트시티 사업
총사업비" is the "총 1850억 원" of "총 1850억 원이 투입되며, 이 가운데 국비가 900억 원,
시비가 450억 원", not one of its parts; "How much has Solga Robotics raised in total so far?"
is the "누적 투자금은 1100억 원", not the valuation of the round.  A figure is written as a
total when a total word stands shortly before it with no other figure between them.  The
words are data (resources/answer_types.toml [totals]).

>>> text = "국비 900억 원, 모두 1850억 원"
>>> written_total(text, text.index("1850"), ("모두", "총"))
True
>>> text = "총괄 국비 900억 원"
>>> written_total(text, text.index("900"), ("모두", "총"))
False
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .belief import believed
from .figures import is_figure
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput

__all__ = ["asks_total", "totals", "written_total"]

#: how far before a figure its total word may stand (characters)
_TOTAL_REACH = 12


def asks_total(q: Question) -> bool:
    """The question asks a total: a total word of [totals] is one of its morphemes, or the
    start of one of its nouns ("총사업비"), or an English phrase of it ("in total")."""
    table = answer_type_tables()["totals"]
    text = q.text.casefold()  # a question in English may hold Korean names: not q.english
    if any(re.search(rf"\b{re.escape(p)}\b", text) for p in table["english"]):
        return True
    words, toks = table["asked"], q.tokens
    return any(
        (t.form in words or any(t.form.startswith(w) for w in table["prefixes"]))
        and not _base_of_part(toks, i, table["of_whole"])
        for i, t in enumerate(toks)
        if t.tag.startswith(("N", "MM", "MAG"))
    )


#: how many morphemes after a total word a word that makes it the base of a part may follow
_BASE_REACH = 3


def _base_of_part(toks, i: int, of_whole: list[str]) -> bool:
    """The total word at ``i`` names the whole a part is taken of, no total asked: "전체 수출 중
    반도체 비중은?" asks 반도체's share ("중", "가운데" within reach after it)."""
    return any(t.form in of_whole for t in toks[i + 1 : i + 1 + _BASE_REACH])


def written_total(text: str, start: int, words: tuple[str, ...]) -> bool:
    """A total word is a word of its own within reach before ``start``, or a total noun is
    ("계약 총규모는 최대 12억 달러": a prefix of [totals] on a noun of an amount), with no number
    between it and the figure ("총괄" is no 총)."""
    before = text[max(0, start - _TOTAL_REACH) : start]
    alt = "|".join(re.escape(w) for w in words)
    hits = [m.end() for m in re.finditer(rf"(?<![가-힣])(?:{alt})(?![가-힣])", before)]
    if words:
        hits += [m.end() for m in _TOTAL_NOUN.finditer(before) if _amount_noun(m.group(2))]
    return bool(hits) and not re.search(r"\d", before[max(hits) :])


#: a word that starts with a prefix of a total ("총규모는", "누적투자금이"): the prefix, the rest
_TOTAL_NOUN = re.compile(
    r"(?<![가-힣])("
    + "|".join(map(re.escape, answer_type_tables()["totals"]["prefixes"]))
    + r")([가-힣]+)"
)


def _amount_noun(word: str) -> bool:
    """``word``, a particle of a subject or a topic aside, is a head noun of an amount or a
    count ("규모는", "투자금이"; [heads]), no "괄" of "총괄"."""
    heads = answer_type_tables()["heads"]
    noun = re.sub(r"(?:은|는|이|가)$", "", word)
    return heads.get(noun) in {"money", "number"} or heads.get(word) in {"money", "number"}


def totals(q: Question, ri: ReaderInput, cands: list[Candidate]) -> list[Candidate]:
    """A total asked: the figures written as a total, with the belief of the others; all of
    them when no figure is written as one."""
    if not asks_total(q):
        return cands
    words = tuple(answer_type_tables()["totals"]["written"])
    kept = [
        c
        for c in cands
        if is_figure(c) and written_total(ri.passages[c.passage].text, c.span.start, words)
    ]
    return believed(kept, cands) if kept else cands
