"""Finding names, dates and pronouns in Korean sentences, with their particles and type cues.

Kiwi splits unfamiliar transliterations apart (미스트랄 -> 미스트/이/랄), so names are found in two
steps: first on the raw string (Latin runs, apposition ``아서 멘슈(Arthur Mensch)``, Hangul
glued to Latin ``엑스AI``, lexicon names), then those spans are handed to Kiwi as pre-tokenised
proper nouns, and Kiwi analyses the particles and the rest of the sentence around them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .kiwi import kiwi
from .model import Mention, Number, Sentence
from .names import is_hangul, name_key, sounds_alike
from .resources import resources

__all__ = ["Tok", "doc_name_patterns", "find_name_spans", "mentions_from_tokens"]

# A run of Latin-script name words: "GPT-4 Turbo", "Google Cloud", "DALL·E", "Mistral 7B",
# "Claude 1~3".  Words after the first must start with a capital or a digit.
_LATIN_WORD = r"[A-Za-z][A-Za-z0-9]*(?:[-·.&'][A-Za-z0-9]+)*\+?"
_NEXT_WORD = r"(?:[A-Z0-9][A-Za-z0-9]*(?:[-·.~][A-Za-z0-9]+)*\+?)"
_LATIN_RUN = re.compile(rf"(?<![A-Za-z0-9]){_LATIN_WORD}(?: {_NEXT_WORD})*(?![A-Za-z0-9])")
# Hangul written onto Latin or digits in one word: 엑스AI, 하이퍼클로바X, 코GPT, 챗GPT
_GLUED = re.compile(
    r"[가-힣]{1,8}[A-Za-z][A-Za-z0-9\-]*|[A-Za-z][A-Za-z0-9]*[가-힣]{1,6}(?=[은는이가을를의와과에도로]|\s|$)"
)
# Hangul name words right before a Latin name in parentheses: 아서 멘슈(Arthur Mensch)
_HANGUL_BEFORE_PAREN = re.compile(
    r"((?:[가-힣]+ ){0,3}[가-힣]+(?: [A-Z][A-Za-z]{0,5})?)\(\s*([A-Za-z][^()]{0,60}?)\s*\)"
)
# A Hangul name in parentheses after a Latin one: Solar(솔라)
_PAREN_HANGUL = re.compile(r"(?<=[A-Za-z0-9)])\(\s*([가-힣]+(?: [가-힣]+){0,2})\s*\)")
_PARTICLE_TAIL = re.compile(
    r"(은|는|이|가|을|를|의|와|과|와의|과의|에|에서|으로|로|도|만|이다|입니다)+$"
)
# last syllables of words that are not names: particles and verb endings ("있는", "경쟁보다는")
_NOT_NAME_END = set("은는을를의한된인적형용로서고며면게지가도다요어아여과와에던할")


# Syllables with the epenthetic vowel ㅡ and no final consonant, which Korean inserts to write
# foreign consonant clusters (미스트랄 = Mistral, 업스테이지 = Upstage); rare in native words.
_LOAN_SYLLABLES = set("스트크프드즈르브그츠")


@functools.lru_cache(maxsize=65536)
def _looks_transliterated(stem: str) -> bool:
    """A name Kiwi does not know: alone, it is one out-of-vocabulary noun (퍼플렉시티, 미드저니),
    or it has loanword syllables and Kiwi can only split it into odd pieces (미스트랄 ->
    미스트/이/랄, 업스테이지 -> 업/스테이지)."""
    toks = kiwi().tokenize(stem)
    if len(toks) == 1:
        t = toks[0]
        return t.tag in {"NNG", "NNP"} and bool(getattr(t, "oov", False)) and len(stem) >= 3
    if not _LOAN_SYLLABLES & set(stem):
        return False
    if any(t.tag.startswith(("J", "EF", "EC", "EP", "VV", "VA")) for t in toks):
        return False
    return any(t.tag in {"VCP", "ETM", "IC", "MM"} for t in toks) or any(
        t.tag == "NNG" and len(t.form) == 1 for t in toks
    )


@functools.lru_cache(maxsize=65536)
def _noun_word(word: str) -> bool:
    """The whole word is a noun with particles, not a verb form ("생성하는")."""
    return not any(
        t.tag in {"XSV", "XSA", "VV", "VA", "VX", "EP", "EF", "EC"} for t in kiwi().tokenize(word)
    )


def _looks_proper(word: str) -> bool:
    """Kiwi does not know the word as a common noun (a transliterated name is unknown to it)."""
    toks = kiwi().tokenize(word)
    return not (len(toks) == 1 and toks[0].tag == "NNG")


def _latin_runs(text: str):
    stop = resources().stopnames
    for m in _LATIN_RUN.finditer(text):
        start, end, run = m.start(), m.end(), m.group()
        # a generic acronym glued in front ("AI-GitHub Copilot") is not part of the name
        head = re.match(r"([A-Za-z]+)-(?=[A-Z])", run)
        if head and head.group(1).casefold() in stop:
            start += len(head.group(0))
            run = text[start:end]
        run = run.rstrip(".-")
        if run and run.casefold() not in stop:
            yield start, start + len(run)


def doc_name_patterns(sentences: list[Sentence]) -> list[str]:
    """Hangul names a document introduces in apposition (아서 멘슈(Arthur Mensch),
    Solar(솔라)) or that the lexicon knows, to be found again wherever the document repeats
    them without the parentheses."""
    res = resources()
    names = set()
    for s in sentences:
        for m in _HANGUL_BEFORE_PAREN.finditer(s.text):
            hangul, latin = m.group(1), m.group(2)
            words = hangul.split()
            n = min(len(latin.split()), len(words))
            if _is_name_pair(" ".join(words[-n:]), latin):
                names.add(" ".join(words[-n:]))
        for m in _PAREN_HANGUL.finditer(s.text):
            before = re.search(r"([A-Za-z0-9][A-Za-z0-9 .·\-]*)$", s.text[: m.start()])
            latin = before.group(1) if before else ""
            if len(m.group(1).split()) <= max(1, len(latin.split())) and _is_name_pair(
                m.group(1), latin
            ):
                names.add(m.group(1))
    for entry in res.lexicon:
        for alias in (entry.name, *entry.aliases):
            if is_hangul(alias) and len(alias) >= 2:
                names.add(alias)
    return sorted(names, key=len, reverse=True)


def _is_name_pair(hangul: str, latin: str) -> bool:
    """Is 'hangul (latin)' two names of one thing, rather than a word and its gloss
    ('대형 언어 모델(LLM)', '인공지능(AI)')?  Yes when they sound alike, or when Kiwi takes the
    Hangul for a proper noun and neither side is a general word."""
    res = resources()
    if (
        len(hangul) < 2
        or hangul.casefold() in res.stopnames
        or latin.strip().casefold() in res.stopnames
    ):
        return False
    h_words, l_words = hangul.split(), latin.split()
    if len(h_words) > 1 and len(l_words) > 1 and h_words[-1] == l_words[-1]:
        return True  # "피규어 AI(Figure AI)": the same company ending on both sides
    if hangul in res.cue_nouns:
        return False
    if sounds_alike(hangul, latin):
        return True
    toks = kiwi().tokenize(hangul)
    return bool(toks) and all(t.tag in {"NNP"} for t in toks)


def find_name_spans(text: str, hangul_names: list[str]) -> list[tuple[int, int]]:
    """Character spans in one sentence that Kiwi must keep whole as proper nouns."""
    spans: list[tuple[int, int]] = []
    spans.extend(_latin_runs(text))
    for m in _GLUED.finditer(text):
        word = m.group()
        end = m.end()
        if not ("가" <= word[0] <= "힣"):
            # Latin then Hangul ("LG전자는"): the Hangul must be more than particles
            hangul = re.search(r"[가-힣]+$", word).group()
            rest = _PARTICLE_TAIL.sub("", hangul)
            if not rest:
                continue
            end = m.start() + len(word) - (len(hangul) - len(rest))
        spans.append((m.start(), end))
    for name in hangul_names:
        for m in re.finditer(re.escape(name), text):
            before = text[m.start() - 1] if m.start() else " "
            rest = re.match(r"[가-힣]*", text[m.end() :]).group()
            # the whole word, or the word and its particles ("한국은", not "한국어")
            if not ("가" <= before <= "힣") and (not rest or _PARTICLE_TAIL.fullmatch(rest)):
                end = m.end()
                # a version after the name: "제미나이 1.5를", "엑사원 3.0은"
                v = re.match(r" (\d+(?:\.\d+)+|\d)(?=[은는이가을를의와과에도로]|\s|$)", text[end:])
                spans.append((m.start(), end + (v.end() if v else 0)))
    # transliterated foreign names Kiwi does not know: "미스트랄은" (Kiwi: 미스트/이/랄)
    for m in re.finditer(r"(?<![가-힣A-Za-z0-9])[가-힣]{3,8}", text):
        stem = _PARTICLE_TAIL.sub("", m.group())
        if len(stem) >= 3 and _looks_transliterated(stem) and _noun_word(m.group()):
            spans.append((m.start(), m.start() + len(stem)))
    # a name with a version number: "피규어 02를", "엑사원 3.0은" (a dot or a leading zero)
    for m in re.finditer(
        r"(?<![가-힣A-Za-z0-9])([가-힣]{2,8}) (\d+\.\d+|0\d)(?=[은는이가을를의와과에도로]|\s|$)",
        text,
    ):
        if m.group(1) not in resources().cue_nouns:
            spans.append((m.start(), m.end()))
    # Hangul name + company suffix in Latin: "미스트랄 AI", "업스테이지 AI" (not "생성형 AI")
    for m in re.finditer(r"(?<![가-힣])([가-힣]{2,8}) (AI|Labs)(?![A-Za-z])", text):
        word = m.group(1)
        if (
            word[-1] not in _NOT_NAME_END
            and word not in resources().cue_nouns
            and word.casefold() not in resources().stopnames
            and _looks_proper(word)
        ):
            spans.append((m.start(), m.end()))
    return _merge_spans(spans)


def _merge_spans(spans):
    """Overlapping spans become their union; the result is sorted and disjoint."""
    out: list[list[int]] = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s < out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


@dataclass(frozen=True)
class Tok:
    """A Kiwi token with offsets inside its sentence."""

    form: str
    tag: str
    start: int
    end: int


# Latin runs reach Kiwi pre-tokenised as NNP; a bare SL token is a word the name finder rejected
_NAME_TAGS = {"NNP"}
_PARTICLE_TAGS = {"JKS", "JKO", "JKB", "JKG", "JX", "JC", "JKC", "JKV", "JKQ"}
_COREF_DETERMINERS = {"이", "그", "해당", "동", "저", "이러한", "이런", "그러한", "같은"}
_PLURAL_PRONOUNS = {"이들", "그들", "양사", "둘"}
# "두 회사", "양 사", "두 기업": the two things just named
_PAIR_DETERMINERS = {"두", "양"}
_DATE = re.compile(r"(?<![0-9])(\d{4}|\d{2})\s*년(?:\s*(\d{1,2})\s*월)?(?:\s*(\d{1,2})\s*일)?")


def _date_value(m: re.Match) -> str:
    year = int(m.group(1))
    if len(m.group(1)) == 2:
        year += 2000 if year < 50 else 1900
    value = f"{year:04d}"
    if m.group(2):
        value += f"-{int(m.group(2)):02d}"
        if m.group(3):
            value += f"-{int(m.group(3)):02d}"
    return value


def _particles_after(toks: list[Tok], i: int, end: int, text: str) -> tuple[str, str]:
    """The particle(s) of the noun phrase the name heads: right after it ('와의', 'JKB'), or
    after a parenthesis and a cue noun ("Solar(솔라) 시리즈를", "솔라 모델을")."""
    forms, first_tag = [], ""
    j = i + 1
    pos = end
    cues = resources().cue_nouns
    while j < len(toks):
        if toks[j].tag == "SSO":
            depth = 0
            while j < len(toks):
                depth += {"SSO": 1, "SSC": -1}.get(toks[j].tag, 0)
                j += 1
                if depth == 0:
                    break
            pos = toks[j - 1].end
            continue
        if (
            toks[j].tag == "NNG"
            and toks[j].form in cues
            and toks[j].start - pos <= 1
            and j + 1 < len(toks)
            and toks[j + 1].tag in _PARTICLE_TAGS
        ):
            pos = toks[j].end
            j += 1
            continue
        break
    if j != i + 1 and not (j < len(toks) and toks[j].tag in _PARTICLE_TAGS):
        j, pos = i + 1, end
    while j < len(toks) and toks[j].tag in _PARTICLE_TAGS and toks[j].start == pos:
        forms.append(toks[j].form)
        first_tag = first_tag or toks[j].tag
        pos = toks[j].end
        j += 1
    # copula as a predicate noun: "기업이다", "Claude입니다" -> role VCP
    if not forms and j < len(toks) and toks[j].tag == "VCP" and toks[j].start <= pos:
        return "이다", "VCP"
    return "".join(forms), first_tag


def mentions_from_tokens(sentence: Sentence, toks: list[Tok]) -> list[Mention]:
    """Names, dates and pronoun phrases of one analysed sentence, in order.

    Long: one detector per paragraph over a single token cursor (each may consume tokens the
    next must not see); kept as one function until the extraction rewrite (issue 12)."""
    res = resources()
    text = sentence.text
    mentions: list[Mention] = []
    taken = [False] * len(toks)

    for m in _DATE.finditer(text):
        mention = Mention(
            sentence.id,
            m.start(),
            m.end(),
            m.group(),
            kind="date",
            date=_date_value(m),
            rule="date",
            votes={"Date": 3.0},
        )
        last = max((k for k, t in enumerate(toks) if t.start < m.end()), default=-1)
        mention.particle, mention.role = _particles_after(toks, last, m.end(), text)
        for k, t in enumerate(toks):
            if m.start() <= t.start < m.end():
                taken[k] = True
        mentions.append(mention)

    i = 0
    while i < len(toks):
        t = toks[i]
        if taken[i]:
            i += 1
            continue
        is_name = t.tag in _NAME_TAGS or (
            t.tag.startswith("NN") and re.search(r"[A-Za-z]", t.form) and is_hangul(t.form)
        )
        if is_name:
            j = i
            # neighbouring proper nouns form one name ("젠슨 황"), unless one is a place
            while (
                j + 1 < len(toks)
                and toks[j + 1].tag in _NAME_TAGS
                and not taken[j + 1]
                and toks[j + 1].start - toks[j].end <= 1
                and not _is_place(toks[j].form)
                and not _is_place(toks[j + 1].form)
            ):
                j += 1
            # a company ending glued on: 카카오/NNP + 브레인/NNG = 카카오브레인
            while (
                j + 1 < len(toks)
                and toks[j + 1].start == toks[j].end
                and toks[j + 1].tag in {"NNG", "NNP"}
                and toks[j + 1].form in res.name_suffixes
            ):
                j += 1
            start, end = t.start, toks[j].end
            surface = text[start:end]
            if (
                surface.casefold() not in res.stopnames
                and len(name_key(surface)) >= 1
                and not surface.isdigit()
            ):
                mention = Mention(sentence.id, start, end, surface, rule="name")
                mention.particle, mention.role = _particles_after(toks, j, end, text)
                mentions.append(mention)
            i = j + 1
            continue
        # pronoun phrases: "이 회사", "해당 모델", "이들", "그의"
        if (
            t.tag in {"MM", "NR"}
            and t.form in _PAIR_DETERMINERS
            and i + 1 < len(toks)
            and toks[i + 1].tag in {"NNG", "NNB"}
            and toks[i + 1].form in res.cue_nouns
        ):
            noun = toks[i + 1]
            mention = Mention(
                sentence.id,
                t.start,
                noun.end,
                text[t.start : noun.end],
                kind="coref",
                rule="pair",
                votes={res.cue_nouns[noun.form]: 1.0},
                number=Number.PAIR,
            )
            mention.particle, mention.role = _particles_after(toks, i + 1, noun.end, text)
            mentions.append(mention)
            i += 2
            continue
        if (
            t.tag == "MM"
            and t.form in _COREF_DETERMINERS
            and i + 1 < len(toks)
            and toks[i + 1].tag == "NNG"
            and toks[i + 1].form in res.cue_nouns
        ):
            noun = toks[i + 1]
            j = i + 1
            if j + 1 < len(toks) and toks[j + 1].tag == "XSN" and toks[j + 1].form == "들":
                j += 1
            mention = Mention(
                sentence.id,
                t.start,
                toks[j].end,
                text[t.start : toks[j].end],
                kind="coref",
                rule="demonstrative",
                votes={res.cue_nouns[noun.form]: 1.0},
                number=Number.PLURAL if toks[j].form == "들" else Number.ONE,
            )
            mention.particle, mention.role = _particles_after(toks, j, toks[j].end, text)
            mentions.append(mention)
            i = j + 1
            continue
        # "이러한 모델들은": Kiwi reads 이러/XR 하/XSA ᆫ/ETM
        if (
            t.tag == "XR"
            and t.form in {"이러", "그러", "이와 같", "이같"}
            and i + 3 < len(toks)
            and toks[i + 1].tag == "XSA"
            and toks[i + 2].tag == "ETM"
            and toks[i + 3].tag == "NNG"
            and toks[i + 3].form in res.cue_nouns
        ):
            j = i + 3
            plural = j + 1 < len(toks) and toks[j + 1].form == "들" and toks[j + 1].tag == "XSN"
            j += plural
            mention = Mention(
                sentence.id,
                t.start,
                toks[j].end,
                text[t.start : toks[j].end],
                kind="coref",
                rule="demonstrative",
                votes={res.cue_nouns[toks[i + 3].form]: 1.0},
                number=Number.PLURAL if plural else Number.ONE,
            )
            mention.particle, mention.role = _particles_after(toks, j, toks[j].end, text)
            mentions.append(mention)
            i = j + 1
            continue
        if t.tag == "NP" and (
            t.form in _PLURAL_PRONOUNS
            or (t.form in {"이", "그"} and i + 1 < len(toks) and toks[i + 1].form == "들")
        ):
            j = i + 1 if t.form in {"이", "그"} else i
            mention = Mention(
                sentence.id,
                t.start,
                toks[j].end,
                text[t.start : toks[j].end],
                kind="coref",
                rule="plural-pronoun",
                number=Number.PLURAL,
            )
            mention.particle, mention.role = _particles_after(toks, j, toks[j].end, text)
            mentions.append(mention)
            i = j + 1
            continue
        if t.tag == "NP" and t.form == "그" and i + 1 < len(toks) and toks[i + 1].tag == "JKG":
            mention = Mention(
                sentence.id,
                t.start,
                t.end,
                t.form,
                kind="coref",
                rule="pronoun-his",
                votes={"Person": 1.0},
            )
            mention.particle, mention.role = _particles_after(toks, i, t.end, text)
            mentions.append(mention)
        i += 1
    mentions.sort(key=lambda m: m.start)
    return mentions


def _is_place(form: str) -> bool:
    entry = resources().lexicon_by_key.get(name_key(form))
    return entry is not None and entry.type == "Place"
