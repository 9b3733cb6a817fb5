"""Who holds a post at the named company: "마음결 대표는 누구야?" is not answered by "바이오넥서스는
... 홍서연 대표가 세운 회사다" (the head of another company), nor "가람텔레콤 새 대표는?" by the
head of its subsidiary ("자회사 가람AI랩스의 대표에는 탁서윤 ... 상무가"), nor "Who is the CEO of X?" by
"Y 한샘에너지 사장" (the organisation written between a name and its title owns the post).  A person written
after another organisation as its topic, subject or genitive in the same sentence
(search/marked_owners.owner_of) holds a post there, not at the company asked about."""

from __future__ import annotations

from .affiliation import written_after
from .answer_types import Asked, answer_type_tables
from .enclosing_bracket import enclosing_bracket
from .marked_owners import named_in_question, owner_of
from .person_fits import person_head
from .question import Question
from .reader import Candidate
from .reader_input import ReaderInput
from .titles import appointed, asked_titles, folded_titles, new_posts

__all__ = ["at_named"]

_ORGS = frozenset({"Company", "Organization"})


def at_named(q: Question, ex, ri: ReaderInput, asked: Asked, cands: list[Candidate]):
    """Without the people another organisation of their sentence owns, when a person is asked
    by a title of an organisation the question names ("마음결 대표"); those dropped take their
    belief away.  Nothing may be left: the text does not say who it is."""
    units = _units(q)
    # "Who heads X's US unit?" names no title, its unit asks for the head of it
    titled = person_head(asked.head) or bool(asked_titles(ri.reading.tokens))
    titled = titled or (q.english and bool(units))
    orgs = {eid for eid, _ in q.entities if (e := ex.entities.get(eid)) and e.type in _ORGS}
    if asked.kind != "person" or not titled or not orgs:
        return cands
    kept = []
    titles = asked_titles(ri.reading.tokens) | new_posts(ri.reading.tokens)
    # the titles the question writes of an organisation it names ("대우건설 상무")
    written = _org_titles(q, ex, orgs, titles | folded_titles())
    for c in cands:
        if _named_to(ri.passages[c.passage], c, titles) and _own_post(ex, ri, c):
            kept.append(c)  # "X 초대 대표에는 표재민 라온텔레콤 본부장이": the post is X's
            continue
        owner = _bracket_host(ri.passages[c.passage], c) if c.span is not None else None
        # "손문영 전무를 비롯해 김광희 대우건설 상무": the organisation between a name and the
        # asked title owns the post, whatever the sentence's topic or genitive further back
        owner = owner or _titled_org_after(ex, ri.passages[c.passage], c, orgs, written)
        if owner is None and c.span is not None and not q.english:
            # an English question's person is often written after a clause of their past work
            # ("MS 애저 부문에서 일해 온 줄리아 박 전무"), which owner_of reads as the owner
            owner = owner_of(ri.passages[c.passage], c.span.start)
        owner = owner or _org_before(ri.passages[c.passage], c)
        owner = owner or _written_after(ex, ri.passages[c.passage], c, orgs)
        if owner is not None and not named_in_question(ex, ri, owner["id"]):
            continue
        if units and not units & _own_words(ri.passages[c.passage].tokens):
            continue  # "일본 법인 대표" is no head its sentence writes without 법인
        kept.append(c)
    return kept


def _named_to(passage, c: Candidate, titles: set[str]) -> bool:
    """The sentence names the candidate person to an asked post (titles.appointed): the title
    their organisation gives them now is no owner of the post they take."""
    if not titles or c.span is None or not c.entity or c.entity.get("type") != "Person":
        return False
    return appointed(passage.tokens, c.span.first, c.span.last, titles)


def _own_post(ex, ri: ReaderInput, c: Candidate) -> bool:
    """No other organisation is written before the person as the sentence's topic, subject or
    genitive: "자회사 가람AI랩스의 대표에는 탁서윤" names 탁서윤 to the subsidiary's post."""
    owner = owner_of(ri.passages[c.passage], c.span.start)
    return owner is None or named_in_question(ex, ri, owner["id"])


def _org_before(passage, c: Candidate) -> dict | None:
    """The organisation written right before the person's name, a space between, when a title
    follows the name ("다온반도체 차도윤 대표는": the post is 다온반도체's, whether or not the
    sentence names the company asked about), or None."""
    if c.span is None or not c.entity or c.entity.get("type") != "Person":
        return None
    if not _title_after(passage.tokens, c.span.last):
        return None
    start = c.span.start
    return next(
        (
            m
            for m in passage.entities
            if m["end"] == start - 1
            and passage.text[m["end"] : start] == " "
            and m.get("type") in _ORGS
        ),
        None,
    )


def _title_after(toks, last: int) -> bool:
    """A title is the first word after the name at token ``last``, past its bracketed gloss
    ("에릭 문(Eric Moon) 대표")."""
    i = last + 1
    if i < len(toks) and toks[i].tag == "SSO":
        i = next((j + 1 for j in range(i, len(toks)) if toks[j].tag == "SSC"), len(toks))
    return i < len(toks) and toks[i].form.casefold() in folded_titles()


def _bracket_host(passage, c: Candidate) -> dict | None:
    """The organisation a bracket holding the candidate is written right after ("서울신문(대표이사
    사장 곽태헌)과": 곽태헌 is 서울신문's, whatever the sentence's topic), or None."""
    opened = enclosing_bracket(passage.text, c.span.start)
    if opened is None:
        return None
    return next(
        (m for m in passage.entities if m["end"] == opened and m.get("type") in _ORGS), None
    )


def _written_after(ex, passage, c: Candidate, asked: set[str]) -> dict | None:
    """The organisation written right after the candidate person's name, before their title
    ("길서준 한샘에너지 사장": the post is 한샘에너지's), as ``{"id": ...}``, when the sentence
    also names an ``asked`` organisation (the one whose post it is, not a merged or earlier
    one the sentence does not name); None otherwise."""
    if not c.entity or c.entity.get("type") != "Person":
        return None
    mentions = ex.sentence_entities.get(passage.sentence_id, [])
    if not any(eid in asked for eid, _, _ in mentions):
        return None
    kinds = {eid: ex.entities[eid].type for eid, _, _ in mentions if eid in ex.entities}
    span = written_after(passage.text, mentions, c.entity["id"], kinds)
    return next(({"id": eid} for eid, s, e in mentions if (s, e) == span), None)


def _org_titles(q: Question, ex, orgs: set[str], titles) -> set[str]:
    """The titles the question writes right after an organisation it names ("대우건설 상무",
    "대우건설의 상무"): posts of that organisation, not "마디랩을 세운 교수"."""
    names = tuple(a for eid in orgs for a in ex.entities[eid].aliases)
    ends = names + tuple(f"{n}의" for n in names)
    out = set()
    for t in q.tokens:
        if names and t.form.casefold() in titles and q.text[: t.start].rstrip().endswith(ends):
            out.add(t.form.casefold())
    return out


def _titled_org_after(ex, passage, c: Candidate, asked: set[str], titles: set[str]):
    """The organisation written right after the candidate's name when an asked title follows it
    ("김광희 대우건설 상무" asked 상무), as ``{"id": ...}``; None otherwise ("한도경 누리온
    지도사업실장이 대표를 맡아": 누리온's post is not the asked 대표)."""
    owner = _written_after(ex, passage, c, asked)
    if owner is None:
        return None
    ends = [
        e for eid, _, e in ex.sentence_entities.get(passage.sentence_id, []) if eid == owner["id"]
    ]
    after = {t.form.casefold() for t in passage.tokens if t.start - 1 in ends}
    return owner if after & {t.casefold() for t in titles} else None


def _units(q: Question) -> set[str]:
    """The parts of the company a question asks the head of, as words of their own ("케이스브릿지
    일본 법인 대표" -> 법인; [holders] units; not the 법인 of "법인장")."""
    return set(answer_type_tables()["holders"]["units"]) & _own_words(q.tokens)


def _own_words(tokens) -> set[str]:
    """Nouns written as words of their own (not "법무법인", "법인장")."""
    out = set()
    for i, t in enumerate(tokens):
        glued_before = i > 0 and tokens[i - 1].end == t.start and tokens[i - 1].tag.startswith("N")
        glued_after = i + 1 < len(tokens) and tokens[i + 1].start == t.end
        if not glued_before and not (glued_after and tokens[i + 1].tag in {"XSN", "NNG"}):
            out.add(t.form)
    return out
