"""The first partner of a kind of deal ("한성제약의 첫 기술수출 상대는?"), when the text counts
this deal second or later ("기술수출은 이번이 두 번째다") and tells the earlier one as past
experience ("이 회사는 2023년 ... 권리를 중국 진화바이오에 ... 넘긴 바 있다"): the party that
sentence names with 에/에게, never this deal's partner.  Words are resources/answer_types.toml
``[first_partners]``.

>>> from search.passages import sentence_tokens
>>> asked_deal(sentence_tokens("가온제약의 첫 기술수출 상대는 어느 회사인가?"))
['기술', '수출']
>>> text = "이 회사는 2022년 후보물질의 권리를 일본 미도리파마에 넘긴 바 있다."
>>> earlier_party(text, sentence_tokens(text))
'일본 미도리파마'
"""

from __future__ import annotations

from itertools import pairwise

from kg.names import name_key

from .answer_types import answer_type_tables
from .contract_parties import party_answer
from .later_counts import later_count
from .org_words import chain_before, org_text
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import Token

__all__ = ["asked_deal", "earlier_party", "first_partner_answer"]


def _table() -> dict:
    return answer_type_tables()["first_partners"]


def asked_deal(q_tokens: list[Token]) -> list[str]:
    """The nouns of the deal whose first partner the question asks ("첫 기술수출 상대" -> 기술,
    수출); empty when it asks no first partner."""
    firsts = set(answer_type_tables()["yes_no"]["first_words"])
    partners = set(_table()["partner_nouns"])
    for i, t in enumerate(q_tokens):
        if t.form not in firsts or t.tag != "MM":
            continue
        run = []
        for n in q_tokens[i + 1 :]:
            if n.tag != "NNG":
                break
            run.append(n.form)
        if len(run) >= 2 and run[-1] in partners:
            return run[:-1]
    return []


def earlier_party(text: str, toks: list[Token]) -> str | None:
    """The party a sentence telling an earlier deal ("... 넘긴 바 있다") names with 에/에게 (the
    last before the mark of experience), as written; None when it tells none."""
    marks = {tuple(m) for m in _table()["experience"]}
    ends = [i for i, (a, b) in enumerate(pairwise(toks)) if (a.form, b.form) in marks]
    if not ends:
        return None
    to = set(_table()["to_particles"])
    for i in range(ends[-1] - 1, -1, -1):
        if toks[i].tag == "JKB" and toks[i].form in to:
            name = org_text(text, chain_before(toks, i), False)
            if name:
                return name
    return None


def _known(ex, name: str):
    """The shortest end of ``name`` that names an entity ("중국 진화바이오" -> 진화바이오), with
    it; else the name as written and None."""
    words = name.split()
    for k in range(len(words) - 1, -1, -1):
        if (entity := ex.entity_by_name(" ".join(words[k:]))) is not None:
            return " ".join(words[k:]), entity
    return name, None


def first_partner_answer(q: Question, snap, asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The partner of the earlier deal when a sentence counts this one second or later; None
    when the question asks no first partner or the text tells no earlier deal."""
    deal = asked_deal(q.tokens)
    if not deal:
        return None
    counted = [
        h
        for h in hits
        if later_count(toks := sentence_tokens(h.text)) and deal[-1] in {t.form for t in toks}
    ]
    if not counted:
        return None
    ex = snap.extraction
    named = {
        name_key(a) for eid, _ in q.entities if eid in ex.entities for a in ex.entities[eid].aliases
    }
    for h in hits:
        if h.doc_id != counted[0].doc_id:
            continue
        name = earlier_party(h.text, sentence_tokens(h.text))
        if name is None or name_key(name) in named:
            continue
        name, entity = _known(ex, name)
        return party_answer(q, name, entity, [h, counted[0]], hits, "first_partner", 0.7)
    return None
