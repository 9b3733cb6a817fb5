""" "…한 적이 있나?" asks about any time: a sentence that states the event as past says 예.

"두 농협의 합병안이 부결된 적이 있나?" was answered 아니오 at 0.86: the story says "합병 논의는
2024년 시작됐지만, … 한 차례 부결된 바 있다", and the yes/no reading took the sentence's first
word of the question (합병, of "합병 논의") and its 논의 for a plan that has not happened.  The
question asks whether the event (the word before "-ㄴ 적이 있나" / "-ㄴ 바 있나": 부결) ever
happened; a sentence among the best that writes that event as past ("-ㄴ 바 있다", a past
tense in its clause) and names what the question names answers 예 — whatever happened later
(the vote passed this time).  A sentence that denies it ("부결된 적이 없다") is left to the
other rules.

>>> from search.passages import sentence_tokens
>>> ever_event(sentence_tokens("두 농협의 합병안이 부결된 적이 있나?"))
'부결'
>>> ever_event(sentence_tokens("A사는 B에 투자했나?"))
''
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .results import Hit
from .spans import base_tag

__all__ = ["ever_event", "ever_stated"]

#: the bound nouns of "-ㄴ 적이 있다" / "-ㄴ 바 있다" (an experience, a past fact)
_EVER = frozenset({"적", "바"})
#: the best sentences read for one stating the event
_TOP = 8
#: how many morphemes after the event "-ㄴ 바 있" may stand ("맺/어/오/ᆫ/바/있")
_REACH = 6
#: the tags of the event's word in a sentence: a verb, or a noun 하다/되다 makes one
_EVENT_TAGS = frozenset({"VV", "VA", "NNG", "NNP"})
#: the past-tense endings (Kiwi: 었/았/였, and ᆻ of a contracted "했")
_PAST = frozenset({"었", "았", "였", "ᆻ"})


def ever_event(toks) -> str:
    """The event a "-ㄴ 적이 있나?" question asks about: the verb or the noun made a verb by
    하다/되다 right before the modifier ending of 적/바 ("부결/되/ᆫ 적" -> 부결); "" when the
    question asks no experience."""
    toks = list(toks)
    for i, t in enumerate(toks):
        if t.tag != "NNB" or t.form not in _EVER or i < 2 or toks[i - 1].tag != "ETM":
            continue
        rest = [x for x in toks[i + 1 : i + 3] if x.tag != "JKS"]
        if not rest or rest[0].form != "있":
            continue
        verb = toks[i - 2]
        if base_tag(verb.tag) in {"VV", "VA"}:
            return verb.form
        noun = toks[i - 3] if i >= 3 else None
        # a noun of one syllable is too often another word's ("일한 적": 일, also a day)
        if verb.tag in {"XSV", "XSA"} and noun and noun.tag.startswith("NN") and len(noun.form) > 1:
            return noun.form
    return ""


def ever_stated(toks, hits: list[Hit], names) -> Hit | None:
    """The first of the best sentences that names what the question names (``names(hit)``,
    True when it names nothing) and states the experience asked by ``toks`` as happened."""
    event = ever_event(toks)
    if not event:
        return None
    for h in hits[:_TOP]:
        if names(h) and _told_past(sentence_tokens(h.text), event):
            return h
    return None


def _told_past(toks, event: str) -> bool:
    """The sentence writes ``event`` as past: followed closely by "-ㄴ 바/적(이) 있" ("선정한 바
    있는", "맺어온 바 있는"), or by a past tense in its own clause with no negation ("협업을 통해
    추진, 성과를 거뒀으며"); a plan later in the sentence ("…에 나설 예정이다") does not undo it."""
    toks = list(toks)
    table = answer_type_tables()
    ends, negation = set(table["past"]["clause_ends"]), set(table["yes_no"]["negation"])
    for i, t in enumerate(toks):
        if t.form != event or base_tag(t.tag) not in _EVENT_TAGS:
            continue
        near = toks[i + 1 : i + 1 + _REACH]
        for j, x in enumerate(near[:-1]):
            rest = [y for y in near[j + 1 : j + 3] if y.tag not in {"JKS", "JX"}]
            if x.tag == "NNB" and x.form in _EVER and rest and rest[0].form == "있":
                return True
        clause = []
        for x in toks[i + 1 :]:
            if x.tag == "EC" and x.form in ends:
                break
            clause.append(x)
        if any(x.form in negation for x in clause):
            continue
        if any(x.tag == "EP" and x.form in _PAST for x in clause):
            return True
    return False
