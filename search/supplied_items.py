"""A doer read from a sentence whose same act takes another object is no answer.

"A 사업에 풍력 발전기를 공급하는 회사는?" was answered with the cable maker at 0.88 from "B는
… 풍력 발전기와 변전소를 연결하는 해저케이블 등을 공급한다": the sentence writes 발전기, but
what B supplies (the object of 공급, the noun before 을/를) is the cable.  When the question
asks the doer of an act on an item ("발전기를 공급하는"), a candidate whose sentence writes that
act only with other objects ("해저케이블을 공급하는", "해저케이블 등을 공급한다") is set aside;
a sentence that writes the act without an object ("C가 공급한다") says nothing against it.

>>> from search.passages import sentence_tokens
>>> asked_act(sentence_tokens("A 사업에 풍력 발전기를 공급하는 회사는?"), [])
('발전기', '공급')
>>> objects_of(sentence_tokens("B는 해저케이블 등을 공급한다."), "공급")
['해저케이블등']
"""

from __future__ import annotations

from .asked_items import asked_items, written_in
from .reader import Candidate

__all__ = ["asked_act", "objects_of", "supplied_elsewhere"]

#: the tags of an object's nouns (a bound noun: "해저케이블 등을")
_OBJECT = frozenset({"NNG", "NNP", "SL", "NNB", "XSN", "SN"})
#: what ends the clause an act's object is looked for in
_STOP = frozenset({"SF", "EC", "ETM", "SP", "JKS", "JX"})
#: the answer kinds that name a doer
_DOERS = frozenset({"company", "organization", "where", "person", "investor"})


def asked_act(toks, spans) -> tuple[str, str]:
    """(item, act) of a question asking the doer of an act on one item: the item's head noun
    and the verb right after its 을/를 (a verb's stem, or the noun 하다 makes a verb);
    ("", "") otherwise."""
    toks = list(toks)
    items = asked_items(toks, spans)
    if len(items) != 1:
        return "", ""
    for i, t in enumerate(toks[:-1]):
        if t.tag != "JKO":
            continue
        nxt = toks[i + 1]
        if nxt.tag == "VV":
            return items[0], nxt.form
        if nxt.tag == "NNG" and i + 2 < len(toks) and toks[i + 2].tag == "XSV":
            return items[0], nxt.form
    return "", ""


def objects_of(toks, act: str) -> list[str]:
    """The objects a sentence writes the act ``act`` with: for each place it writes the act,
    the nouns before the 을/를 right before it, in its clause; an act with none gives ""."""
    toks = list(toks)
    out = []
    for k, t in enumerate(toks):
        made = t.tag == "NNG" and k + 1 < len(toks) and toks[k + 1].tag == "XSV"
        if t.form != act or not (t.tag == "VV" or made):
            continue  # "공급 계약에 따라": the act's noun names a contract, no act
        j = k - 1
        while j >= 0 and toks[j].tag not in _STOP and toks[j].tag != "JKO":
            j -= 1
        if j < 0 or toks[j].tag != "JKO":
            out.append("")
            continue
        run = []
        j -= 1
        while j >= 0 and toks[j].tag in _OBJECT:
            run.insert(0, toks[j].form)
            j -= 1
        out.append("".join(run))
    return out


def supplied_elsewhere(q, ri, asked_kind: str, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the doers whose sentence writes the asked act only with another
    object; ``cands`` unchanged when the question asks no doer of an act on an item."""
    if q.english or asked_kind not in _DOERS or not cands:
        return cands
    item, act = asked_act(q.tokens, q.spans)
    if not item:
        return cands

    def elsewhere(c: Candidate) -> bool:
        objects = objects_of(ri.passages[c.passage].tokens, act)
        return bool(objects) and all(o and not written_in(item, o) for o in objects)

    return [c for c in cands if c.entity is None or not elsewhere(c)]
