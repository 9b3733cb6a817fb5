"""The part of a request a ruling granted: "법원이 받아들인 신청은 무엇인가?" is answered from
"재판부는 누리건설의 신청 가운데 공사 대금을 돌려 달라는 부분을 받아들이고" by "공사 대금을 돌려
달라는 부분", the words between the partitive (가운데, 중) after the asked noun and the part noun
the question's act (or a word a ruling writes for it: 인용 for 받아들이) takes as its object.  The
partitives, part nouns and the acts' words are data: resources/answer_types.toml ``[parts]``.

>>> part_granted(sentence_tokens("법원은 청구 가운데 대금 부분을 인용했다."), "청구", {"인용"})
(11, 16)
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .counted_rows import acts_of
from .passages import sentence_tokens
from .question import Question
from .results import Hit
from .sentence_answers import said_in
from .spans import Token

__all__ = ["granted_part_answer", "part_granted"]


def _acts(question_acts: set[str]) -> set[str]:
    """The question's acts with the words a ruling writes for them ([parts] acts)."""
    table = answer_type_tables()["parts"]["acts"]
    return question_acts | {w for a in question_acts for w in table.get(a, [])}


def part_granted(toks, asked_noun: str, acts: set[str]) -> tuple[int, int] | None:
    """The character span of "<asked noun> 가운데 ... <part noun>을 <act>" between the partitive
    and the part noun's end, or None.  ``asked_noun`` "" takes any noun before the partitive."""
    parts = answer_type_tables()["parts"]
    for i in range(1, len(toks) - 3):
        if toks[i].form not in parts["partitives"] or toks[i - 1].tag != "NNG":
            continue
        if asked_noun and toks[i - 1].form != asked_noun:
            continue
        for j in range(i + 2, len(toks) - 2):
            if toks[j].form in parts["part_nouns"] and _taken(toks[j + 1 :], acts):
                return toks[i + 1].start, toks[j].end
    return None


def _taken(rest: list[Token], acts: set[str]) -> bool:
    """An object particle, then the act within the next two morphemes."""
    return rest[0].tag == "JKO" and any(t.form in acts for t in rest[1:3])


def granted_part_answer(q: Question, asked: Asked, hits: list[Hit]):
    """The granted part of the asked request in the best sentences, or None.  Returns
    (Answer, calibration signals)."""
    acts = acts_of(list(q.tokens))
    if asked.kind != "thing" or asked.head_index < 0 or not acts:
        return None
    generic = set(answer_type_tables()["parts"]["generic_heads"])
    noun = "" if asked.head in generic else asked.head
    for h in hits[:5]:
        span = part_granted(sentence_tokens(h.text), noun, _acts(acts))
        if span is None:
            continue
        part = h.text[span[0] : span[1]]
        return said_in(q, [part], [h], hits, "granted_part", 0.6, asked.kind)
    return None
