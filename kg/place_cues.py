"""Places news tells by the words around them: "사우디 수도 리야드에서", "항구 도시인 하이퐁",
"리야드에서 남동쪽으로 80km 떨어진 알카르지", "카이로 외곽", "리야드에 본사를 둔 협력사".

A foreign city, island or region is written in Hangul like a company's name, and the tagger
often votes it one.  Reporters say what it is three ways (kg/resources/place_cues.toml): a
noun of its kind right before it (수도, 도시, 인근 ...), a direction or vicinity right after it
(남동쪽, 외곽, 동부 ...), or a site put there (the name, 에, a site and a verb of putting it:
본사를 둔, 법인을 세울, 낸 사무소).  A name the lexicon knows, or one ending as an organisation
does ("한빛전자", "경북테크노파크"), keeps its type; so does a person.
"""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .named_organisations import names_organisation
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import load_table, resources

__all__ = ["cued_places", "vote_place_cues"]

_HANGUL = re.compile(r"[가-힣]+")
# the types a cue overrides: a place's look makes the tagger vote these
_LOOKS = {"Company", "Model", "Organization", "Concept"}
# how many tokens after 에 a site and the verb putting it there may lie ("에 첫 해외 생산
# 공장을 짓는다": six)
_REACH = 6
# a clause ends at a sentence's end, a final ending or a connective ending
_ENDS = {"SF", "EF", "EC"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("place_cues.toml")


def _kind_before(toks: list[Tok], first: int, m: Mention, text: str, kinds) -> bool:
    """Is a noun of ``kinds`` right before the name ("수도 리야드", "도시인 하이퐁")?"""
    k = first - 1
    if k < 0 or text[toks[k].end : m.start].strip():
        return False
    if k >= 2 and toks[k].tag == "ETM" and toks[k - 1].tag == "VCP":
        k -= 2  # "항구 도시인 하이퐁": the copula between
    return toks[k].tag == "NNG" and toks[k].form in kinds


def _direction_after(toks: list[Tok], after: int) -> bool:
    """Is a direction or vicinity right after the name, or after it and 에서 ("리야드에서
    남동쪽으로", "카이로 외곽")?"""
    k = after + 1 if after < len(toks) and toks[after].form == "에서" else after
    return k < len(toks) and toks[k].tag == "NNG" and toks[k].form in _table()["directions"]


def _standing(toks: list[Tok], k: int) -> bool:
    """Is token k a verb of standing somewhere ("에 들어선다", "에 위치한")?"""
    return k < len(toks) and toks[k].form in _table()["standing"] and toks[k].tag in {"VV", "NNG"}


def _site_put(toks: list[Tok], after: int) -> bool:
    """After the name and 에, a site and a verb putting it there within one clause ("에 본사를
    둔", "에 낸 사무소", "에 지점 개설"); the site is what is put, not a noun's modifier ("에
    공장 설비를": no)."""
    g = resources().grammar
    sites = g.place_sites | g.head_offices
    t = _table()
    verbs, nouns = set(t["placing_verbs"]), set(t["placing_nouns"])
    site = put = False
    window = toks[after : after + _REACH]
    for i, tok in enumerate(window):
        if (tok.tag.startswith("V") and tok.form in verbs) or (
            tok.tag == "NNG" and tok.form in nouns
        ):
            put = True
        elif tok.tag == "NNG" and tok.form in sites:
            nxt = window[i + 1] if i + 1 < len(window) else None
            prev = window[i - 1] if i else None
            site = site or (
                nxt is None
                or nxt.tag.startswith("J")
                or (nxt.tag == "NNG" and nxt.form in nouns)
                or (prev is not None and prev.tag == "ETM")
            )
        if tok.tag in _ENDS:
            break
    return site and put


def _past_particles(toks: list[Tok], k: int) -> int:
    """The first token from k on that is no particle ("에도 법인을": 법인)."""
    while k < len(toks) and toks[k].tag.startswith("J"):
        k += 1
    return k


def _cued(toks: list[Tok], m: Mention, text: str, near: bool) -> bool:
    """Do the words around ``m`` make it a place (a vicinity before it counts when ``near``)?"""
    t = _table()
    first = next((i for i, tok in enumerate(toks) if tok.start >= m.start), len(toks))
    after = next((i for i, tok in enumerate(toks) if tok.start >= m.end), len(toks))
    kinds = set(t["kinds"]) | (set(t["near"]) if near else set())
    put = _past_particles(toks, after)
    placed = m.particle in {"에", "에도"} and (_site_put(toks, put) or _standing(toks, put))
    return _kind_before(toks, first, m, text, kinds) or _direction_after(toks, after) or placed


def cued_places(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Proper nouns no detector took that the words around them make places ("페루 수도
    리마에서": the tagger found no name in 리마).

    >>> from kg.kiwi import kiwi
    >>> from kg.pieces import pieces
    >>> s = Sentence("d#0", "d", 0, 0, 0, "계약식은 페루 수도 리마에서 열렸다.")
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
    >>> [(m.text, m.voted_type) for m in cued_places(s, pieces(s.text, toks), toks,
    ...                                              [False] * len(toks))]
    [('리마', 'Place')]
    """
    out = []
    for p in ps:
        if p.first != p.stem_last or taken[p.first] or toks[p.first].tag != "NNP":
            continue
        if len(p.stem) < 2 or not _HANGUL.fullmatch(p.stem) or p.stem in resources().stopnames:
            continue
        m = Mention(sentence.id, p.start, p.stem_end, p.stem, rule="place-cue")
        m.particle, m.role = particles_after(toks, p.stem_last, p.stem_end, sentence.text)
        if _cued(toks, m, sentence.text, near=False):
            m.votes = {"Place": 3.0}
            out.append(m)
            taken[p.first] = True
    return out


def vote_place_cues(toks: list[Tok], mentions: list[Mention], text: str) -> None:
    """Vote Place for a name the words around it make a place, in place.

    >>> from kg.kiwi import kiwi
    >>> s = "라온조선은 헝가리 부다페스트 인근 괴될뢰에서 블록을 만든다."
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s)]
    >>> m = Mention("d#0", 19, 22, "괴될뢰", votes={"Company": 2.1})
    >>> m.particle = "에서"
    >>> vote_place_cues(toks, [m], s); m.votes
    {'Place': 3.0}
    """
    for m in mentions:
        if m.kind != "name" or m.voted_type not in _LOOKS or names_organisation(m):
            continue
        if _cued(toks, m, text, near=True):
            m.votes = {"Place": 3.0}
