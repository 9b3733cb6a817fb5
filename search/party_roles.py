"""A party's role in a joint venture or a deal: "합작법인에서 한결전력이 맡는 역할은?", "A가 합작법인에서
하는 일은?" is what the text writes the party doing in its own clause, the object of a role's
act ("한결전력은 전력과 부지를 제공하고" -> "전력과 부지 제공"; "B는 클라우드 운영을 맡는다" ->
"클라우드 운영").  Words are resources/answer_types.toml ``[party_roles]``.

>>> from search.passages import sentence_tokens
>>> asks_role(sentence_tokens("합작법인에서 한결전력이 맡는 역할은 무엇인가?"))
True
>>> asks_role(sentence_tokens("스카이클라우드가 합작법인에서 하는 일은?"))
True
>>> asks_role(sentence_tokens("합작법인 지분은 몇 %인가?"))
False
>>> text = "합작법인에서 한결전력은 전력과 부지를 제공하고, 스카이클라우드는 클라우드 운영을 맡는다."
>>> [role_of(text, sentence_tokens(text), n) for n in ("한결전력", "스카이클라우드")]
['전력과 부지 제공', '클라우드 운영']
>>> text = "한결전력은 전력과 부지를, 스카이클라우드는 클라우드 운영을 각각 맡는다."
>>> [role_of(text, sentence_tokens(text), n) for n in ("한결전력", "스카이클라우드")]
['전력과 부지', '클라우드 운영']
"""

from __future__ import annotations

import re

from .answer_types import answer_type_tables
from .org_words import chain_before
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token

__all__ = ["asks_role", "party_role_answer", "role_of"]

#: particles of the party as the clause's subject or topic
_SUBJECT = "은|는|이|가"
#: tags that end the party's clause
_CLAUSE_END = {"EC", "EF", "SF"}
#: tags before an object that are not part of it ("합작법인에 전력을": 에)
_BEFORE_OBJECT = {"JKB", "JX", "JKS", "JKO", "SP", "MAG"}
#: particles of the party in the question ("B가 ... 하는 일", "B의 역할")
_PARTY_MARKS = {"JKS", "JKG", "JX"}
#: how many of the best sentences are read
_REACH = 5


def _table() -> dict:
    return answer_type_tables()["party_roles"]


def asks_role(q_tokens: list[Token]) -> bool:
    """The question asks a role ("역할") or the work a party does ("하는 일")."""
    table = _table()
    for i, t in enumerate(q_tokens):
        if t.tag == "NNG" and t.form in table["asked"]:
            return True
        if t.form == "일" and t.tag == "NNG" and i >= 2 and q_tokens[i - 1].tag == "ETM":
            if q_tokens[i - 2].form in table["work_verbs"]:
                return True
    return False


def role_of(text: str, toks: list[Token], name: str) -> str | None:
    """The object of a role's act in the clause whose subject is ``name`` ("전력과 부지 제공";
    a noun of 하다 is written after it), None when the sentence writes none."""
    m = re.search(rf"{re.escape(name)}(?:{_SUBJECT})(?![가-힣])", text)
    if m is None:
        return None
    after = [t for t in toks if t.start >= m.end()]
    verbs = set(_table()["verbs"])
    for k, t in enumerate(after):
        if t.tag in _CLAUSE_END:
            return None
        if t.tag != "JKO" or k + 1 >= len(after):
            continue
        verb = _verb_after(after[k + 1 :], verbs)
        first = max((j + 1 for j in range(k) if after[j].tag in _BEFORE_OBJECT), default=0)
        if verb is None or first >= k:
            return None
        obj = text[after[first].start : t.start].strip()
        return f"{obj} {verb.form}" if verb.tag == "NNG" else obj
    return None


def _verb_after(rest: list[Token], verbs: set[str]) -> Token | None:
    """The role's act right after the object, or, when a comma follows the object ("A는 X를,
    B는 Y를 각각 맡는다": the act written once for every party), the first act of the sentence
    after it."""
    rest = [t for t in rest if t.tag != "MAG"] or rest  # "각각 맡는다"
    if rest[0].form in verbs:
        return rest[0]
    if rest[0].tag != "SP":
        return None
    return next((t for t in rest if t.form in verbs and t.tag in {"VV", "NNG"}), None)


def _written_parties(q: Question) -> list[str]:
    """The words of the question written as a subject, topic or owner ("구름넷이", "B의")."""
    out = []
    for i, t in enumerate(q.tokens):
        if t.tag in _PARTY_MARKS and (chain := chain_before(q.tokens, i)):
            out.append(q.text[chain[0].start : chain[-1].end])
    return out


def party_role_answer(q: Question, snap, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The role of the question's party, read from the best sentences; None when the question
    asks no role or no sentence writes the party doing one."""
    if not asks_role(q.tokens):
        return None
    ex = snap.extraction
    names = [
        a
        for eid, _ in q.entities
        if (e := ex.entities.get(eid)) is not None
        for a in sorted(e.aliases, key=len, reverse=True)
        if len(a) >= 2
    ]
    names += _written_parties(q)  # a party the knowledge base has no entity for
    for h in hits[:_REACH]:
        toks = None
        for name in names:
            if name not in h.text:
                continue
            toks = toks or sentence_tokens(h.text)
            if (role := role_of(h.text, toks, name)) is not None:
                return said_in(q, [role], [h], hits, "party_role", 0.7, "thing")
    return None
