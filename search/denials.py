"""How Korean news says no to a yes/no question without naming the question's things.

A yes/no question that names nothing ("합병 이후 인력 감축 계획이 있나?") or whose first name is
the article's topic, left out of the sentence that answers ("별빛항해의 유럽 출시일이
정해졌나?" / "유럽 출시는 아직 정해지지 않았으며"), is answered 아니오 by the sentence that
writes every noun the question writes and denies its last word right after it ("요금을 받지
않는다", "계획이 없다고", "미정이다").  A question of what a thing needs ("와이파이 연결이 있어야
작동하나?") is answered 아니오 by the sentence that writes the needed thing before 없이
("와이파이 연결 없이도 작동한다").  A question whether A was chosen ("외부 엔진을 택했나?") is
answered 아니오 by the sentence that says A was only weighed and the choice went on to another
("외부 엔진을 검토하기도 했지만 ... 자체 엔진을 택했다", the speaker's own words
counting).  Only 아니오 is read this way: a sentence that merely writes the
question's words says nothing of 예, and absence says nothing at all.

>>> from search.spans import tokens_of
>>> from kg.kiwi import kiwi
>>> toks = tokens_of(kiwi().tokenize("성수기에 순환버스 요금을 받나?"))
>>> denied(toks, "순환버스는 성수기에는 요금을 받지 않는다.", {"요금", "받"})
True
>>> denied(toks, "순환버스는 성수기에도 요금을 받는다.", {"요금", "받"})
False
"""

from __future__ import annotations

import itertools

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .results import Hit
from .spans import Token, base_tag

__all__ = [
    "denied",
    "done_without",
    "needed_without",
    "opposite_stated",
    "unnamed_denial",
    "weighed_instead",
]

#: how many morphemes after the question's last word a denial may stand ("받/지/않",
#: "정하/어/지/지/않", "계획/이/없")
_REACH = 6
#: tags that end a sentence or a list: a denial after them belongs to another clause
_CLAUSE_ENDS = {"EF", "SF", "SP"}


def _nouns(toks: list[Token], skip: list[tuple[int, int]]) -> list[str]:
    """The question's own nouns (two letters or more), outside the spans in ``skip``."""
    frame = set(answer_type_tables()["yes_no"]["frame_nouns"])
    return [
        t.form
        for t in toks
        if base_tag(t.tag) in {"NNG", "NNP", "SL"}
        and len(t.form) >= 2
        and t.form not in frame
        and not any(s <= t.start < e for s, e in skip)
    ]


def denied(q_tokens: list[Token], text: str, predicate: set[str], skip=()) -> bool:
    """``text`` writes every noun of the question (outside ``skip``) and denies the last of
    the question's words it writes, within its clause ("요금을 받지 않는다")."""
    nouns = _nouns(q_tokens, list(skip))
    toks = sentence_tokens(text)  # quotes too: every noun and the denial right after them
    forms = {t.form for t in toks}
    if not nouns or not all(n in forms or n in text for n in nouns):
        return False
    # the question's own words, not the relation's other verbs ("투자를 받았어?" is no 지원)
    verbs = {t.form for t in q_tokens if base_tag(t.tag) in {"VV", "VA"}} - {"하", "되", "있"}
    words = set(nouns) | verbs
    last = max((i for i, t in enumerate(toks) if t.form in words), default=None)
    if last is None:
        return False
    table = answer_type_tables()["yes_no"]
    opposite = {b for x, y in table["opposites"] for a, b in ((x, y), (y, x)) if a in predicate}
    denials = set(table["negation"]) | (opposite - predicate)
    ends = set(answer_type_tables()["past"]["clause_ends"])
    for t in toks[last + 1 : last + 1 + _REACH]:
        if t.form in denials:
            return True
        if t.tag in _CLAUSE_ENDS or (t.tag == "EC" and t.form in ends):
            return False  # "받으며, 주말에는 운행하지 않는다": another clause's denial
    return False


def unnamed_denial(q_tokens, hits: list[Hit], predicate: set[str], skip=()) -> Hit | None:
    """The first of ``hits`` that denies the question without naming its things."""
    return next((h for h in hits if denied(q_tokens, h.text, predicate, skip)), None)


def _needed(q_tokens: list[Token]) -> list[str]:
    """The nouns a question says a thing needs: the run of nouns before "이/가 있어야" or
    before "이/가 필요" ("와이파이 연결이 있어야" -> 와이파이, 연결)."""
    needs = [tuple(n) for n in answer_type_tables()["yes_no"]["requirement"]]
    forms = [t.form for t in q_tokens]
    for i in range(len(q_tokens)):
        if not any(tuple(forms[i : i + len(n)]) == n for n in needs):
            continue
        j = i - 1 if i and q_tokens[i - 1].tag == "JKS" else i
        run = []
        while j > 0 and base_tag(q_tokens[j - 1].tag) in {"NNG", "NNP", "SL"}:
            j -= 1
            run.insert(0, q_tokens[j].form)
        return run
    return []


def needed_without(q_tokens: list[Token], hits: list[Hit]) -> Hit | None:
    """The sentence that writes what the question says is needed right before "없이" (the
    thing works without it): 아니오 to "있어야 작동하나?".  A question that itself asks about
    working without it ("없이 작동하나?") writes no requirement and is not read here."""
    run = _needed(q_tokens)
    if not run:
        return None
    without = set(answer_type_tables()["yes_no"]["without"])
    for h in hits:
        forms = [t.form for t in sentence_tokens(h.text)]
        for i, f in enumerate(forms):
            if f in without and forms[max(0, i - len(run)) : i] == run:
                return h
    return None


def done_without(q_tokens: list[Token], hits: list[Hit]) -> Hit | None:
    """The sentence that writes the question's act right before "없이" ("해고하나?" / "해고 없이
    전원 고용을 유지하겠다"): the act is what does not happen, 아니오.  The speaker's own words
    count.  A question that itself asks about doing without ("조건 없이 승인했나?") is not read
    here.

    >>> from search.spans import tokens_of
    >>> from kg.kiwi import kiwi
    >>> q = tokens_of(kiwi().tokenize("누리마트는 직원을 해고하나?"))
    >>> h = Hit(sentence_id="s", doc_id="d", text="회사는 해고 없이 고용을 유지한다.", score=1)
    >>> done_without(q, [h]) is h
    True
    """
    without = set(answer_type_tables()["yes_no"]["without"])
    if any(t.form in without for t in q_tokens):
        return None
    acts = {
        a.form
        for a, b in itertools.pairwise(q_tokens)
        if base_tag(a.tag) == "NNG" and b.tag in {"XSV", "XSA"}
    }
    for h in hits if acts else []:
        forms = [t.form for t in sentence_tokens(h.text)]
        if any(f in without and forms[i - 1] in acts for i, f in enumerate(forms) if i):
            return h
    return None


def _main_act(q_tokens: list[Token]) -> tuple[str, str] | None:
    """(object noun, act) of the question's last act with its object right before it
    ("교수직을 그만두나?": 교수직, 그만두; "직원을 해고하나?": 직원, 해고), or None."""
    for i in range(len(q_tokens) - 1, 1, -1):
        t, nxt = q_tokens[i], q_tokens[i + 1] if i + 1 < len(q_tokens) else None
        act = base_tag(t.tag) == "VV" or (
            base_tag(t.tag) == "NNG" and nxt is not None and nxt.tag in {"XSV", "XSA"}
        )
        if act and q_tokens[i - 1].tag == "JKO" and base_tag(q_tokens[i - 2].tag) == "NNG":
            return q_tokens[i - 2].form, t.form
        if act:
            return None
    return None


def opposite_stated(q_tokens: list[Token], hits: list[Hit]) -> Hit | None:
    """The sentence that writes the object of the question's last act and the act's opposite
    ([yes_no] opposites): "교수직을 그만두나?" / "교수직을 유지한 채 ... 대표를 맡는다".

    >>> from search.spans import tokens_of
    >>> from kg.kiwi import kiwi
    >>> q = tokens_of(kiwi().tokenize("A 교수는 대표를 맡으면서 교수직을 그만두나?"))
    >>> h = Hit(sentence_id="s", doc_id="d", text="A 교수는 교수직을 유지한 채 대표를 맡는다.", score=1)
    >>> opposite_stated(q, [h]) is h
    True
    """
    asked = _main_act(q_tokens)
    if asked is None:
        return None
    noun, act = asked
    pairs = answer_type_tables()["yes_no"]["opposites"]
    opposite = {b for x, y in pairs for a, b in ((x, y), (y, x)) if a == act} - {act}
    for h in hits if opposite else []:
        forms = [t.form for t in sentence_tokens(h.text)]
        if noun in forms and act not in forms and opposite & set(forms):
            return h
    return None


def not_via(q_tokens: list[Token], hits: list[Hit]) -> Hit | None:
    """The sentence that denies the way the question says a thing was done: the question writes
    an object and a verb joined to its main verb ("셀 제조사를 거쳐 ... 계약했나?"), the sentence
    the same object and verb denied ("셀 제조사를 거치지 않고 ... 계약했다"): 아니오."""
    way = _joined_verb(q_tokens)
    if way is None:
        return None
    obj, verb = way
    for h in hits:
        toks = sentence_tokens(h.text)
        for i in range(len(toks) - 3):
            if toks[i].form == obj and toks[i + 1].tag == "JKO" and toks[i + 2].form == verb:
                rest = [t.form for t in toks[i + 3 : i + 6]]
                if rest[:2] == ["지", "않"] or rest[:2] == ["지", "못하"]:
                    return h
    return None


def _joined_verb(q_tokens: list[Token]) -> tuple[str, str] | None:
    """(object noun, verb) of a verb that joins the question's main verb with -어/-고 after its
    object ("셀 제조사를 거쳐 계약했나": 제조사, 거치), or None."""
    for i in range(len(q_tokens) - 3):
        noun, particle, verb, ending = q_tokens[i : i + 4]
        if (
            base_tag(noun.tag) in {"NNG", "NNP"}
            and particle.tag == "JKO"
            and base_tag(verb.tag) == "VV"
            and ending.tag == "EC"
            and ending.form in {"어", "아", "고"}
            and any(base_tag(t.tag) in {"VV", "XSV"} for t in q_tokens[i + 4 :])
        ):
            return noun.form, verb.form
    return None


def _object(q_tokens: list[Token]) -> str:
    """The last noun before the question's object particle ("외부 엔진을" -> 엔진)."""
    for prev, t in itertools.pairwise(q_tokens):
        if t.tag == "JKO" and base_tag(prev.tag) in {"NNG", "NNP", "SL"}:
            return prev.form
    return ""


def weighed_instead(q_tokens: list[Token], text: str) -> bool:
    """``text`` says the question's object was only weighed (a [yes_no] plan word right after
    it), then, after a contrast ("지만"), that the question's verb was done: to another thing
    ("외부 엔진을 검토하기도 했지만 ... 자체 엔진을 택했다" for "외부 엔진을 택했나?")."""
    table = answer_type_tables()["yes_no"]
    obj = _object(q_tokens)
    verbs = {t.form for t in q_tokens if base_tag(t.tag) == "VV"} - {"하", "되", "있"}
    if not obj or not verbs:
        return False
    toks = sentence_tokens(text)
    forms = [t.form for t in toks]
    for i, f in enumerate(forms):
        if f != obj or not set(forms[i + 1 : i + 4]) & set(table["plan"]):
            continue
        rest = toks[i + 1 :]
        turn = next(
            (k for k, t in enumerate(rest) if t.tag == "EC" and t.form in table["contrast"]), None
        )
        if turn is not None and any(t.form in verbs for t in rest[turn + 1 :]):
            return True
    return False
