"""A row of names: the names written in one row with an answer in its sentence ("비전큐브·
딥인스펙트", "KT와 일본 라쿠텐으로부터 투자를 유치했다", "▲해나인베스트먼트 ▲미래로파트너스 등으로부터")
share its role, so they answer too."""

from __future__ import annotations

from dataclasses import replace

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .own_titles import holds_office, offices_asked
from .reader import Candidate

__all__ = ["coordinated"]


def coordinated(key: str, first: dict, pooled: dict, ri, keys: list[str], key_of) -> list[str]:
    """The names written in one row with the answer in its sentence ("비전큐브·딥인스펙트",
    "KT와 일본 라쿠텐으로부터"): the same role, so the answer too, unless the question asks for
    one (``forms.single_words``: "주도한", "가장 많은").  Names of the answer's type only; a
    place may stand between them ("일본").  ``first``/``pooled``: each answer key's best
    candidate and summed probability (search/qa.py Choice), ``ri`` the reader's input
    (search/reader_input.py), ``keys`` the answers so far, ``key_of`` a candidate's key;
    names of the row the reader did not offer join ``first``."""
    best = first[key]
    if best.entity is None or not ri.expected or best.entity.get("type") not in ri.expected:
        return keys
    if set(ri.reading.terms) & set(answer_type_tables()["forms"]["single_words"]):
        return keys
    p = ri.passages[best.passage]
    toks = p.tokens
    places = {
        i
        for i, t in enumerate(toks)
        for e in p.entities
        if e.get("type") == "Place" and e["start"] <= t.start < e["end"]
    }
    glue = {i for i, t in enumerate(toks) if _glue(t)}
    # what a row may say of its next name ("▲게임사 모아플레이", "과 쇼핑 서비스 '링커스샵'")
    described = {i for i, t in enumerate(toks) if t.tag in _DESCRIBING}

    def joined(a: Candidate, b: Candidate) -> bool:
        lo, hi = sorted((a, b), key=lambda c: c.span.first)
        between = range(lo.span.last + 1, hi.span.first)
        return (
            bool(between)
            and all(i in glue or i in places or i in described for i in between)
            and any(i in glue for i in between)
        )

    posts = offices_asked(ri.reading.tokens, ri.reading.asked)

    def same_office(c: Candidate) -> bool:
        # "안병화 상공장관·허경만 국회상공위원장": a row of people in other offices than the asked
        return not posts or holds_office(toks, c.span.last, posts)

    row = [best]
    for k in sorted(pooled, key=lambda k: -pooled[k]):
        c = first[k]
        if k in keys or c.passage != best.passage or c.entity is None:
            continue
        if (
            c.entity.get("type") in ri.expected
            and same_office(c)
            and any(joined(c, r) for r in row)
        ):
            row.append(c)
            keys = [*keys, k]
    for c in _unread(best, p, ri.expected, key_of):
        k = key_of(c)
        if _asked_about(c, ri):
            continue  # the entity the question names never answers it ("X에 투자한 곳": not X)
        if k not in keys and same_office(c) and any(joined(c, r) for r in row):
            row.append(c)
            keys = [*keys, k]
            first.setdefault(k, c)  # a name of the row the reader did not offer
    return keys


#: the tags of the words that describe a name of a row before it: common nouns, their
#: suffixes, quotation marks
_DESCRIBING = frozenset({"NNG", "XSN", "SSO", "SSC"})


def _glue(t) -> bool:
    """A token that joins two names of a row: 와/과, a middle dot or comma, or the bullet
    opening the next item ("▲해나인베스트먼트 ▲미래로파트너스"; not "-", which also joins words)."""
    if t.tag in {"JC", "SP"}:
        return True
    return t.tag == "SW" and t.form in resources().grammar.bullets and t.form != "-"


def _unread(best: Candidate, p, expected, key_of) -> list[Candidate]:
    """The names of ``best``'s sentence as candidates like ``best``: its entity mentions of
    the expected types, and single proper nouns no entity holds ("신한은행·우리은행과" where the
    extractor found 신한은행 only)."""
    toks = p.tokens
    out = []
    covered: set[int] = set()
    for e in p.entities:
        idx = [i for i, t in enumerate(toks) if e["start"] <= t.start < e["end"]]
        covered |= set(idx)
        if idx and e.get("type") in expected:
            out.append(_at(best, p, idx[0], idx[-1], dict(e)))
    for i, t in enumerate(toks):
        if t.tag == "NNP" and i not in covered and len(t.form) >= 2:
            out.append(_at(best, p, i, i, None))
    return [c for c in out if key_of(c) != key_of(best)]


def _asked_about(c: Candidate, ri) -> bool:
    """A name of the row that the question itself names (by its entity or its words)."""
    if c.entity is not None and c.entity.get("id") in ri.named:
        return True
    return name_key(c.text) in ri.named_names


def _at(best: Candidate, p, first: int, last: int, entity) -> Candidate:
    start, end = p.tokens[first].start, p.tokens[last].end
    text = p.text[start:end]
    span = replace(best.span, text=text, start=start, end=end, first=first, last=last)
    return replace(best, text=text, span=span, entity=entity)
