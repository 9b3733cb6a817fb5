"""English questions about Korean articles: the Korean words news writes for the question's
English words, and the answer its verb asks for.

"Which securities firm is Mulgyeol Soft's lead underwriter?" is asked of a text that writes
"물결소프트는 한빛투자증권을 대표 주관사로": the name is linked by its Latin alias
(search/question.py), the other words are glossed here (resources/english.toml) into 증권사,
대표 주관사, morphemes the reader and BM25 look for beside the English ones.

>>> english_gloss("Which securities firm is Mulgyeol Soft's lead underwriter?")
'증권사 증권 대표 주관사'
>>> english_gloss("Who did Mulgyeol Soft develop Starvoyage with?")
'개발 함께 공동 협력'
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from kg.names import is_hangul, name_key, sound_key, sounds_alike

from .english_lemmas import lemma_index, lookup, stems
from .resource_tables import resource_table
from .romanized import romanizes

__all__ = [
    "asked_party",
    "asks_change_size",
    "asks_doer",
    "asks_english_change",
    "asks_length_of_time",
    "asks_partner",
    "asks_place",
    "english_asked_type",
    "english_counter",
    "english_frame",
    "english_gloss",
    "english_glosses",
    "english_head",
    "english_heads",
    "english_kind",
    "english_plural",
    "english_tables",
    "english_words",
    "glossed_copula_head",
    "glossed_head",
    "glossed_words",
    "how_kind",
    "measured_much",
    "written_in_hangul",
]

_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")


class Frame(NamedTuple):
    """What an English question's verb decides: the expected entity type, and whether the
    relation its verb names is not what is asked ("develop ... with?" asks the partner)."""

    expected_type: str
    drop_relation: bool


@functools.lru_cache(maxsize=1)
def english_tables() -> dict:
    return resource_table("english.toml")


def _written(text: str) -> list[str]:
    """The Latin words of ``text`` as written, possessive 's dropped: one list that ``_words``
    and ``_inflected`` both read, so their items pair up ("ß", casefolded to "ss", made
    ``_inflected`` shorter than ``_words``: an IndexError on a query "ß").

    >>> _written("OpenAI's founders ß"), _words("Who FOUNDED Anthropic'S lab?")
    (['OpenAI', 'founders'], ['who', 'founded', 'anthropic', 'lab'])
    """
    return re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", re.sub("'s", "", text, flags=re.I))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _written(text)]


def _inflected(text: str) -> list[bool]:
    """For each of ``_words(text)``: may it be looked up by its stem?  Not a capitalised word
    after the first, a name's ("Geulbit Publishing" publishes nothing)."""
    return [i == 0 or not w[0].isupper() for i, w in enumerate(_written(text))]


def asks_partner(text: str) -> bool:
    """The question ends on "with": "Who did A develop B with?" asks for A's partner."""
    words = _words(text)
    against = english_tables()["with"]["not_partners"]
    return len(words) > 1 and words[-1] == "with" and words[-2] not in against


def asks_doer(text: str) -> bool:
    """A "who" question whose verb a company does ("Who publishes ...?", "Who advised ...?")."""
    words = _words(text)
    doers = english_tables()["doers"]["verbs"]
    return bool(words) and words[0] == "who" and (_any_of(text, doers) or asks_partner(text))


def english_kind(wh: str, text: str, kind: str) -> str:
    """The kind of answer an English question's verb decides: "Who publishes ...?" a company,
    "Where was it founded?" a place (not the company it was founded by); else ``kind``."""
    if wh == "who" and (asks_doer(text) or asked_party(text)):
        return "company"
    if wh == "where" and asks_place(text):
        return "place"
    if wh == "where" and _any_of(text, english_tables()["workplaces"]["verbs"]):
        return "company"
    return kind


def asked_party(text: str) -> bool:
    """ "Who is X's buyer?": a "who" question whose copula names a party a company or a body
    fills (its first head noun after "is", "was", "will be"), as 누구 of "인수자는 누구인가?" reads
    the role (search/party_nouns.py); a person's title first keeps a person ("Who is the CEO of
    the buyer?"), and so does a verb ("Who signed the deal with the two firms?").  A holder of
    shares or an owner may be either ([who_parties] in english.toml): no head noun of a company.

    >>> asked_party("Who is Sejin Chemical's lead underwriter?"), asked_party("Who is the CEO?")
    (True, False)
    """
    words = _words(text)
    if len(words) < 3 or words[1] not in english_tables()["who_parties"]["copulas"]:
        return False
    at = english_heads(words[2:])
    # the first compound's last noun is its head: "aircraft supplier" a supplier
    first = next((i for i, j in zip(at, [*at[1:], -1]) if j != i + 1), -1)
    kind = resource_table("answer_types.toml")["heads"].get(english_head(words[2 + first]), "")
    return first >= 0 and kind in {"company", "organization"}


def asks_length_of_time(words: list[str]) -> bool:
    """ "How long" asks a length of time ("How long is the contract?", "How long can it stay in
    the air?": "7년", "30시간"), unless its subject is a thing measured in length ([how_long]
    lengths: "How long is the new route?"); ``words``: the question's, lower-cased.

    >>> asks_length_of_time(["how", "long", "is", "the", "contract"])
    True
    >>> asks_length_of_time(["how", "long", "is", "the", "bridge"]), asks_length_of_time(["how"])
    (False, False)
    """
    if "long" not in words or words.index("long") == 0 or words[words.index("long") - 1] != "how":
        return False
    index = lemma_index(english_tables()["how_long"]["lengths"])
    return not any(lookup(w, index) for w in words[words.index("long") + 1 :])


def asks_place(text: str) -> bool:
    """A "where" question whose verb puts a thing somewhere ("Where was Mulgyeol Soft founded?"),
    or that asks where a site is ("Where is the engine maintenance plant?": 부천, not the
    company that runs it)."""
    words = _words(text)
    places, work = english_tables()["places"]["verbs"], english_tables()["workplaces"]["verbs"]
    sites = english_tables()["places"]["sites"]
    # "Where did she work before founding it?" asks the workplace, though "founding" is here
    return (
        bool(words)
        and words[0] == "where"
        and (_any_of(text, places) or _any_of(text, sites))
        and not _any_of(text, work)
    )


def _any_of(text: str, verbs: list[str]) -> bool:
    """A word of ``text`` is a form of one of ``verbs`` ("represents" of "represented")."""
    index = lemma_index(verbs)
    return any(lookup(w, index, i) for w, i in zip(_words(text), _inflected(text)))


def english_frame(text: str) -> Frame | None:
    """ "Who did A develop B with?" -> a company, not DEVELOPED's other end; "Who publishes
    ...?" -> a company; "Where was it founded?" -> a place, not FOUNDED's company."""
    if asks_partner(text):
        return Frame("Company", True)
    if asks_doer(text):
        return Frame("Company", False)
    if asks_place(text):
        return Frame("Place", True)
    return None


def english_words(text: str, names: list[tuple[str, str]], ex) -> tuple[str, set[str]]:
    """The Korean words to read an English question with: the Hangul names of the entities
    it names by a Latin alias (``names``: entity id and the words written), then the gloss;
    and the Latin words of those names, which match only the one sentence that brackets them
    ("물결소프트(Mulgyeol Soft)"), for the BM25 terms to leave out."""
    hangul = [_hangul_name(ex, eid, written) for eid, written in names]
    latin = {
        w.casefold()
        for (_, written), h in zip(names, hangul)
        if h
        for w in _LATIN_WORD.findall(written)
    }
    return " ".join([*filter(None, hangul), english_gloss(text)]).strip(), latin


def _hangul_name(ex, eid: str, written: str) -> str:
    """The Hangul alias of an entity the question names by one of its Latin aliases ("" for
    a name linked only partly or by its sound: "Mulgyeol" is not all of 물결소프트)."""
    hangul = next((a for a in ex.entities[eid].aliases if is_hangul(a)), "")
    if ex.alias_index.get(name_key(written)) != eid and not romanizes(written, hangul):
        return ""
    return hangul


def english_gloss(text: str) -> str:
    """The Korean words for an English question's words, longest phrase first, in order."""
    return " ".join(english_glosses(text))


def english_glosses(text: str) -> list[str]:
    """The gloss of each English word or phrase of a question that has one, in order.

    >>> english_glosses("Will the co-founders stay after the acquisition?")
    ['공동창업자', '남다 머무르다', '인수']
    """
    gloss = english_tables()["gloss"]
    out = [gloss[key] for key, _ in _glossed(text)]
    if asks_partner(text):
        out.append(english_tables()["with"]["gloss"])
    return out


def glossed_head(text: str) -> str:
    """The Korean head noun of an English question that ends on a glossed noun phrase of one
    Korean word: "What was LUMINA's debut song?" asks a 데뷔곡, as "루미나의 데뷔곡은?" does
    (the phrase's gloss read as the head noun); "" for any other ending.

    >>> glossed_head("What was LUMINA's debut song?"), glossed_head("What did LUMINA release?")
    ('데뷔곡', '')
    """
    glossed, words = _glossed(text), _words(text)
    if not glossed or words[-len(glossed[-1][1]) :] != glossed[-1][1]:
        return ""
    gloss = english_tables()["gloss"][glossed[-1][0]]
    return gloss if is_hangul(gloss) and " " not in gloss else ""


def glossed_copula_head(text: str, heads: dict[str, str]) -> str:
    """The head noun of "What is/was …?" read from its glossary: the first glossed phrase
    whose Korean gloss is one of ``heads`` (answer_types.toml [heads]), "" when none is.
    "What was the won-dollar exchange rate at the close?" asks a 환율, a sum in 원, as
    "원·달러 환율 종가는?" does (no English head noun is listed for "rate": an interest rate
    is a percentage).

    >>> glossed_copula_head("What was the exchange rate at the close?", {"환율": "money"})
    '환율'
    >>> glossed_copula_head("What did the bank raise?", {"환율": "money"})
    ''
    """
    words = _words(text)
    if len(words) < 3 or words[0] not in {"what", "which"}:
        return ""
    if words[1] not in english_tables()["who_parties"]["copulas"]:
        return ""
    gloss = english_tables()["gloss"]
    return next((gloss[k] for k, _ in _glossed(text) if gloss[k] in heads), "")


def glossed_words(text: str) -> set[str]:
    """The words (lower-cased) of the phrases of ``text`` the glossary gives Korean words for:
    no unknown names, though capitalised ("Japan", "North American rights", "Series B").

    >>> sorted(glossed_words("Who will coach the North American team?"))
    ['american', 'coach', 'north', 'team']
    """
    return {w for _, phrase in _glossed(text) for w in phrase}


def _glossed(text: str) -> list[tuple[str, list[str]]]:
    """The glossary key of each glossed phrase of ``text``, longest first, with its words."""
    index = _gloss_index()
    longest = max(len(k.split()) for k in english_tables()["gloss"])
    words, inflected, out, i = _words(text), _inflected(text), [], 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if key := lookup(phrase, index, inflected[i + n - 1]):  # "founding": "founded"
                out.append((key, words[i : i + n]))
                i += n
                break
        else:
            i += 1
    return out


@functools.lru_cache(maxsize=1)
def _gloss_index() -> dict[str, str]:
    return lemma_index(english_tables()["gloss"])


def written_in_hangul(name: str, text: str) -> bool:
    """A Latin name the text writes only in Hangul ("Pohang" for "포항시는"): a word of the
    text starts with a transliteration of it.  Names of three consonant sounds or more only
    (a shorter skeleton matches too many words).

    >>> written_in_hangul("Pohang", "포항시는 버스 6대를 투입한다"), written_in_hangul("Busan", "포항시")
    (True, False)
    """
    if len(sound_key(name)) < 3:
        return False
    for word in set(re.findall(r"[가-힣]{2,}", text)):
        if any(sounds_alike(word[:n], name) for n in range(2, len(word) + 1)):
            return True
    return False


def english_asked_type(words: list[str]) -> str:
    """The entity type the head noun after "which" or "what" asks for ([asked_types]), ""
    when none: "Which company makes the buses?" a Company, as "어느 회사" does.

    >>> english_asked_type(["which", "manufacturer", "builds"]), english_asked_type(["what", "is"])
    ('Company', '')
    """
    if not words or words[0] not in {"which", "what"}:
        return ""
    heads = resource_table("answer_types.toml")["heads"]
    found = next((h for w in words[1:4] if (h := english_head(w))), "")
    return english_tables()["asked_types"].get(heads.get(found, ""), "")


def english_counter(words: list[str]) -> str:
    """The Korean counter of the first counted noun among ``words`` (the words after "how
    many", lower-cased): "users" -> "명"; "" when none is known ([counters])."""
    counters, index = english_tables()["counters"], lemma_index(english_tables()["counters"])
    return next((counters[k] for w in words if (k := lookup(w, index))), "")


def measured_much(words: list[str]) -> bool:
    """A quantity other than money asked by "how much": a verb of one among ``words`` (the
    question's words after it, lower-cased): "How much can the drone carry at once?" asks a weight
    ("최대 5kg"), no price ([measures])."""
    verbs = set(english_tables()["measures"]["verbs"])
    return any(w in verbs for w in words)


def asks_change_size(before: str) -> bool:
    """ "By how much will X raise prices?" asks the size of a change, a percentage as often as
    money ("평균 7.2% 올린다", "300억 원 늘었다"): a number, no price ([by_how_much]);
    ``before``: the word before "how", lower-cased.

    >>> asks_change_size("by"), asks_change_size("")
    (True, False)
    """
    return before in english_tables()["by_how_much"]["before"]


def asks_english_change(text: str) -> bool:
    """An English question asking the size of a change: "how much" or "how many" with a verb of
    change after it ([changes] verbs): "By how much did operating profit fall?", "How much did
    sales grow?" ask "31%", "300억 원" of "31% 줄었다", no figure the thing changed to; "How much
    did X raise?" (a fund's) asks no change.

    >>> asks_english_change("By how much did X's operating profit fall?")
    True
    >>> asks_english_change("How much did X raise?"), asks_english_change("When did sales fall?")
    (False, False)
    """
    words = _words(text)
    at = next(
        (i for i, w in enumerate(words[:-1]) if w == "how" and words[i + 1] in {"much", "many"}), -1
    )
    index = lemma_index(english_tables()["changes"]["verbs"])
    return at >= 0 and any(lookup(w, index) for w in words[at + 2 :])


def how_kind(word: str) -> str:
    """The kind of answer "how" and the word after it ask ([how]): "How many" a number, "How
    much" money, "How long does it take?" a length of time; "" for "how" alone (a manner)."""
    return english_tables()["how"].get(word, "")


def english_head(word: str) -> str:
    """The head noun of answer_types.toml [heads] an English word is a form of ("" for none):
    "companies" -> "company"; "year" after "last", "this", "next" is a time, no head
    (english_heads below)."""
    return lookup(word, _heads_index()) if word.isascii() else ""


def english_plural(head: str) -> bool:
    """An English asked noun in the plural ("Which models", "Which companies"): all are asked."""
    return head.isascii() and head.endswith("s") and any(s in _heads_index() for s in stems(head))


def english_heads(words: list[str]) -> list[int]:
    """The positions of the head nouns among an English question's ``words`` (lower-cased),
    leaving out a time word after a word that makes it one ("last year", "this quarter":
    [times] in english.toml): "What was X's operating profit last year?" asks no date."""
    times = english_tables()["times"]["before"]
    return [
        i for i, w in enumerate(words) if english_head(w) and (i == 0 or words[i - 1] not in times)
    ]


@functools.lru_cache(maxsize=1)
def _heads_index() -> dict[str, str]:
    return lemma_index(k for k in resource_table("answer_types.toml")["heads"] if k.isascii())
