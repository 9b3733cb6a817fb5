"""Which candidates may answer when a person is asked for: a person's name, never a name of
another type nor words ending on a common noun ("구글 출신"); a surname written for a person
named before ("문 대표") is that person.  search/fits.py reads these for every asked kind."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.names import name_key
from kg.resources import resources

from .answer_types import Asked, answer_type_tables
from .reader import Candidate
from .reader_input import ReaderInput
from .titles import asked_titles

__all__ = ["clashes", "other_name", "person_head", "surnamed"]


def other_name(asked: Asked, c: Candidate, ri: ReaderInput, people: bool) -> bool:
    """A name of another type asked with a person head noun, or words ending on a common noun."""
    if c.entity is not None:
        return c.entity.get("type") != "Person" and person_head(asked.head)
    last = c.span.last if c.span is not None else -1
    toks = ri.passages[c.passage].tokens
    return (people or person_head(asked.head)) and 0 <= last < len(toks) and toks[last].tag == "NNG"


#: what a candidate of each class may answer, for the kinds that ask for a quantity or a date


def surnamed(cands: list[Candidate], ri: ReaderInput) -> list[Candidate]:
    """A surname written for a person named before ("문 대표는 ..." after "문지호 부사장"):
    that person, when one person of the passages has the surname."""
    people: dict[str, dict] = {}
    for p in ri.passages:
        for e in p.entities:
            if e.get("type") == "Person" and e.get("name"):
                people.setdefault(e["name"][0], {})[e["id"]] = e
    out = []
    for c in cands:
        m = re.fullmatch(r"([가-힣])(?: \S+)?", c.text) if c.entity is None else None
        found = people.get(m.group(1), {}) if m else {}
        if len(found) == 1:
            c = replace(c, entity=dict(next(iter(found.values()))))
        out.append(c)
    return out


def person_head(head: str) -> bool:
    """A head noun that only a person is: 사람, 대표, CFO (kg/resources/grammar.toml titles)."""
    if not head:
        return False
    if answer_type_tables()["heads"].get(head) == "person":
        return True
    # a title, or the end of one ("최고AI책임자" -> 책임자, "법인장")
    titles = resources().grammar.titles
    return (
        head in titles
        or (len(head) >= 2 and any(t.endswith(head) for t in titles))
        or (head.endswith("장") and len(head) >= 3)
    )


def _no_name(c: Candidate, ri: ReaderInput, asked_person: bool) -> bool:
    """Words that are no one's name though a person is asked for: ending on a common noun
    ("구글 출신") or a particle; holding the name of a place or a company ("네덜란드
    바헤닝언에"); written right after a place's name ("핀란드 오울루에": a place inside it,
    which the extractor may not know); or holding a name the question itself gives
    ("다솜페이재팬 법인장은?" -> "현지 법인 다솜페이재팬")."""
    if not asked_person:
        return False
    if any(len(k) >= 2 and k in name_key(c.text) for k in ri.named_names):
        return True
    if c.span is None:
        return False
    p = ri.passages[c.passage]
    if any(
        e.get("type") != "Person"
        and e["start"] < c.span.end
        and c.span.start < e["end"]
        and not _after_title(e, p)
        for e in p.entities
    ):
        return True  # holds a place's or a company's name ("네덜란드 바헤닝언에")
    if any(
        e.get("type") == "Place"
        and e["end"] <= c.span.start
        and not p.text[e["end"] : c.span.start].strip()
        for e in p.entities
    ):
        return True  # written right after a place, a place inside it ("핀란드 오울루에")
    last = c.span.last
    return 0 <= last < len(p.tokens) and (
        p.tokens[last].tag == "NNG" or p.tokens[last].tag.startswith("J")
    )


def _after_title(mention: dict, p) -> bool:
    """A name written right after a person's title or occupation ("솔로 가수 윤세라", "작가
    사토 미유키"): a person, whatever type the extractor gave the name."""
    # the word the name starts in, which Kiwi may have read with a given name ("사토 미유키")
    at = next((i for i, t in enumerate(p.tokens) if t.end > mention.get("start", -1)), 0)
    title = p.tokens[at - 1] if at > 0 else None
    return (
        title is not None
        and title.tag in {"NNG", "XSN"}
        and (person_head(title.form) or _line_of_work(p.tokens[:at]))
        and not p.text[title.end : p.tokens[at].start].strip()
    )


def _line_of_work(before: list) -> bool:
    """The word written last in ``before`` names a line of work: three syllables or more
    ending on a person's ending ("작곡가", "편곡자" read 편곡+자; [candidate_suffixes]
    occupation_endings)."""
    endings = answer_type_tables()["candidate_suffixes"]["occupation_endings"]
    word = before[-1:]
    while len(word) < len(before) and before[-len(word) - 1].end == word[0].start:
        word = before[-len(word) - 1 :]
    text = "".join(t.form for t in word)
    nouns = all(t.tag.startswith("NN") or t.tag == "XSN" for t in word)
    return nouns and len(text) >= 3 and text[-1] in endings


#: the types of a name no "누구" question is answered with: a place, a date
_NEVER_WHO = frozenset({"Place", "Date"})


def clashes(asked: Asked, c: Candidate, ri: ReaderInput, people: bool = False) -> bool:
    """A model is asked for and the candidate is a name of another type (a company); a person
    is asked for and the candidate is a name of another type, or (when ``people``: a person
    the knowledge base knows is among the candidates) words ending on a common noun ("구글
    출신", "최고운영책임자"): no one's name."""
    typed = c.entity.get("type") if c.entity else None
    if asked.kind == "person" and typed in _NEVER_WHO:
        return True  # "누구와 계약했나?" is never "오세아니아" (of "오세아니아 지역 선주와")
    if asked.kind == "person" and ri.expected == {"Person"}:
        # "Who is the CTO of X?" names a title as a Korean head noun does
        titled = person_head(asked.head) or bool(asked_titles(ri.reading.tokens))
        if typed is not None and _after_title(c.entity, ri.passages[c.passage]):
            return False  # "작가 사토 미유키": a person, though the extractor typed a company
        if typed is not None:
            # "새 대표는 누구야?" asks for a person; "누가 만들었어?" may be a company.  When no
            # candidate is a person, the extractor knew no one in these sentences: a name of a
            # person's shape (two to four Hangul syllables) is no evidence of another type
            # (encyclopedic text: '장택상' typed a company)
            return typed != "Person" and titled and (people or not _name_shaped(c.text))
        return _no_name(c, ri, people or titled)
    return asked.kind == "model" and bool(ri.expected) and typed not in (None, *ri.expected)


def _name_shaped(text: str) -> bool:
    """Written as a Korean person's name is: two to four Hangul syllables, nothing else."""
    return re.fullmatch(r"[가-힣]{2,4}", text) is not None
