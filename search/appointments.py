"""Who takes which post: one reading of an appointment in Korean news, for every module that
asks it.  The words are one table, resources/appointments.toml.

Design note.  Four modules read "who takes which post", each from its own wording:

- search/titles.py (``appointed``, now here): a person named to a title, on Kiwi tokens — the
  title before the name with 에/로(는) ("신임 CEO에 정재헌 사장을", across the person's
  organisation and unit, or "X 사장 후임에"), after the person's object with 로 ("윤서진 CFO를
  신임 대표이사로"), the person as the subject taking it ("X 실장이 대표를 맡아"), or the title
  as the clause's topic and the person the subject of a verb of naming ("초대 대표는 … 봉지원
  전무가 맡는다").  A question asks a new post by "TITLE로" and a verb of naming.
- search/named_posts.py: "ORG POST" and the particle after it, on characters — "(행장 이호성)"
  bracketed, 에는/은/는 (the holder after it), 에/로/으로 (the person before it), read only in a
  sentence writing a verb of appointing.
- search/post_holders.py: a post asked by its noun alone — the name beside it, else, in a
  sentence of a verb of taking, the person nearest it.
- search/promoted.py: "…에서 …로 승진": every person written before a verb of promotion, or of
  the clause ending on "POST(으)로".

They disagreed on the verbs: titles knew 8 verbs of naming in a question and those with 맡 after
a topic, named_posts 15, post_holders only 맡 (and only as a verb: "위촉됐다" held nobody),
promoted 승진; and on the particle a question's post is written with (로 only, where a sentence's
may be 에).  Here they read one table: ``naming``, ``promoting`` and ``taking`` verbs and the
``destination`` particles; each module keeps what is its own (titles: the title beside a name;
named_posts: the organisation's post; post_holders: the post by its ending; promoted: the list).
The successor ("X 대표의 후임으로는 Y가", "Y를 후임 대표이사로") is the table's ``successor``.
Not yet one: named_posts and promoted match their particles on characters (a regex each, for
"대표이사 사장으로" and "부사장으로," across Kiwi's pieces), not on this table's tokens.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("이사회는 신임 CEO에 한지후 부사장을 선임했다."))
>>> appointed(toks, 5, 5, {"ceo"})
True
>>> def appoints(text):
...     return appointing(tokens_of(kiwi().tokenize(text)))
>>> appoints("가람건설 사장으로 임명됐다."), appoints("가람건설 사장으로 일했다.")
(True, False)
"""

from __future__ import annotations

from kg.resources import resources

from .noun_words import joined, word_from, word_in, word_to
from .resource_tables import resource_table
from .spans import Token
from .title_reach import (
    REACH,
    STOP_TAGS,
    TOPIC_REACH,
    after_name,
    as_topic,
    auxiliary,
    folded_titles,
)

__all__ = [
    "appointed",
    "appointing",
    "appointment_table",
    "appointment_verbs",
    "named_before",
    "named_to_after",
]

#: what may stand between a post and the name named to it: the person's organisation and unit,
#: at most _APPOINTED_GAP tokens of nouns, names and symbols ("㈜한화 지원부문")
_ORG_NOUN_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SW", "SN"})
_APPOINTED_GAP = 4


def appointment_table() -> dict:
    """resources/appointments.toml, as read (shared: callers must not change it)."""
    return resource_table("appointments.toml")


def appointment_verbs(*kinds: str) -> tuple[str, ...]:
    """The verbs of appointment of ``kinds`` ("naming", "promoting", "taking"; all without).

    >>> appointment_verbs("promoting")
    ('승진',)
    """
    table = appointment_table()
    every = ("naming", "promoting", "taking")
    if unknown := [k for k in kinds if k not in every]:
        raise ValueError(f"no kind of appointment verb {unknown[0]!r}: one of {', '.join(every)}")
    return tuple(v for k in kinds or every for v in table[k])


def _destination() -> frozenset[str]:
    return frozenset(appointment_table()["destination"])


def appointing(tokens: list[Token]) -> bool:
    """Does the sentence of ``tokens`` write a verb of appointment ("임명됐다", "승진 발령",
    "맡는다"), as a noun or a verb?"""
    verbs = appointment_verbs()
    return any(t.form.startswith(verbs) for t in tokens if t.tag[0] in "NV")


def named_to_after(tokens: list[Token], j: int) -> bool:
    """A question's post ends before token ``j``, which is its particle of destination, then a
    verb of appointment: "대표이사로 승진한", "사장에 선임된" ask who was named to it, as does
    the word for a successor after it ("대표 후임으로 내정된", "사장 후임자는")."""
    if j < len(tokens) and tokens[j].form in appointment_table()["successor"]:
        return True
    return (
        j + 1 < len(tokens)
        and tokens[j].form in _destination()
        and tokens[j + 1].form in appointment_verbs()
    )


def appointed(
    toks: list[Token], first: int, last: int, titles: set[str], orgs: frozenset[str] = frozenset()
) -> bool:
    """The person at tokens ``first..last`` is named to one of ``titles``: the title before
    the name with 에 ("새 대표이사에 도정민 부사장을 내정"), or after its object with 로 ("윤서진
    CFO를 신임 대표이사로 선임"; "허인철 실장을 이마트 대표이사로": with the organisation of
    ``orgs``, casefolded names, written before the title), or as its subject taking it ("X
    실장이 대표를 맡아")."""
    if named_before(toks, first, titles) or _topic_taken(toks, first, last, titles):
        return True
    for i in after_name(toks, last):
        if toks[i].tag in STOP_TAGS:
            return False
        if toks[i].tag == "JKO":
            return _named_as(toks, i + 1, titles, orgs)
        if toks[i].tag in {"JKS", "JX"}:
            return _takes(toks, i + 1, titles)
    return False


def _topic_taken(toks: list[Token], first: int, last: int, titles: set[str]) -> bool:
    """One of ``titles`` opens the name's clause as its topic and the person, with their own
    rank, is the subject of a verb of taking or being named to it ("코어필드 초대 대표는 …
    부문장을 지낸 봉지원 전무가 맡는다", "초대 대표이사에는 … 부사장을 지낸 에릭 문이
    선임됐다"): the rank written after the name is no other office."""
    if not _taker(toks, last):
        return False
    for i in range(first - 1, max(-1, first - 1 - TOPIC_REACH), -1):
        if toks[i].tag in STOP_TAGS and not auxiliary(toks, i):
            return False
        start = i - len(word_to(toks, i)) + 1
        if as_topic(toks, i) and word_in(toks, start, titles):
            return True
    return False


def _taker(toks: list[Token], last: int) -> bool:
    """After the name (its gloss and its rank aside) comes 이/가 and a verb of appointment
    ("봉지원 전무가 맡는다", "에릭 문(Eric Moon)이 선임됐다")."""
    verbs = appointment_verbs()
    every = folded_titles()
    i, depth = last + 1, 0
    while i < len(toks) and i <= last + REACH * 2:
        t = toks[i]
        depth += (t.tag == "SSO") - (t.tag == "SSC")
        if depth == 0 and t.tag != "SSC" and t.form.casefold() not in every:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return t.tag == "JKS" and nxt is not None and nxt.form.startswith(verbs)
        i += 1
    return False


def _takes(toks: list[Token], i: int, titles: set[str]) -> bool:
    """Tokens from ``i`` write one of ``titles`` as the object of a verb of taking: the subject
    takes the post ("채승범 두레온 지도사업실장이 대표를 맡아 이끈다")."""
    if i >= len(toks) or not word_in(toks, i, titles):
        return False
    j = i + len(word_from(toks, i))
    return (
        j + 1 < len(toks)
        and toks[j].tag == "JKO"
        and toks[j + 1].form in appointment_verbs("taking")
    )


def _named_as(toks: list[Token], i: int, titles: set[str], orgs: frozenset[str]) -> bool:
    """Tokens from ``i`` write one of ``titles`` (after a word such as 신임, or the name of one
    of ``orgs``) and then 로."""
    modifiers = resource_table("answer_types.toml")["titles"]["new_post"]
    while i < len(toks) and toks[i].form in {*modifiers, *resources().grammar.title_modifiers}:
        i += 1
    if i < len(toks) and joined(toks, i).casefold() in orgs:
        i += len(word_from(toks, i))  # "이마트 대표이사로": the asked organisation's post
    if i >= len(toks):
        return False
    j = i + len(word_from(toks, i)) - 1
    every = folded_titles()
    while j + 1 < len(toks) and toks[j + 1].form.casefold() in every:
        j += 1  # a run of titles: "신임 대표이사 사장으로"
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        word_in(toks, i, titles)
        and after is not None
        and after.tag == "JKB"
        and after.form in _destination() - {"에"}  # "X를 대표이사로": 에 is no post for an object
    )


def named_before(toks: list[Token], first: int, titles: set[str]) -> bool:
    """The asked title right before the name, or before it with 에, 에는, 로 or 로는, also
    across the person's organisation and unit ("신임 CEO에 정재헌 대외협력 사장을 선임했다",
    "신임 대표이사로 누리홀딩스 지원부문 하도윤 사장을 내정", "대표이사로는 하도윤 부사장이
    내정됐다"): the office the person is named to, whatever title follows the name.  A title
    Kiwi reads in pieces is read whole ("대표이사에": 대표, 이사, 에)."""
    if _post_before(toks, first - 1, titles, gap=False):
        return True
    j, gap = first - 1, 0
    while j >= 1 and gap < _APPOINTED_GAP and toks[j].tag in _ORG_NOUN_TAGS:
        j, gap = j - 1, gap + 1  # "㈜한화 지원부문": the person's organisation and unit
    return gap > 0 and _post_before(toks, j, titles, gap=True)


def _post_before(toks: list[Token], j: int, titles: set[str], gap: bool) -> bool:
    """Token ``j`` ends one of ``titles``, or its particle 에/로 (with 는); with ``gap`` (other
    nouns stand before the name) only the particle's title counts."""
    named_to = _destination()
    if j >= 2 and toks[j].tag == "JX" and toks[j - 1].form in named_to:
        j -= 1  # "초대 CAIO에는 엄지후 ...", "대표이사로는 하도윤 부사장이"
    if j >= 1 and toks[j].tag == "JKB" and toks[j].form in named_to:
        j -= 1
    elif gap or j < 0:
        return False
    if j >= 1 and toks[j].form in appointment_table()["successor"]:
        j -= 1  # "신상석 사장 후임에 이종승 ...을 내정": the post of the one replaced
        if j >= 1 and toks[j].tag == "JKG":
            j -= 1  # "최 대표의 후임으로는 허인철 실장이": the same, with 의
    start = j - len(word_to(toks, j)) + 1
    return toks[j].form.casefold() in titles or word_in(toks, start, titles)
