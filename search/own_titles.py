"""A person asked by an office ("블루스톤게임즈 대표이사는 누구인가?", "볼트라인 독일 법인장은?") is
answered only by a person the text writes in that office.  Two conditions, each a sentence that
does not say what is asked:

- the person's own title, written right after the name, is another office ("하윤슬 X지회장",
  "석다온 기자"), or the person is named to another office ("신임 대표이사에 X 부사장을" is no
  지회장): the person holds that one, not the asked one.  An office after 전 was held before
  and says nothing; a rank ("부사장", "교수": [own_titles] ranks) is held beside any office
  ("CTO인 길재현 부사장");
- the question names the organisation whose office it is, and neither the person's sentence nor
  an earlier sentence of its paragraph, nor the article's headline and lede, nor another
  sentence naming the person writes that organisation, outside a quotation ("나도현 대표" in a
  paragraph of a roundup about another company).

A person written with no title, or with the asked one before the name or named to it ("새
대표이사에 함승우 부문장을 선임", "정세온 부문장을 신임 대표이사로 내정"), is kept.  When
nobody is left, the text does not say who it is: no answer.
The offices are kg/resources/grammar.toml ``titles``, ``branch_heads`` and ``bylines``; the
asked words that are no office (a founder is written by an office: "X 대표가 세운") are
[own_titles] of resources/answer_types.toml.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("하윤슬 가온게임즈지회장은 교섭이 결렬됐다고 말했다."))
>>> own_title(toks, 0)
'지회장'
>>> own_title(tokens_of(kiwi().tokenize("도하진 누리소프트 대표이사가 말했다.")), 0)
'대표이사'
>>> own_title(tokens_of(kiwi().tokenize("도하진 전 누리소프트 기자가 말했다.")), 0) is None
True
>>> own_title(tokens_of(kiwi().tokenize("도하진은 회사를 떠났다.")), 0) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extraction import doc_of
from kg.names import name_key
from kg.resources import resources

from .answer_types import Asked, answer_type_tables
from .office_owners import another_owner, owner_asked
from .passages import earlier_in_paragraph
from .qualifiers import article_of
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .spans import Token
from .titles import appointed, folded_titles, title_beside, written_posts

__all__ = ["asked_offices", "holds_office", "in_office", "offices_asked", "own_title"]

_ORGS = frozenset({"Company", "Organization"})
#: the tags a person's own title is written across from the name: another name ("X 블루스톤게임즈
#: 대표"), a Latin or numbered name, brackets ("라이언 피셔(Ryan Fisher) 부사장")
_BETWEEN = frozenset({"NNP", "SL", "SN", "SSO", "SSC", "SH"})
#: the tags of the nouns a title is written with, glued ("지회장" may be 지회+장)
_NOUNS = frozenset({"NNG", "NNP", "XSN", "SL"})


def _offices() -> frozenset[str]:
    """Every office a person is written with, casefolded: titles, heads of a branch, bylines."""
    g = resources().grammar
    extra = {t.casefold() for t in (*g.branch_heads, *g.reporters)}
    return folded_titles() | extra


def _an_office(word: str, offices: frozenset[str]) -> bool:
    """The word is an office or ends on one ("지회장" on 회장, "독일법인장" on 법인장)."""
    return word in offices or any(len(o) >= 2 and word.endswith(o) for o in offices)


def asked_offices(q: Question, asked: Asked) -> set[str]:
    """The offices a person is asked by, casefolded, with the words news writes them with
    ("대표이사" -> 대표; "CEO" -> 대표); empty when the asked word is no office ("창업자",
    "사람") or the question asks no person."""
    return offices_asked(q.tokens, asked)


def offices_asked(tokens: list[Token], asked: Asked) -> set[str]:
    """``asked_offices`` of the question's tokens."""
    if asked.kind != "person":
        return set()
    not_offices = {w.casefold() for w in answer_type_tables()["own_titles"]["not_offices"]}
    g = resources().grammar
    not_offices |= {w.casefold() for w in (*g.occupations, *g.degrees)}
    posts = written_posts(tokens)
    head = asked.head.casefold()
    if head and _an_office(head, _offices()):
        posts.add(head)
    if head in not_offices or not posts or posts <= not_offices:
        return set()
    return posts - not_offices


def own_title(toks: list[Token], last: int) -> str | None:
    """The office written right after the name ending at token ``last`` (across another name, a
    bracket and a word such as 신임), casefolded; None when the first noun there is no office,
    the clause goes on, or the office was held before ("전 아마존 엔지니어": it says nothing of
    the post held now)."""
    g = resources().grammar
    skip = {*g.title_modifiers, *g.degrees}
    former = set(answer_type_tables()["roles"]["former_mark"])
    i = last + 1
    while i < len(toks) and (toks[i].tag in _BETWEEN or toks[i].form in skip):
        if toks[i].form in former:
            return None
        i += 1
    if i >= len(toks) or toks[i].tag not in {"NNG", "XSN"}:
        return None
    j = i
    while j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].tag in _NOUNS:
        j += 1
    word = "".join(t.form for t in toks[i : j + 1]).casefold()
    return word if _an_office(word, _offices()) else None


def _holds(own: str, posts: set[str]) -> bool:
    """The written office is one of the asked ("대표" for 대표, "공동대표" for 대표), or a rank
    held beside any office ("부사장", "교수": [own_titles] ranks)."""
    return own in _ranks() or any(p in own for p in posts)


def holds_office(toks: list[Token], last: int, posts: set[str]) -> bool:
    """The name ending at token ``last`` is written with no office of its own, or with one of
    ``posts`` or a rank: it may hold the asked office."""
    own = own_title(toks, last)
    return own is None or _holds(own, posts)


def _ranks() -> set[str]:
    return {w.casefold() for w in answer_type_tables()["own_titles"]["ranks"]}


def _in_other_office(toks: list[Token], c: Candidate, posts: set[str]) -> bool:
    """The person's own office, written after the name, is no asked one nor a rank; or, with a
    rank or no office there, the person is named to another office ("신임 대표이사에 X
    부사장을" is no 지회장)."""
    own = own_title(toks, c.span.last)
    if own is not None and not _holds(own, posts):
        return True
    others = _offices() - _ranks() - posts
    # named to it, not written with it: an office after the name was read above ("X 전 아마존
    # 엔지니어" was held before)
    return appointed(toks, c.span.first, c.span.last, others)


def _named_to(toks: list[Token], c: Candidate, posts: set[str], orgs: frozenset[str]) -> bool:
    """The asked office is written before the name, or the person is named to it ("신임
    대표이사에 X를", "X 부문장을 신임 대표이사로 내정", "X 실장을 누리마트 대표이사로": ``orgs``
    the casefolded names of the asked organisations)."""
    first, last = c.span.first, c.span.last
    return title_beside(toks, first, last, posts) or appointed(toks, first, last, posts, orgs)


def _of_another(
    q: Question, snap, ri: ReaderInput, asked: Asked, c: Candidate, posts, orgs, folded
):
    """The person is written in the asked office of an organisation other than the one the
    question asks it of ("오정민 한누리저축은행 대표" for "동진저축은행 대표는?"), is not named
    to the asked one ("X 누리소프트 대표를 가온 대표이사로"), and no earlier sentence of the
    paragraph writes the asked organisation with the office ("엘리시스는 두 회사 대표가 함께
    이끄는 공동대표 체제로": each is written as its own company's 대표)."""
    p = ri.passages[c.passage]
    toks, first, last = p.tokens, c.span.first, c.span.last
    own = own_title(toks, last)
    if own is None or not any(post in own for post in posts):
        return False
    if not owner_asked(q.tokens, q.spans, asked.head_index):
        return False
    names = [*orgs, *q.unknown_names]
    if appointed(toks, first, last, posts, folded) or not another_owner(toks, last, q.text, names):
        return False
    before = [name_key(e.text) for e in earlier_in_paragraph(snap, p.sentence_id)]
    keys = [name_key(n) for n in names]
    return not any(k in t and any(post in t for post in posts) for t in before for k in keys)


def _org_names(q: Question, ex) -> set[str]:
    """The name keys of the organisations the question names (every alias)."""
    return {
        name_key(a)
        for eid, _ in q.entities
        if (e := ex.entities.get(eid)) is not None and e.type in _ORGS
        for a in (e.name, *e.aliases)
        if len(name_key(a)) >= 2
    }


#: a quotation: what someone says ("방 대표는 "한결시스템즈의 ... 원인"이라고 말했다") does not
#: write the organisation the speaker is at
_QUOTED = re.compile(r'["“”][^"“”]*["“”]')


@dataclass
class _People:
    """The knowledge base's people, read once per question when a candidate needs them: the
    sentences naming each person, and the people of each document."""

    sentences: dict[str, list[str]] = field(default_factory=dict)
    of_doc: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, ex) -> _People:
        out = cls()
        for sid, mentions in ex.sentence_entities.items():
            s = ex.sentences.get(sid)
            for eid, *_ in mentions:
                e = ex.entities.get(eid)
                if s is not None and e is not None and e.type == "Person":
                    out.sentences.setdefault(eid, []).append(s.text)
                    out.of_doc.setdefault(doc_of(sid), set()).add(eid)
        return out


def _writes_org(snap, ri: ReaderInput, c: Candidate, orgs: set[str], people) -> bool:
    """The candidate's sentence or an earlier sentence of its paragraph, the article's headline
    and lede, or a sentence that names the candidate person anywhere, writes the asked
    organisation outside quotation marks.  ``people()`` gives the _People."""
    p = ri.passages[c.passage]
    texts = [p.text, *(e.text for e in earlier_in_paragraph(snap, p.sentence_id))]
    texts += article_of(snap, p.sentence_id)[0]  # its headline and lede: what it is about
    if _writes(texts, orgs):
        return True
    ex = snap.extraction
    eid = (c.entity or {}).get("id") if (c.entity or {}).get("type") == "Person" else None
    eid = eid or _surnamed(ex, c, p, people())
    return eid is not None and _writes(people().sentences.get(eid, []), orgs)


def _writes(texts: list[str], orgs: set[str]) -> bool:
    return any(k in name_key(_QUOTED.sub(" ", t)) for t in texts for k in orgs)


#: a family name written for a person named before, with a title or alone ("방 대표", "남궁")
_SURNAME = re.compile(r"([가-힣]{1,2})(?:\s+\S+)?")


def _surnamed(ex, c: Candidate, p, people: _People) -> str | None:
    """The one person of the candidate's document whose name a family name written alone
    stands for ("방 대표" -> 방세진, "박 법인장" -> 제이슨 박); None when none or several are.
    The sentences naming that person are "그립웍스를 세운 남궁재 대표" for "남궁 대표는 ..."."""
    m = None if c.entity else _SURNAME.fullmatch(c.text)
    if m is None:
        return None
    family = m.group(1)
    found = [
        eid
        for eid in people.of_doc.get(doc_of(p.sentence_id), ())
        if _of_family(ex.entities[eid].name, family)
    ]
    return found[0] if len(found) == 1 else None


def _of_family(name: str, family: str) -> bool:
    """A Korean name begins with the family name, a Western one ends on it ("제이슨 박")."""
    return (name.startswith(family) and len(name) > len(family)) or name.endswith(" " + family)


def in_office(q: Question, snap, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """The candidates the text writes in the asked office (see the module's docstring)."""
    posts = asked_offices(q, asked)
    if not posts or q.english:
        return cands
    orgs = _org_names(q, snap.extraction)
    ex = snap.extraction
    # the asked organisations as written before a post ("누리마트 대표이사로"): their names,
    # and the question's words when the knowledge base names none of them
    folded = frozenset(
        a.casefold()
        for eid, _ in q.entities
        if (e := ex.entities.get(eid)) is not None and e.type in _ORGS
        for a in (e.name, *e.aliases)
    ) | frozenset(w.casefold() for w in q.text.split() if len(w) >= 2)
    read: list[_People] = []  # read once, when a candidate needs it

    def people() -> _People:
        if not read:
            read.append(_People.of(snap.extraction))
        return read[0]

    kept = []
    for c in cands:
        if c.span is None:
            kept.append(c)
            continue
        toks = ri.passages[c.passage].tokens
        if not _named_to(toks, c, posts, folded) and _in_other_office(toks, c, posts):
            continue  # "하윤슬 지회장" is no 대표이사
        if _of_another(q, snap, ri, asked, c, posts, orgs, folded):
            continue  # "오정민 한누리저축은행 대표" is no 동진저축은행 대표 (office_owners.py)
        if orgs and not _writes_org(snap, ri, c, orgs, people):
            continue  # "나도현 대표" of a paragraph about another company
        kept.append(c)
    return kept
