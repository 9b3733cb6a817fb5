"""A person and the title written beside them: "Who is the CTO of Hybrion?" asks for the
person the article writes with that title ("라이언 피셔(Ryan Fisher) 최고기술책임자(CTO)"),
not for the first person of the sentence.  Titles are kg/resources/grammar.toml ``titles``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("장민서 대표와 라이언 피셔 최고기술책임자(CTO)가 창업했다."))
>>> asked_titles(tokens_of(kiwi().tokenize("Who is the CTO of Hybrion?")))
{'cto'}
>>> title_beside(toks, 4, 5, {"cto"}, others=[(0, 0)])
True
>>> title_beside(toks, 0, 0, {"cto"}, others=[(4, 5)])
False
>>> toks = tokens_of(kiwi().tokenize("최고기술책임자(CTO)는 연구소를 이끌어 온 반지훈 박사다."))
>>> title_beside(toks, 13, 13, {"cto"})
True
>>> toks = tokens_of(kiwi().tokenize("이사회는 신임 CEO에 한지후 부사장을 선임했다."))
>>> title_beside(toks, 5, 5, {"ceo"})
True
"""

from __future__ import annotations

import functools

from kg.resources import resources

from .resource_tables import resource_table
from .spans import Token

__all__ = ["appointed", "asked_titles", "folded_titles", "new_posts", "title_beside", "titled"]

#: how many morphemes from the name a title may stand ("피셔 최고기술책임자 ( CTO )")
_REACH = 6
#: how far before the name a title may stand that opens its clause as a topic ("CTO엔 구글
#: 딥마인드 출신 라지브 메논", "최고기술책임자(CTO)에는 ... 연구를 이끈 라지브 메논 박사가")
_TOPIC_REACH = 15
# morphemes a person's title does not reach across: a comma, "와/과/및", a clause ending, an
# ellipsis between a headline's parts ("권태윤 전 삼성SDS 부사장…CTO엔")
_STOP_TAGS = frozenset({"SP", "JC", "EC", "EF", "SF", "SE"})


def folded_titles() -> frozenset[str]:
    """Every title of grammar.toml, casefolded (folded once per table, not per candidate)."""
    return _folded(resources().grammar.titles)


@functools.cache
def _folded(titles: frozenset[str]) -> frozenset[str]:
    return frozenset(t.casefold() for t in titles)


def _with_written(asked: set[str]) -> set[str]:
    """The asked titles with the words a news article writes them with ("CEO": 대표)."""
    written = resource_table("answer_types.toml")["titles"]["written"]
    return asked | {w.casefold() for a in asked for w in written.get(a, [])}


def written_posts(tokens: list[Token]) -> set[str]:
    """Every title a question writes ("센터장", "CTO", "대표"), casefolded, with the words news
    writes the same office with, both ways ("CEO" is written "대표"; a "대표" may be the
    "CEO")."""
    every = folded_titles()
    asked = {t.form.casefold() for t in tokens if t.form.casefold() in every}
    written = resource_table("answer_types.toml")["titles"]["written"]
    asked |= {a for a, ws in written.items() if asked & {w.casefold() for w in ws}}
    return _with_written(asked)


def holds_post(role: str, posts: set[str]) -> bool:
    """Does a relation's role ("대표이사 사장", "AI 총괄") name one of ``posts``?  An unrecorded
    role says nothing either way: True."""
    role = role.casefold().replace(" ", "")
    return not role or not posts or any(p in role for p in posts)


def asked_titles(tokens: list[Token]) -> set[str]:
    """The titles written in Latin letters a question asks for ("CTO", "CEO", or spelled out:
    "chief scientific officer"), casefolded: one office each, where a Korean word such as 대표
    is written beside many people; with the Korean word a news article writes the office
    with (answer_types.toml [titles]: "CEO" is written "대표")."""
    titles = {t for t in folded_titles() if t.isascii()}
    table = resource_table("answer_types.toml")["titles"]
    asked = {t.form.casefold() for t in tokens if t.form.casefold() in titles}
    words = " " + " ".join(t.form.casefold() for t in tokens) + " "
    asked |= {abbr for phrase, abbr in table["english"].items() if f" {phrase} " in words}
    return _with_written(asked)


def new_posts(tokens: list[Token]) -> set[str]:
    """The Korean titles a question asks for as an office newly filled ("새 대표이사로 내정된
    사람", "신임 대표"), casefolded, with the words a news article writes them with: the person
    named to it, not the one who holds it now ("남궁준 대표는 의장으로 물러나")."""
    every = folded_titles()
    table = resource_table("answer_types.toml")["titles"]
    asked = {
        word
        for i in range(len(tokens))
        if (word := _joined(tokens, i).casefold()) in every
        and (
            (i and tokens[i - 1].form in table["new_post"])
            or _named_to_after(tokens, i + len(_word_from(tokens, i)), table["named_to"])
        )
    }
    return _with_written(asked)


def written_names(tokens: list[Token]) -> frozenset[str]:
    """The words a question writes that are no title (nouns written together, casefolded): the
    names it may ask about, linked or not ("누리마트 새 대표이사는" -> 누리마트)."""
    every = folded_titles()
    out, i = set(), 0
    while i < len(tokens):
        word = _word_from(tokens, i) if _noun(tokens[i]) else [tokens[i]]
        joined = "".join(t.form for t in word).casefold()
        if _noun(tokens[i]) and joined not in every:
            out.add(joined)
        i += len(word)
    return frozenset(out)


def _named_to_after(tokens: list[Token], j: int, verbs) -> bool:
    """ "대표이사로 승진한": 로 at token j, then a verb of naming someone to a post."""
    return j + 1 < len(tokens) and tokens[j].form in {"로", "으로"} and tokens[j + 1].form in verbs


def appointed(
    toks: list[Token], first: int, last: int, titles: set[str], orgs: frozenset[str] = frozenset()
) -> bool:
    """The person at tokens ``first..last`` is named to one of ``titles``: the title before
    the name with 에 ("새 대표이사에 도정민 부사장을 내정"), or after its object with 로 ("윤서진
    CFO를 신임 대표이사로 선임"; "허인철 실장을 이마트 대표이사로": with the organisation of
    ``orgs``, casefolded names, written before the title), or as its subject taking it ("X
    실장이 대표를 맡아")."""
    if _appointed(toks, first, titles) or _topic_taken(toks, first, last, titles):
        return True
    for i in _after(toks, last):
        if toks[i].tag in _STOP_TAGS:
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
    for i in range(first - 1, max(-1, first - 1 - _TOPIC_REACH), -1):
        if toks[i].tag in _STOP_TAGS and not _auxiliary(toks, i):
            return False
        start = i - len(_word_to(toks, i)) + 1
        if _topic(toks, i) and _a_title(toks, start, titles):
            return True
    return False


def _taker(toks: list[Token], last: int) -> bool:
    """After the name (its gloss and its rank aside) comes 이/가 and a verb of taking a post
    or being named to one ("봉지원 전무가 맡는다", "에릭 문(Eric Moon)이 선임됐다")."""
    table = resource_table("answer_types.toml")
    verbs = {*table["post_holders"]["holds"], *table["titles"]["named_to"]}
    every = folded_titles()
    i, depth = last + 1, 0
    while i < len(toks) and i <= last + _REACH * 2:
        t = toks[i]
        depth += (t.tag == "SSO") - (t.tag == "SSC")
        if depth == 0 and t.tag != "SSC" and t.form.casefold() not in every:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return t.tag == "JKS" and nxt is not None and nxt.form.startswith(tuple(verbs))
        i += 1
    return False


def _takes(toks: list[Token], i: int, titles: set[str]) -> bool:
    """Tokens from ``i`` write one of ``titles`` as the object of 맡다: the subject takes the
    post ("채승범 두레온 지도사업실장이 대표를 맡아 이끈다")."""
    if i >= len(toks) or not _a_title(toks, i, titles):
        return False
    j = i + len(_word_from(toks, i))
    return j + 1 < len(toks) and toks[j].tag == "JKO" and toks[j + 1].form == "맡"


def _named_as(toks: list[Token], i: int, titles: set[str], orgs: frozenset[str]) -> bool:
    """Tokens from ``i`` write one of ``titles`` (after a word such as 신임, or the name of one
    of ``orgs``) and then 로."""
    modifiers = resource_table("answer_types.toml")["titles"]["new_post"]
    while i < len(toks) and toks[i].form in {*modifiers, *resources().grammar.title_modifiers}:
        i += 1
    if i < len(toks) and _joined(toks, i).casefold() in orgs:
        i += len(_word_from(toks, i))  # "이마트 대표이사로": the asked organisation's post
    if i >= len(toks):
        return False
    j = i + len(_word_from(toks, i)) - 1
    every = folded_titles()
    while j + 1 < len(toks) and toks[j + 1].form.casefold() in every:
        j += 1  # a run of titles: "신임 대표이사 사장으로"
    after = toks[j + 1] if j + 1 < len(toks) else None
    return (
        _a_title(toks, i, titles)
        and after is not None
        and after.tag == "JKB"
        and after.form in {"로", "으로"}
    )


def _a_title(toks: list[Token], i: int, titles: set[str]) -> bool:
    """The nouns written together from token ``i`` are one of ``titles``, or begin with one
    ("대표이사" for 대표)."""
    return _joined(toks, i).casefold() in titles or toks[i].form.casefold() in titles


def title_beside(toks: list[Token], first: int, last: int, titles: set[str], others=()) -> bool:
    """Whether one of ``titles`` is written right after the name at tokens ``first..last``
    (before any other title: "권태윤 전 삼성SDS 부사장" is no CTO), right before it ("CTO
    박정우"), or opens the name's clause as a topic ("CTO엔 구글 딥마인드 출신 라지브 메논");
    never across another name (``others``: token spans of the other people), a comma, a
    conjunction or a clause ending."""
    starts = {a for a, _ in others}
    ends = {b for _, b in others}
    every = folded_titles()
    if _appointed(toks, first, titles):
        return True
    for i in _after(toks, last):
        if toks[i].tag in _STOP_TAGS or i in starts:
            break
        if toks[i].form.casefold() in titles:
            return True
        if toks[i].tag == "SSO":
            continue  # a bracket holding no asked title: "(Marcus Bradley)" is the name's
        if toks[i].form in resources().grammar.degrees:
            continue  # "반지훈 박사": a degree, no office of its own
        if toks[i].form.casefold() in every:
            # the name's own title is another, unless the asked one glosses it in brackets
            # ("최고기술책임자(CTO)")
            glossed = toks[i + 1 : i + 3]
            return (
                len(glossed) == 2
                and glossed[0].tag == "SSO"
                and glossed[1].form.casefold() in titles
            )
    for i in range(first - 1, max(-1, first - 1 - _TOPIC_REACH), -1):
        if (toks[i].tag in _STOP_TAGS and not _auxiliary(toks, i)) or i in ends:
            break
        if toks[i].form.casefold() in titles and (i >= first - 2 or _topic(toks, i)):
            return True
    return False


def _auxiliary(toks: list[Token], i: int) -> bool:
    """The ending at ``i`` joins a verb to its auxiliary ("이끌어 온 라지브 메논": 어 before
    오/VX) inside one descriptive clause: no clause ends there."""
    return toks[i].tag == "EC" and i + 1 < len(toks) and toks[i + 1].tag == "VX"


def _appointed(toks: list[Token], first: int, titles: set[str]) -> bool:
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


#: the word for the one who takes a post after another ("X 사장 후임에 Y를 내정했다")
_SUCCESSOR = frozenset({"후임", "후임자"})


def _post_before(toks: list[Token], j: int, titles: set[str], gap: bool) -> bool:
    """Token ``j`` ends one of ``titles``, or its particle 에/로 (with 는); with ``gap`` (other
    nouns stand before the name) only the particle's title counts."""
    if j >= 2 and toks[j].tag == "JX" and toks[j - 1].form in _NAMED_TO:
        j -= 1  # "초대 CAIO에는 엄지후 ...", "대표이사로는 하도윤 부사장이"
    if j >= 1 and toks[j].tag == "JKB" and toks[j].form in _NAMED_TO:
        j -= 1
    elif gap or j < 0:
        return False
    if j >= 1 and toks[j].form in _SUCCESSOR:
        j -= 1  # "신상석 사장 후임에 이종승 ...을 내정": the post of the one replaced
    start = j - len(_word_to(toks, j)) + 1
    return toks[j].form.casefold() in titles or _a_title(toks, start, titles)


#: the particles of a post a person is named to ("대표이사에", "대표이사로")
_NAMED_TO = frozenset({"에", "로", "으로"})
#: what may stand between that post and the name: the person's organisation and unit, at most
#: _APPOINTED_GAP tokens of nouns, names and symbols ("㈜한화 지원부문")
_ORG_NOUN_TAGS = frozenset({"NNP", "NNG", "SL", "SH", "SW", "SN"})
_APPOINTED_GAP = 4


def _word_from(toks: list[Token], i: int) -> list[Token]:
    """The nouns written together from token ``i`` on ("대표이사": 대표, 이사)."""
    end = i
    while end + 1 < len(toks) and toks[end + 1].start == toks[end].end and _noun(toks[end + 1]):
        end += 1
    return toks[i : end + 1]


def _word_to(toks: list[Token], j: int) -> list[Token]:
    """The nouns written together up to token ``j``."""
    start = j
    while start > 0 and toks[start - 1].end == toks[start].start and _noun(toks[start - 1]):
        start -= 1
    return toks[start : j + 1]


def _joined(toks: list[Token], i: int) -> str:
    return "".join(t.form for t in _word_from(toks, i))


def _noun(t: Token) -> bool:
    return t.tag in {"NNG", "NNP", "SL"}


def _after(toks: list[Token], last: int):
    """The token indexes after a name, up to ``_REACH`` of them outside brackets: a bracket
    is given by its opening one, then its asked title if any ("최고과학책임자(CSO)")."""
    i, counted = last + 1, 0
    while i < len(toks) and counted < _REACH:
        yield i
        if toks[i].tag == "SSO":
            j = i + 1
            while j < len(toks) and toks[j].tag != "SSC":
                yield j
                j += 1
            i = j + 1
        else:
            i += 1
        counted += 1


def _topic(toks: list[Token], i: int) -> bool:
    """The title at ``i`` is written as its clause's topic: "CTO엔", "(CTO)에는", "CTO로는"."""
    j = i + 1
    while j < len(toks) and toks[j].tag == "SSC":
        j += 1
    tags = [t.tag for t in toks[j : j + 2]]
    return bool(tags) and (tags[0] == "JX" or tags[:2] == ["JKB", "JX"])


def titled(
    cands, passages, titles: set[str], key_of, named_to: bool = False, orgs=frozenset()
) -> set[str]:
    """The keys (``key_of(candidate)``) of the people written with one of ``titles`` (with
    ``named_to``, of the people named to one: appointed, at one of ``orgs`` when the sentence
    names the organisation)."""
    if not titles:
        return set()
    out: set[str] = set()
    for c in cands:
        if not c.entity or c.entity.get("type") != "Person":
            continue
        others = [
            (o.span.first, o.span.last)
            for o in cands
            if o.passage == c.passage
            and o.entity
            and o.entity.get("type") == "Person"
            and o.entity.get("id") != c.entity.get("id")
        ]
        toks = passages[c.passage].tokens
        if named_to:
            if appointed(toks, c.span.first, c.span.last, titles, orgs):
                out.add(key_of(c))
        elif title_beside(toks, c.span.first, c.span.last, titles, others):
            out.add(key_of(c))
    return out
