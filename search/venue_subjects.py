"""Where something was shown or held is no one who showed or held it.

"폴드탭은 어디서 발표됐나?", "어디서 공개했나?" ask the place or the event where it happened;
news writes the venue with 에서 ("IFA 2026에서 신제품을 발표했다") and the company doing it as
the sentence's subject ("소담전자가 ... 공개했다", "소담전자는 ...").  An answer to such a
question that its sentence writes only as a subject (이/가/은/는/도 right after it) is the
doer, not the venue: no answer then; so is a name a headline opens with a comma after it
("소담전자, 접이식 태블릿 공개").  The verbs are ``[venues]`` verbs and showing of
resources/answer_types.toml.

>>> subject_only("소담전자", ["소담전자가 접이식 태블릿을 처음 공개했다."])
True
>>> subject_only("IFA 2026", ["소담전자는 IFA 2026에서 신제품을 발표했다."])
False
"""

from __future__ import annotations

from .answer_types import answer_type_tables, read_asked
from .descriptions import no_answer
from .question import Question
from .results import Answer, Hit

__all__ = ["asks_where_shown", "subject_only", "venue_or_doer"]

#: the particles of a subject or a topic, as written right after a name
_SUBJECT_PARTICLES = ("이 ", "가 ", "은 ", "는 ", "도 ", "이,", "가,", "은,", "는,")


def asks_where_shown(q: Question) -> bool:
    """The question asks 어디서/어디에서 with a verb of holding or showing after it."""
    asked = read_asked(q.tokens)
    if asked.wh != "어디" or asked.wh_index < 0 or asked.wh_index + 2 >= len(q.tokens):
        return False
    particle = q.tokens[asked.wh_index + 1]
    if particle.form not in {"서", "에서"}:
        return False
    table = answer_type_tables()["venues"]
    rest = q.text[q.tokens[asked.wh_index + 2].start :]
    return any(rest.startswith(v) for v in [*table["verbs"], *table["showing"]])


def subject_only(answer: str, sentences: list[str]) -> bool:
    """Every sentence that writes ``answer`` writes it as a subject only."""
    seen = False
    for text in sentences:
        at = text.find(answer)
        while at >= 0:
            seen = True
            after = text[at + len(answer) :]
            headline = at == 0 and after.startswith(",")  # "소담전자, 접이식 태블릿 공개"
            if not headline and not after.startswith(_SUBJECT_PARTICLES):
                return False
            at = text.find(answer, at + 1)
    return seen


def venue_or_doer(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when a where-shown question is answered by the doer."""
    if ans.answer is None or ans.answer_type == "yes_no" or not asks_where_shown(q):
        return ans
    sentences = [h.text for h in ans.evidence]
    return no_answer(q, hits, ans.answer_type) if subject_only(ans.answer, sentences) else ans
