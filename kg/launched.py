"""What a company launches is a product: "누리덤을 출시했다", "한빛바이오가 선보인 메가덤은",
"주력 제품인 메가덤".

A product's name looks like a company's (a brand of a few syllables), and the tagger may vote
Company; news writes a product as the object of a launch, after a launch's relative clause, or
after a word for a product (kg/resources/launches.toml).  There it is a product (Model).  A name
the lexicon knows, or one whose ending makes it an organisation (grammar.toml [organisations]:
"한빛바이오"), keeps its type.
"""

from __future__ import annotations

import functools

from .model import Mention
from .named_organisations import names_organisation
from .pieces import Tok
from .resources import load_table

__all__ = ["vote_launched"]

# how many tokens after the object's particle the launch may lie ("을 국내에 새로 내놓았다")
_REACH = 5
# tags that end the object's clause before a launch: a verb's ending or a sentence's end
_ENDS = {"EC", "EF", "ETM", "SF"}


@functools.lru_cache(maxsize=1)
def _table() -> dict:
    return load_table("launches.toml")


def _launch(toks: list[Tok], k: int) -> bool:
    """Token k launches: 선보이/내놓, or 출시 made a verb (Kiwi reads "출시한" as 출시 + 한/MM)."""
    t, tok = _table(), toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if tok.tag == "VV":
        return tok.form in t["launch_verbs"]
    made = nxt is not None and (nxt.tag == "XSV" or (nxt.tag == "MM" and nxt.form == "한"))
    return tok.tag == "NNG" and tok.form in t["launch_nouns"] and made


def _launched_before(toks: list[Tok], first: int) -> bool:
    """The tokens before the name's first launch it ("선보인 X") or call it a product ("제품인
    X", "제품 X")."""
    products = _table()["product_words"]
    before = toks[max(0, first - 3) : first]
    if before and before[-1].tag == "NNG" and before[-1].form in products:
        return True
    if len(before) >= 2 and before[-1].tag in {"ETM", "MM"}:
        if before[-2].tag == "VCP":  # "제품이/VCP ᆫ/ETM X"
            return len(before) == 3 and before[0].form in products
        return any(_launch(toks, k) for k in range(max(0, first - 3), first))
    return False


def _launched_after(toks: list[Tok], particle: int) -> bool:
    """The object marked at token ``particle`` (을/를) is launched within its clause."""
    for k in range(particle + 1, min(len(toks), particle + 1 + _REACH)):
        if _launch(toks, k):
            return True
        if toks[k].tag in _ENDS:
            return False
    return False


def vote_launched(toks: list[Tok], mentions: list[Mention]) -> None:
    """Vote Model for a name typed a company that news writes as a launched product.

    >>> from kg.kiwi import kiwi
    >>> toks = [Tok.of(t) for t in kiwi().tokenize("회사는 누리덤을 출시했다.")]
    >>> m = Mention("d#0", 4, 7, "누리덤", votes={"Company": 2.8})
    >>> m.particle = "을"
    >>> vote_launched(toks, [m]); m.votes
    {'Model': 3.0}
    """
    for m in mentions:
        if m.kind != "name" or m.voted_type != "Company" or names_organisation(m):
            continue
        first = next((i for i, t in enumerate(toks) if t.start >= m.start), None)
        after = next((i for i, t in enumerate(toks) if t.start >= m.end), None)
        if first is None:
            continue
        marked = after is not None and toks[after].tag == "JKO" and m.particle in {"을", "를"}
        if _launched_before(toks, first) or (marked and _launched_after(toks, after)):
            m.votes = {"Model": 3.0}
