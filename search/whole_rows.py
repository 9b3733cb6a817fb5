"""A list answer takes every item of the row its items are written in: the reader that found
"동중국해" in "제주해협과 동중국해를 거쳐" or two of "하늘AI, 검색 포털 누리넷, 스타트업
별똥랩스가" answers with the row's other items too (items joined by 와/과, commas, middle dots
or 및: search/head_lists.py rows_of), each as the name written at its end ("검색 포털 누리넷" ->
누리넷).  Items the question writes itself are never added.  An unnamed item is judged by the
noun it ends with (search/row_kinds.py): "전국 지역농협" joins a row of companies, "유럽 소비자"
never joins a row of products, and where it ends one the name the clause after it describes
is the item ("'A'와 소비자를 겨냥해 개발한 'B'를": B, also when the tagger read 와 as "with").

>>> _ends_with("통신사 계열 AI 기업 하늘AI", "하늘AI"), _ends_with("누리넷", "넷")
(True, False)
"""

from __future__ import annotations

from typing import NamedTuple

from kg.names import name_key

from .clause_subjects import neighbour_subjects, other_subjects
from .head_lists import PARTIES, is_quoted, rows_of
from .list_tails import list_tails
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .row_kinds import described_name, names_party
from .shared_heads import shared_head

__all__ = ["WrittenRow", "whole_row", "written_row"]


def _ends_with(item: str, name: str) -> bool:
    """``item`` is ``name``, or ends with it as its own word."""
    return name_key(item) == name_key(name) or item.endswith(" " + name)


def _named(h: Hit, a: int, b: int) -> tuple[str, str]:
    """The row item ``h.text[a:b]`` as the name written at its end and that name's entity
    type, else as written with no type."""
    ends = [e for e in h.entities if a <= e["start"] and e["end"] == b]
    return (h.text[ends[0]["start"] : b], ends[0]["type"]) if ends else (h.text[a:b], "")


class WrittenRow(NamedTuple):
    """The row a list answer's items are written in (``written_row``)."""

    items: list[str]  # its items of the answer's kind, as names
    #: its unnamed items of no kind the tables know, beside parties ("전국 하나로마트와 X가"),
    #: and the answer's own unnamed parties beside named things
    unsure: list[str]


def _read_rows(h: Hit, toks) -> list[tuple[list[tuple[int, int]], tuple[int, int] | None]]:
    """The rows of ``h``'s sentence, and where an unnamed party ends one, that row again with
    the name the clause after the party describes as its last item (search/row_kinds.py):
    "'A'와 소비자를 겨냥해 개발한 'B'를" is the row A, 소비자 and the row A, B; each with the
    party's span it replaced (None for a row as written)."""
    out = []
    comitative = _comitative_rows(toks)
    for row in rows_of(toks) + _quoted_pairs(toks) + comitative:
        if row not in comitative:  # a row "with" the party is no row as written
            out.append((row, None))
        a, b = row[-1]
        if not _named(h, a, b)[1] and names_party(h.text[a:b]):
            if (at := described_name(h, toks, b)) is not None:
                out.append(([*row[:-1], at], (a, b)))
    return out


#: the tags of the words of an item written after 와/과
_NOUNS = frozenset({"NNG", "NNP", "NNB", "SN", "SL", "XSN"})


def _quoted_with(toks):
    """Each quoted name followed by a 와/과 the tagger read as "with" rather than "and", as
    the name's span, the index of 와/과 and the index past the nouns written after it."""
    for i, t in enumerate(toks):
        if t.tag != "JKB" or t.form not in {"와", "과"} or i < 3 or toks[i - 1].tag != "SSC":
            continue
        opening = next(
            (k for k in range(i - 2, max(i - 10, 0) - 1, -1) if toks[k].tag == "SSO"), -1
        )
        end = i + 1
        while end < len(toks) and toks[end].tag in _NOUNS:
            end += 1
        if opening >= 0 and opening + 1 < i - 1:
            yield (toks[opening + 1].start, toks[i - 2].end), i, end


def _comitative_rows(toks) -> list[list[tuple[int, int]]]:
    """The rows of a quoted name and the words after its 와/과 that the tagger read as "with"
    rather than "and" ("'불고기 버거'와 채식 고객을 위한 …": 와 tagged JKB): the quoted name and
    those words, a row only ``_read_rows`` takes further (when the words are a party a clause
    after them describes the name of)."""
    return [
        [quoted, (toks[i + 1].start, toks[end - 1].end)]
        for quoted, i, end in _quoted_with(toks)
        if end > i + 1
    ]


def _quoted_pairs(toks) -> list[list[tuple[int, int]]]:
    """Two quoted names joined by a 와/과 the tagger read as "with", the second after the
    words that describe it ("냉동 만두 '한입교자'와 즉석 국 '뚝배기탕'을"): a row as written,
    since nothing but a description stands between the names."""
    rows = []
    for quoted, _, end in _quoted_with(toks):
        if end >= len(toks) or toks[end].tag != "SSO":
            continue
        close = next(
            (k for k in range(end + 2, min(end + 10, len(toks))) if toks[k].tag == "SSC"), -1
        )
        if close > 0:
            rows.append([quoted, (toks[end + 1].start, toks[close - 1].end)])
    return rows


def written_row(q: Question, h: Hit, items: list[str]) -> WrittenRow:
    """The items of the row of ``h`` that holds most of ``items``, as names, of the kind of
    those it holds (an entity type, or none; search/row_kinds.py judges an unnamed item: a party
    joins a row of parties, a thing a row of things, and where an unnamed party ends a row of
    things the name the clause after it describes is the item); empty when no row holds one.
    A row of names whose last item carries their shared head ("미국과 일본 시장을") is its names,
    each with the head when an item is the last one whole ("일본 시장": "미국 시장" too;
    search/shared_heads.py)."""
    if shared := _shared_row(h, items):
        return WrittenRow([w for w in shared if name_key(w) not in name_key(q.text)], [])
    best, held, replaced = [], 0, None
    toks = sentence_tokens(h.text)
    for row in rows_of(toks):
        holds = any(_ends_with(h.text[a:b], i) for a, b in row for i in items)
        if holds and _counted_head(q, toks, row[-1][1]):
            found = [_named(h, a, b)[0] for a, b in row]
            return WrittenRow([w for w in found if name_key(w) not in name_key(q.text)], [])
    for row, party in _read_rows(h, toks):
        holding = [any(_ends_with(h.text[a:b], i) for i in items) for a, b in row]
        # the row read through the clause before the row as written, holding as many
        if sum(holding) > held or (held and sum(holding) == held and party is not None):
            best, held, replaced = list(zip(row, holding)), sum(holding), party
    named = [(_named(h, a, b), holds) for (a, b), holds in best]
    named = _quoted_alike(h, best, named)
    kinds = {kind for (_, kind), holds in named if holds}
    things = not kinds & PARTIES
    if replaced is not None and not things:  # a row of parties: the party is its item
        best[-1] = (replaced, False)
        named[-1] = (_named(h, *replaced), False)
    if things:
        kinds.add("")  # a row of things: "'세림 에이전트'와 고객센터 상담 시스템"
    named_things = things and bool(kinds - {""})  # "'해담 왕교자'와 …": a named product held
    kept, unsure = [], []
    for (w, kind), holds in named:
        if holds and not kind and named_things and names_party(w):
            unsure.append(w)  # an answer's party beside its products ("왕교자, 유럽 소비자")
        elif holds or (kind and kind in kinds):
            kept.append(w)
        elif not kind and names_party(w) != things:  # "전국 지역농협과 유통업체 X가"
            kept.append(w)
        elif not kind and not things:
            unsure.append(w)
    asked = name_key(q.text)
    kept, unsure = ([w for w in ws if name_key(w) not in asked] for ws in (kept, unsure))
    # "320" of "320억 개의" is no item
    return WrittenRow(*([w for w in ws if any(c.isalpha() for c in w)] for ws in (kept, unsure)))


def _counted_head(q: Question, toks, end: int) -> bool:
    """The row ending at character ``end`` is summed up by a count of the noun the question
    asks ("인천과 독일 뒤셀도르프, 카타르 도하 등 3개 도시가" for "오른 도시는?"): every item
    is one of the asked kind, whatever type the extractor gave its name."""
    after = [t for t in toks if t.start >= end][:5]
    i = 0
    if i < len(after) and after[i].form in list_tails() and after[i].tag == "NNB":
        i += 1
    counted = i < len(after) and after[i].tag in {"SN", "NR"}
    if counted:
        i += 1
        if i < len(after) and after[i].tag == "NNB":
            i += 1
    if not (counted or i) or i >= len(after) or after[i].tag not in {"NNG", "NNP"}:
        return False
    asked = {t.form for t in q.tokens if t.tag in {"NNG", "NNP"}}
    return after[i].form in asked


def _quoted_alike(h: Hit, best, named):
    """``named`` with the quoted items of the row given the kind of the quoted items it holds
    ("중형 세단 '에스테라'와 전기 SUV '루미온 E'를": reporters quote the names of one kind of
    thing alike, whatever type the extractor gave one of them)."""
    quoted = [is_quoted(h.text, *span) for span, _ in best]
    kinds = {kind for ((_, kind), holds) in named if holds}
    held = [q for q, (_, holds) in zip(quoted, named) if holds]
    if len(kinds) != 1 or not held or not all(held):
        return named
    kind = kinds.pop()
    return [
        ((w, kind) if q and not holds and k else (w, k), holds)
        for q, ((w, k), holds) in zip(quoted, named)
    ]


def _shared_row(h: Hit, items: list[str]) -> list[str]:
    """The names of the row of ``h`` whose last item carries the head they share and holds
    one of ``items``: with the head when an item is that last item whole, else bare; empty
    when no such row holds one."""
    for row in rows_of(sentence_tokens(h.text)):
        shared = shared_head(h, row)
        if shared is None:
            continue
        names = [h.text[a:b] for a, b in shared.names]
        if any(_ends_with(h.text[slice(*row[-1])], i) for i in items):
            return [w + shared.head for w in names]
        if any(_ends_with(w, i) for w in names for i in items):
            return names
    return []


def _new_items(q: Question, keys: set[str], items: list[str], found: list[str]) -> list[str]:
    """The names of ``found`` that are neither an answer's item nor written in the question;
    one name is one item however it is written ("카타르 도하" beside "도하")."""
    found = [w for w in found if name_key(w) not in keys and name_key(w) not in name_key(q.text)]
    return [w for w in found if not any(_ends_with(w, i) or _ends_with(i, w) for i in items)]


def whole_row(q: Question, form: str, found: tuple[Answer, dict]) -> tuple[Answer, dict]:
    """``found`` with the other items of the row its items are written in, for a list asked;
    ``found`` itself when it is no list answer read from a sentence or its row adds nothing."""
    ans, signals = found
    if form != "list" or ans.method != "sentence" or not ans.answer or not ans.evidence:
        return found
    h = ans.evidence[0]
    written = ans.answer.split(", ")
    items = [i for i in written if not _describes(h.text, i, written)] or written
    keys = {name_key(i) for i in items}
    more = _new_items(q, keys, items, written_row(q, h, items).items)
    # "A이 …하고, B도 …했다", "A가 60억 원, B가 40억 원을 냈다": when the row adds none
    more = more or _new_items(q, keys, items, other_subjects(h, items))
    # "점검이나 조사에 나선 곳은?": "A는 … 조사하고 있다" and beside it "B는 … 점검에 들어갔다"
    more = more or _new_items(q, keys, items, neighbour_subjects(q.tokens, h, ans.evidence, items))
    if not more and items == written:
        return found
    ans.answer = ", ".join([*items, *more])
    return ans, {**signals, "items": float(len(items) + len(more))}


def _describes(text: str, item: str, items: list[str]) -> bool:
    """``item`` is only written as the kind of another item, right before its name ("대형마트
    한가람마트": a hypermarket, no second party): the named one is the item."""
    said = text.count(item)
    kinds = sum(text.count(f"{item} {other}") for other in items if other != item)
    return said > 0 and kinds == said
