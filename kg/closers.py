"""Names that close with a company word written apart: "QRS 글로벌", "누리 파트너스", "베르난
오토메이션" (grammar.toml [organisations] closers).  The word before belongs to the name, and the
name is a company's, whatever the tagger made of the two words (the Latin part alone, the company
word alone, a person's name before a word Kiwi does not know, or nothing)."""

from __future__ import annotations

import itertools
from dataclasses import replace

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok, continues
from .resources import resources
from .roles import is_title

__all__ = ["closed_names", "name_at"]

# Kiwi tags of a word that can open a company's name: nouns, foreign letters, numbers, Hanja
_NAME_TAGS = {"NNG", "NNP", "SL", "SN", "SH"}
_NOT_NAMES = {"Place", "Date"}  # "미국 헬스케어 기업": a country before the word is no name


def closed_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with each company word written apart joined to the name before it, into one
    company's name ("HJK 인베스트먼트와": HJK 인베스트먼트, also when only 인베스트먼트 was found)."""
    g = resources().grammar
    out = list(mentions)
    for k, (p, word) in enumerate(itertools.pairwise(ps)):
        apart = word.stem in g.name_closers_latin
        if not (word.stem in g.name_closers or apart) or not continues(p, word):
            continue
        if apart and not _name_ends(ps, k + 1):
            continue
        whole = name_at(out, lambda m, p=p, w=word: m.start <= p.start and m.end == w.stem_end)
        if whole is not None:  # found whole ("라벤 모터스"): the company word tells the type
            out[whole].votes["Company"] = out[whole].votes.get("Company", 0.0) + 3.0
            continue
        before = name_at(out, lambda m, p=p: m.end == p.stem_end)
        closer = name_at(out, lambda m, w=word: m.start == w.start)
        if closer is not None and out[closer].end != word.stem_end:
            continue  # the word opens a longer name ("파트너스 그룹")
        if before is not None and out[before].voted_type in _NOT_NAMES:
            continue
        # the company word found alone ("글로벌은") is a name cut short: any word may open it
        if before is None and not _name_like(p, toks, taken, latin_only=apart and closer is None):
            continue
        if closer is None and any(taken[j] for j in range(word.first, word.stem_last + 1)):
            continue
        start = out[before].start if before is not None else p.start
        out = _joined(sentence, toks, out, (start, word), (before, closer))
        for j in range(p.first, word.stem_last + 1):
            taken[j] = True
    return out


def name_at(mentions: list[Mention], where) -> int | None:
    """The index of the first name of ``mentions`` that ``where`` holds for, or None."""
    return next((k for k, m in enumerate(mentions) if m.kind == "name" and where(m)), None)


def _name_ends(ps: list[Piece], k: int) -> bool:
    """Does a name end with piece ``k``: a particle or a separator after it, or a title or a cue
    noun ("KLM 헬스케어 대표", "KLM 헬스케어 관계자")?  "글로벌 시장" goes on as a phrase."""
    if k + 1 >= len(ps) or not continues(ps[k], ps[k + 1]):
        return True
    nxt = ps[k + 1].stem
    return is_title(nxt) or nxt in resources().cue_nouns or nxt in _SPEAKERS


# nouns of people who speak for a company, after its name ("X 관계자는")
_SPEAKERS = {"관계자", "측"}


def _name_like(p: Piece, toks: list[Tok], taken: list[bool], latin_only: bool) -> bool:
    """May the word ``p``, which no detector took, open a company's name?  A Latin word of two
    letters or more that is no general term ("KLM"; not "AI"); unless ``latin_only``, also a
    Hangul noun that is no title or everyday word ("베르난")."""
    res = resources()
    stem = p.stem
    if any(taken[j] for j in range(p.first, p.stem_last + 1)) or len(stem) < 2:
        return False
    if stem.casefold() in res.stopnames or is_title(stem):
        return False
    if not all(toks[j].tag in _NAME_TAGS for j in range(p.first, p.stem_last + 1)):
        return False
    if stem[0].isascii():
        return stem[0].isalpha() and stem[0].isupper()
    return not latin_only and res.cue_nouns.get(stem) is None


def _joined(sentence: Sentence, toks: list[Tok], out: list[Mention], span, found) -> list[Mention]:
    """``out`` with the name from ``start`` to the end of the company word ``word``, in place of
    the mentions found in it (``before``, ``closer``: their indexes, or None)."""
    (start, word), (before, closer) = span, found
    text = sentence.text[start : word.stem_end]
    base = out[closer] if closer is not None else out[before] if before is not None else None
    votes = dict(base.votes) if base is not None else {}
    votes["Company"] = votes.get("Company", 0.0) + 3.0
    if base is None:
        m = Mention(sentence.id, start, word.stem_end, text)
    else:
        m = replace(base, start=start, end=word.stem_end, text=text)
    m.rule, m.votes = "closer", votes
    m.particle, m.role = particles_after(toks, word.stem_last, word.stem_end, sentence.text)
    drop = {k for k in (before, closer) if k is not None}
    return [x for k, x in enumerate(out) if k not in drop] + [m]
