"""A short span for a question first read as asking for a description.

"무엇", "어떤", "뭐" make a question descriptive (search/question.py), and the description path
answers it with the sentence that says the most of it (search/descriptions.py).  Most such
questions still want a noun phrase of that sentence ("체크메이트를 당한 사람의 무엇으로 종료가
되냐?" -> 패배, not the whole sentence): on KorQuAD's dev half (articles 0-69) the whole
sentences scored answer F1 0.115, the reader's typed span on the same 518 questions 0.54.  So
when the description path gives a whole sentence, or nothing, the reader reads the best
sentences and its span answers instead, if it is given at all (calibrated, at least
NO_ANSWER_PROBABILITY).  What stands: a phrase the description path found (what the text calls a
thing, a clause of reason); the sentence for a question of what a thing is ("X는 어떤
서비스야?", form "description") or what a word means ("X란?"); and, unless the reader is sure
(FOCUS_SURE), the sentence for a question with a descriptive noun ("핵심 철학은?", "특징은?":
in our own news questions these want the clause, in KorQuAD a short phrase).
"""

from __future__ import annotations

from collections.abc import Callable

from .calibration import answer_signals, calibrator
from .figures import figure_pattern
from .motives import asks_motive
from .question import Question
from .reader_shape import reader_tables
from .results import Answer, Hit

__all__ = ["FOCUS_SURE", "span_for_description", "wants_span"]

Reading = tuple[Answer, dict[str, float]]

#: the calibrated confidence the reader's span needs to replace the sentence for a question with
#: a descriptive noun (question.toml [descriptive] nouns); on the dev gold the spans that broke
#: such answers ("앤스로픽의 핵심 철학은?" -> 인간) had 0.21-0.67
FOCUS_SURE = 0.8
#: what a span needs otherwise: that it would be given at all (search.qa.NO_ANSWER_PROBABILITY)
GIVEN = calibrator().no_answer


def wants_span(q: Question, described: Answer, form: str) -> bool:
    """The description path answered with a whole sentence, or not at all, and the question
    asks neither what a thing is (form "description") nor what a word means ("X란?")."""
    if form == "description":
        return False
    definition = set(reader_tables()["described"]["definition"])
    if any(t.form in definition and t.tag == "JX" for t in q.tokens):
        return False
    if described.method == "none":
        return True
    return described.method == "passage" and described.answer == described.sentence


def span_for_description(
    q: Question, hits: list[Hit], described: Answer, form: str, read: Callable[[], Reading]
) -> Reading | None:
    """The reader's answer (``read()``: search.qa.sentence_answer on the same hits) with its
    calibration signals, when the description path's ``described`` may give way
    (``wants_span``) and the span is confident enough; None keeps ``described``."""
    if not wants_span(q, described, form):
        return None
    found, signals = read()
    if found.method == "none" or _figure_for_why(q, found):
        return None
    confidence = calibrator()({**signals, **answer_signals(q, hits, found)})
    if confidence < (FOCUS_SURE if q.focus else GIVEN):
        return None
    signals["described"] = 1.0  # what a refit of the calibration can tell apart
    return found, signals


def _figure_for_why(q: Question, found: Answer) -> bool:
    """A figure alone is no reason: "주가가 급락한 이유는?" is not the "15%" of "주가가 15%
    급락했다", however sure the reader is of the span."""
    answer = (found.answer or "").strip()
    return bool(answer) and asks_motive(q) and figure_pattern().fullmatch(answer) is not None
