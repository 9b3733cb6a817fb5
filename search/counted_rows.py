"""What was asked for, counted and then listed: "노조는 사측에 세 가지를 요구했다. ▲기본급 6%
인상 ▲주 4.5일제 시범 도입 ▲성과급 산정 기준 공개다." answers "노조가 요구한 것은 어떤 것들인가?"
with the three items, not with "가지".  The sentence that counts the items writes the question's
act (요구, 제시, 신청); the items follow as a bulleted row in it or in the next sentence.  The
counters and the endings left off the last item are data: resources/answer_types.toml
``[counted_rows]``.

>>> row_after("노조는 세 가지를 요구했다. ▲기본급 인상 ▲성과급 기준 공개다.", 0)
['기본급 인상', '성과급 기준 공개']
"""

from __future__ import annotations

from kg.resources import resources

from .answer_types import Asked, answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .sentence_answers import said_in
from .spans import Token, base_tag

__all__ = ["acts_of", "counted_row_answer", "row_after"]

#: the verbs that carry no act of their own ("요구한 것은": 요구 is the act, 하 is not)
_LIGHT = frozenset({"하", "되", "있", "없", "이", "아니", "같", "받"})


def acts_of(toks: list[Token]) -> set[str]:
    """The question's acts: its verbs and the nouns a 하다/되다 makes verbs ("요구한" -> 요구)."""
    out = set()
    for i, t in enumerate(toks):
        tag = base_tag(t.tag)
        if tag == "VV" and t.form not in _LIGHT:
            out.add(t.form)
        elif tag == "XSV" and i > 0 and toks[i - 1].tag == "NNG":
            out.add(toks[i - 1].form)
    return out


def _counts(toks: list[Token], acts: set[str]) -> bool:
    """The sentence counts items ("세 가지", "4개 항목") and writes one of the acts."""
    counters = set(answer_type_tables()["counted_rows"]["counters"])
    counted = any(
        t.form in counters and base_tag(toks[i - 1].tag) in {"SN", "MM", "NR"}
        for i, t in enumerate(toks)
        if i > 0
    )
    return counted and any(t.form in acts for t in toks)


def _trim(item: str) -> str:
    """An item without the sentence's ending ("... 공개다." -> "... 공개")."""
    item = item.strip().rstrip(".").strip()
    for ending in answer_type_tables()["counted_rows"]["endings"]:
        if item.endswith(ending) and len(item) > len(ending) + 1:
            return item[: -len(ending)].rstrip()
    return item


def row_after(text: str, start: int) -> list[str]:
    """The items of the bulleted row written in ``text`` from ``start`` on (none when fewer
    than two), the last without the sentence's ending."""
    marks = {b for b in resources().grammar.bullets if b not in {"-", "•"}}
    at = [i for i in range(start, len(text)) if text[i] in marks]
    if len(at) < 2:
        return []
    items = [text[a + 1 : b].strip() for a, b in zip(at, [*at[1:], len(text)])]
    items[-1] = _trim(items[-1])
    return [i for i in items if i]


def _next_text(snap, sid: str) -> str:
    """The sentence after ``sid`` in its document, or ""."""
    pos = snap.pos_of_sentence.get(sid)
    if pos is None or pos + 1 >= len(snap.sentence_ids):
        return ""
    if snap.doc_ids[pos + 1] != snap.doc_ids[pos]:
        return ""
    return snap.texts[pos + 1]


def _listed(snap, h: Hit, hit_for) -> tuple[list[str], Hit]:
    """The row after the counting sentence ``h``: in it, else in the next sentence (its items
    and the hit that writes them)."""
    items = row_after(h.text, 0)
    after = _next_text(snap, h.sentence_id)
    if items or not after:
        return items, h
    pos = snap.pos_of_sentence[h.sentence_id]
    nxt = hit_for(snap.sentence_ids[pos + 1])
    return row_after(after, 0), nxt or h


def counted_row_answer(q: Question, snap, asked: Asked, hits: list[Hit], hit_for):
    """The bulleted items after the best sentence that counts what the question's act asked
    for; None when no such sentence and row.  Returns (Answer, calibration signals)."""
    acts = acts_of(list(q.tokens))
    if asked.kind != "thing" or not acts:
        return None
    for h in hits[:3]:
        if not _counts(list(sentence_tokens(h.text)), acts):
            continue
        items, source = _listed(snap, h, hit_for)
        if len(items) < 2:
            continue
        said = [h] if source is h else [h, source]
        return said_in(q, items, said, hits, "counted_row", 0.6)
    return None
