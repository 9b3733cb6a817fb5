"""A word listed among companies is a company: "한빛벤처스, 누리캐피털, 모래와 솔비가 참여했다".

Start-ups are named with plain words ("모래", "라임") that the tagger takes for common nouns;
in a list of three or more words joined by commas, middle dots or 와/과, of which two or more
are names voted companies, each other plain noun is a name too.  Words of the grammar (cue
nouns, titles: "정부", "스타트업", "대표"; kg.features.closed_words) are listed as what they
are.  The vote is weaker than the tagger's ("누리AI와 한빛소프트, 서울시가": a place the tagger
knows stays one).
"""

from __future__ import annotations

from .coined_words import NOUN_TAGS
from .features import closed_words
from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["listed_names", "plain_word"]

_VOTE = 2.0  # below the tagger's 3.0 for a name it is sure of


def _runs(ps: list[Piece]) -> list[list[Piece]]:
    """Runs of three or more words joined as a list ("A, B와 C")."""
    joiners = resources().grammar.particles.get("with", ())
    out, run = [], []
    for p in ps:
        run.append(p)
        joined = (not p.tail and p.after in {",", "·"}) or (p.tail in joiners and p.after == " ")
        if not joined:
            if len(run) >= 3:
                out.append(run)
            run = []
    return out


def plain_word(p: Piece, toks: list[Tok]) -> bool:
    """A word that may be a name: two letters or more, all nouns, no word of the grammar, not
    made a verb ("루닛, 뷰노와 경쟁하고")."""
    stem = p.stem
    if len(stem) < 2 or stem in closed_words() or stem.casefold() in resources().stopnames:
        return False
    made = p.stem_last + 1 < len(toks) and toks[p.stem_last + 1].tag in {"XSV", "XSA"}
    return not made and all(t.tag in NOUN_TAGS - {"SN"} for t in toks[p.first : p.stem_last + 1])


def listed_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` and a company for each plain word listed among two companies or more."""
    names = {m.span: m for m in mentions if m.kind == "name"}
    out = list(mentions)
    for run in _runs(ps):
        companies = [p for p in run if (n := names.get(p.span)) and n.voted_type == "Company"]
        if len(companies) < 2:
            continue
        for p in run:
            # a last word with no particle Kiwi told apart may hold one ("라임이/NNP")
            unsure = p is run[-1] and not p.tail
            if p.span in names or unsure or not plain_word(p, toks):
                continue
            span = (p.first, p.stem_last, p.start, p.stem_end)
            if m := claimed_name(sentence, toks, taken, span, "listed", {"Company": _VOTE}):
                out.append(m)
    return out
