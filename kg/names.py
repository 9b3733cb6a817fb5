"""Comparing names: spelling keys, version families and Hangul/Latin sound skeletons.

>>> name_key("Hugging Face") == name_key("HuggingFace"), name_key("DALL-E") == name_key("DALL·E")
(True, True)
>>> sounds_alike("업스테이지", "Upstage"), sound_key("솔라") == sound_key("Solar")
(True, True)
>>> split_version("Claude 3"), split_version("GPT-4 Turbo"), split_version("Claude 1~3")
(('Claude', '3'), ('GPT-4', 'Turbo'), ('Claude', '1~3'))
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = [
    "is_hangul",
    "is_latin",
    "name_key",
    "slug",
    "sound_key",
    "sounds_alike",
    "split_version",
]

_PUNCT = re.compile(r"[\s\-–·•‧・.'’_/,:]+")


@functools.lru_cache(maxsize=1 << 16)  # resolution keys every alias after each change
def name_key(text: str) -> str:
    """Spelling-insensitive key: NFC, case-folded, without spaces and joining punctuation."""
    return _PUNCT.sub("", unicodedata.normalize("NFC", text)).casefold()


def is_hangul(text: str) -> bool:
    return any("가" <= c <= "힣" for c in text)


def is_latin(text: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in text)


def slug(name: str) -> str:
    """Stable entity id from a canonical name (Hangul kept as is).

    >>> slug("Google Cloud"), slug("아서 멘슈"), slug("GPT-4 Turbo")
    ('google-cloud', '아서-멘슈', 'gpt-4-turbo')
    """
    s = unicodedata.normalize("NFC", name).casefold()
    s = re.sub(r"[^\w가-힣]+", "-", s).strip("-")
    return s or "entity"


# Versions and editions after a family name: "Claude 3", "GPT-4", "Llama 3.1", "Claude 1~3",
# "GPT-4 Turbo", "Gemini 1.5 Pro".  The family is what remains.
# Korean news writes the editions in Hangul too ("너울 3 프로", "새길 V2", "여울 4 미니").
_EDITION_WORDS = (
    r"(?:Turbo|Pro|Plus|Ultra|Mini|mini|Max|Lite|Nano|Flash|Opus|Sonnet|Haiku|Vision|Instruct"
    r"|Chat|Large|Medium|Small|XL|프로|플러스|울트라|미니|맥스|라이트|나노|플래시|터보|비전)"
)
_VERSION = re.compile(
    rf"^(?P<family>.+?)(?:[\s\-]*(?P<v>[vV]?\d+(?:\.\d+)*[a-zA-Z]?(?:\s*[~\-]\s*\d+(?:\.\d+)*)?))$"
    rf"|^(?P<family2>.+?)\s+(?P<ed>{_EDITION_WORDS})$"
)


def split_version(name: str) -> tuple[str, str] | None:
    """(family, version) when the name is a version or edition of a shorter name, else None."""
    m = _VERSION.match(name.strip())
    if not m:
        return None
    family, version = (m["family"], m["v"]) if m["family"] else (m["family2"], m["ed"])
    family = family.strip(" -")
    # "H100", "7B" alone, or a family that is only digits, is not a version of something
    if not family or not re.search(r"[A-Za-z가-힣]{2,}", family):
        return None
    if re.fullmatch(r"\d+[BbMmKk]", version or ""):
        return None
    return family, version


# --- sound skeletons -------------------------------------------------------------------------
# Korean writes foreign names by sound (업스테이지 = Upstage).  Both scripts are reduced to a
# string of consonant classes; vowels, which Hangul spelling varies most, are dropped.
#   K: k g c q ㄱㄲㅋ   T: t d ㄷㄸㅌ   P: p b f v ㅂㅃㅍ   S: s th ㅅㅆ   J: j z ch ㅈㅉㅊ
#   L: l r ㄹ   M: m ㅁ   N: n ㄴ (and final ㅇ 'ng')   H: h ㅎ
_CHO = "KKNTTLMPPSSxJJJKTPH"  # initial consonants ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ
# final ㅅ is a 't' in loanwords (챗 = chat, 깃 = git)
_JONG = [
    "",
    "K",
    "K",
    "KS",
    "N",
    "NJ",
    "NH",
    "T",
    "L",
    "LK",
    "LM",
    "LP",
    "LS",
    "LT",
    "LP",
    "LH",
    "M",
    "P",
    "PS",
    "T",
    "T",
    "N",
    "J",
    "J",
    "K",
    "T",
    "P",
    "H",
]
_LATIN_RULES = [
    ("sch", "S"),
    ("tch", "J"),
    ("ph", "P"),
    ("th", "S"),
    ("ch", "J"),
    ("sh", "S"),
    ("ck", "K"),
    ("qu", "K"),
    ("gh", ""),
    ("wh", ""),
    ("ng", "N"),
    ("x", "KS"),
    ("c", "K"),
    ("g", "K"),
    ("k", "K"),
    ("q", "K"),
    ("d", "T"),
    ("t", "T"),
    ("b", "P"),
    ("p", "P"),
    ("f", "P"),
    ("v", "P"),
    ("s", "S"),
    ("z", "J"),
    ("j", "J"),
    ("l", "L"),
    ("r", "L"),
    ("m", "M"),
    ("n", "N"),
    ("h", "H"),
]
_LATIN_RE = re.compile("|".join(re.escape(a) for a, _ in _LATIN_RULES))
_LATIN_MAP = dict(_LATIN_RULES)


def _hangul_skeleton(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172:
            cho, jong = code // 588, code % 28
            c = _CHO[cho]
            out.append("" if c == "x" else c)
            out.append(_JONG[jong])
    return "".join(out)


def _latin_skeleton(word: str, soft_g: bool = False) -> str:
    word = word.lower()
    word = re.sub(r"([a-z])\1", r"\1", word)  # doubled letters sound once
    word = re.sub(r"c(?=[eiy])", "s", word)  # soft c
    if soft_g:
        word = re.sub(r"g(?=[eiy])", "j", word)  # Gemini = 제미나이, but GitHub = 깃허브
    word = re.sub(r"e$", "", word) if len(word) > 3 else word  # silent final e
    word = re.sub(r"(?<=[aeiou])r(?![aeiouy])", "", word)  # non-rhotic r: Whisper = 위스퍼
    return "".join(_LATIN_MAP[m] for m in _LATIN_RE.findall(word))


def sound_key(text: str, soft_g: bool = False) -> str:
    """Consonant skeleton of a name in either script; Latin parts of a mixed name ('엑스AI')
    keep their letters' sounds.  Acronyms in capitals are spelled letter by letter in Korean
    and are dropped on both sides (the AI of 엑스AI / xAI, the GPT of 챗GPT / ChatGPT)."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)  # ChatGPT -> Chat GPT, GitHub -> Git Hub
    out = []
    for part in re.findall(r"[가-힣]+|[A-Za-z]+|\d+", text):
        if "가" <= part[0] <= "힣":
            out.append(_hangul_skeleton(part))
        elif part.isdigit():
            out.append(part)
        elif part.isupper() and len(part) <= 4:
            continue
        else:
            out.append(_latin_skeleton(part, soft_g))
    key = "".join(out)
    return re.sub(r"(.)\1+", r"\1", key)


def sounds_alike(hangul: str, latin: str) -> bool:
    """True when a Hangul name is a plausible transliteration of a Latin one.

    >>> sounds_alike("아서 멘슈", "Arthur Mensch"), sounds_alike("구글", "Amazon")
    (True, False)
    """
    a = sound_key(hangul)
    if len(a) < 2:
        return False
    return a in (sound_key(latin), sound_key(latin, soft_g=True))
