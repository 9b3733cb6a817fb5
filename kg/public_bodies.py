"""Public bodies and local governments, by the endings of their names (resources/public.toml).

Ministries, agencies, committees and courts ("법무부", "금융감독원", "수원지방법원") are
organisations wherever news writes them, with or without a cue word.  A province, city or county
("충청북도", "청주시") is the government when it acts in its clause ("청주시는 ...와 협약을
맺었다") and a place otherwise ("청주시에 들어선다"); its head's title may be glued to its name
("충북도지사", "청주시장"): the word is the government and a title.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .abbreviations import in_order
from .member_bodies import vote_member_bodies
from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import resources

__all__ = [
    "abbreviates",
    "head_title",
    "head_word",
    "is_government",
    "is_public_body",
    "placed_bodies",
    "public_body_names",
    "split_head_titles",
    "vote_public_bodies",
    "without_divisions",
]

_PATH = Path(__file__).with_name("resources") / "public.toml"
_HANGUL = re.compile(r"[가-힣]+")
_NOUNS = frozenset({"NNG", "NNP"})


@dataclass(frozen=True)
class PublicTables:
    """The tables of resources/public.toml (see the comments there)."""

    body_endings: tuple[str, ...]
    not_endings: tuple[str, ...]
    short_endings: tuple[str, ...]
    not_short: tuple[str, ...]
    min_length: int
    division: re.Pattern
    government_endings: tuple[str, ...]
    actor_particles: frozenset[str]
    head_titles: tuple[str, ...]
    body_heads: tuple[str, ...] = ()  # "협회" of "서울소공인협회장": 장 glued to a body
    post_particles: frozenset[str] = frozenset()  # "에" of "X병원장에 P 교수": a named post
    company_heads: tuple[str, ...] = ()  # "은행" of "한빛은행장": the body is a company


@functools.cache
def tables() -> PublicTables:
    with open(_PATH, "rb") as f:
        t = tomllib.load(f)
    bodies, governments = t["bodies"], t["local_governments"]
    return PublicTables(
        body_endings=tuple(bodies["endings"]),
        not_endings=tuple(bodies["not_endings"]),
        short_endings=tuple(bodies["short_endings"]),
        not_short=tuple(bodies["not_short"]),
        min_length=int(bodies["min_length"]),
        division=re.compile(bodies["division"]),
        government_endings=tuple(governments["endings"]),
        actor_particles=frozenset(governments["actor_particles"]),
        head_titles=tuple(governments["head_titles"]),
        body_heads=tuple(t.get("body_heads", {}).get("endings", ())),
        post_particles=frozenset(t.get("body_heads", {}).get("post_particles", ())),
        company_heads=tuple(t.get("body_heads", {}).get("companies", ())),
    )


def is_public_body(stem: str) -> bool:
    """A ministry, agency, committee or court by its ending: "법무부", "금융위원회" (not
    "사업부", "거래처", "정부").

    >>> is_public_body("법무부"), is_public_body("반도체사업부"), is_public_body("일부")
    (True, False, False)
    """
    t = tables()
    return (
        len(stem) >= t.min_length
        and _HANGUL.fullmatch(stem) is not None
        and any(stem.endswith(e) and len(stem) > len(e) for e in t.body_endings)
        and not stem.endswith(t.not_endings)
    )


def _is_short_body(p: Piece, toks: list[Tok]) -> bool:
    """A committee's short name, one word to Kiwi: "금융위", "공정위" (not "최상위": two)."""
    t = tables()
    return (
        p.first == p.stem_last
        and toks[p.first].tag in _NOUNS
        and len(p.stem) >= t.min_length
        and _HANGUL.fullmatch(p.stem) is not None
        and p.stem.endswith(t.short_endings)
        and not p.stem.endswith(t.not_short)
        and not (p.first + 1 < len(toks) and toks[p.first + 1].tag.startswith("XS"))
    )


def abbreviates(short: str, full: str) -> bool:
    """Is ``short`` the usual abbreviation of the public body ``full``: its first syllable,
    then syllables of the name in order, ending in a syllable of the body's ending ("과기정통부"
    of "과학기술정보통신부", "금감원" of "금융감독원", "공정위" of "공정거래위원회", "수원지법" of
    "수원지방법원")?

    >>> abbreviates("과기정통부", "과학기술정보통신부"), abbreviates("금융위", "금융위원회")
    (True, True)
    >>> abbreviates("국토부", "국방부"), abbreviates("산업부", "반도체사업부")
    (False, False)
    """
    t = tables()
    if not (len(short) >= t.min_length and len(full) > len(short) and is_public_body(full)):
        return False
    if not (_HANGUL.fullmatch(short) and short[0] == full[0]):
        return False
    ending = max((e for e in t.body_endings if full.endswith(e)), key=len)
    last = full.rfind(short[-1], len(full) - len(ending))
    return last > 0 and in_order(short[1:-1], full[1:last])


def without_divisions(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the numbered divisions of a body ("서울중앙지방법원 민사합의50부": the
    court is the name; its division is not one of its own).

    >>> [m.text for m in without_divisions([Mention("s", 0, 6, "민사합의50부")])]
    []
    """
    division = tables().division
    return [m for m in mentions if m.kind != "name" or not division.match(m.text)]


def is_government(p: Piece, toks: list[Tok]) -> bool:
    """A province, city or county: a proper noun ending like one ("청주시", "충북도"; not
    "정확도", which Kiwi reads as a common noun)."""
    stem_toks = toks[p.first : p.stem_last + 1]
    return (
        len(p.stem) >= 3
        and _HANGUL.fullmatch(p.stem) is not None
        and p.stem.endswith(tables().government_endings)
        and bool(stem_toks)
        and stem_toks[0].tag == "NNP"
        and all(t.tag in _NOUNS for t in stem_toks)
    )


def head_title(stem: str) -> tuple[str, str] | None:
    """A local government's name with its head's title glued on: (name, title).  The word
    alone cannot tell a mayor from a market ("주식시장"): ``split_head_titles`` asks for a
    person's name before it and Kiwi's reading of the word (``head_word``).

    >>> head_title("청주시장"), head_title("충북도지사"), head_title("시장")
    (('청주시', '시장'), ('충북도', '도지사'), None)

    A body's head is written so too (realext38): ``head_title("서울소공인협회장")`` is
    ``('서울소공인협회', '협회장')``.
    """
    for title in tables().head_titles:
        name = stem[: len(stem) - len(title) + 1]
        if stem.endswith(title) and len(name) >= 3 and _HANGUL.fullmatch(stem):
            return name, title
    for ending in tables().body_heads:
        name = stem[:-1]
        if (
            stem.endswith(ending + "장")
            and len(name) >= len(ending) + 2
            and _HANGUL.fullmatch(stem)
        ):
            return name, ending + "장"
    return None


def head_word(p: Piece, toks: list[Tok]) -> tuple[str, str] | None:
    """``head_title`` of a word that names a government's head: one word Kiwi knows whole
    ("세종시장") or opening with a proper noun ("청주/NNP 시장"); "주식시장" (주식/NNG 시장/NNG) is a
    market."""
    split = head_title(p.stem)
    if split is None or not (p.first == p.stem_last or toks[p.first].tag == "NNP"):
        return None
    return split


def public_body_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Names of public bodies no other detector took, and acting local governments."""
    out = []
    glossed = -1  # the piece of the last government found: a short form in brackets follows
    for i, p in enumerate(ps):
        if not p.stem or any(taken[k] for k in range(p.first, p.stem_last + 1)):
            continue
        particle, role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        acting = particle in tables().actor_particles
        if p.stem.casefold() in resources().stopnames:  # "심의위원회가": a kind of body
            continue
        if is_public_body(p.stem) or _is_short_body(p, toks):
            rule = "public-body"
        elif is_government(p, toks) and (acting or (glossed == i - 1 and p.before == "(")):
            rule, glossed = "local-government", i  # "충청북도(충북도)와"
        else:
            continue
        m = Mention(sentence.id, p.start, p.stem_end, p.stem, rule=rule)
        m.votes = {"Organization": 3.0}
        m.particle, m.role = particle, role
        out.append(m)
        for k in range(p.first, p.stem_last + 1):
            taken[k] = True
    return out


def placed_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """A place written right before a public body names it with the body: "미국 상무부",
    "텍사스 동부지방법원" (a foreign body goes by its country's or state's name), one
    organisation, not a place and a body apart."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _place_of_body(text, prev, m):
            out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end])
            continue
        out.append(m)
    return out


def _place_of_body(text: str, place: Mention, body: Mention) -> bool:
    spaced = body.start == place.end + 1 and text[place.end] == " "
    placed = place.kind == "name" and place.voted_type == "Place" and not place.particle
    public = body.rule == "public-body" or is_public_body(body.text)
    return spaced and placed and body.kind == "name" and public


def vote_public_bodies(ps: list[Piece], toks: list[Tok], mentions: list[Mention]) -> None:
    """A one-word name of a public body, or of a local government that acts in its clause
    ("청주시는", "충북도와"), found by another detector: an Organization vote against the
    tagger's Company or Place."""
    by_span = {p.span: p for p in ps}
    for m in mentions:
        p = by_span.get(m.span)
        if m.kind != "name" or p is None or m.rule in {"public-body", "local-government"}:
            continue
        acting = m.particle in tables().actor_particles and is_government(p, toks)
        if acting or is_public_body(p.stem):
            m.votes["Organization"] = m.votes.get("Organization", 0.0) + 3.0
    vote_member_bodies(mentions)  # "광천농협", "한국산업은행": organisations, not companies


def split_head_titles(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """ "연태경 충북도지사", "하민석 청주시장": after a person's name, a word that is a local
    government's name with its head's title glued on is the government (a mention of its own)
    and the title — never part of the person's name nor a company ("청주시장")."""
    by_end = {p.stem_end: i for i, p in enumerate(ps)}
    out = []
    for m in mentions:
        i = by_end.get(m.end)
        split = head_word(ps[i], toks) if m.kind == "name" and i is not None else None
        person_before = i is not None and i > 0 and _person_at(ps[i - 1], m, mentions)
        if split is None or not (person_before or _named_post(ps[i], split)):
            out.append(m)
            continue
        p = ps[i]
        if m.start < p.start:  # the person's name, without the word
            prev = ps[i - 1]
            text = sentence.text[m.start : prev.stem_end]
            out.append(replace(m, end=prev.stem_end, text=text, particle="", role=""))
        out.append(_government(sentence, p, split[0]))
    # "오재훈 부산시장": a word the tagger took for no name at all (it read 부산 as a place)
    covered = [(m.start, m.end) for m in out]
    for i, p in enumerate(ps):
        split = head_word(p, toks) if p.stem else None
        if split and not any(a < p.stem_end and p.start < b for a, b in covered):
            word = Mention(sentence.id, p.start, p.stem_end, p.stem)
            if _named_post(p, split) or (i > 0 and _person_at(ps[i - 1], word, out)):
                out.append(_government(sentence, p, split[0]))
    return out


def _named_post(p: Piece, split: tuple[str, str]) -> bool:
    """Is ``p`` a body's head written as the post someone is named to, "X병원장에 P 교수",
    "P 교수가 X협회장에 선출됐다" (the particles: public.toml ``[body_heads] post_particles``)?
    A government's head is not read so: "유럽시장에" is a market."""
    return split[1] not in tables().head_titles and p.tail in tables().post_particles


def _government(sentence: Sentence, p: Piece, name: str) -> Mention:
    """The government or body of a head's title ("청주시장" -> 청주시, "한빛은행장" -> 한빛은행:
    a bank is a company), a mention of its own."""
    gov = Mention(sentence.id, p.start, p.start + len(name), name, rule="local-government")
    kind = "Company" if name.endswith(tables().company_heads) else "Organization"
    gov.votes = {kind: 3.0}
    return gov


def _person_at(prev: Piece, m: Mention, mentions: list[Mention]) -> bool:
    """Is ``prev`` (the word before) the end of a person's name: inside ``m`` when the tagger
    ran the name on, or a mention of its own?"""
    if prev.tail or not prev.stem:
        return False
    if m.start <= prev.start:
        return m.voted_type == "Person"
    return any(o.end == prev.stem_end and o.voted_type == "Person" for o in mentions)
