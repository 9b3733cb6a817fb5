"""The sentences that answer a question the article itself asks: an interviewer's question line
("-창업 생각은 없나.", "―왜 직접 세우지 않았습니까?") or a reporter's question ("왜
그랬을까.") is followed by its answer, up to the next such question.  A question of a reader
about the same event ("직접 창업하지 않는 이유는?") is answered there ("교수는 연구에 집중하는
게 맞다고 봅니다"), not by the headline.  The endings that ask are data (resources/
question.toml [motives] ``asking_endings``).

>>> asks("-창업 생각은 없나.")
True
>>> asks("―왜 직접 세우지 않았습니까?")
True
>>> asks("제자 두 명이 스타트업을 세웠습니다.")
False
"""

from __future__ import annotations

from kg.resolve import Extraction

from .passages import sentence_tokens
from .question import question_tables
from .results import Hit

__all__ = ["answer_sentences", "asks"]

#: how many sentences after a question its answer may run to
_REACH = 6


def asks(text: str) -> bool:
    """The sentence is a question: it ends on "?" or on an ending that asks."""
    toks = [t for t in sentence_tokens(text) if t.tag not in {"SF", "SSC", "SE"}]
    if text.rstrip().rstrip("\"”'’").endswith("?"):
        return True
    endings = set(question_tables()["motives"]["asking_endings"])
    return bool(toks) and toks[-1].tag.startswith("E") and toks[-1].form in endings


def answer_sentences(ex: Extraction, hits: list[Hit], events: set[str]) -> list[str]:
    """The sentences after each of the best hits that is a question writing a word of
    ``events``, up to the next question: what the article answers it with."""
    out: list[str] = []
    for h in hits[:5]:
        s = ex.sentences.get(h.sentence_id)
        if s is None or not asks(s.text):
            continue
        if not events & {t.form for t in sentence_tokens(s.text)}:
            continue
        for n in range(s.index + 1, s.index + 1 + _REACH):
            o = ex.sentences.get(f"{s.doc_id}#{n}")
            if o is None or asks(o.text):
                break
            out.append(o.id)
    return list(dict.fromkeys(out))
