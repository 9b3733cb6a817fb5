"""Names a document writes twice over, one in brackets after the other: "업스테이지(Upstage)",
"다온텔레콤(이하 DTC)", "화광광전(華光光電·Huaguang Optoelectronics)".  kg.analysis reads them
once per document, before any relation, because a name and its apposition share their type
votes (kg.type_votes) and kg.resolve merges them into one entity.
"""

from __future__ import annotations

import itertools

from .bracket_makers import product_and_maker
from .model import Mention
from .resources import resources

__all__ = ["appositions"]


def appositions(sentences, per_sentence, mentions) -> list[tuple[int, int]]:
    """Name(Other name) pairs: 업스테이지(Upstage), Solar(솔라), 아서 멘슈(Arthur Mensch); a
    name with its spellings in other scripts listed in the brackets: 화광광전(華光光電·Huaguang
    Optoelectronics)."""
    out = []
    for s, ids in zip(sentences, per_sentence):
        for a, b in itertools.pairwise(ids):
            ma, mb = mentions[a], mentions[b]
            if ma.kind != "name" or mb.kind != "name":
                continue
            between = s.text[ma.end : mb.start]
            closing = s.text[mb.end : mb.end + 1]
            if between.strip() == "(" and closing == ")":
                if not product_and_maker(ma, mb):  # "'바삭칩(다온제과)'": two names
                    out.append((a, b))
            elif _hereafter(between, s.text[mb.end :]):
                out.append((a, b))  # "다온텔레콤(이하 DTC)"
            elif between.strip() == "(" and closing == "·":
                out += [(a, x) for x in _spellings(s.text, ids, mentions, a, b)]
    return out


#: quotes a short form may be written in: "(이하 '누정부')"
_QUOTES = "'\"‘’“”"


def _hereafter(between: str, after: str) -> bool:
    """The brackets say the short form stands for the name from here on: "(이하 SKT)",
    "(이하 '누정부')" ([names] hereafter in resources/grammar.toml)."""
    inner = between.strip()
    word = inner[1:].strip().strip(_QUOTES)
    return (
        inner.startswith("(")
        and word in resources().grammar.hereafter
        and after.lstrip(_QUOTES).startswith(")")
    )


def _spellings(text: str, ids: list[int], mentions: list[Mention], a: int, b: int) -> list[int]:
    """The names listed with a middle dot in the brackets after name ``a`` from ``b`` on, when
    each is written in a script of its own (Hangul, Hanja, Latin): one name's spellings."""
    run = [b]
    for x, y in itertools.pairwise(ids[ids.index(b) :]):
        if x != run[-1] or text[mentions[x].end : mentions[y].start] != "·":
            break
        run.append(y)
    if text[mentions[run[-1]].end : mentions[run[-1]].end + 1] != ")":
        return []
    scripts = [_script(mentions[x].text) for x in (a, *run)]
    return run if "" not in scripts and len(set(scripts)) == len(scripts) else []


def _script(name: str) -> str:
    """ "hangul", "hanja" or "latin" when the name is written in that script alone, else ""."""
    kinds = {
        "hangul" if "가" <= c <= "힣" else "hanja" if "一" <= c <= "鿿" else "latin" * c.isascii()
        for c in name
        if c.isalpha()
    }
    return kinds.pop() if len(kinds) == 1 else ""
