"""Persons read from what is written beside them: "권태민 대표가" (a name the tagger missed,
right before a title), "김 대표는" (a family name alone before a title: a reference to the
person of that family named before), "하민석(52) 씨" (a name with the person's age in brackets), "대표이사 김태현은" (a name after its
title), "마경은 상무는" (a name Kiwi cut as a word and a particle)."""

from __future__ import annotations

import functools
import itertools
import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .public_bodies import head_word
from .resources import load_table, resources
from .roles import is_title

__all__ = [
    "aged_persons",
    "particle_cut_persons",
    "title_references",
    "titled_persons",
    "vote_titled_first",
]


def title_references(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool], family=None
) -> list[Mention]:
    """'김 대표', '변 신임 대표', '남궁 사장': a family name alone before a title stands for the
    person of that family named earlier (resolved in kg.analysis); ``family``, other family
    names than the Korean ones ('피셔 CTO' after '라이언 피셔')."""
    g = resources().grammar
    family = g.surnames if family is None else family
    out = []
    for p in ps:
        glued = _glued_reference(p, toks, taken, family, g)
        if glued is not None:
            out.append(_reference(sentence, p.start, p, toks))
            for k in range(p.first, p.stem_last + 1):
                taken[k] = True
    for i, p in enumerate(ps[:-1]):
        if p.tail or p.stem not in family or taken[p.first]:
            continue
        j = i + 1
        while j < len(ps) - 1 and ps[j].stem in g.title_modifiers and not ps[j].tail:
            j += 1
        title = ps[j]
        if is_title(title.stem, g.titles | g.branch_heads | g.designates):
            out.append(_reference(sentence, p.start, title, toks))
            for k in range(p.first, title.stem_last + 1):
                taken[k] = True
    return out


def _reference(sentence: Sentence, start: int, title: Piece, toks: list[Tok]) -> Mention:
    """The mention of a family name and a title, from ``start`` to the title's end."""
    m = Mention(
        sentence.id,
        start,
        title.stem_end,
        sentence.text[start : title.stem_end],
        kind="coref",
        rule="surname-title",
        votes={"Person": 1.0},
    )
    m.particle, m.role = particles_after(toks, title.stem_last, title.stem_end, sentence.text)
    return m


def _glued_reference(p: Piece, toks: list[Tok], taken: list[bool], family, g) -> Piece | None:
    """ "김사장은", "최부사장이": a family name Kiwi reads as a name (NNP) glued to a title in
    one word; never a title of its own ("이사장": 이 + 사장 to Kiwi)."""
    first = toks[p.first]
    if taken[p.first] or first.tag != "NNP" or first.form not in family or p.stem_last == p.first:
        return None
    rest = p.stem[len(first.form) :]
    titles = g.titles | g.branch_heads | g.designates
    if not is_title(rest, titles) or p.stem in titles:
        return None
    return p


def titled_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'권태민 대표가': a Korean name's shape (a family name and two syllables; a two-syllable
    family name and two: "남궁현수") right before a title is a person's name even where the
    tagger missed it (Kiwi read 권태 as a word, 주재/범 as a noun and a prefix), also with a
    modifier before the title ('유지비 전임 대표이사').  A word Kiwi knows whole as a common noun
    is none right before a title ('이사회 의장', '한국인 대표').  A line of work ('한결증권
    오지환 연구원은', '한빛일보 차도윤 기자가') follows a name only after its employer: alone
    it follows a field as often ('백엔드 개발자'), and never a degree ('하버드대 박사후 연구원')."""
    g = resources().grammar
    offices = g.titles - g.occupations
    lines_of_work = g.occupations | _professions()
    out = []
    for i, (p, nxt) in enumerate(itertools.pairwise(ps)):
        stem = p.stem
        if p.tail or not _name_shaped(stem, g.surnames):
            continue
        if any(taken[k] for k in range(p.first, p.stem_last + 1)) or nxt.start != p.end + 1:
            continue
        # "유지비 전임 대표이사": a modifier of the title between the name and it
        modified = nxt.stem in g.title_modifiers and i + 2 < len(ps)
        title = ps[i + 2] if modified and ps[i + 2].start == nxt.end + 1 else nxt
        stem_toks = toks[p.first : p.stem_last + 1]
        known_name = len(stem_toks) == 1 and stem_toks[0].tag == "NNP"
        if not is_title(title.stem, offices) and not (
            is_title(title.stem, lines_of_work) and (known_name or _employed(ps, i, taken))
        ):
            continue
        whole = len(stem_toks) == 1 and stem_toks[0].tag == "NNG"
        if whole and not modified and not head_word(nxt, toks):
            continue  # a word Kiwi knows whole; not before a mayor's title ("최민서 세종시장")
        if any(t.tag not in _NAME_TAGS for t in stem_toks[_determined(stem_toks) :]):
            continue  # "지난달" read as 지나/ᆫ/달: not a name
        if stem_toks[0].form in g.degrees or is_title(stem_toks[0].form):
            continue  # "박사후 연구원": a degree and a line of work, no name
        m = Mention(sentence.id, p.start, p.stem_end, stem, rule="titled-person")
        m.votes = {"Person": 2.0}
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        out.append(m)
        for k in range(p.first, p.stem_last + 1):
            taken[k] = True
    return out


_HANGUL3_4 = re.compile(r"[가-힣]{3,4}")
#: the tags Kiwi gives the pieces of a name it does not know: nouns, and a syllable it takes for
#: a prefix or a suffix ("주재범": 주재/NNG 범/XPN)
_NAME_TAGS = frozenset({"NNG", "NNP", "XPN", "XSN"})


def _name_shaped(stem: str, surnames) -> bool:
    """A Korean name written whole: a family name and two syllables ("권태민"), a two-syllable
    family name and two ("남궁현수")."""
    if not _HANGUL3_4.fullmatch(stem):
        return False
    return stem[:2] in surnames if len(stem) == 4 else stem[0] in surnames


def _employed(ps: list[Piece], i: int, taken: list[bool]) -> bool:
    """Is the word before piece ``i`` a name found before (its employer: "한결증권 오지환",
    "법무법인 한솔의 국서희"), written apart from it, bare or with 의?  A topic or a subject
    ("가람로보틱스는 백엔드 개발자를") ends its phrase: what follows is no name of its staff."""
    if i == 0 or ps[i].before != " ":
        return False
    prev = ps[i - 1]
    return prev.stem_last >= prev.first and taken[prev.stem_last] and prev.tail in {"", "의"}


@functools.lru_cache(maxsize=1)
def _professions() -> frozenset[str]:
    return frozenset(load_table("person_names.toml").get("professions", ()))


def _determined(stem_toks: list[Tok]) -> int:
    """1 when the word's first token is a determiner that is a family name too ("이수능 사장":
    Kiwi reads 이/MM 수능/NNG, "this exam"; "전현우 사장": 전/MM), else 0: how many leading
    tokens the name test lets pass.  A determiner is written apart from its noun ("이 회사"),
    so one written word that starts with one is a name."""
    first = stem_toks[0]
    surname = first.form in resources().grammar.surnames
    return int(first.tag == "MM" and surname and len(stem_toks) > 1)


def particle_cut_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'마경은 상무는', '하지은 부사장이': Kiwi reads a name ending in 은 as a shorter word and
    the topic particle (마/NNP 경/NNG 은/JX).  A word with its topic particle is not written
    right before a bare title, so before an office title the word and its 은 are a name of a
    Korean name's shape, unless Kiwi knows the word whole ("이번은 사장이": 이번/NNG)."""
    g = resources().grammar
    offices = g.titles - g.occupations
    out = []
    for p, nxt in itertools.pairwise(ps):
        name = p.stem + p.tail
        if p.tail != "은" or not _name_shaped(name, g.surnames) or nxt.start != p.end + 1:
            continue
        stem_toks = toks[p.first : p.stem_last + 1]
        if len(stem_toks) == 1 and stem_toks[0].tag != "NNP":
            continue  # "이번은", "이상은": a word Kiwi knows whole and its particle
        if any(t.tag not in _NAME_TAGS for t in stem_toks) or not is_title(nxt.stem, offices):
            continue
        if any(taken[k] for k in range(p.first, p.last + 1)):
            continue
        m = Mention(sentence.id, p.start, p.end, name, rule="particle-cut-person")
        m.votes = {"Person": 2.0}
        out.append(m)
        for k in range(p.first, p.last + 1):
            taken[k] = True
    return out


def vote_titled_first(ps: list[Piece], mentions: list[Mention]) -> None:
    """'대표이사 김태현은', '신임 사장 주재범이', '부사장 남궁현수와': a name found in a Korean
    name's shape right after a title, with a particle or a list mark after it, is a person's
    (the tagger, seeing a name open a clause, may take it for a company's).

    A title is written before a name so in announcements and lists ("대표이사 김태현, 사내이사
    이수진"); a company does not follow a bare title ("대표 기업 누리전자는": a kind word lies
    between)."""
    g = resources().grammar
    offices = g.titles - g.occupations
    by_start = {m.start: m for m in mentions if m.kind == "name"}
    for prev, p in itertools.pairwise(ps):
        m = by_start.get(p.start)
        if m is None or m.end != p.stem_end or not _name_shaped(p.stem, g.surnames):
            continue
        if prev.tail or p.before != " " or not is_title(prev.stem, offices):
            continue
        if p.tail or p.after.strip() in _LIST_MARKS:
            m.votes = {**m.votes, "Person": m.votes.get("Person", 0) + _PERSON_VOTE}


_PERSON_VOTE = 3.0  # as sure as a name with its age in brackets
#: what ends a name of a list: a comma, a middle dot
_LIST_MARKS = frozenset({",", "·", "ㆍ"})


def aged_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'하민석(52) 씨', '도윤재(49) 대표는', '송하린(34·여)씨': two to four Hangul syllables
    starting with a family name, with an age in brackets right after them, are a person's name
    (news writes a person's age so; a company's code in brackets has six digits).  A title is
    no name however it begins ("사장(62)", "부회장(70)": 사 and 부 are family names too)."""
    g = resources().grammar
    text = sentence.text
    out = []
    for p in ps:
        stem = p.stem
        if p.tail or not _HANGUL2_4.fullmatch(stem) or stem[0] not in g.surnames:
            continue
        if is_title(stem):
            continue  # "조용일 사장(62)과": the age after a title is its person's, before it
        if not _AGE.match(text, p.stem_end) or any(
            taken[k] for k in range(p.first, p.stem_last + 1)
        ):
            continue
        m = Mention(sentence.id, p.start, p.stem_end, stem, rule="aged-person")
        m.votes = {"Person": 3.0}
        m.particle, m.role = "", ""
        out.append(m)
        for k in range(p.first, p.stem_last + 1):
            taken[k] = True
    return out


_HANGUL2_4 = re.compile(r"[가-힣]{2,4}")
#: an age in brackets right after a name: "(52)", "(52세)", "(34·여)", "(61·남)"
_AGE = re.compile(r"\(\d{1,3}세?(?:[·,]\s*[남여])?\)")
