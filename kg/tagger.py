"""Which pieces of a sentence are names, and of what type: a linear-chain CRF over pieces.

Every piece (kg.pieces) gets a label: ``B-Company`` (a Company name starts here), ``I-Company``
(it goes on), ..., or ``O``.  The features (kg.features) are the rules of Korean news turned
into evidence the model weighs.

The weights are data: ``resources/tagger.json``, written by ``bench/fit_tagger.py`` (which says
what it was fitted on and its cross-validated scores).  Decoding is Viterbi in plain Python; the
type of each found name comes with the model's marginal probability.
"""

from __future__ import annotations

import functools
import json
import math
import os
from dataclasses import dataclass, replace
from pathlib import Path

from .features import features
from .names import is_hangul, sound_key
from .pieces import Piece, Tok, continues
from .resources import resources

__all__ = [
    "NameSpan",
    "TaggerModel",
    "address_goes_on",
    "continues",
    "features",
    "load_model",
    "tag",
]

MODEL_PATH = Path(__file__).with_name("resources") / "tagger.json"
TYPES = ("Company", "Organization", "Person", "Model", "Place")


@dataclass(frozen=True)
class NameSpan:
    """A name the tagger found: pieces ``first..last`` (inclusive), its type and probability."""

    first: int
    last: int
    type: str
    prob: float
    type_probs: dict


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


def address_goes_on(prev: Piece, piece: Piece) -> bool:
    """Is ``piece`` the next unit of the address ``prev`` ends?  ("서울 강남구", "성남시 분당구",
    "분당구 판교"; not "일본 도쿄", "미국 실리콘밸리": a city after its country is a place of its
    own)."""
    g = resources().grammar
    if not continues(prev, piece) or not 2 <= len(piece.stem) <= 4:
        return False
    # a unit's name is short ("강남구", "서귀포시"); "실리콘밸리" only ends like one
    if piece.stem[-1] in g.address_units:
        return True
    # a district's neighbourhood by its own name, the address's last word: "분당구 판교에",
    # "영등포구 여의도에" (not "청주시 오송 첨단의료복합단지에": a site's name follows)
    named = len(prev.stem) >= 2 and prev.stem[-1] in g.named_after and is_hangul(piece.stem)
    return (named and bool(piece.tail)) or _city_of_region(prev, piece)


def _city_of_region(prev: Piece, piece: Piece) -> bool:
    """A city by its bare name after its province or state: "경남 거제", "충북 오송",
    "텍사스주 오스틴" (not "호주 시드니": a country's name is no state)."""
    g = resources().grammar
    state = len(prev.stem) >= 3 and prev.stem.endswith(g.state_ending)
    return (prev.stem in g.provinces or state) and is_hangul(piece.stem)


def _unit(p: Piece) -> bool:
    """A word that names an administrative unit: "청원구", "오창읍" (short, Hangul, a unit's
    ending)."""
    units = resources().grammar.address_units
    return 2 <= len(p.stem) <= 4 and is_hangul(p.stem) and p.stem[-1] in units


def tag(ps: list[Piece], toks: list[Tok], model: TaggerModel | None = None) -> list[NameSpan]:
    """The names among a sentence's pieces.

    >>> from kg.kiwi import kiwi
    >>> from kg.pieces import pieces
    >>> s = "김하늘 누리AI 대표는 한빛벤처스로부터 투자를 받았다."
    >>> toks = [Tok.of(t) for t in kiwi().tokenize(s)]
    >>> ps = pieces(s, toks)
    >>> [(ps[n.first].stem, n.type) for n in tag(ps, toks)]
    [('김하늘', 'Person'), ('누리AI', 'Company'), ('한빛벤처스', 'Company')]
    """
    if not ps:
        return []
    model = model or load_model()
    scores = _scores(model, features(ps, toks))
    inside = [k for k, label in enumerate(model.labels) if label.startswith("I-")]
    for t in range(1, len(ps)):
        if not continues(ps[t - 1], ps[t]):
            for k in inside:
                scores[t][k] = -1e9
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
        while end + 1 < len(path) and (
            # places in a row are one place only as one address: "서울 강남구", "경기 성남시
            # 분당구"; "미국 보스턴" is two.  An address runs on over a unit whatever its label
            # ("청주시 청원구 오창읍": 오창읍 is no person)
            (labels[path[end + 1]][2:] == "Place" or _unit(ps[end + 1]))
            and address_goes_on(ps[end], ps[end + 1])
            if type_ == "Place"
            else labels[path[end + 1]] == f"I-{type_}"
        ):
            end += 1
        end = _before_stopword(ps, t, end)
        # the type's probability at the name's first piece, summed over B- labels
        probs = {lab[2:]: marg[t][k] for k, lab in enumerate(labels) if lab.startswith("B-")}
        if end > t and all(_unit(p) for p in ps[t : end + 1]):
            probs = {"Place": 1.0}  # units of an address in a row: a place, whatever else
        total = sum(probs.values()) or 1.0
        out.append(
            NameSpan(t, end, type_, probs.get(type_, 0.0), {k: v / total for k, v in probs.items()})
        )
        t = end + 1
    return _parenthesised(ps, [_with_edition(ps, n) for n in out])


def _before_stopword(ps: list[Piece], first: int, last: int) -> int:
    """The last piece of a name of several words, which stops before a word that is never a
    name ("일본 출시": the place 일본, not a place called so)."""
    stop = resources().name_stops
    while last > first and ps[last].stem.casefold() in stop:
        last -= 1
    return last


def _with_edition(ps: list[Piece], name: NameSpan) -> NameSpan:
    """A model's name runs on over an edition or a size written after it ("가람 3 미니",
    "라마 3.1 70B"): grammar.toml [models]."""
    g = resources().grammar
    last = name.last
    while (
        name.type == "Model"
        and last + 1 < len(ps)
        and continues(ps[last], ps[last + 1])
        and (ps[last + 1].stem in g.model_editions or g.model_sizes.match(ps[last + 1].stem))
    ):
        last += 1
    return replace(name, last=last)


def _parenthesised(ps: list[Piece], names: list[NameSpan]) -> list[NameSpan]:
    """A name and another written in parentheses right after it are both names, of one type:
    "숨넷(BreathNet)", "블루헤론캐피탈(Blue Heron Capital)" — when the tagger found one side.
    The other side is a Latin name in the parentheses, or the word before them."""
    covered = {i for n in names for i in range(n.first, n.last + 1)}
    by_last = {n.last: n for n in names}
    by_first = {n.first: n for n in names}
    added = []
    for i, p in enumerate(ps[:-1]):
        if p.after != "(" or p.tail or p.end != ps[i + 1].start - 1:
            continue
        k = i + 1
        while k < len(ps) and ps[k].after != ")" and not ps[k].tail and k - i < 4:
            k += 1
        inner = ps[i + 1 : k + 1]
        if k >= len(ps) or ps[k].after != ")" or any(x.tail for x in inner):
            continue
        if not all(_is_latin_word(x.stem) for x in inner):
            continue
        outer, within = by_last.get(i), by_first.get(i + 1)
        if outer and not any(x in covered for x in range(i + 1, k + 1)):
            if not _is_stopword(" ".join(x.stem for x in inner)):
                added.append(replace(outer, first=i + 1, last=k))
        elif within and within.last == k and i not in covered:
            added.append(replace(within, first=_sounding_start(ps, i, inner, covered), last=i))
    return sorted(names + added, key=lambda n: n.first)


def _sounding_start(ps: list[Piece], i: int, inner: list[Piece], covered: set[int]) -> int:
    """Where the name before the parentheses starts: the most words (up to three) that sound
    like the name inside ("피규어 AI(Figure AI)"), else the last word alone ("숨넷(BreathNet)")."""
    want = sound_key(" ".join(x.stem for x in inner))
    start = i
    for a in range(i - 1, max(i - 3, -1), -1):
        if a in covered or not continues(ps[a], ps[a + 1]):
            break
        if sound_key(" ".join(x.stem for x in ps[a : i + 1])) == want:
            start = a
    return start


def _is_latin_word(stem: str) -> bool:
    return bool(stem) and stem.isascii() and any(c.isalpha() for c in stem)


def _is_stopword(text: str) -> bool:
    res = resources()
    return text.casefold() in res.stopnames or text in res.grammar.titles
