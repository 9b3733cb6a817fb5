"""Who speaks where in a document: the interviewee of a Q&A and the named speaker of a quote.

Interviews introduce the person in the lede and then let them speak:

    … 모라칩스의 여준호 대표를 지난 24일 판교 사무실에서 만났다.   the interviewee (met)
    다음은 여 대표와의 일문일답.                                    the interviewee (일문일답)
    ―회사를 세운 계기는. "삼성전자에서 10년 동안 …"                 a Q&A answer: the interviewee's
    Q. 계기는?  /  A. 삼성전자에서 …                                 likewise

and news quotes a person by name around the quote: 김 대표는 "…"라고 말했다, "…"고 김 대표는
밝혔다.  ``speaker_spans`` gives, per sentence, the character spans a known speaker says (the
mention index of the speaker's name); kg.first_person reads what those spans say of the speaker.
The words are data: resources/speakers.toml.
"""

from __future__ import annotations

import functools
import re
import tomllib
from pathlib import Path

from .model import Mention, Sentence

__all__ = ["interviewee", "speaker_spans", "table"]

#: quoted speech inside one paragraph: double quotes around at least a few words
_QUOTE = re.compile(r"“[^”\n]{8,}”|\"[^\"\n]{8,}\"")


@functools.cache
def table() -> dict:
    """resources/speakers.toml."""
    with open(Path(__file__).with_name("resources") / "speakers.toml", "rb") as f:
        return tomllib.load(f)


def _named(i: int, mentions: list[Mention], types: dict) -> int | None:
    """The person a mention names: itself, or the name a coreference ("여 대표") stands for."""
    m = mentions[i]
    if m.kind == "coref" and m.antecedents:
        i = m.antecedents[0]
        m = mentions[i]
    if m.kind == "name" and types.get(i, ("",))[0] == "Person":
        return i
    return None


def interviewee(sentences, all_toks, per_sentence, mentions, types) -> int | None:
    """The person the article interviews: met in the lede ("여 대표를 … 만났다"), named with
    "와의 일문일답", or first in a headline marked [인터뷰]; None in an article that is no
    interview."""
    t = table()["interviewee"]
    for k, (s, toks, ids) in enumerate(zip(sentences, all_toks, per_sentence)):
        forms = {x.form for x in toks}
        for i in ids:
            m = mentions[i]
            met = m.particle in {"을", "를"} and forms & set(t["meet_verbs"])
            after = s.text[m.end :].lstrip()
            talk = re.match(r"(와|과)의\s*(\S+)", after)
            if met or (talk and talk.group(2).rstrip(".") in t["interview_nouns"]):
                who = _named(i, mentions, types)
                if who is not None:
                    return who
        if k == 0 and any(s.text.startswith(h) for h in t["headline_marks"]):
            first = next((w for i in ids if (w := _named(i, mentions, types)) is not None), None)
            if first is not None:
                return first
    return None


def _paragraph_spans(text: str, para_start: int) -> list[tuple[int, int, str]]:
    """(start, end, how) of what the interviewee says in one paragraph of a Q&A: the quotes after
    a question mark ("―계기는. \"…\""), or the whole of an answer line ("A. …")."""
    t = table()["qa"]
    body = text.lstrip()
    lead = len(text) - len(body)
    if any(body.startswith(a) for a in t["answer_marks"]):
        return [(para_start + lead, para_start + len(text), "answer")]
    if any(body.startswith(q) for q in t["question_marks"]):
        return [
            (para_start + m.start(), para_start + m.end(), "answer") for m in _QUOTE.finditer(text)
        ]
    return []


def _quotes(text: str, para_start: int) -> list[tuple[int, int, str]]:
    """(start, end, "quote") of the quotes of a paragraph that is no Q&A line."""
    return [(para_start + m.start(), para_start + m.end(), "quote") for m in _QUOTE.finditer(text)]


def _spans(text: str) -> list[tuple[int, int, str]]:
    """Every span of the document someone speaks, and how: "answer" (the interviewee's) or
    "quote" (the speaker named beside it).  An unmarked paragraph right after a question line
    that holds no quote is its answer."""
    out = []
    pos = 0
    asked = False
    for para in text.split("\n"):
        spans = _paragraph_spans(para, pos)
        question = any(para.lstrip().startswith(q) for q in table()["qa"]["question_marks"])
        if not spans and asked and para.strip():
            spans = [(pos, pos + len(para), "answer")]
        elif not spans:
            spans = _quotes(para, pos)
        asked = question and not spans if para.strip() else asked
        out += spans
        pos += len(para) + 1
    return out


def _attributed(s: Sentence, ids, mentions, types, start: int, end: int) -> int | None:
    """The person a quote of sentence ``s`` (sentence offsets ``start``-``end``) is attributed
    to: "…"라고 말했다 with the person as topic or subject outside the quote."""
    after = s.text[end:]
    if end < len(s.text) and not any(
        after.startswith(a) for a in table()["quotes"]["attributions"]
    ):
        return None
    for i in ids:
        m = mentions[i]
        outside = m.end <= start or m.start >= end
        if outside and m.role in {"JX", "JKS"} and m.kind in {"name", "coref"}:
            who = _named(i, mentions, types)
            if who is not None:
                return who
    return None


def speaker_spans(
    text: str, sentences: list[Sentence], per_sentence, mentions, types, speaker: int | None
) -> dict[str, list[tuple[int, int, int]]]:
    """Sentence id -> [(start, end, speaker mention)]: the sentence's characters a known person
    says.  Q&A answers are the interviewee's; a quote is its attributed speaker's (the sentence
    holding the quote's end names them), and no one's when no sentence names them."""
    out: dict[str, list[tuple[int, int, int]]] = {}
    for a, b, how in _spans(text):
        inside = [
            (s, ids)
            for s, ids in zip(sentences, per_sentence)
            if s.start < b and a < s.start + len(s.text)
        ]
        if not inside:
            continue
        who = speaker if how == "answer" else None
        if how == "quote":
            last, ids = inside[-1]
            first, first_ids = inside[0]
            who = _attributed(last, ids, mentions, types, max(a - last.start, 0), b - last.start)
            if who is None and first is not last:
                who = _attributed(
                    first, first_ids, mentions, types, a - first.start, len(first.text)
                )
        if who is None:
            continue
        for s, _ in inside:
            span = (max(a - s.start, 0), min(b - s.start, len(s.text)), who)
            out.setdefault(s.id, []).append(span)
    return out
