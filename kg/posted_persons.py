"""Foreign persons written in Hangul right before their post: "레이쥔 샤오미 회장은",
"왕원빈(汪文斌) 중국 외교부 대변인은", "크리스토프 퐁텐 록사렉스(Roxalex) CEO",
"파브리스 브레지에 CEO는", "호세 알칸타라 필리핀 에너지부 장관과".

Korean news writes a foreign official or executive as the transliterated name, then the
employer and the post: a country and its body ("필리핀 에너지부"), or a company that shows it
is one (Latin letters or a Latin gloss: "록사렉스(Roxalex)"), or nothing but the title.  Kiwi
knows few such names: it reads them as companies or places, as verbs (레이/NNP 쥐/VV ᆫ/ETM),
or cuts a last syllable it takes for a particle (브레지/NNP 에/JKB, 알칸타/NNP 이/VCP 라/EC),
so the name and its relations are lost.  The words written between a clause boundary (the
sentence's start, a particle, a comma) and the post are the name, whatever the tagger typed
them, when each begins as a noun and none is a common noun Kiwi knows whole; the word right
before the post is kept whole.  A single word that reads as a Korean name ("류진 한경협 회장")
is left to the tagger and kg.titled_persons, unless a Hanja gloss marks it as Chinese.
"""

from __future__ import annotations

import functools
import re

from .model import Mention, Sentence
from .particles import particles_after
from .pieces import Piece, Tok
from .resources import load_table, resources
from .roles import is_title

__all__ = ["foreign_countries", "posted_persons"]

#: a written word: characters up to a space, a bracketed gloss counting as part of it
_WORD = re.compile(r"(?:[^\s(]|\([^()]*\))+")
_HANGUL = re.compile(r"[가-힣]{1,6}")
_GLOSS = re.compile(r"\(([^()]*)\)")
_LATIN = re.compile(r"[A-Za-z]")
_HANJA = re.compile(r"[\u4e00-\u9fff]")
#: what ends a clause before the name: a comma, a closing bracket, a dateline's '='
_BOUNDARY = set(",=)]>▲·")
_NOUNS = {"NNP", "NNG"}
_MOST_WORDS = 3


@functools.lru_cache(maxsize=1)
def _state_posts() -> frozenset[str]:
    return frozenset(load_table("foreign_names.toml").get("state_posts", ()))


@functools.lru_cache(maxsize=1)
def foreign_countries() -> frozenset[str]:
    """The countries written before a foreign official's body or post ("필리핀 에너지부 장관",
    "일본 총리"): foreign_names.toml's countries and grammar.toml's Hanja countries' names."""
    listed = load_table("foreign_names.toml").get("countries")
    if not listed:
        raise ValueError("foreign_names.toml needs countries: a list of country names in Hangul")
    return frozenset(listed) | frozenset(resources().grammar.hanja_countries.values())


def posted_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], taken: list[bool]
) -> list[Mention]:
    """'레이쥔 샤오미 회장은': the Hangul words before an employer and a post are a person.

    >>> # "파브리스 브레지에 CEO는 ..." -> Mention('파브리스 브레지에', votes={'Person': 3.0})
    """
    g = resources().grammar
    titles = (g.titles - g.occupations) | g.public_offices
    # a state's posts, also those held at no company ("중국 외교부 대변인", "주한 대사")
    offices = g.titles | g.public_offices | _state_posts()
    countries = foreign_countries()
    text = sentence.text
    words = [(w.start(), w.end()) for w in _WORD.finditer(text)]
    at = {p.start: p for p in ps}
    out = []
    for j, (ts, _) in enumerate(words):
        title = at.get(ts)
        if title is None or not is_title(title.stem, offices) or j == 0:
            continue
        company_post = is_title(title.stem, titles)
        k = j - 1
        if at.get(words[k][0]) is not None and at[words[k][0]].stem in g.title_modifiers:
            k -= 1  # "아마리 아키라 전 간사장"
        for first, last, _ in _name_runs(text, words, k, countries, toks, company_post):
            m = _person(sentence, words, first, last, toks, taken, g)
            if m is not None:
                out.append(m)
                break
    return out


def _name_runs(
    text: str, words, k: int, countries, toks, company_post: bool = True
) -> list[tuple[int, int, int]]:
    """Where the name may lie before word ``k`` (the last word before the post), as (first
    word, last word, fewest words): before a country and its body ("필리핀 에너지부 장관"),
    before a country ("일본 총리"), before a company written with Latin letters ("록사렉스
    (Roxalex) CEO", "H2KOREA 회장"; as many Hangul words as its gloss has Latin ones: "에어
    리퀴드(Air Liquide)"), or right before the post when Kiwi cut a word of it as no Korean
    word is cut ("파브리스 브레지에 CEO", "레이쥔 샤오미 회장").  ``company_post``: a post
    held at companies; else (대변인, 대사) only after a country."""
    word = lambda i: text[words[i][0] : words[i][1]] if i >= 0 else ""  # noqa: E731
    ends = []
    if k >= 1 and word(k - 1) in countries and _HANGUL.fullmatch(word(k)):
        ends.append((k - 2, 1))  # "호세 알칸타라 필리핀 에너지부 장관"
    if word(k) in countries:
        ends.append((k - 1, 1))  # "이시바 시게루 일본 총리"
    if not company_post:
        ends = [e for e in ends if e[0] >= 0]
    elif _LATIN.search(word(k)) and _a_company(word(k)):
        ends.append((k - _employer_words(word(k)), 1))  # "크리스토프 퐁텐 록사렉스(Roxalex) CEO"
    if company_post and k >= 1 and _HANGUL.fullmatch(word(k)) and _full_name_gloss(word(k - 1)):
        ends.append((k - 1, 1))  # "에두아르도 산티아고(Eduardo Santiago) 루존파워 회장"
    if company_post and _odd(text, words, k, toks):
        ends.append((k, 2))  # "파브리스 브레지에 CEO": the name right before the post
    if company_post and k >= 1 and _odd(text, words, k - 1, toks) and _HANGUL.fullmatch(word(k)):
        ends.append((k - 1, 1))  # "레이쥔 샤오미 회장": a Hangul company after an odd name
    runs = []
    for last, fewest in ends:
        first = last
        while (
            first > 0
            and last - first + 1 < _MOST_WORDS
            and not _starts_clause(text, words, first, toks)
        ):
            first -= 1
        if last >= 0 and last - first + 1 >= fewest and _starts_clause(text, words, first, toks):
            runs.append((first, last, fewest))
    return runs


def _full_name_gloss(word: str) -> bool:
    """Does ``word`` end in a person's full name in Latin: two or three capitalised words
    ("산티아고(Eduardo Santiago)"), a gloss a company's Hangul name does not follow?"""
    gloss = _GLOSS.search(word)
    latin = gloss.group(1).split() if gloss else []
    return 2 <= len(latin) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+", w) for w in latin)


def _a_company(word: str) -> bool:
    """Can ``word`` be a company written with Latin letters: no one-syllable Hangul word (a
    family name: "줄리아 박(Julia Park) 전무") and no Hangul inside its gloss ("(Julia
    Park·한국명 박서연)")?"""
    gloss = _GLOSS.search(word)
    if gloss and _HANGUL_ALL.search(gloss.group(1)):
        return False
    return len(_HANGUL_ALL.findall(word[: gloss.start()] if gloss else word)) != 1


def _employer_words(word: str) -> int:
    """How many written words a company glossed in Latin takes, its last one ``word``: two
    when the gloss has two words and ``word`` is too short to spell both ("리퀴드(Air
    Liquide)": 에어 리퀴드), else one ("토탈에너지(Total Energies)", "록사렉스(Roxalex)").
    A Latin word is spelled in about as many syllables as it has vowel groups."""
    gloss = _GLOSS.search(word)
    latin = gloss.group(1).split() if gloss else []
    if len(latin) != 2 or not all(_LATIN.match(w) for w in latin):
        return 1
    hangul = len(_HANGUL_ALL.findall(word[: gloss.start()]))
    return 1 if hangul >= len(_VOWELS.findall(gloss.group(1))) else 2


_HANGUL_ALL = re.compile(r"[가-힣]")
_VOWELS = re.compile(r"[aeiouyAEIOUY]+")


def _odd(text: str, words, i: int, toks: list[Tok]) -> bool:
    """Is word ``i`` a proper noun Kiwi cut oddly, as it cuts foreign names and no Korean
    word: a verb glued after it ('레이쥔': 레이/NNP 쥐/VV ᆫ/ETM) or one last syllable taken for
    a particle or an ending ('브레지에': 브레지/NNP 에/JKB; '알칸타라': 알칸타/NNP 이/VCP 라/EC)?"""
    if i < 0:
        return False
    s, e = words[i]
    if not _HANGUL.fullmatch(text[s:e]):
        return False
    inside = [t for t in toks if s <= t.start and t.end <= e]
    if len(inside) < 2 or inside[0].tag != "NNP":
        return False
    if inside[1].tag in {"VV", "VA"}:
        return True
    return inside[1].tag.startswith(("J", "E", "VCP")) and e - inside[0].end == 1


def _starts_clause(text: str, words, i: int, toks: list[Tok]) -> bool:
    """Does word ``i`` start a clause: the sentence's first word, or one after a word that
    ends in a punctuation mark ("사절단은 …, 기 보나시"), a particle or an ending ('측에서는',
    '따르면')?"""
    if i == 0:
        return True
    s, e = words[i - 1]
    if text[e - 1] in _BOUNDARY:
        return True
    inside = [t for t in toks if s <= t.start and t.end <= e]
    return bool(inside) and inside[-1].tag.startswith(("J", "E", "VCP", "XS"))


def _person(sentence: Sentence, words, first: int, last: int, toks, taken, g) -> Mention | None:
    """The person of words ``first``..``last`` if they read as a foreign name, else None."""
    text = sentence.text
    start, end = words[first][0], words[last][1]
    gloss = _GLOSS.search(text, words[last][0], end)
    name_end = gloss.start() if gloss else end
    names = text[start:name_end].split()
    if not names or not all(_HANGUL.fullmatch(n) for n in names):
        return None
    if gloss and _HANGUL.search(gloss.group(1)):
        return None
    hanja = bool(gloss and _HANJA.search(gloss.group(1)))
    if len(names) > 1 and _a_region(names[-1]):
        return None  # "산드라 왓킨스 애리조나주 상무청(ACA) 청장": the state is the employer's
    first = names[0]
    korean = first[0] in g.surnames and (len(first) == 3 or (len(names) == 1 and len(first) >= 2))
    if not hanja and (korean or (len(names) == 1 and len(first) < 2)):
        return None  # "류진 한경협 회장", "문소희 태을전자 팀장": a Korean name, the tagger's
    offset = start
    covered = []
    for n in names:
        s = text.index(n, offset)
        e = s + len(n)
        # a token may span words: Kiwi knows some foreign names whole ("에마뉘엘 마크롱/NNP")
        ks = [k for k, t in enumerate(toks) if t.start < e and s < t.end]
        clipped = [
            Tok(toks[k].form, toks[k].tag, max(toks[k].start, s), min(toks[k].end, e)) for k in ks
        ]
        if not _reads_as_name(n, clipped, len(names), g, hanja):
            return None
        covered += [k for k in ks if k not in covered]
        offset = s + len(n)
    if not covered or any(taken[k] for k in covered):
        return None
    m = Mention(sentence.id, start, name_end, text[start:name_end], rule="posted-person")
    m.votes = {"Person": 3.0}
    m.particle, m.role = particles_after(toks, covered[-1], name_end, text)
    for k in covered:
        taken[k] = True
    return m


def _a_region(word: str) -> bool:
    """'애리조나주', '광둥성', '구마모토현': a foreign state, province or prefecture (a word of
    three syllables or more ending in foreign_names.toml's region_suffixes), no name's word."""
    return len(word) >= 3 and word.endswith(_region_suffixes())


@functools.lru_cache(maxsize=1)
def _region_suffixes() -> tuple[str, ...]:
    return tuple(load_table("foreign_names.toml").get("region_suffixes", ()))


def _reads_as_name(word: str, wtoks: list[Tok], n_words: int, g, glossed: bool = False) -> bool:
    """A word of a foreign name: it begins as a noun (not '지난', '새로운'), is no common noun
    Kiwi knows whole ('이날', '그룹'; a one-syllable word of a longer name may be: '기 보나시'),
    no title (a name its Hanja follows may be any noun to Kiwi: '왕원빈(汪文斌)'), and
    nothing but one syllable Kiwi took for a particle or an ending follows its nouns
    ('브레지에', '알칸타라')."""
    if not wtoks or wtoks[0].tag not in _NOUNS:
        return False
    nouns_end = next((t.end for t in reversed(wtoks) if t.tag in _NOUNS), wtoks[-1].end)
    stem = word[: nouns_end - wtoks[0].start]
    if is_title(stem) or stem in g.title_modifiers:
        return False  # "장민서 대표와 라이언 피셔(Ryan Fisher) CTO": 대표 is no name
    if (
        len(wtoks) == 1
        and wtoks[0].tag == "NNG"
        and not glossed
        and (len(word) > 1 or n_words == 1)
    ):
        return False
    nouns = 0
    while nouns < len(wtoks) and wtoks[nouns].tag in _NOUNS:
        nouns += 1
    rest = wtoks[nouns:]
    if not rest:
        return True
    if rest[0].tag in {"VV", "VA"} and wtoks[nouns - 1].tag == "NNP":
        return True  # "레이쥔": 레이/NNP 쥐/VV ᆫ/ETM — no Korean word glues a verb to a name
    # "브레지에": 브레지/NNP 에/JKB — one syllable taken for a particle, in a name of two words
    glued = wtoks[nouns - 1].end - wtoks[0].start
    return len(word) - glued == 1 and n_words >= 2
