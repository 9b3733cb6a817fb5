"""Reading a question as it was meant: a name glued to the next word (``앤스로픽설립자``,
``케이스브릿지언제설립``) and a one-letter slip in a name (``엔스로픽``, ``케이스브리지``) are
repaired against the names the knowledge base knows, before the question is analysed.

Only words that name nothing the knowledge base knows are touched, and a slip is corrected only
when exactly one known name is that close, so a question that reads fine is left as it is.

>>> from kg import analyze_document, resolve
>>> ex = resolve([analyze_document("d", "케이스브릿지는 2020년 설립되었다. 변지원 대표가 세웠다.")])
>>> repair_question("케이스브릿지언제설립", ex)
'케이스브릿지 언제설립'
>>> repair_question("케이스브릿지설립연도", ex)
'케이스브릿지 설립연도'
>>> repair_question("케이스브리지 설립자", ex)
'케이스브릿지 설립자'
>>> ex = resolve([analyze_document("d", "누리도서관(관장 한지우)은 협약을 맺었다.")])
>>> repair_question("누리도서관장은 누구인가?", ex)
'누리도서관 관장은 누구인가?'
>>> ex = resolve([analyze_document("d", "솔라(Solar)는 업스테이지가 만들었다. Solar 2는 2024년 나왔다.")])
>>> repair_question("솔라 2 출시일", ex)
'Solar 2 출시일'
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

from kg.kiwi import kiwi
from kg.names import name_key
from kg.resolve import Extraction

from .body_forms import known_body_forms
from .spans import base_tag
from .terse_spacing import new_word_at, spaced_nouns, spaced_words
from .titles import folded_titles

__all__ = ["NameIndex", "jamo_distance", "repair_question"]

_PARTICLE = re.compile(
    r"(으로부터|에게서|로부터|이란|이랑|에서|에게|와의|과의|으로|까지|부터|"
    r"은|는|이|가|을|를|의|와|과|에|도|로|만|란|랑)$"
)
_WORD = re.compile(r"[^\s?!.,\"'“”‘’()]+")
#: the Kiwi tags a question typed as one run of nouns opens on ("홍역해외감염환자수": 홍역/NNG)
_RUN_OPENERS = frozenset({"NNG", "NNP", "SL", "SN", "XPN"})


def _jamo(s: str) -> str:
    return unicodedata.normalize("NFD", s)


@functools.lru_cache(maxsize=65536)
def jamo_distance(a: str, b: str) -> int:
    """Edit distance between two strings over Hangul letters (jamo), so that 엔/앤 and 리/릿
    are one edit apart.

    >>> jamo_distance("엔스로픽", "앤스로픽"), jamo_distance("케이스브리지", "케이스브릿지")
    (1, 1)
    """
    a, b = _jamo(a), _jamo(b)
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@dataclass(frozen=True)
class NameIndex:
    """The names a knowledge base knows, indexed for repairs: by name key, by their first two
    characters (a name opening a glued word), and by every one-letter deletion of their jamo
    (a name one slip away)."""

    aliases: dict[str, str]  # name key -> alias as written
    by_start: dict[str, list[str]]  # first two characters of a key -> keys
    by_deletion: dict[str, set[str]]  # jamo string with one letter deleted (or none) -> keys

    @classmethod
    def build(cls, ex: Extraction) -> NameIndex:
        aliases: dict[str, str] = {}
        for e in ex.entities.values():
            if e.type in {"Date", "Concept"}:
                continue
            for a in e.aliases:
                k = name_key(a)
                if len(k) >= 2 and not k.isdigit():
                    aliases.setdefault(k, a)
        by_start: dict[str, list[str]] = {}
        by_deletion: dict[str, set[str]] = {}
        for k in aliases:
            by_start.setdefault(k[:2], []).append(k)
            if len(k) >= 3 and re.search(r"[가-힣]", k):
                for d in _deletions(_jamo(k)):
                    by_deletion.setdefault(d, set()).add(k)
        return cls(aliases, by_start, by_deletion)


def _deletions(j: str) -> set[str]:
    return {j} | {j[:i] + j[i + 1 :] for i in range(len(j))}


def _known(word: str, ex: Extraction) -> bool:
    key = name_key(word)
    if key in ex.alias_index:
        return True
    m = _PARTICLE.search(word)
    return bool(m and len(word) > len(m.group()) and name_key(word[: m.start()]) in ex.alias_index)


def _split_glued(word: str, names: NameIndex, alone: bool = False) -> str | None:
    """``앤스로픽설립자`` -> ``앤스로픽 설립자``: the longest known name opening the word, and
    the rest spaced (left glued when the rest is only a particle); a word that a known name does
    not open is cut at the names inside it (search/terse_spacing.py), and a question typed as
    one word (``alone``) that names nothing known is spaced at its nouns, as a search box's
    "홍역해외감염환자수" is "홍역 해외 감염 환자수"."""
    key = name_key(word)
    best = ""
    for k in names.by_start.get(key[:2], ()):
        if len(k) > len(best) and key.startswith(k) and len(key) - len(k) >= 2:
            best = k
    if not best:
        # a name further in ("분할뒤스텔라하우스주식…"); a word that a name opens with too
        # little after it ("길잡이2" of "길잡이2.0은") stays as typed
        if any(key.startswith(k) for k in names.by_start.get(key[:2], ())):
            return None
        return spaced_words(word, names) or (_spaced_run(word) if alone else None)
    # the name as written in the word: as many characters as its key covers
    i, covered = 0, 0
    while i < len(word) and covered < len(best):
        if name_key(word[i]):
            covered += 1
        i += 1
    rest = word[i:]
    if _PARTICLE.fullmatch(rest):
        return None
    if (title := _glued_head(word[:i], rest)) is not None:
        return f"{word[:i]} {title}"  # "누리도서관장은": Kiwi reads 누리/도서관장
    if not new_word_at(word, i):
        return None
    # the name as the knowledge base writes it ("전주시공공자전거" -> "전주시 공공자전거")
    return f"{names.aliases[best]} {spaced_nouns(rest)}"


def _spaced_run(word: str) -> str | None:
    """A run of nouns typed without spaces, spaced as it would be typed with them
    (search/terse_spacing.py ``spaced_nouns``); None when it opens on no noun or needs no
    space ("설립연도": a compound the question is read by)."""
    toks = kiwi().tokenize(word)
    if not toks or base_tag(toks[0].tag) not in _RUN_OPENERS:
        return None
    spaced = spaced_nouns(word)
    return spaced if spaced != word else None


def _glued_head(name: str, rest: str) -> str | None:
    """The title of the head of ``name`` glued to it, as a word of its own: "장은" after
    누리도서관 is "관장은" (the name's last syllable and 장 make the title, 관장 = a library's
    head; 원장, 청장 alike); None for anything else."""
    m = _PARTICLE.search(rest)
    head = rest[: m.start()] if m and m.start() > 0 else rest
    if head == "장" and name[-1:] + "장" in folded_titles():
        return name[-1] + rest
    return None  # "회추위원장" is 회추위 and 위원장, no "회추위 원장": Kiwi's boundary decides


def _correct_slip(word: str, names: NameIndex) -> str | None:
    """A word one letter away from exactly one known name (names of three syllables or more)."""
    m = _PARTICLE.search(word)
    stem, particle = (
        (word[: m.start()], m.group()) if m and len(word) > len(m.group()) else (word, "")
    )
    key = name_key(stem)
    if len(key) < 3 or not re.search(r"[가-힣]", key):
        return None
    toks = kiwi().tokenize(stem)
    if len(toks) != 1 or not getattr(toks[0], "oov", False):
        return None  # a word Kiwi knows (아니라, 로널드) is not a slip
    close: set[str] = set()
    for d in _deletions(_jamo(key)):
        close |= names.by_deletion.get(d, set())
    close = {k for k in close if jamo_distance(key, k) <= 1}
    if len(close) != 1:
        return None
    return names.aliases[next(iter(close))] + particle


_VERSION = re.compile(r"[0-9][0-9.]*[A-Za-z]*|[A-Z]")


def _version_names(text: str, ex: Extraction) -> str:
    """``클로드 3`` -> ``Claude 3`` when only the other spelling of the family's name makes a
    known version name (the version is written after the Latin name)."""
    words = list(re.finditer(r"\S+", text))
    for w1, w2 in itertools.pairwise(words):
        stem = re.sub(r"[은는이가을를의와과에도]+$", "", w2.group())
        if not _VERSION.fullmatch(stem) or name_key(f"{w1.group()} {stem}") in ex.alias_index:
            continue
        family = ex.alias_index.get(name_key(w1.group()))
        if family is None:
            continue
        for alias in ex.entities[family].aliases:
            if name_key(f"{alias} {stem}") in ex.alias_index:
                return text[: w1.start()] + alias + text[w1.end() :]
    return text


def repair_question(text: str, ex: Extraction, names: NameIndex | None = None) -> str:
    """The question with glued names spaced and slipped names corrected (see the module
    docstring); the text itself when nothing needs repair.  ``names`` is
    ``NameIndex.build(ex)``, built here when not given (a knowledge base builds it once)."""
    names = names or NameIndex.build(ex)
    if not names.aliases:
        return text
    text = known_body_forms(_version_names(text, ex), ex)
    out, last = [], 0
    alone = len(_WORD.findall(text)) == 1  # typed as into a search box: "코스닥종가"
    for m in _WORD.finditer(text):
        word = m.group()
        if _known(word, ex) or len(word) < 3:
            continue
        fixed = _correct_slip(word, names) or _split_glued(word, names, alone)
        if fixed is None:
            continue
        out.append(text[last : m.start()])
        out.append(fixed)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
