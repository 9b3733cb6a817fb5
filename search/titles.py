"""A person and the title written beside them: "Who is the CTO of Hybrion?" asks for the
person the article writes with that title ("라이언 피셔(Ryan Fisher) 최고기술책임자(CTO)"),
not for the first person of the sentence.  Titles are kg/resources/grammar.toml ``titles``.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("장민서 대표와 라이언 피셔 최고기술책임자(CTO)가 창업했다."))
>>> asked_titles(tokens_of(kiwi().tokenize("Who is the CTO of Hybrion?")))
{'cto'}
>>> title_beside(toks, 4, 5, {"cto"}, others=[(0, 0)])
True
>>> title_beside(toks, 0, 0, {"cto"}, others=[(4, 5)])
False
>>> toks = tokens_of(kiwi().tokenize("최고기술책임자(CTO)는 연구소를 이끌어 온 반지훈 박사다."))
>>> title_beside(toks, 13, 13, {"cto"})
True
>>> toks = tokens_of(kiwi().tokenize("이사회는 신임 CEO에 한지후 부사장을 선임했다."))
>>> title_beside(toks, 5, 5, {"ceo"})
True
"""

from __future__ import annotations

from kg.resources import resources

from .appointments import appointed, named_before, named_to_after
from .noun_words import is_noun, joined, word_from
from .resource_tables import resource_table
from .spans import Token
from .title_reach import STOP_TAGS, TOPIC_REACH, after_name, as_topic, auxiliary, folded_titles

# appointed and folded_titles are search/appointments.py's and search/title_reach.py's, kept
# here for the modules that read them with the titles
__all__ = [
    "appointed",
    "asked_titles",
    "doer_titles",
    "folded_titles",
    "new_posts",
    "title_beside",
    "titled",
]


def _with_written(asked: set[str]) -> set[str]:
    """The asked titles with the words a news article writes them with ("CEO": 대표)."""
    written = resource_table("answer_types.toml")["titles"]["written"]
    return asked | {w.casefold() for a in asked for w in written.get(a, [])}


def written_posts(tokens: list[Token]) -> set[str]:
    """Every title a question writes ("센터장", "CTO", "대표"), casefolded, with the words news
    writes the same office with, both ways ("CEO" is written "대표"; a "대표" may be the
    "CEO")."""
    every = folded_titles()
    asked = {t.form.casefold() for t in tokens if t.form.casefold() in every}
    written = resource_table("answer_types.toml")["titles"]["written"]
    asked |= {a for a, ws in written.items() if asked & {w.casefold() for w in ws}}
    return _with_written(asked)


def holds_post(role: str, posts: set[str]) -> bool:
    """Does a relation's role ("대표이사 사장", "AI 총괄") name one of ``posts``?  An unrecorded
    role says nothing either way: True."""
    role = role.casefold().replace(" ", "")
    return not role or not posts or any(p in role for p in posts)


def asked_titles(tokens: list[Token]) -> set[str]:
    """The titles written in Latin letters a question asks for ("CTO", "CEO", or spelled out:
    "chief scientific officer"), casefolded: one office each, where a Korean word such as 대표
    is written beside many people; with the Korean word a news article writes the office
    with (answer_types.toml [titles]: "CEO" is written "대표")."""
    titles = {t for t in folded_titles() if t.isascii()}
    table = resource_table("answer_types.toml")["titles"]
    asked = {t.form.casefold() for t in tokens if t.form.casefold() in titles}
    words = " " + " ".join(t.form.casefold() for t in tokens) + " "
    asked |= {abbr for phrase, abbr in table["english"].items() if f" {phrase} " in words}
    return _with_written(asked)


def doer_titles(act: str) -> set[str]:
    """The titles a news article writes the doer of ``act`` with (answer_types.toml
    ``[titles.doers]``), casefolded; empty for an act no title names.

    >>> sorted(doer_titles("창업"))
    ['공동창업자', '설립자', '창업자', '창업주']
    """
    table = resource_table("answer_types.toml")["titles"].get("doers", {})
    return {t.casefold() for t in table.get(act, ())}


def new_posts(tokens: list[Token]) -> set[str]:
    """The Korean titles a question asks for as an office newly filled ("새 대표이사로 내정된
    사람", "신임 대표"), casefolded, with the words a news article writes them with: the person
    named to it, not the one who holds it now ("남궁준 대표는 의장으로 물러나")."""
    every = folded_titles()
    table = resource_table("answer_types.toml")["titles"]
    asked = {
        word
        for i in range(len(tokens))
        if (word := joined(tokens, i).casefold()) in every
        and (
            (i and tokens[i - 1].form in table["new_post"])
            or named_to_after(tokens, i + len(word_from(tokens, i)))
        )
    }
    return _with_written(asked)


def written_names(tokens: list[Token]) -> frozenset[str]:
    """The words a question writes that are no title (nouns written together, casefolded): the
    names it may ask about, linked or not ("누리마트 새 대표이사는" -> 누리마트)."""
    every = folded_titles()
    out, i = set(), 0
    while i < len(tokens):
        word = word_from(tokens, i) if is_noun(tokens[i]) else [tokens[i]]
        written = "".join(t.form for t in word).casefold()
        if is_noun(tokens[i]) and written not in every:
            out.add(written)
        i += len(word)
    return frozenset(out)


def title_beside(toks: list[Token], first: int, last: int, titles: set[str], others=()) -> bool:
    """Whether one of ``titles`` is written right after the name at tokens ``first..last``
    (before any other title: "권태윤 전 삼성SDS 부사장" is no CTO), right before it ("CTO
    박정우"), or opens the name's clause as a topic ("CTO엔 구글 딥마인드 출신 라지브 메논");
    never across another name (``others``: token spans of the other people), a comma, a
    conjunction or a clause ending."""
    starts = {a for a, _ in others}
    ends = {b for _, b in others}
    every = folded_titles()
    if named_before(toks, first, titles):
        return True
    for i in after_name(toks, last):
        if toks[i].tag in STOP_TAGS or i in starts:
            break
        if toks[i].form.casefold() in titles:
            return True
        if toks[i].tag == "SSO":
            continue  # a bracket holding no asked title: "(Marcus Bradley)" is the name's
        if toks[i].form in resources().grammar.degrees:
            continue  # "반지훈 박사": a degree, no office of its own
        if toks[i].form.casefold() in every:
            # the name's own title is another, unless the asked one glosses it in brackets
            # ("최고기술책임자(CTO)")
            glossed = toks[i + 1 : i + 3]
            return (
                len(glossed) == 2
                and glossed[0].tag == "SSO"
                and glossed[1].form.casefold() in titles
            )
    for i in range(first - 1, max(-1, first - 1 - TOPIC_REACH), -1):
        if (toks[i].tag in STOP_TAGS and not auxiliary(toks, i)) or i in ends:
            break
        if toks[i].form.casefold() in titles and (i >= first - 2 or as_topic(toks, i)):
            return True
    return False


def titled(
    cands, passages, titles: set[str], key_of, named_to: bool = False, orgs=frozenset()
) -> set[str]:
    """The keys (``key_of(candidate)``) of the people written with one of ``titles`` (with
    ``named_to``, of the people named to one: appointed, at one of ``orgs`` when the sentence
    names the organisation)."""
    if not titles:
        return set()
    out: set[str] = set()
    for c in cands:
        if not c.entity or c.entity.get("type") != "Person":
            continue
        others = [
            (o.span.first, o.span.last)
            for o in cands
            if o.passage == c.passage
            and o.entity
            and o.entity.get("type") == "Person"
            and o.entity.get("id") != c.entity.get("id")
        ]
        toks = passages[c.passage].tokens
        if named_to:
            if appointed(toks, c.span.first, c.span.last, titles, orgs):
                out.add(key_of(c))
        elif title_beside(toks, c.span.first, c.span.last, titles, others):
            out.add(key_of(c))
    return out
