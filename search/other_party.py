"""The asked slot filled by another of the same kind: a sentence that states a yes/no
question's predicate about someone else.

"한결파트너스가 이번 투자를 주도했나?" is answered no by "이번 투자는 새봄인베스트먼트가
주도했고 기존 투자사인 한결파트너스도 참여했다": the sentence states 주도, but the name written
before it is another company, and the question's company is written only after it, in a clause
of its own.  Korean puts a predicate's parties before it, so the names before the first word of
the predicate are its parties; one of the question's names missing there while another of the
same kind stands in its place is a claim the sentence does not make ("도경정보기술이 컨소시엄
주관사인가?" / "컨소시엄은 마루클라우드를 주관사로 ... 도경정보기술 ... 함께 꾸렸다").

>>> ents = [{"id": "s", "type": "Company", "start": 7, "end": 16},
...         {"id": "h", "type": "Company", "start": 30, "end": 36}]
>>> text = "이번 투자는 새봄인베스트먼트가 주도했고 기존 투자사인 한결파트너스도 참여했다."
>>> filled_by_other(text, ents, {"h": "Company"}, {"주도"})
True
>>> filled_by_other(text, ents, {"h": "Company"}, {"참여"})
False
"""

from __future__ import annotations

import itertools

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .spans import base_tag

__all__ = ["compound_nouns", "filled_by_other", "share_left_out"]

#: the tags a predicate's word is written with (a noun of 하다/되다 counts: 주도, 편입)
_PREDICATE_TAGS = {"NNG", "VV", "VA", "XR", "NNP"}
#: after a noun, these make it the clause's predicate ("주도/하", "주관사/이")
_MAKES = {"XSV", "XSA", "VCP"}
#: a noun with these is what the verb makes of its party ("마루클라우드를 주관사로 꾸렸다")
_COMPLEMENT = {"로", "으로"}
#: the bound nouns of "ㄴ 바 있다" / "ㄴ 적이 있다" (a thing done before, the clause goes on in 있)
_EXPERIENCE = {"바", "적"}
#: the morphemes a compound noun is written with
_JOINED = {"NNG", "XSN"}


def filled_by_other(
    text: str, entities: list[dict], named: dict[str, str], predicate: set[str]
) -> bool:
    """``text`` states the predicate (morpheme forms) of someone else: before its first word
    stands another entity of the kind of a question's name (``named``: id -> type) that is
    written only after it."""
    toks = sentence_tokens(text)
    at = next(
        (
            t.start
            for i, t in enumerate(toks)
            if base_tag(t.tag) in _PREDICATE_TAGS
            and t.form in predicate
            and _predicated(t, toks[i + 1 :])
        ),
        None,
    )
    if at is None:
        return False
    before = {e["id"] for e in entities if e["end"] <= at}
    after = {e["id"] for e in entities if e["start"] >= at}
    moved = {named[eid] for eid in named if eid not in before and eid in after}
    return any(e["id"] not in named and e["type"] in moved for e in entities if e["end"] <= at)


def _predicated(word, rest) -> bool:
    """The word is its clause's predicate, not a party or a modifier: a verb, or a noun made
    the predicate ("주도/했고", "주관사/로", "자회사로 편입/했다"), not one of the things the
    clause is about ("이번 투자/는"), and its first ending not adnominal ("인터넷 연결 없이
    돌아가/는 경량 모델": the model after it is its party)."""
    verb = base_tag(word.tag) in {"VV", "VA"}
    if not verb and not (rest and (rest[0].tag in _MAKES or rest[0].form in _COMPLEMENT)):
        return False
    ending = _clause_ending(rest)
    return ending is None or ending.tag != "ETM"


def _clause_ending(rest):
    """The ending that closes the predicate's clause: past an auxiliary verb ("맺/어 오/ㄴ") and
    past "ㄴ 바/적 있" ("맺어온 바 있/는", "맺은 적이 있/다"), whose 있 carries the clause's own
    ending; a clause ending in 있는 modifies the name after it ("협약을 맺어온 바 있는 X는": X
    is the party, no one else acts)."""
    i = 0
    while True:
        at = next((k for k in range(i, len(rest)) if _ends(rest[k])), None)
        if at is None:
            return None
        nxt = rest[at + 1 :]
        if rest[at].tag == "EC" and nxt and nxt[0].tag == "VX":
            i = at + 2  # "맺/어 오/ㄴ": the auxiliary's ending closes the clause
            continue
        if rest[at].tag == "ETM" and (have := _had(nxt)) is not None:
            i = at + 1 + have + 1  # "맺은 적이 있/다": 있's ending closes the clause
            continue
        return rest[at]


def _ends(t) -> bool:
    return t.tag.startswith("E") and t.tag != "EP"


def _had(rest) -> int | None:
    """The index of 있 in "바/적 (이/가/도/은) 있" at the start of ``rest``, else None."""
    if not rest or rest[0].tag != "NNB" or rest[0].form not in _EXPERIENCE:
        return None
    k = 1 + (len(rest) > 1 and rest[1].tag.startswith("J"))
    if k < len(rest) and rest[k].form == "있" and base_tag(rest[k].tag) in {"VV", "VA"}:
        return k
    return None


def compound_nouns(tokens) -> set[str]:
    """A question's nouns written together, as one word, as a sentence's morphemes may hold
    them (the question's "주관/사" is the sentence's "주관사").

    >>> from search.spans import tokens_of
    >>> from kg.kiwi import kiwi
    >>> sorted(compound_nouns(tokens_of(kiwi().tokenize("A가 컨소시엄 주관사인가?"))))
    ['주관사']
    """
    out, run = set(), []
    for t in [*tokens, None]:
        if t is not None and t.tag in _JOINED and (not run or run[-1].end == t.start):
            run.append(t)
            continue
        if len(run) >= 2:
            out.add("".join(r.form for r in run))
        run = [t] if t is not None and t.tag in _JOINED else []
    return out


def share_left_out(
    text: str, entities: list[dict], named: dict[str, str], nouns: set[str], words: list[str]
) -> bool:
    """``text`` gives each party its share ("A는 설계를, B는 부지 조성을 각각 맡는다") and the
    share of a question's name (``named``: id -> type, or one of ``words``, names the extractor
    did not take), the piece between commas it stands in, writes none of the question's
    ``nouns`` (morpheme forms), while another piece has a party of its kind or those nouns.

    >>> text = "A사는 공정 설계를, B사는 부지 조성을 각각 맡는다."
    >>> ents = [{"id": "a", "type": "Company", "start": 0, "end": 2},
    ...         {"id": "b", "type": "Company", "start": 13, "end": 15}]
    >>> share_left_out(text, ents, {"b": "Company"}, {"공정", "설계"}, [])
    True
    >>> share_left_out(text, ents, {"b": "Company"}, {"부지", "조성"}, [])
    False
    >>> share_left_out(text, [], {}, {"공정", "설계"}, ["B사"])
    True
    """
    if not nouns or not any(w in text for w in answer_type_tables()["yes_no"]["distributive"]):
        return False
    bounds = [-1, *(i for i, ch in enumerate(text) if ch == ","), len(text)]
    pieces = [text[a + 1 : b] for a, b in itertools.pairwise(bounds)]
    holds = [bool({t.form for t in sentence_tokens(p)} & nouns) for p in pieces]

    def piece(at: int) -> int:
        return sum(b < at for b in bounds[1:-1])

    asked = [(piece(e["start"]), e["type"]) for e in entities if e["id"] in named]
    asked += [(piece(text.index(w)), "") for w in words if w in text]
    for k, kind in asked:
        kinds = {piece(e["start"]) for e in entities if e["type"] == kind and e["id"] not in named}
        others = (kinds if kind else set()) | {i for i, h in enumerate(holds) if h}
        if not holds[k] and others - {k}:
            return True
    return False
