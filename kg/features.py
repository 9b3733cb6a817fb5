"""What the name tagger (kg.tagger) sees of each piece of a sentence: feature names, each worth 1.

The rules of Korean news turned into evidence the model weighs: Kiwi's tags, the piece's ending
(``-벤처스``, ``-부``, ``-구``), a title next to it (``대표``), a family name and a name-sized word
before a title, the particle it carries, quotes and brackets around it, the cue noun before or after
(``스타트업 X``, ``X 모델``), the lexicon.  A name itself is never a feature (only closed-class words
are), so the model learns how names are written, not which names it saw.

>>> from kg.kiwi import kiwi
>>> from kg.pieces import Tok, pieces
>>> s = "김하늘 누리AI 대표는"
>>> toks = [Tok.of(t) for t in kiwi().tokenize(s)]
>>> [f for f in features(pieces(s, toks), toks)[0] if f.startswith("chain")]
['chain=person:2']
"""

from __future__ import annotations

import functools
import re

from .names import name_key
from .pieces import Piece, Tok, continues
from .resources import goods_stems, resources

__all__ = ["closed_words", "features"]

_NUMERIC = re.compile(r"\d")
_CLOSED_TAGS = {"NNG", "NNB", "MAG", "MM", "VV", "VA", "XR", "NR", "NP", "MAJ", "IC", "XPN"}


def _shape(text: str) -> str:
    out = []
    for ch in text:
        if "가" <= ch <= "힣":
            c = "H"
        elif ch.isascii() and ch.isalpha():
            c = "U" if ch.isupper() else "L"
        elif ch.isdigit():
            c = "D"
        else:
            c = "P"
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _length(text: str) -> str:
    n = len(text)
    return str(n) if n <= 4 else ("5-6" if n <= 6 else "7+")


def _ending_type(stem: str, table: dict[str, str]) -> str:
    for n in range(min(len(stem) - 1, 8), 0, -1):
        t = table.get(stem[-n:])
        if t:
            return t
    return ""


@functools.lru_cache(maxsize=1)
def closed_words() -> frozenset[str]:
    """Words of the grammar a name is never made of alone: cue nouns, titles, determiners, self
    nouns ("회사", "대표", "해당", "동사")."""
    res = resources()
    g = res.grammar
    return frozenset(
        set(res.cue_nouns)
        | g.titles
        | g.title_modifiers
        | g.former
        | g.determiners
        | g.self_nouns
        | g.plural_pronouns
    )


def _own(p: Piece, toks: list[Tok]) -> dict[str, str]:
    """What a piece says about itself (the features its neighbours also see)."""
    res = resources()
    g = res.grammar
    stem = p.stem
    stoks = toks[p.first : p.stem_last + 1]
    tags = [t.tag for t in stoks]
    f: dict[str, str] = {}
    f["shape"] = _shape(stem) if stem else "-"
    f["len"] = _length(stem)
    f["tag0"] = tags[0] if tags else "-"
    f["tagN"] = tags[-1] if tags else "-"
    f["ntok"] = str(min(len(tags), 3))
    if any(t in g.tail_tags for t in tags):
        f["odd"] = "1"  # grammar inside a stem: Kiwi cut a word it does not know
    tail_tags = [t.tag for t in toks[p.stem_last + 1 : p.last + 1]]
    f["tail"] = tail_tags[0] if tail_tags else "-"
    if stem in closed_words() or (stoks and all(t.tag in _CLOSED_TAGS for t in stoks)):
        f["w"] = stem
    if stem in g.titles or any(stem.endswith(t) and len(t) >= 2 for t in g.titles):
        f["title"] = "1"
    cue = res.cue_nouns.get(stem)
    if cue:
        f["cue"] = cue
    org = _ending_type(stem, g.org_suffixes)
    if org:
        f["orgend"] = org
    if any(stem.startswith(x) and len(stem) > len(x) + 1 for x in g.public_prefixes):
        f["public"] = "1"
    if len(stem) >= 2 and stem[-1] in g.place_suffixes and _shape(stem) == "H":
        f["placeend"] = stem[-1]
    if _shape(stem) == "H" and 2 <= len(stem) <= 4:
        if stem[:1] in g.surnames or stem[:2] in g.surnames:
            f["surname"] = str(len(stem))
    if stem[:1] in g.surnames and len(stem) == 1:
        f["surname"] = "alone"
    if _NUMERIC.search(stem):
        f["num"] = "1"
    entry = res.lexicon_by_key.get(name_key(stem)) if stem else None
    if entry:
        f["lex"] = entry.type
    if stem.casefold() in res.stopnames:
        f["stop"] = "1"
    return f


def _predicate_at(toks: list[Tok], k: int) -> str:
    """The relation (or 'report') a predicate starting at token k states, or ''."""
    res = resources()
    t = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if t.tag == "VV" or (t.tag in {"NNG", "NNP"} and nxt is not None and nxt.tag == "XSV"):
        stem = t.form if t.tag == "VV" else t.form + "하"
        if stem in res.grammar.reporting_verbs:
            return "report"
        # an order's goods are no party: the tagger does not read "수주한 X" as a partner's name
        frames = [
            f
            for f in res.frames_by_stem.get(t.form, ())
            if not (f.relation == "PARTNER_OF" and t.form in goods_stems())
        ]
        if frames:
            passive = nxt is not None and nxt.form in {"되", "받"}
            return frames[0].relation + ("/passive" if passive else "")
    return ""


def _context(ps: list[Piece], toks: list[Tok]) -> list[list[str]]:
    """What the clause says about each piece: the predicate its particle attaches it to
    ("X가 ... 개발했다" -> subj:DEVELOPED), the relative clause it heads ("개발한 X")."""
    preds = [(k, _predicate_at(toks, k)) for k in range(len(toks))]
    preds = [(k, r) for k, r in preds if r]
    out = []
    for i, p in enumerate(ps):
        f = []
        tail = [t for t in toks[p.stem_last + 1 : p.last + 1] if t.tag.startswith("J")]
        role = {"JKS": "subj", "JX": "subj", "JKO": "obj", "JKB": "adv", "JKG": "gen"}.get(
            tail[0].tag if tail else "", ""
        )
        if role:
            nxt = next((r for k, r in preds if k > p.last), "")
            if nxt:
                f.append(f"{role}:{nxt}")
                if role == "adv":
                    f.append(f"adv:{tail[0].form}:{nxt}")
        if i > 0 and ps[i - 1].tail and toks[ps[i - 1].last].tag == "ETM":
            rel = next((r for k, r in preds if ps[i - 1].first <= k <= ps[i - 1].last), "")
            f.append(f"relhead={rel or 'other'}")
        out.append(f)
    return out


def _chains(ps: list[Piece], own: list[dict[str, str]]) -> list[list[str]]:
    """Where a piece stands in the news order "name organisation title" (``김하늘 누리AI 대표``,
    ``어지수 전 NH투자증권 이사``): a name-shaped word up to three plain-spaced words before a
    title is a person (``chain=person:D``), the words between them are where the person works
    (``chain=org``)."""
    modifiers = resources().grammar.title_modifiers
    out: list[list[str]] = [[] for _ in ps]
    for j in range(1, len(ps)):
        if "title" not in own[j]:
            continue
        # "한빛반도체 최고기술책임자(CTO) 박정우는": the title before the name
        after = j + 1
        if after < len(ps) and own[after].get("surname", "alone") != "alone" and not ps[j].tail:
            if continues(ps[j], ps[after]) or ps[j].after == ")":
                out[after].append("chain=person:1")  # next to its title, as "박정우 CTO"
        k = j
        while k > 0 and j - k < 3 and continues(ps[k - 1], ps[k]):
            k -= 1
        # a word that ends like an organisation is not the person ("한양대 로봇공학과 교수")
        person = next(
            (
                a
                for a in range(k, j)
                if own[a].get("surname", "alone") != "alone" and "orgend" not in own[a]
            ),
            None,
        )
        if person is None:
            continue
        out[person].append(f"chain=person:{j - person}")
        for b in range(person + 1, j):
            if ps[b].stem not in modifiers:
                out[b].append("chain=org")
    _former_chains(ps, own, out)
    return out


def _former_chains(ps: list[Piece], own: list[dict[str, str]], out: list[list[str]]) -> None:
    """ "누리마트 물류센터 운영총괄 출신인 하도윤": the words before "출신" (grammar.toml
    titles.former), and before the title in front of it, are where the person was
    (``chain=former``), whoever is named after."""
    former = resources().grammar.former
    for j in range(1, len(ps)):
        if ps[j].stem not in former or not continues(ps[j - 1], ps[j]):
            continue
        k = j - 1
        while k > 0 and j - k < 3 and continues(ps[k - 1], ps[k]):
            k -= 1
        for b in range(k, j):
            if "title" not in own[b]:
                out[b].append("chain=former")


def features(ps: list[Piece], toks: list[Tok]) -> list[list[str]]:
    """Feature names of every piece of a sentence (crfsuite attributes, each worth 1)."""
    own = [_own(p, toks) for p in ps]
    context = _context(ps, toks)
    chains = _chains(ps, own)
    out = []
    for i, p in enumerate(ps):
        f = ["bias", *context[i], *chains[i]]
        f += [f"{k}={v}" for k, v in own[i].items()]
        f.append(f"suf1={p.stem[-1:]}")
        f.append(f"suf2={p.stem[-2:]}")
        f.append(f"pre1={p.stem[:1]}" if "surname" in own[i] else "pre1=?")
        f.append(f"tailtxt={p.tail}" if len(p.tail) <= 3 else "tailtxt=long")
        f.append(f"before={p.before if p.before.strip() else '_'}")
        f.append(f"after={p.after if p.after.strip() else '_'}")
        f.append(f"tail+after={bool(p.tail)}{p.after if p.after.strip() else '_'}")
        for d in (-2, -1, 1, 2):
            j = i + d
            if not 0 <= j < len(ps):
                f.append(f"{d}:edge")
                continue
            for k in ("title", "cue", "w", "surname", "orgend", "shape", "tail", "num", "lex"):
                if k in own[j] and (abs(d) == 1 or k in {"title", "cue", "w"}):
                    f.append(f"{d}:{k}={own[j][k]}")
            if abs(d) == 1:
                f.append(f"{d}:tailtxt={ps[j].tail}" if len(ps[j].tail) <= 3 else f"{d}:tail=long")
        # the gap to the next piece: a plain space lets a name go on
        if i + 1 < len(ps):
            spaced = ps[i + 1].start == p.end + 1 or ps[i + 1].blank_from == p.end  # "(왼쪽)"
            gap = "sp" if spaced and not p.tail else "cut"
            f.append(f"gap={gap}")
        out.append(f)
    return out
