"""A person and an organisation in two parallel clauses of one sentence are not linked.

Personnel news packs several companies' moves into one sentence, one comma-separated clause per
company, all sharing the last verb: "다온전자는 P 부사장을 사장으로, 다온화학은 Q 전무를 부사장으로
각각 승진시켰다", "A사에서는 P 전무가 부사장으로, B사에서는 Q 상무가 전무로 올라섰다", "P A사
대표, Q B사 대표가 참석했다".  The learned scorer, reading the whole sentence, links each person to
both companies, and the hiring rule (kg.hires) gives the sentence's first topic the last clause's
object.  When each of two clauses pairs a person with an organisation of its own, a WORKED_AT from
one clause's person to the other clause's organisation is dropped.  A clause without its own
person ("네이버, 카카오 등에서 일한 P") or whose person has no organisation beside them ("A사는
3일, P 대표를 …") keeps its pairs, and so does a clause that tells where its person worked
before: "A사는 P 대표와, B사에서 일한 Q CTO가 세운 회사다" (Q works at A사 too).
"""

from __future__ import annotations

import re

from .model import Mention, RelationCandidate

__all__ = ["clause_commas", "within_clauses"]

# the particle or the word after an organisation where a person worked before, past a gloss in
# brackets or its end ("B사에서 일한 Q", "B사(B Inc.)에서 일한 Q", "B사 출신 Q"; not the topic
# "B사에서는"): that clause tells a career, not the person's own organisation
_CAREER = re.compile(r"[)）]?\s*(?:[(（][^)）]*[)）])?\s*(?:에서(?!는)|출신)")
# a comma that closes a clause: not one between digits ("1,200")
_CLAUSE_COMMA = re.compile(r"[,，](?!\d)")


def clause_commas(text: str) -> list[int]:
    """Where the commas that close ``text``'s clauses stand: a mention's clause is the number
    of them before it.

    >>> clause_commas("A사는 1,200명을, B사는 300명을 뽑는다.")
    [11]
    """
    return [m.start() for m in _CLAUSE_COMMA.finditer(text)]


def within_clauses(
    candidates: list[RelationCandidate], text: str, mentions: list[Mention]
) -> list[RelationCandidate]:
    """``candidates`` less the WORKED_AT pairs that cross from one clause of ``text``
    pairing a person with an organisation to another clause that does the same.

    >>> text = "가온전자는 도윤서 부사장을, 가온화학은 남궁별 전무를 승진시켰다."
    >>> ms = [Mention("s", 0, 4, "가온전자"), Mention("s", 6, 9, "도윤서"),
    ...       Mention("s", 15, 19, "가온화학"), Mention("s", 21, 24, "남궁별")]
    >>> cs = [RelationCandidate("WORKED_AT", s, o, "s", "learned", 0.9) for s, o in
    ...       [(1, 0), (1, 2), (3, 2), (3, 0)]]
    >>> [(c.subject, c.object) for c in within_clauses(cs, text, ms)]
    [(1, 0), (3, 2)]
    """
    commas = clause_commas(text)
    if not commas:
        return candidates

    def clause(mention: int) -> int:
        return sum(1 for at in commas if at < mentions[mention].start)

    worked = [c for c in candidates if c.type == "WORKED_AT"]
    # the clauses where someone works now at an organisation of the same clause
    paired = {
        clause(c.subject)
        for c in worked
        if clause(c.subject) == clause(c.object) and not _career(text, mentions[c.object])
    }

    def crossing(c: RelationCandidate) -> bool:
        person, employer = clause(c.subject), clause(c.object)
        return (
            person != employer
            and {person, employer} <= paired
            and mentions[c.subject].sentence_id == mentions[c.object].sentence_id
        )

    return [c for c in candidates if not (c.type == "WORKED_AT" and crossing(c))]


def _career(text: str, employer: Mention) -> bool:
    """Is ``employer`` written as where someone worked before ("B사에서 일한", "B사 출신")?"""
    return _CAREER.match(text, employer.end) is not None
