"""A list whose head noun says the kind of its items: "먼저 도입되는 진료과는 어디 어디인가?"
is answered by the row "소아청소년과와 재활의학과" (items written with the head's own ending),
"출시 플랫폼은 어디 어디인가?" by "안드로이드와 iOS" (items no company, person or place, beside
the question's other words or a word the head is written as, "iOS 버전").  The head picks the
items, not the kind: a company of the sentence never answers for a platform.  Which heads do
this, and how their items look, is data: resources/answer_types.toml ``[head_lists]``.

>>> rows_of(sentence_tokens("새 본부는 품질관리팀, 설비운영팀을 합쳐 꾸렸다."))
[[(6, 11), (13, 18)]]
"""

from __future__ import annotations

import itertools
import math

from .answer_types import Asked, answer_type_tables
from .contents import contents_answer
from .group_members import group_members_answer
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token, base_tag

__all__ = ["PARTIES", "head_list_answer", "is_quoted", "rows_of"]

#: the tags of the words an item of a row is written with
_ITEM = frozenset({"NNG", "NNP", "SL", "SH", "SN", "XSN"})
#: the morphemes of the question that point at the row (its content words)
_CONTENT = frozenset({"NNG", "NNP", "SL", "XR", "MAG", "VV", "VA"})
#: the entity types a kind-head's items never are (the head picks a thing, not a party)
PARTIES = frozenset({"Company", "Organization", "Person", "Place", "Investor"})


#: the marks a name is quoted in ("'세림 에이전트'와 ..."): a quoted run is one item, whatever
#: its words are tagged (a name's first syllable is often read as a determiner, "세"+"림")
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "「", "」", "『", "』", "《", "》", "〈", "〉"})
#: the marks of a gloss after an item ("메타(Meta)와 구글(Google)", "'라마 3'(58.9점)와"):
#: skipped, the item goes on
_GLOSSES = frozenset({"(", ")", "[", "]"})
#: how many words a quoted item or a gloss may hold (a longer quote is a saying, not a name)
_MARKED_WORDS = 8


def is_quoted(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` is written in quotation marks ("'루미온 E'")."""
    return 0 < a and b < len(text) and text[a - 1] in _QUOTES and text[b] in _QUOTES


def _closing(toks: list[Token], i: int, marks: frozenset[str]) -> int:
    """The index of the mark of ``marks`` that closes the one opened at ``toks[i]``, else -1."""
    if toks[i].form not in marks or not toks[i].tag.startswith("SSO"):
        return -1
    for j in range(i + 2, min(len(toks), i + 2 + _MARKED_WORDS)):
        if toks[j].form in marks and toks[j].tag.startswith("SSC"):
            return j
    return -1


def _joins(t: Token, in_row: bool = False) -> bool:
    """와/과, a comma, a middle dot, 및 or 또는/혹은 between two items; 와/과 read as "with" (JKB) too
    after an item a comma joined ("대성유통, 청림물산과 미래물류연구원이": a comma's row goes on)."""
    comitative = in_row and t.tag == "JKB" and t.form in {"와", "과"}
    return t.tag in {"JC", "SP"} or t.form in {"·", "및", "또는", "혹은"} or comitative


def _comitative_row(toks: list[Token], i: int) -> bool:
    """와/과 read as "with" (JKB) that opens a row all the same: the item after it is followed
    by a comma or another 와/과 that carries the row on ("인천과 독일 뒤셀도르프, 카타르 도하
    등 3개 도시가": three cities, not Incheon "with" two); "A와 손잡고" (a verb after) is none."""
    if toks[i].tag != "JKB" or toks[i].form not in {"와", "과"}:
        return False
    j = i + 1
    while j < len(toks) and (base_tag(toks[j].tag) in _ITEM or _counter(toks, j)):
        j += 1
    return j > i + 1 and j < len(toks) and toks[j].tag in {"JC", "SP"} and toks[j].form != "·"


def _counter(toks: list[Token], i: int) -> bool:
    """A counter glued to the number before it ("번역가 9명과", "중소기업 15곳"): the item's count."""
    return (
        toks[i].tag == "NNB"
        and i > 0
        and toks[i - 1].tag == "SN"
        and toks[i - 1].end == toks[i].start
    )


def rows_of(toks: list[Token]) -> list[list[tuple[int, int]]]:
    """Every row of two or more nouns joined by 와/과, commas, dots or 및, each item as the
    character span of its nouns.

    >>> rows_of(sentence_tokens("게임은 안드로이드와 iOS에 먼저 나온다."))
    [[(4, 9), (11, 14)]]
    """
    rows, row, item, skip_to = [], [], None, -1
    for i, t in enumerate(toks):
        if i <= skip_to:
            continue
        if (close := _closing(toks, i, _QUOTES)) > 0:
            item, skip_to = (toks[i + 1].start, toks[close - 1].end), close
            continue  # the quoted name is the item; the words before it describe it
        if item and (close := _closing(toks, i, _GLOSSES)) > 0:
            skip_to = close
            continue
        if item and t.tag == "JKG" and i + 1 < len(toks) and _closing(toks, i + 1, _QUOTES) > 0:
            continue  # "알리바바의 '큐원 2.5'": the quoted name after its owner is the item
        if base_tag(t.tag) in _ITEM or (item and _counter(toks, i)):
            item = (item[0] if item else t.start, t.end)
            continue
        if item and (_joins(t, bool(row)) or _comitative_row(toks, i)):
            row.append(item)
        elif item:
            row.append(item)
            rows.append(row)
            row = []
        else:
            row = []
        item = None
    if item:
        row.append(item)
        rows.append(row)
    return [r for r in rows if len(r) >= 2]


def _compound(q: Question, asked: Asked) -> str:
    """The question's head noun with the nouns written onto it ("진료" + "과" -> 진료과)."""
    toks = q.tokens
    i = asked.head_index
    start = toks[i].start
    while i > 0 and toks[i - 1].tag == "NNG" and toks[i - 1].end == start:
        i -= 1
        start = toks[i].start
    return q.text[start : toks[asked.head_index].end]


def _spec(compound: str) -> dict | None:
    """The table's entry for the asked head: the longest key the compound ends with."""
    heads = answer_type_tables()["head_lists"]["heads"]
    keys = [k for k in heads if compound.endswith(k)]
    return heads[max(keys, key=len)] if keys else None


def _party(h: Hit, a: int, b: int) -> bool:
    return any(e["start"] < b and a < e["end"] and e.get("type") in PARTIES for e in h.entities)


def _trimmed(text: str, a: int, b: int, written: list[str]) -> tuple[int, int]:
    """An item without a word the head is written as after it ("iOS 버전" -> iOS)."""
    for w in written:
        if text[a:b].endswith(w) and b - a > len(w) + 1:
            return a, len(text[a : b - len(w)].rstrip()) + a
    return a, b


def _dotted(text: str, row):
    """``row`` with the items a middle dot joins made one, when other marks join the row's
    items too: the dot binds closer ("전기·전자와 증권": the sectors 전기·전자 and 증권)."""
    between = [text[b:a].strip() for (_, b), (a, _) in itertools.pairwise(row)]
    if "·" not in between or all(w == "·" for w in between):
        return row
    out = [row[0]]
    for w, span in zip(between, row[1:]):
        out[-1:] = [(out[-1][0], span[1])] if w == "·" else [out[-1], span]
    return out


def _fits(h: Hit, row, spec: dict, q: Question) -> list[str] | None:
    """The row's items when the head picks them, else None."""
    text, ending = h.text, spec.get("ending", "")
    items = [_trimmed(text, a, b, spec.get("written", [])) for a, b in _dotted(text, row)]
    words = [text[a:b] for a, b in items]
    if any(w.replace(" ", "") in q.text.replace(" ", "") for w in words):
        return None  # what the question writes is not its answer
    if ending:
        shortest = spec.get("shortest", len(ending) + 2)  # "결과" is no department
        ok = all(w.endswith(ending) and len(w) >= shortest for w in words)
        return words if ok else None
    if any(_party(h, a, b) for a, b in items):
        return None
    return words


def _glossed(toks: list[Token]) -> set[int]:
    """The indices of the tokens of glosses in brackets ("증권(2.8%)"): they add no distance."""
    out, depth = set(), 0
    for k, t in enumerate(toks):
        if t.form in {"(", "["} and t.tag.startswith("SSO"):
            depth += 1
        if depth:
            out.add(k)
        if t.form in {")", "]"} and t.tag.startswith("SSC"):
            depth = max(depth - 1, 0)
    return out


def _clause_closed(between: list[Token]) -> bool:
    """A clause ends among ``between``: a comma after a connective ending ("보였고,")."""
    return any(u.tag == "EC" and v.form == "," for u, v in itertools.pairwise(between))


def _nearness(toks: list[Token], row, q_words: set[str], after: list[str]) -> float:
    """How near the question's words stand to the row (nearer counts more); a word the head is
    written as right after the row counts as one beside it."""
    a, b = row[0][0], row[-1][1]
    glossed = _glossed(toks)
    score = 0.0
    for t in toks:
        if t.form.casefold() not in q_words or a <= t.start < b:
            continue
        lo, hi = (b, t.start) if t.start >= b else (t.end, a)
        between = [u for k, u in enumerate(toks) if lo <= u.start < hi and k not in glossed]
        if _clause_closed(between):
            continue  # "A와 B가 강세를 보였고, C와 D는 약세였다": 약세 is C and D's clause's
        score += math.exp(-len(between) / 4.0)  # the words between them, glosses aside
    nxt = [t.form for t in toks if t.start >= b][:1]
    if nxt and nxt[0] in after:
        score += 1.0
    return score


def head_list_answer(
    q: Question, asked: Asked, hits: list[Hit], form: str = "list"
) -> tuple[Answer, dict] | None:
    """The row of the best sentences whose items the asked head noun picks, nearest the
    question's words; None when the head is no kind-head or no row fits.  A question of one
    thing (``form`` "factoid") is answered by a row only when the head says so (``every``)."""
    if (found := contents_answer(q, asked, hits)) is not None:
        return found  # "패스에는 무엇 무엇이 포함되나?": "A와 B를 묶은" (contents.py)
    if (found := group_members_answer(q, asked, hits)) is not None:
        return found  # "컨소시엄에 참여한 건설사는?": the group's members (group_members.py)
    if asked.head_index < 0 or (spec := _spec(_compound(q, asked))) is None:
        return None
    if form != "list" and not spec.get("every"):
        return None
    skip = {asked.head_index, asked.wh_index}
    named = {i for i, t in enumerate(q.tokens) if any(s <= t.start < e for s, e in q.spans)}
    q_words = {
        t.form.casefold()
        for i, t in enumerate(q.tokens)
        if base_tag(t.tag) in _CONTENT and i not in skip | named
    }
    best = None
    for rank, h in enumerate(hits[:8]):
        toks = sentence_tokens(h.text)
        for row in rows_of(toks):
            words = _fits(h, row, spec, q)
            if words is None:
                continue
            near = _nearness(toks, row, q_words, spec.get("written", []))
            if (not spec.get("ending") or form != "list") and near < 0.5:
                continue  # a row of anything, or for a question of one, needs the question beside it
            score = near - 0.3 * rank
            if best is None or score > best[0]:
                best = (score, words, h)
    if best is None:
        return None
    _, words, h = best
    return said_in(q, words, [h], hits, "head_list", 0.6)
