"""The party of a deal asked by its role, when the text tells the deal from the other side.

"LNG 운반선 발주한 선사 어디야?" asks who ordered; a text that says "가람중공업이 해솔해운으로부터
운반선 4척을 수주했다" tells it from the builder's side: the one who orders is the party the
counter-act names with 로부터 (or 에: "A가 B에 기술수출했다" -> B took the licence), never
its subject.  Pairs of acts are resources/answer_types.toml ``[contract_parties]``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("운반선을 발주한 선사는 어디야?")
>>> asked_act(q)
('발주', {'수주'})
>>> text = "가람중공업이 해솔해운으로부터 운반선 4척을 수주했다."
>>> counter_party(text, sentence_tokens(text), {"수주"})
'해솔해운'
"""

from __future__ import annotations

from kg.names import name_key

from .answer_types import answer_type_tables
from .deal_roles import act_subject, holder_before, role_act, verb_act
from .org_words import chain_before, org_text
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import Token

__all__ = ["asked_act", "contract_party_answer", "counter_acts", "counter_party", "party_answer"]

#: what the question asks for: a party, not a thing or a figure
_PARTY_KINDS = {"where", "company", "organization"}
#: the tags of an act: a noun of 하다 ("수주"), or a native verb ("팔리", deal_roles.verb_act)
_ACT_TAGS = ("NNG", "VV")
#: tags that end the clause a counter-act's party stands in
_CLAUSE_END = {"EC", "EF", "SF"}


def _table() -> dict:
    return answer_type_tables()["contract_parties"]


def asked_act(q_tokens: list[Token]) -> tuple[str, set[str]] | None:
    """The act the question asks the doer of ("발주한 선사" -> 발주) and its counter-acts (수주),
    when the question writes no counter-act itself."""
    forms = {t.form for t in q_tokens}
    for t in q_tokens:
        if t.tag != "NNG":
            continue
        counters = {b for a, b in _pairs() if a == t.form}
        if counters and not counters & forms:
            return t.form, counters
    return None


def _pairs() -> list[tuple[str, str]]:
    """Each pair both ways: (act, counter-act)."""
    return [p for a, b in _table()["pairs"] for p in ((a, b), (b, a))]


def counter_acts(act: str) -> set[str]:
    """The acts on the other side of ``act``'s deal ([contract_parties] pairs): a sale written
    states a buyer ("A는 사업부를 B에 매각했다" names the 인수자).

    >>> sorted(counter_acts("인수"))
    ['매각']
    """
    return {b for a, b in _pairs() if a == act}


def counter_party(text: str, toks: list[Token], counters: set[str]) -> str | None:
    """The party a sentence names with 로부터 (else 에/에게) in the clause of a counter-act
    ("해솔해운으로부터 ... 수주했다" -> 해솔해운), as written; None when it names none."""
    source, to = set(_table()["from_particles"]), set(_table()["to_particles"])
    for c, t in enumerate(toks):
        if t.form not in counters or not t.tag.startswith(_ACT_TAGS):
            continue
        start = max((i + 1 for i in range(c) if toks[i].tag in _CLAUSE_END), default=0)
        marks = [i for i in range(start, c) if toks[i].tag == "JKB"]
        for group in (source, to):
            for i in reversed(marks):
                if toks[i].form not in group:
                    continue
                name = org_text(text, chain_before(toks, i), False)
                if name:
                    return name
    return None


def _written(entity, text: str) -> bool:
    """One of the entity's names is written in ``text``."""
    key = name_key(text)
    return any(len(k) >= 2 and k in key for k in map(name_key, entity.aliases))


def _placed(name: str, hit: Hit) -> bool:
    """The name is a place or a date of the sentence ("통영시 광도면에 있는"), no party."""
    return any(e.get("type") in {"Place", "Date"} and e.get("name") in name for e in hit.entities)


def contract_party_answer(q: Question, snap, asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The party that did the asked act of a deal, read from the sentence that tells the deal
    from the other side; None when the question asks no such party or no sentence tells it."""
    kinds = answer_type_tables()["past"]["kind_nouns"]  # "발주한 선사는?": a kind of company
    role = role_act(q.text)  # "발주처는?": the party of 발주, whatever type the question reads
    act = (role, {b for a, b in _pairs() if a == role}) if role else asked_act(q.tokens)
    same = {role} if role else set()
    verb = verb_act(q.tokens) if act is None else None
    if verb is not None:  # "누가 사?": a native verb of a deal (deal_roles.py)
        act, same = verb[:2], verb[2]
    holder = verb is not None and _table()["verbs"][verb[0]].get("holder", False)
    # a role noun, or a buyer asked "누가" (a company as often as a person)
    if asked.kind not in _PARTY_KINDS and asked.head not in kinds and not same:
        return None
    if act is None:
        return None
    ex = snap.extraction
    named = [ex.entities[eid] for eid, _ in q.entities if eid in ex.entities]
    for h in hits[: _table()["reach"]]:
        if not all(_written(e, h.text) for e in named):
            continue  # another deal: "X를 인수한 곳은?" is not read from "Y가 Z에 매각"
        toks = sentence_tokens(h.text)
        name = counter_party(h.text, toks, act[1])
        for noun in sorted(same) if name is None else ():
            name = name or act_subject(h.text, toks, noun)  # "A는 ... B에 매각하기로": A sold
        if name is None and holder:
            name = holder_before(h, toks, act[1])  # "A가 보유한 지분을 사들이는": A sold
        if name is None or _placed(name, h) or any(_written(e, name) for e in named):
            continue
        return party_answer(q, name, ex.entity_by_name(name), [h], hits, "contract_party", 0.75)
    return None


def party_answer(
    q: Question, name: str, entity, said: list[Hit], hits: list[Hit], path: str, conf: float
) -> tuple[Answer, dict]:
    """A party of a deal as the answer, with the sentences that say it (``said``) first; the
    signals name the rule (``path``)."""
    told = {h.sentence_id for h in said}
    rest = [x for x in hits if x.sentence_id not in told]
    return Answer(
        question=q.text,
        answer=name,
        answer_entities=[entity.summary()] if entity is not None else [],
        evidence=[*said, *rest][:5],
        method="sentence",
        confidence=conf,
        sentence=said[0].text,
        analysis=q.to_dict(),
        answer_type="company",
    ), {f"path={path}": 1.0, "prior": conf}
