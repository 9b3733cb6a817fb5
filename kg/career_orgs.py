"""The organisation of a post in a career, even when the tagger passes it by: "MBC 기자,
보도국장 등을 역임했다", "누리방송에서 기자로 일했다".

A career names where a person held each post: an organisation right before a title, the posts
held with a verb of holding (careers.toml ``[held]``: 역임, 지내, 거치), or an organisation
marked 에서 before "TITLE로" and a verb of working (predicates.toml WORKED_AT stems: 일하,
근무).  The name tagger reads "X 기자" as a byline's shape and skips X; here X is a name with a
Company vote when it is no word of the grammar.

>>> from kg.kiwi import kiwi
>>> from kg.model import Sentence
>>> from kg.pieces import Tok, pieces
>>> s = Sentence("d#0", "d", 0, 0, 0, "김하늘 씨는 누리방송 기자와 보도국장을 역임했다.")
>>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
>>> [(m.text, m.votes) for m in career_orgs(s, pieces(s.text, toks), toks, [False] * len(toks))]
[('누리방송', {'Company': 2.0})]
"""

from __future__ import annotations

import functools

from .features import closed_words
from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import load_table, resources

__all__ = ["career_orgs"]

_VOTE = 2.0
# endings of units inside an organisation besides grammar.toml's title units: a research group,
# a centre, a lab (연구실)
_UNIT_ENDINGS = ("연구단", "사업단", "센터", "연구실", "연구소")
# the tags an organisation's name is made of
_NAME_TAGS = {"NNG", "NNP", "SL", "SN", "SH"}


@functools.lru_cache(maxsize=1)
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """Verbs of holding a post ("역임"), verbs of working somewhere ("일하")."""
    held = frozenset(load_table("careers.toml")["held"]["verbs"])
    return held, resources().frame_of["WORKED_AT"].stems


def _career_verb(toks: list[Tok], after: int, kinds: frozenset[str]) -> bool:
    """A verb of ``kinds`` comes after token ``after`` before the sentence's end."""
    return any(t.form in kinds and t.tag in {"VV", "NNG"} for t in toks[after + 1 :])


def _is_org_word(p: Piece, toks: list[Tok]) -> bool:
    """A name of an organisation, not a field or a unit ("마케팅 총괄", "연구실에서 연구원으로"):
    a proper noun or Latin letters in it, or an ending of a company's or an outlet's name."""
    g = resources().grammar
    stem_toks = toks[p.first : p.stem_last + 1]
    endings = tuple(w for w, kind in g.org_suffixes.items() if kind == "Company")
    named = any(t.tag in {"NNP", "SL"} for t in stem_toks) or (
        p.stem.endswith(endings + tuple(g.outlet_endings)) and len(stem_toks) > 1
    )
    # a unit of an organisation ("로봇연구단", "전략기획실") is no organisation of its own
    unit = p.stem.endswith(tuple(g.units) + _UNIT_ENDINGS)
    return (
        named
        and not unit
        and len(p.stem) >= 2
        and all(t.tag in _NAME_TAGS for t in stem_toks)
        and p.stem not in closed_words()
        and p.stem not in g.titles
        and p.stem.casefold() not in resources().stopnames
    )


def career_orgs(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Each organisation a career sentence writes before a post it held, as a name with a
    Company vote (no name a detector before took)."""
    held, worked = _verbs()
    g = resources().grammar
    titles = g.titles | g.reporters  # "MBC 기자": a reporter's word is a post too
    out = []
    for i, p in enumerate(ps[:-1]):
        post = ps[i + 1]
        if post.stem not in titles or not _is_org_word(p, toks):
            continue
        bare = not p.tail and p.after == " " and _career_verb(toks, post.last, held)
        worked_at = (
            p.tail == "에서"
            and post.tail in {"로", "으로"}
            and _career_verb(toks, post.last, worked)
        )
        if not (bare or worked_at):
            continue
        span = (p.first, p.stem_last, p.start, p.stem_end)
        if m := claimed_name(sentence, toks, taken, span, "career", {"Company": _VOTE}):
            out.append(m)
    return out
