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

import re

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


def _trim(item: str, acts: frozenset[str] = frozenset()) -> str:
    """The last item without the sentence's ending ("... 공개다." -> "... 공개"), its count
    ("... 등 세 가지다") and the act it is the object of ("... 통지를 명령했다")."""
    table = answer_type_tables()["counted_rows"]
    item = item.strip().rstrip(".").strip()
    for ending in table["endings"]:
        if item.endswith(ending) and len(item) > len(ending) + 1:
            item = item[: -len(ending)].rstrip()
            break
    counters = "|".join(map(re.escape, table["counters"]))
    item = re.sub(rf"\s*등\s*\S*\s*(?:{counters})$", "", item)
    if acts and (m := _object_of(item, acts)):
        item = item[: m.start()].rstrip()
    return item


def _object_of(item: str, acts: frozenset[str]) -> re.Match | None:
    """Where an object particle and one of the acts follow the item's words ("통지를 명령했")."""
    alt = "|".join(map(re.escape, sorted(acts, key=len, reverse=True)))
    return re.search(rf"(?:을|를)\s+(?:{alt})\S*$", item) if alt else None


def row_after(text: str, start: int, acts: frozenset[str] = frozenset()) -> list[str]:
    """The items of the bulleted row written in ``text`` from ``start`` on (none when fewer
    than two), the last without the sentence's ending, count or act."""
    marks = {b for b in resources().grammar.bullets if b not in {"-", "•"}}
    at = [i for i in range(start, len(text)) if text[i] in marks]
    if len(at) < 2:
        return []
    items = [text[a + 1 : b].strip() for a, b in zip(at, [*at[1:], len(text)])]
    items[-1] = _trim(items[-1], acts)
    return [i for i in items if i]


def _acted(text: str, acts: frozenset[str]) -> bool:
    """A bulleted row that is the object of one of the acts ("공정위는 ▲A ▲B를 명령했다")."""
    marks = {b for b in resources().grammar.bullets if b not in {"-", "•"}}
    at = [i for i, ch in enumerate(text) if ch in marks]
    last = text[at[-1] :].strip().rstrip(".") if len(at) >= 2 else ""
    return bool(last) and _object_of(last, acts) is not None


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


#: the kinds of answer a row of items may give: a thing, or models asked as a list ("서비스는
#: 무엇 무엇인가" reads 서비스 as a model)
_KINDS = frozenset({"thing", "model"})


def counted_row_answer(q: Question, snap, asked: Asked, form: str, hits: list[Hit], hit_for):
    """The bulleted items after the best sentence that counts what the question's act asked
    for (among the first three hits), or of a row that is the object of the act ("▲A ▲B를
    명령했다", the act also the asked noun: "시정명령은?"; among the first five); None when no
    such sentence and row.  Returns (Answer, calibration signals)."""
    acts = acts_of(list(q.tokens))
    if not acts or not (asked.kind == "thing" or (asked.kind in _KINDS and form == "list")):
        return None  # one model asked ("쓰는 모델 이름은?") is no row of them
    done = frozenset(acts | ({asked.head} if asked.head else set()))
    for rank, h in enumerate(hits[:5]):
        if rank < 3 and _counts(list(sentence_tokens(h.text)), acts):
            items, source = _listed(snap, h, hit_for)
        elif _acted(h.text, done):
            items, source = row_after(h.text, 0, done), h
        else:
            continue
        if len(items) < 2:
            continue
        said = [h] if source is h else [h, source]
        return said_in(q, items, said, hits, "counted_row", 0.6)
    return None
