"""Names read from what is written around them, where the tagger alone goes wrong.

- ``two_script_persons``: "응우옌 티 마이(Nguyen Thi Mai)" is one person written in two scripts,
  not the pieces the tagger may cut it into;
- ``benchmark_names``: "한국어 지식 평가 'KMMLU'에서" names a test, not a model;
- ``copula_vote``: "X는 미국의 반도체 회사다" says what X is;
- ``company_word_vote``: "금성사 부사장을" is a company (社) whose first letter is a surname's;
- ``unprefixed``: "최연소 최고경영자" is the youngest CEO, not a person named 최연소;
  a version number alone ("2.0 버전에는") is no name either, nor a count ("기업 4곳").
"""

from __future__ import annotations

import itertools
import re

from .model import Mention, Sentence
from .names import name_key, sound_key
from .particles import particles_after
from .pieces import Piece, Tok, pieces, runs
from .resources import resources
from .roles import is_title

__all__ = [
    "benchmark_names",
    "byline_vote",
    "company_word_vote",
    "copula_vote",
    "two_script_persons",
    "unprefixed",
]


def copula_vote(toks: list[Tok], mentions: list[Mention]) -> None:
    """ "X는 프랑스의 스타트업이다": a sentence that ends in a cue noun with a copula says what
    its topic is; the sentence's first name, when 은/는 marks it as the topic, gets that type as
    one more vote (a name marked 이/가 is often the subject of a clause inside: "Y가 만든
    모델이다")."""
    k = len(toks) - 1
    while k > 0 and toks[k].tag in {"SF", "SSC", "SS", "EF", "EP"}:
        k -= 1
    if k < 1 or toks[k].tag != "VCP" or toks[k - 1].tag != "NNG":
        return
    type_ = resources().cue_nouns.get(toks[k - 1].form)
    subject = next((m for m in mentions if m.kind == "name"), None)
    if type_ is None or subject is None or subject.role != "JX":
        return
    if subject.end <= toks[k - 1].start:
        subject.votes[type_] = round(subject.votes.get(type_, 0.0) + 1.0, 3)


def unprefixed(toks: list[Tok], mentions: list[Mention]) -> list[Mention]:
    """A person's name never starts with a prefix: Kiwi reads "최연소", "최고령", "최우수" as the
    prefix 최- (XPN, "most") and a noun, where a name of the family 최 is one proper noun
    ("최수연"); such a word is no name at all, whatever the tagger made of its surname shape.
    Nor is a version number alone: "2.0 버전에는" names an edition of a family written before;
    nor a count: "민간 기업 4곳과" is four companies.

    >>> from kg.kiwi import kiwi
    >>> s = "카카오 최연소 최고경영자"
    >>> ms = [Mention("s", 4, 7, "최연소", votes={"Person": 2.2})]
    >>> unprefixed([Tok.of(t) for t in kiwi().tokenize(s)], ms)
    []
    """
    at = {t.start: i for i, t in enumerate(toks)}
    return [m for m in mentions if m.kind != "name" or not _no_name(m, toks, at.get(m.start))]


def _no_name(m: Mention, toks: list[Tok], first: int | None) -> bool:
    prefixed = m.voted_type == "Person" and first is not None and _prefixed_word(toks, first)
    return prefixed or _VERSION_ALONE.fullmatch(m.text) is not None or _count(m.text)


def _prefixed_word(toks: list[Tok], first: int) -> bool:
    """Does a prefix open a word Kiwi knows after it ("최연소": 최/XPN 연소/NNG)?  A name Kiwi
    cuts into one-syllable pieces is none ("진하율": 진/XPN 하/NNG 율/XSN)."""
    rest = toks[first + 1] if first + 1 < len(toks) else None
    return toks[first].tag == "XPN" and rest is not None and len(rest.form) >= 2


def _count(text: str) -> bool:
    """ "4곳", "3개사": a number and a word that counts (grammar.toml names.counters)."""
    number = _NUMBER.match(text)
    return number is not None and text[number.end() :].strip() in resources().grammar.counters


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


# a version number with nothing before it ("2.0 버전에는 ..."): it stands for an edition of a
# family the text names, never for a name of its own
_VERSION_ALONE = re.compile(r"[vV]?\d+(?:\.\d+)*")


def byline_vote(text: str, toks: list[Tok], mentions: list[Mention]) -> None:
    """ "[아이뉴스24 박지은 기자]", "(서울=연합뉴스) 홍길동 기자 =": the name right before a
    reporter's name, or after "=" in the dateline's brackets, is the news outlet, a company
    (the tagger took outlets with digits for models).

    >>> from kg.kiwi import kiwi
    >>> s = "[아이뉴스24 박지은 기자] 공급 계약을 맺었다."
    >>> ms = [Mention("s", 1, 7, "아이뉴스24", votes={"Model": 2.0}),
    ...       Mention("s", 8, 11, "박지은", votes={"Person": 3.0})]
    >>> byline_vote(s, [Tok.of(t) for t in kiwi().tokenize(s)], ms)
    >>> ms[0].voted_type
    'Company'
    """
    names = [m for m in mentions if m.kind == "name"]
    for m, person in itertools.pairwise(names):
        between = text[m.end : person.start]
        if between.strip() or person.voted_type != "Person":
            continue
        after = next((t for t in toks if t.start >= person.end), None)
        if (
            after is not None
            and after.form in resources().grammar.reporters
            and after.start - person.end <= 1
        ):
            m.votes["Company"] = m.votes.get("Company", 0.0) + 5.0
    for m in names:
        if m.start > 0 and text[m.start - 1] == "=" and text[m.end : m.end + 1] == ")":
            m.votes["Company"] = m.votes.get("Company", 0.0) + 5.0


_HANGUL_WORD = re.compile(r"[가-힣]{1,5}")
_LATIN_WORD = re.compile(r"[A-Z][a-z]+")


def _spelled_twice(hangul: list[Piece], latin: list[Piece]) -> bool:
    """Do the Hangul words spell the Latin ones, word by word, by their first sound (the last
    word must, one other of three or more may differ: 티/Thi, 쩐/Tran)?  '스타트업
    코토바랩스(Kotoba Labs)' does not (nor does a cue noun such as 스타트업 start a name), nor
    does '미국 램리서치(Lam Research)': of two words both must (a country before a company)."""
    cues = resources().cue_nouns
    if not all(_HANGUL_WORD.fullmatch(p.stem) and p.stem not in cues for p in hangul):
        return False
    if not all(_LATIN_WORD.fullmatch(p.stem) for p in latin):
        return False
    keys = [(sound_key(h.stem)[:1], sound_key(la.stem)[:1]) for h, la in zip(hangul, latin)]
    same = sum(1 for a, b in keys if a and a == b)
    differ = 1 if len(keys) > 2 else 0
    return same >= len(keys) - differ and keys[-1][0] == keys[-1][1]


def _company_word(hangul: Piece, latin: Piece) -> bool:
    """ "노스웨이브 클라우드(Northwave Cloud)": a last word that ends companies' names (cues.toml
    suffixes) makes the name a company's, written in two scripts, not a person's."""
    suffixes = resources().name_suffixes
    return "Company" in {suffixes.get(hangul.stem), suffixes.get(latin.stem)}


def two_script_persons(
    sentence: Sentence, ps: list[Piece], toks: list[Tok], mentions: list[Mention]
) -> list[Mention]:
    """ "응우옌 티 마이(Nguyen Thi Mai)", "제이슨 박(Jason Park)": a name of two to four Hangul
    words with as many capitalised Latin words in brackets right after it is a person's name
    written twice (news writes companies as one word: "사이공북스(Saigon Books)"); it is one
    name in each script, never the pieces the tagger may have cut it into."""
    for i in range(len(ps)):
        for n in (4, 3, 2):
            hangul, latin = runs(ps, i, n), runs(ps, i + n, n)
            if hangul is None or latin is None or hangul[-1].after != "(":
                continue
            if latin[0].before != "(" or latin[-1].after != ")" or hangul[-1].tail:
                continue
            if not _spelled_twice(hangul, latin) or _company_word(hangul[-1], latin[-1]):
                continue
            spans = [(hangul[0].start, hangul[-1].stem_end), (latin[0].start, latin[-1].stem_end)]
            mentions = [m for m in mentions if not any(m.start < b and m.end > a for a, b in spans)]
            for (a, b), run in zip(spans, (hangul, latin)):
                m = Mention(sentence.id, a, b, sentence.text[a:b], rule="two-scripts")
                m.votes = {"Person": 3.0}
                m.particle, m.role = particles_after(toks, run[-1].last, b, sentence.text)
                mentions.append(m)
            _employer_before_title(sentence.text, ps, mentions, spans[1][1] + 2)
            break
    return mentions


def company_word_vote(mentions: list[Mention]) -> None:
    """A name of three letters the tagger took for a person's, its first a surname's, that ends
    in a word saying it is a company (grammar.toml company_words): "금성사 부사장을" names the
    company 금성사, not a person 금 성사.  A surname with a title or an occupation glued on
    ("박이사", "최검사") stays a person."""
    g = resources().grammar
    for m in mentions:
        text = m.text
        if m.kind != "name" or m.voted_type != "Person" or len(text) != 3:
            continue
        person = is_title(text[1:]) or text[1:] in g.company_word_persons
        if text[0] in g.surnames and text.endswith(g.company_words) and not person:
            m.votes = {"Company": max(m.votes.values())}


def _employer_before_title(text: str, ps: list[Piece], mentions: list[Mention], at: int) -> None:
    """ "토마스 베버(Thomas Weber) 한결모터스 설계실장은": after a person written in two
    scripts, a name followed by a title is the person's organisation, not a second person
    (the title would otherwise make it look like one)."""
    if text[at - 2 : at] != ") ":
        return
    m = next((m for m in mentions if m.start == at and m.kind == "name"), None)
    if m is None or m.voted_type != "Person":
        return
    after = [p for p in ps if p.start > m.end][:3]
    if not any(is_title(p.stem) for p in after) or (after and after[0].start != m.end + 1):
        return
    m.votes = {"Company": max(m.votes.values())}


def benchmark_names(sentence: Sentence, toks: list[Tok], found: list[Mention]) -> set[str]:
    """ "한국어 지식 평가 'KMMLU'에서 68점을 받아", "KMMLU 벤치마크에서": the names a sentence
    writes right after or before a word for a test (grammar.toml models.benchmarks) name a
    benchmark, not a model nor a company; "'AI 프런티어 서울 2026' 개막": a name ending in a
    year right before a word for an event (models.events) names the event.  Their keys, to drop
    from the whole document."""
    g = resources().grammar
    ps = pieces(sentence.text, toks)
    out = set()
    for m in found:
        if m.kind != "name":
            continue
        k = next((i for i, p in enumerate(ps) if p.start == m.start), None)
        j = next((i for i, p in enumerate(ps) if p.stem_end == m.end), None)
        before = ps[k - 1] if k else None
        after = ps[j + 1] if j is not None and j + 1 < len(ps) and not ps[j].tail else None
        if (before is not None and not before.tail and before.stem in g.benchmarks) or (
            after is not None and after.stem in g.benchmarks
        ):
            out.add(name_key(m.text))
        elif after is not None and after.stem in g.events and _YEAR_LAST.search(m.text):
            out.add(name_key(m.text))
    return out


# a name whose last word is a year ("서울 2026", "CES 2026"): an event's, when an event word follows
_YEAR_LAST = re.compile(r"\s(?:19|20)\d\d$")
