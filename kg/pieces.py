"""Sentences cut into pieces: the words a name can be made of, each with the particles it carries.

A Korean word (eojeol) is a stem plus what grammar glues to it: ``스톤브룩인베스트먼트가`` is the
stem ``스톤브룩인베스트먼트`` and the particle ``가``; ``출신인`` is ``출신`` and the copula ``인``.
Kiwi marks the glued part (particles J*, copula VCP, endings E*, verb suffixes XSV/XSA), so the
stem ends where the word's last run of such morphemes begins — however Kiwi cut the stem itself
(``퓨리오사에이아이가`` keeps its name whole even when Kiwi does not know it).  Quotes, brackets,
commas, list bullets (▲) and a middle dot between Hangul words also end a piece.

Names are then runs of pieces (``법무법인 태윤``, ``오로라 N2``), chosen by the tagger (kg.tagger).

>>> from kg.kiwi import kiwi
>>> s = "변지원 케이스브릿지 대표는 ▲누리캐피털(70억원) 등과 합류했다."
>>> toks = [Tok.of(t) for t in kiwi().tokenize(s)]
>>> [(p.stem, p.tail) for p in pieces(s, toks)][:5]
[('변지원', ''), ('케이스브릿지', ''), ('대표', '는'), ('누리캐피털', ''), ('70억원', '')]
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass

from .position_brackets import blank_gap
from .resources import resources

__all__ = ["Piece", "Tok", "continues", "pieces"]


@dataclass(frozen=True)
class Tok:
    """A Kiwi token with offsets inside its sentence."""

    form: str
    tag: str
    start: int
    end: int

    @classmethod
    def of(cls, token) -> Tok:
        """A Kiwi token, its tag without the conjugation mark Kiwi may add ('VV-R' -> 'VV':
        the rules read a verb as a verb, regular or not)."""
        return cls(token.form, token.tag.split("-")[0], token.start, token.start + token.len)


@dataclass(frozen=True)
class Piece:
    """One word of a sentence: ``stem`` (``text[start:stem_end]``) and its glued ``tail``.

    ``first``/``stem_last``/``last`` index the sentence's tokens; ``before``/``after`` are the
    separators around the piece (' ', '(', "'", '▲', ...), '' at the sentence's ends.
    """

    start: int
    stem_end: int
    end: int
    stem: str
    tail: str
    first: int  # first token
    stem_last: int  # last token of the stem (first - 1 when the stem is empty)
    last: int  # last token
    before: str
    after: str
    # the previous piece's end when only a blanked position bracket and spaces lie between
    # ("한상우(왼쪽) 코리아스타트업포럼": kg.position_brackets), else -1
    blank_from: int = -1

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.stem_end)


def _separator(text: str, i: int) -> bool:
    grammar = resources().grammar
    c = text[i]
    if c.isspace() or c in grammar.separators:
        return True
    if c == "-" and i + 1 < len(text) and text[i + 1].isupper():
        # a generic acronym glued in front ("AI-GitHub Copilot") is not part of the name
        j = i
        while j > 0 and text[j - 1].isascii() and text[j - 1].isalpha():
            j -= 1
        return j < i and text[j:i].casefold() in resources().stopnames
    if c in grammar.joiners:
        # a middle dot joins Latin names (DALL·E) and separates Hangul list items (A·B·C)
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        return not (prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum())
    return False


def _odd_ending(t: Tok) -> bool:
    return t.tag == "ETM" and t.form not in resources().grammar.adnominal_endings


def pieces(text: str, toks: list[Tok]) -> list[Piece]:
    """The pieces of one sentence, in order (pieces without a token are left out)."""
    tail_tags = resources().grammar.tail_tags
    out: list[Piece] = []
    i, n = 0, len(text)
    k = 0
    while i < n:
        if _separator(text, i):
            i += 1
            continue
        j = i
        while j < n and not _separator(text, j):
            j += 1
        while k < len(toks) and toks[k].end <= i:
            k += 1
        first = k
        last = first
        while last < len(toks) and toks[last].start < j:
            last += 1
        last -= 1
        if last < first:
            i = j
            continue
        # the stem ends where the word's final run of grammatical morphemes begins
        stem_last = last
        # Kiwi read an unknown name as grammar ("미스트랄" -> 미스트/이/랄): the stem runs on
        # to the odd ending, and only what follows it can be tail
        floor = max((x for x in range(first, last + 1) if _odd_ending(toks[x])), default=first - 1)
        while stem_last > floor and toks[stem_last].tag in tail_tags:
            after = toks[stem_last + 1].tag if stem_last < last else ""
            if after.startswith("J") and not toks[stem_last].tag.startswith(("J", "ETN")):
                # no particle follows a verb ending: Kiwi cut an unknown name into grammar
                # (미스트랄은 -> 미스트/이/랄/은), so the stem goes on to here
                break
            stem_last -= 1
        # a side noun glued to a name ("한울전자측은") is the name's, not part of it
        if stem_last > first and _side(toks[stem_last]):
            stem_last -= 1
        # a particle that Kiwi fused into an unknown name's last token is rare; a lone stem of
        # only grammar (a word that is all ending) is an empty stem
        stem_end = min(toks[stem_last].end, j) if stem_last >= first else i
        stem_end = max(stem_end, i)
        before = text[i - 1] if i else ""
        after = text[j] if j < n else ""
        blank_from = out[-1].end if out and blank_gap(text[out[-1].end : i]) else -1
        out.append(
            Piece(
                start=i,
                stem_end=stem_end,
                end=j,
                stem=text[i:stem_end],
                tail=text[stem_end:j],
                first=first,
                stem_last=stem_last,
                last=last,
                before=before,
                after=after,
                blank_from=blank_from,
            )
        )
        i = j
    return _quoted_versions(text, out)


def _side(tok: Tok) -> bool:
    """A bound noun that stands for a name's side (grammar.toml [pieces] sides): "측"."""
    return tok.tag == "NNB" and tok.form in resources().grammar.sides


_QUOTES = "'\"‘’“”`"  # some outlets quote names with backticks


def _quoted_versions(text: str, ps: list[Piece]) -> list[Piece]:
    """A quoted name of a word and a version number keeps the word whole even when Kiwi read
    its last syllable as a particle: in ``'든든이 2'`` the 이 is part of the name (a subject
    particle is never followed by a bare number and a closing quote)."""
    out = list(ps)
    for k, (a, b) in enumerate(itertools.pairwise(ps)):
        if (
            a.before in _QUOTES
            and a.tail in {"이", "가"}
            and b.after in _QUOTES
            and not b.tail
            and b.stem.replace(".", "").isdigit()
            and text[a.end : b.start] == " "
        ):
            out[k] = dataclasses.replace(
                a, stem_end=a.end, stem=a.stem + a.tail, tail="", stem_last=a.last
            )
    return out


def continues(prev: Piece, piece: Piece) -> bool:
    """May a name run on from ``prev`` into ``piece``?  Not past a particle or ending
    (``Anthropic은 AI``), nor over a comma, bracket or quote (``CJ대한통운, 쿠팡``): only a plain
    space joins the words of one name (``법무법인 태윤``)."""
    return not prev.tail and _spaced(prev, piece)


def _spaced(prev: Piece, piece: Piece) -> bool:
    return (piece.start - prev.end == 1 and prev.after.isspace()) or piece.blank_from == prev.end


def runs(ps: list[Piece], i: int, n: int, glued: bool = False) -> list[Piece] | None:
    """The ``n`` pieces from ``i`` when they can be one name (words joined by plain spaces).
    ``glued``: an inner word may carry what Kiwi read as a particle — for names a document
    already knows whole (``든든이 2에는`` after ``'든든이 2'``)."""
    run = ps[i : i + n]
    if len(run) < n or not all(p.stem for p in run):
        return None
    joined = _spaced if glued else continues
    return run if all(joined(a, b) for a, b in itertools.pairwise(run)) else None
