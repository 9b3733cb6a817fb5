"""The predicates of a sentence as the relation scorer reads them: each verb (or noun made a
verb) with its lemma, its sense classes (the relation types of resources/predicates.toml whose
stems hold it), how its clause ends, its voice, whether it is negated or reports, and the noun
it takes as object when it is a light verb ("협약을 맺었다", "본사를 둔") or the noun a copula
makes a predicate ("창업 멤버다").
"""

from __future__ import annotations

from dataclasses import dataclass

from .clause import Ending, Voice
from .pieces import Tok
from .predicate_idioms import idiom_frames
from .relations import comma_verb, ending_of, negated
from .resources import resources

__all__ = ["Predicate", "joined_act", "predicates"]


@dataclass(frozen=True)
class Predicate:
    """A verb or a noun made a verb (개발/NNG + 하/XSV) in a sentence; a verb whose object is a
    noun ("계약을 맺었다", "본사를 둔") keeps that ``noun`` and its senses too."""

    tok: int
    lemma: str
    senses: frozenset[str]  # relation types whose stems hold the lemma (or its noun)
    ending: Ending
    voice: Voice
    negated: bool
    reporting: bool
    noun: str = ""


def predicates(toks: list[Tok], taken: frozenset[int] = frozenset()) -> list[Predicate]:
    """The predicates of a sentence, in order; tokens in ``taken`` (names) are none.

    >>> from kg.kiwi import kiwi
    >>> s = "누리AI는 한빛은행과 협약을 맺었다고 밝혔다."
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s)]
    >>> [(p.lemma, p.noun, sorted(p.senses), p.reporting) for p in predicates(toks)]
    [('맺', '협약', ['PARTNER_OF'], False), ('밝히', '', [], True)]
    """
    res = resources()
    g = res.grammar
    out = []
    for k, t in enumerate(toks):
        if k in taken:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        noun = ""
        if t.tag == "VV":
            after = toks[k + 2] if k + 2 < len(toks) else None
            made = nxt is not None and nxt.tag == "EC" and after is not None and after.form == "지"
            passive = t.form in g.passive_verbs or made
            if k >= 2 and toks[k - 1].tag in {"JKO", "JKC"} and toks[k - 2].tag == "NNG":
                noun = toks[k - 2].form  # "협약을 맺", "본사를 두", "투자를 받", "기반이 되"
                passive = passive or t.form in {"받", "유치하"}
        elif t.tag == "VCP" and k >= 1 and toks[k - 1].tag == "NNG":
            noun, passive = toks[k - 1].form, False  # "창업 멤버다", "자회사인"
        elif t.tag in {"NNG", "NNP", "XR"} and nxt is not None and nxt.tag in {"XSV", "XSA"}:
            passive = nxt.form in {"되", "받", "당하"}
        elif comma_verb(toks, k):
            passive = False  # "B를 인수, 계열사로 편입했다": 인수했고
        else:
            continue
        ending, _ = ending_of(toks, k)
        noun = noun or joined_act(toks, k)
        senses = {f.relation for f in res.frames_by_stem.get(t.form, ()) or idiom_frames(toks, k)}
        if t.form in g.raise_verbs:
            # "A로부터 투자를 유치한 B": the raiser is invested in, its investors are the agents
            senses.add("INVESTED_IN")
            passive = True
        senses |= {f.relation for f in res.frames_by_stem.get(noun, ())} if noun else set()
        if not noun and t.form in g.join_verbs:
            noun = _role_noun(toks, k)  # "파트너로는 A와 B가 참여한다": they join as partners
            senses |= {f.relation for f in res.frames_by_noun.get(noun, ())} if noun else set()
        # a release or founding verb also governs the date it takes ("2023년 출시한")
        senses |= {res.frame_of[r].date_relation for r in senses} - {""}
        out.append(
            Predicate(
                k,
                t.form,
                frozenset(senses),
                ending,
                Voice.PASSIVE if passive else Voice.ACTIVE,
                negated(toks, k),
                t.form in g.reporting_verbs or t.form + "하" in g.reporting_verbs,
                noun,
            )
        )
    return out


def joined_act(toks: list[Tok], k: int) -> str:
    """The act between parties that a join or start verb at token k takes part in or starts,
    marked by 에 or 을/를 right before it ("기술개발 협력에 나섰다", "공동연구를 시작했다"): the
    verb means that act; or ''.  Only an act of a symmetric relation (a partnership, a merger):
    "후속 투자에 나섰다" joins a round, which kg.funding reads."""
    res = resources()
    g = res.grammar
    if k < 2 or toks[k].form not in g.join_verbs | g.start_verbs:
        return ""
    marker, noun = toks[k - 1], toks[k - 2]
    marked = (marker.tag == "JKB" and marker.form == "에") or marker.tag == "JKO"
    if not marked or noun.tag != "NNG":
        return ""
    # a compound Kiwi splits ("공동/NNG 연구/NNG"): the whole, when it is a predicate's stem
    whole = toks[k - 3].form + noun.form if k >= 3 and toks[k - 3].tag == "NNG" else ""
    act = whole if whole in res.frames_by_stem else noun.form
    return act if any(f.symmetric for f in res.frames_by_stem.get(act, ())) else ""


def _role_noun(toks: list[Tok], k: int) -> str:
    """The relational noun a join verb at token k takes its doers in ("파트너로 참여",
    "초기 고객사 겸 파트너로는 A와 B가 참여한다", "투자자로 합류"): the last one marked by
    로/으로 in the clause before it, or ''."""
    res = resources()
    means = res.grammar.particles["means"]
    for j in range(k - 1, 0, -1):
        t = toks[j]
        if t.tag in {"EC", "EF", "ETM"}:
            break
        if t.tag == "JKB" and t.form in means and toks[j - 1].form in res.frames_by_noun:
            return toks[j - 1].form
    return ""
