"""An organisation named with its legal form ("(주)연우", "㈜해창", "연우(주)", "주식회사 연우")
or with its head in brackets ("국회도서관(관장 이명우)", "한빛화학(대표이사 김하늘)").

Disclosure-based news writes a listed company's counterpart with its legal form, and the name is
often a word Kiwi knows as something else (연우 is a given name, 해창 two nouns), so the name
tagger passes it by and the acquisition loses its target.  The word right after the form (or
right before "(주)") is a company's name: a mention with a strong Company vote, without the form.
A word with a head in brackets is an organisation's name the same way (a public body's when the
head is one of a public body: grammar.toml ``bracket_public_heads``).

>>> from kg.kiwi import kiwi
>>> from kg.model import Sentence
>>> from kg.pieces import Tok, pieces
>>> s = Sentence("d#0", "d", 0, 0, 0, "한빛화학은 (주)연우를 인수했다.")
>>> toks = [Tok.of(t) for t in kiwi().tokenize(s.text)]
>>> [(m.text, m.votes) for m in legal_form_names(s, pieces(s.text, toks), toks, [False] * len(toks))]
[('연우', {'Company': 3.0})]
"""

from __future__ import annotations

from .model import Mention, Sentence
from .particles import claimed_name
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["headed_names", "legal_form_names"]

_VOTE = 3.0
# "(주)": Kiwi reads it as a bracketed piece "주"
_BRACKETED = "주"


def _form_before(ps: list[Piece], i: int) -> int:
    """How many leading characters of piece i are a legal form glued to it ("㈜연우": 1), or 0
    when the piece after a legal form is a whole name ("(주)연우", "주식회사 연우"); -1 when no
    legal form goes before it."""
    p = ps[i]
    forms = resources().grammar.legal_forms
    glued = next((f for f in forms if p.stem.startswith(f) and len(p.stem) > len(f)), "")
    if glued:
        return len(glued)
    prev = ps[i - 1] if i else None
    if prev is None:
        return -1
    if prev.stem == _BRACKETED and prev.before == "(" and prev.after == ")" and p.before == ")":
        return 0
    return 0 if prev.stem in forms and not prev.tail and p.before == " " else -1


def _form_after(ps: list[Piece], i: int) -> bool:
    """Does "(주)" follow piece i right after its stem ("연우(주)는")?"""
    nxt = ps[i + 1] if i + 1 < len(ps) else None
    return (
        nxt is not None
        and not ps[i].tail
        and ps[i].after == "("
        and nxt.stem == _BRACKETED
        and nxt.after == ")"
    )


def _spells_name(stem_toks: list[Tok]) -> bool:
    """No word of the grammar among a word's tokens; any others may spell a name ("연/MM 우")."""
    return bool(stem_toks) and not any(
        t.tag[0] in "JEV" or t.tag in {"XSV", "XSA"} for t in stem_toks
    )


def legal_form_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Each word written with a legal form, as a company's name (the form left out)."""
    out = []
    for i, p in enumerate(ps):
        cut = _form_before(ps, i)
        if cut < 0 and not _form_after(ps, i):
            continue
        cut = max(cut, 0)
        if len(p.stem) - cut < 2 or not _spells_name(toks[p.first : p.stem_last + 1]):
            continue
        span = (p.first, p.stem_last, p.start + cut, p.stem_end)
        if m := claimed_name(sentence, toks, taken, span, "legal-form", {"Company": _VOTE}):
            out.append(m)
    return out


def _bracketed_head(ps: list[Piece], i: int) -> str:
    """The title of the head written in brackets right after piece i ("한빛화학(대표이사 김하늘)",
    "누리신문(대표이사 사장 곽태헌)", "국회도서관(관장 이명우)"): the bracket holds one or two
    titles and one more word, the name; the first title, or ''."""
    if ps[i].tail or ps[i].after != "(":
        return ""
    g = resources().grammar
    heads = g.titles | g.bracket_public_heads
    inner = ps[i + 1 : i + 4]
    for n in (1, 2):
        if len(inner) <= n:
            return ""
        titles, name = inner[:n], inner[n]
        if not all(t.stem in heads and t.after == " " for t in titles):
            return ""
        if name.after == ")" and len(name.stem) >= 2:
            return titles[0].stem
    return ""


def headed_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """Each word followed by its head in brackets, as an organisation's name: a public body's
    when the head is one of a public body (관장, 총장), else a company's."""
    out = []
    for i, p in enumerate(ps):
        title = _bracketed_head(ps, i)
        if not title or not _spells_name(toks[p.first : p.stem_last + 1]):
            continue
        public = title in resources().grammar.bracket_public_heads
        votes = {"Organization" if public else "Company": _VOTE}
        span = (p.first, p.stem_last, p.start, p.stem_end)
        if m := claimed_name(sentence, toks, taken, span, "headed", votes):
            out.append(m)
    return out
