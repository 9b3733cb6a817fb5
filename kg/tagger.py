"""Which pieces of a sentence are names, and of what type: a linear-chain CRF over pieces.

Every piece (kg.pieces) gets a label: ``B-Company`` (a Company name starts here), ``I-Company``
(it goes on), ..., or ``O``.  The features are the rules of Korean news turned into evidence the
model weighs: Kiwi's tags, the piece's ending (``-벤처스``, ``-부``, ``-구``), a title next to it
(``대표``), a family name and a name-sized word before a title, the particle it carries, quotes
and brackets around it, the cue noun before or after (``스타트업 X``, ``X 모델``), the lexicon.
A name itself is never a feature (only closed-class words are), so the model learns how names
are written, not which names it saw.

The weights are data: ``resources/tagger.json``, written by ``bench/fit_tagger.py`` (which says
what it was fitted on and its cross-validated scores).  Decoding is Viterbi in plain Python; the
type of each found name comes with the model's marginal probability.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .names import name_key
from .pieces import Piece, Tok
from .resources import resources

__all__ = ["NameSpan", "TaggerModel", "features", "load_model", "tag"]

MODEL_PATH = Path(__file__).with_name("resources") / "tagger.json"
TYPES = ("Company", "Organization", "Person", "Model", "Place")
_NUMERIC = re.compile(r"\d")
_CLOSED_TAGS = {"NNG", "NNB", "MAG", "MM", "VV", "VA", "XR", "NR", "NP", "MAJ", "IC", "XPN"}


@dataclass(frozen=True)
class NameSpan:
    """A name the tagger found: pieces ``first..last`` (inclusive), its type and probability."""

    first: int
    last: int
    type: str
    prob: float
    type_probs: dict


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
def _closed_words() -> frozenset[str]:
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
    if stem in _closed_words() or (stoks and all(t.tag in _CLOSED_TAGS for t in stoks)):
        f["w"] = stem
    if stem in g.titles or any(stem.endswith(t) and len(t) >= 2 for t in g.titles):
        f["title"] = "1"
    cue = res.cue_nouns.get(stem)
    if cue:
        f["cue"] = cue
    org = _ending_type(stem, g.org_suffixes)
    if org:
        f["orgend"] = org
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
        frames = res.frames_by_stem.get(t.form)
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


def features(ps: list[Piece], toks: list[Tok]) -> list[list[str]]:
    """Feature names of every piece of a sentence (crfsuite attributes, each worth 1)."""
    own = [_own(p, toks) for p in ps]
    context = _context(ps, toks)
    out = []
    for i, p in enumerate(ps):
        f = ["bias", *context[i]]
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
            gap = "sp" if ps[i + 1].start == p.end + 1 and not p.tail else "cut"
            f.append(f"gap={gap}")
        out.append(f)
    return out


@dataclass(frozen=True)
class TaggerModel:
    labels: tuple[str, ...]
    transitions: tuple[tuple[float, ...], ...]  # [from][to]
    weights: dict[str, dict[int, float]]  # feature -> label index -> weight
    meta: dict


def load_model(path: str | None = None) -> TaggerModel:
    """The tagger's weights: ``path``, else $KGSEARCH_TAGGER, else the built-in model."""
    return _load(path or os.environ.get("KGSEARCH_TAGGER") or str(MODEL_PATH))


@functools.lru_cache(maxsize=4)
def _load(path: str) -> TaggerModel:
    if not Path(path).is_file():
        raise FileNotFoundError(f"tagger model {path} is not a file (KGSEARCH_TAGGER?)")
    d = json.loads(Path(path).read_text(encoding="utf-8"))
    labels = tuple(d["labels"])
    index = {label: i for i, label in enumerate(labels)}
    trans = [[0.0] * len(labels) for _ in labels]
    for key, w in d["transitions"].items():
        a, b = key.split(" ")
        trans[index[a]][index[b]] = w
    weights = {
        feat: {index[label]: w for label, w in per.items()} for feat, per in d["features"].items()
    }
    return TaggerModel(labels, tuple(tuple(r) for r in trans), weights, d.get("meta", {}))


def _scores(model: TaggerModel, feats: list[list[str]]) -> list[list[float]]:
    n = len(model.labels)
    out = []
    for fs in feats:
        row = [0.0] * n
        for f in fs:
            for li, w in model.weights.get(f, {}).items():
                row[li] += w
        out.append(row)
    return out


def _allowed(model: TaggerModel) -> list[list[bool]]:
    """I-X may only follow B-X or I-X."""
    labels = model.labels
    ok = []
    for a in labels:
        row = []
        for b in labels:
            row.append(not b.startswith("I-") or (a[2:] == b[2:] and a != "O"))
        ok.append(row)
    return ok


def _viterbi(model, scores) -> list[int]:
    n = len(model.labels)
    allowed = _allowed(model)
    start = [s if not model.labels[j].startswith("I-") else -1e9 for j, s in enumerate(scores[0])]
    best, back = [start], []
    for t in range(1, len(scores)):
        row, ptr = [], []
        for j in range(n):
            cand = [
                best[-1][i] + model.transitions[i][j] if allowed[i][j] else -1e9 for i in range(n)
            ]
            i = max(range(n), key=cand.__getitem__)
            row.append(cand[i] + scores[t][j])
            ptr.append(i)
        best.append(row)
        back.append(ptr)
    j = max(range(n), key=best[-1].__getitem__)
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    return path[::-1]


def _logsumexp(xs: list[float]) -> float:
    m = max(xs)
    return m + math.log(sum(math.exp(x - m) for x in xs))


def _marginals(model, scores) -> list[list[float]]:
    """P(label at t) by forward-backward."""
    n, T = len(model.labels), len(scores)
    allowed = _allowed(model)
    tr = [[model.transitions[i][j] if allowed[i][j] else -1e9 for j in range(n)] for i in range(n)]
    alpha = [[s if not model.labels[j].startswith("I-") else -1e9 for j, s in enumerate(scores[0])]]
    for t in range(1, T):
        alpha.append(
            [
                scores[t][j] + _logsumexp([alpha[-1][i] + tr[i][j] for i in range(n)])
                for j in range(n)
            ]
        )
    beta = [[0.0] * n]
    for t in range(T - 1, 0, -1):
        beta.insert(
            0,
            [
                _logsumexp([tr[i][j] + scores[t][j] + beta[0][j] for j in range(n)])
                for i in range(n)
            ],
        )
    z = _logsumexp(alpha[-1])
    return [[math.exp(alpha[t][j] + beta[t][j] - z) for j in range(n)] for t in range(T)]


def tag(ps: list[Piece], toks: list[Tok], model: TaggerModel | None = None) -> list[NameSpan]:
    """The names among a sentence's pieces.

    >>> from kg.kiwi import kiwi
    >>> from kg.pieces import pieces
    >>> s = "김하늘 누리AI 대표는 한빛벤처스로부터 투자를 받았다."
    >>> toks = [Tok(t.form, t.tag, t.start, t.start + t.len) for t in kiwi().tokenize(s)]
    >>> ps = pieces(s, toks)
    >>> [(ps[n.first].stem, n.type) for n in tag(ps, toks)]
    [('김하늘', 'Person'), ('누리AI', 'Company'), ('한빛벤처스', 'Company')]
    """
    if not ps:
        return []
    model = model or load_model()
    scores = _scores(model, features(ps, toks))
    path = _viterbi(model, scores)
    marg = _marginals(model, scores)
    labels = model.labels
    out = []
    t = 0
    while t < len(path):
        label = labels[path[t]]
        if label == "O":
            t += 1
            continue
        type_ = label[2:]
        end = t
        while end + 1 < len(path) and labels[path[end + 1]] == f"I-{type_}":
            end += 1
        # the type's probability at the name's first piece, summed over B- labels
        probs = {lab[2:]: marg[t][k] for k, lab in enumerate(labels) if lab.startswith("B-")}
        total = sum(probs.values()) or 1.0
        out.append(
            NameSpan(t, end, type_, probs.get(type_, 0.0), {k: v / total for k, v in probs.items()})
        )
        t = end + 1
    return out
