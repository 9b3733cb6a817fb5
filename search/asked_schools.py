"""A question that asks a school is answered by a school or by nothing.

"출신 학교는?", "어느 대학을 졸업했나?", "모교는?", "전공은?", "어디를 졸업했나?" ask where
someone studied; news writes it "가람대 경영학과를 졸업하고 누리그룹을 거쳐 ...", and an
employer beside it (누리그룹, the company the article is about) is no answer, however sure the
graph or the reader is.  A school's name ends as ``[endings]`` of resources/schools.toml says
("가람대", "다솜고등학교", "울산과학기술원", "경영학과", "KAIST"); a row answer keeps its schools
("울산대, 스마트엑스" -> 울산대), any other answer becomes none.

>>> from kg.resolve import Extraction
>>> from search.question import analyze_question
>>> asks_school(analyze_question("도윤재 대표의 출신 학교는?", Extraction()))
True
>>> asks_school(analyze_question("대학 졸업 후 처음 입사한 회사는?", Extraction()))
False
>>> school_named("가람대 경영학과"), school_named("누리그룹"), school_named("현대")
(True, False, False)
"""

from __future__ import annotations

from .answer_types import read_asked
from .descriptions import no_answer
from .question import Question
from .reader_features import Candidate
from .resource_tables import resource_table
from .results import Answer, Hit

__all__ = ["asks_school", "school_candidates", "school_named", "school_or_none"]

#: the kinds a school never answers: "졸업한 해는?" asks a date
_NOT_SCHOOLS = frozenset({"date", "number", "money", "person", "yes_no"})
#: a wh-word that asks the object of 졸업/전공 ("어디를 졸업했나?", "무엇을 전공했나?")
_OBJECT_WH = frozenset({"어디", "무엇", "뭐", "어느"})


def asks_school(q: Question) -> bool:
    """The question's asked noun is a school's (``heads``), or its wh-word is the object of a
    verb of studying ("어디를 졸업했나?")."""
    asked = read_asked(q.tokens)
    if asked.kind in _NOT_SCHOOLS:
        return False
    table = resource_table("schools.toml")
    if asked.head:
        return asked.head in table["heads"]
    if asked.wh not in _OBJECT_WH or asked.wh_index < 0:
        return False
    after = q.tokens[asked.wh_index + 1 : asked.wh_index + 3]
    return any(t.form in table["verbs"] for t in after)


def school_named(text: str) -> bool:
    """Every name of ``text`` (a row answer is "A, B") ends as a school's does."""
    names = _names(text)
    return bool(names) and len(_schools(names)) == len(names)


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def _schools(names: list[str]) -> list[str]:
    table = resource_table("schools.toml")
    return [n for n in names if _one_school(n, table)]


def _one_school(name: str, table: dict) -> bool:
    last = name.split()[-1]
    if last in table["not_schools"]:
        return False
    if any(last.endswith(e) for e in table["latin_endings"]):
        return True
    return any(last.endswith(e) and len(last) > len(e) for e in table["endings"])


def school_or_none(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans`` when the question asks no school; else its schools ("울산대, 스마트엑스" is cut to
    울산대), or no answer when it names none."""
    if ans.answer is None or ans.answer_type == "yes_no" or not asks_school(q):
        return ans
    schools = _schools(_names(ans.answer))
    if not schools:
        return no_answer(q, hits, ans.answer_type)
    return ans.model_copy(update={"answer": ", ".join(schools)})


def school_candidates(q: Question, cands: list[Candidate]) -> list[Candidate]:
    """The reader's candidates a school question keeps: the schools ("가람대 경영학과", not
    "누리그룹 전략기획실" of "가람대 경영학과를 졸업하고 누리그룹 전략기획실을 거쳐")."""
    return [c for c in cands if school_named(c.text)] if asks_school(q) else cands
