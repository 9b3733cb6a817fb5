"""Drug products in quotes: approval news quotes a drug's name, and the name ends in its dosage
form ("'로나벨정'", "'테라핀주'(성분명 모라지맙)", "'닥사스정500마이크로그램'"): such a quoted word is
a product (Model) whatever the tagger made of it, and the bracket after it gives its ingredient,
which is no entity ("'로나벨정'(아미로딘)": 아미로딘 is no company).  The other way round,
"'모라지맙(제품명: 테라핀주)'" quotes the ingredient and brackets the product.  The words are data
(resources/drug_names.toml).

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "한빛제약은 '로나벨정'(아미로딘)을 허가받았다.")])
>>> sorted((e.name, e.type) for e in ex.entities.values())
[('로나벨정', 'Model'), ('한빛제약', 'Company')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .coined_words import coined
from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import load_table

__all__ = ["drug_form", "drug_names"]

# a quoted name, a bracket inside the quotes or right after them: "'X'", "'X(Y)'", "'X'(Y)"
_QUOTED = re.compile(
    r"['‘\"“]([^'‘’\"“”()]{2,30})(?:\(([^()]{1,60})\))?['’\"”](?:\(([^()]{1,60})\))?"
)
_MAX_WORDS = 3
# what joins the names of a quoted list: "및", "·", a comma
_JOINER = re.compile(r"\s*(?:,|·|\s및\s)\s*")


@dataclass(frozen=True)
class _Words:
    forms: tuple[str, ...]  # longest first
    strength: re.Pattern
    ingredient: frozenset[str]
    product: frozenset[str]
    makers: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    t = load_table("drug_names.toml")
    units = "|".join(re.escape(u) for u in sorted(t["units"], key=len, reverse=True))
    return _Words(
        forms=tuple(sorted(t["forms"], key=len, reverse=True)),
        strength=re.compile(rf"\s*\d[\d.,/]*\s*(?:{units})$"),
        ingredient=frozenset(t["ingredient_words"]),
        product=frozenset(t["product_words"]),
        makers=tuple(t["maker_endings"]),
    )


def drug_form(name: str) -> str:
    """The dosage form ``name`` ends in, its strength aside ('' when none, or when the name is a
    word Kiwi knows or too short to be more than its form: '일정', '경주').

    >>> drug_form("닥사스정500마이크로그램"), drug_form("로시놀액"), drug_form("일정")
    ('정', '액', '')
    """
    words = _words()
    if not name or len(name.split()) > _MAX_WORDS:
        return ""
    last = words.strength.sub("", name).split()[-1] if words.strength.sub("", name) else ""
    for form in words.forms:
        if last.endswith(form) and len(last) - len(form) >= 2 and coined(last):
            return form
    return ""


def drug_names(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention], taken: list[bool]
) -> list[Mention]:
    """``mentions`` with each quoted drug product a Model mention and the names inside its
    ingredient's bracket gone ("'로나벨정'(아미로딘)을": 로나벨정, Model; 아미로딘, none)."""
    del ps  # the pipeline's common signature; quotes and brackets are read from the text
    out = list(mentions)
    for q in _QUOTED.finditer(sentence.text):
        brackets = [b for b in (2, 3) if q.group(b)]
        product = next((b for b in brackets if _opens(q, b, _words().product)), None)
        if product is not None:
            out = _name(sentence, toks, out, taken, _after_word(q, product))
            out = _drop(out, toks, taken, q.span(1))
            continue
        drugs = [d for d in _listed(q) if drug_form(sentence.text[d[0] : d[1]])]
        for span in drugs:
            out = _name(sentence, toks, out, taken, span)
        for b in brackets if drugs else []:
            for span in _ingredients(q, b):
                out = _drop(out, toks, taken, span)
    return out


def _listed(q: re.Match) -> list[tuple[int, int]]:
    """The spans of the names one quote lists ("'테라핀주25mg 및 테라핀주100mg'": two)."""
    spans, pos = [], q.start(1)
    for j in _JOINER.finditer(q.group(1)):
        spans.append((pos, q.start(1) + j.start()))
        pos = q.start(1) + j.end()
    return [*spans, (pos, q.end(1))]


def _opens(q: re.Match, b: int, words: frozenset[str]) -> bool:
    """Does bracket ``b`` of the quote open with one of ``words`` ("(제품명: 테라핀주)")?"""
    return any(q.group(b).lstrip().startswith(w) for w in words)


def _after_word(q: re.Match, b: int) -> tuple[int, int]:
    """The span of what bracket ``b`` names after its opening word and a colon ("제품명 :
    테라핀주": 테라핀주)."""
    inner = q.group(b)
    word = next(
        w for w in sorted(_words().product, key=len, reverse=True) if inner.lstrip().startswith(w)
    )
    start = q.start(b) + inner.index(word) + len(word)
    rest = q.string[start : q.end(b)]
    lead = len(rest) - len(rest.lstrip(" :："))
    return (start + lead, q.end(b) - (len(rest) - len(rest.rstrip())))


def _ingredients(q: re.Match, b: int) -> list[tuple[int, int]]:
    """The parts of bracket ``b`` after a drug that name its ingredient: one opened by an
    ingredient word ("성분명 모라지맙"), or the first part when no word marks any and it is no
    maker's name ("(아미로딘, 한빛제약)": 아미로딘; "(한빛제약)": none)."""
    words = _words()
    parts, pos = [], q.start(b)
    for part in q.group(b).split(","):
        parts.append((pos, pos + len(part), part.strip()))
        pos += len(part) + 1
    marked = [(s, e) for s, e, p in parts if any(p.startswith(w) for w in words.ingredient)]
    if marked:
        return marked
    s, e, first = parts[0]
    return [] if first.endswith(words.makers) else [(s, e)]


def _name(sentence, toks, mentions, taken, span) -> list[Mention]:
    """``mentions`` with one Model mention over ``span`` in place of the names cut out of it."""
    start, end = span
    if end <= start:
        return mentions
    inside = [k for k, t in enumerate(toks) if start <= t.start < end]
    if not inside:
        return mentions
    same = [m for m in mentions if m.kind == "name" and (m.start, m.end) == span]
    if same:
        for m in same:
            m.votes["Model"] = m.votes.get("Model", 0.0) + 3.0
        return mentions
    kept = [m for m in mentions if not (m.kind == "name" and start <= m.start and m.end <= end)]
    if any(m.start < end and m.end > start for m in kept):
        return mentions  # a name reaches out of the quotes: not the product's alone
    m = Mention(sentence.id, start, end, sentence.text[start:end], rule="drug-name")
    m.votes = {"Model": 3.0}
    m.particle, m.role = particles_after(toks, inside[-1], end, sentence.text)
    for k in inside:
        taken[k] = True
    return [*kept, m]


def _drop(mentions, toks, taken, span) -> list[Mention]:
    """``mentions`` less the names inside ``span``; its tokens stay taken so that no later
    detector reads them as a name."""
    start, end = span
    for k, t in enumerate(toks):
        if start <= t.start < end:
            taken[k] = True
    return [m for m in mentions if not (m.kind == "name" and start <= m.start and m.end <= end)]
