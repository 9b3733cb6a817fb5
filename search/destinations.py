"""Where a named person goes: "남기현 사장은 어디로 옮기나?" is answered by the organisation a
sentence about them writes before "(으)로 ... 옮기다/내정되다/부임하다" or "에 합류하다"
("남 사장은 그룹 지주회사인 한울홀딩스로 자리를 옮긴다" -> 한울홀딩스), never by the company
they leave ("회사를 떠나") nor by one they passed through ("…를 거쳐").  Words are
resources/answer_types.toml ``destinations``.

>>> from search.passages import sentence_tokens
>>> text = "임 사장은 누리통신을 떠나 한빛홀딩스 전략 고문으로 자리를 옮긴다."
>>> toks = sentence_tokens(text)
>>> goes_to(toks, (text.find("누리통신"), text.find("누리통신") + 4))
False
>>> goes_to(toks, (text.find("한빛홀딩스"), text.find("한빛홀딩스") + 5))
True
"""

from __future__ import annotations

from itertools import pairwise

from .answer_types import answer_type_tables
from .first_employer import organisation_answer, sentences_about
from .passages import sentence_tokens
from .past_people import ORG_TYPES
from .question import Question
from .question_links import people_named
from .results import Answer, Hit
from .spans import Token
from .time_words import time_forms
from .who_is import entity_type

__all__ = ["asks_destination", "destination_answer", "goes_to", "is_destination"]

#: tags of the post words between an organisation and its "(으)로": nouns, foreign words,
#: numbers, suffixes, the genitive ("태령홀딩스의 디지털전략 고문으로")
_POST_TAGS = ("NN", "SL", "SN", "SH", "XSN", "JKG", "MM")
#: brackets after a post word hold a title's short form ("씨앗넷의 최고기술책임자(CTO)로"); right
#: after the organisation they hold its own name ("퀄컴(Qualcomm) 본사로 옮겨": a past move, no
#: post)
_TITLE_BRACKETS = ("SSO", "SSC")


def _table() -> dict:
    return answer_type_tables()["destinations"]


def asks_destination(tokens: list[Token]) -> bool:
    """Does the question ask where someone goes (어디/어느 and a verb of moving, no "before";
    전 before a title is "former", MM: "임대기 전 사장은 어디로 가나?"; in English around a
    Hangul name: "Where did 임대기 go?")?"""
    forms = time_forms([t for t in tokens if t.tag != "MM"])
    tables = answer_type_tables()
    before = set(tables["forms"]["before_words"]) | set(tables["past"]["question_words"])
    moving = any(
        t.form in _table()["moves"] and t.tag[:1] in {"V", "N"} and t.tag != "NNB" for t in tokens
    ) or any(t.tag == "SL" and t.form.lower() in _table()["english_moves"] for t in tokens)
    where = {"어디", "어느", *_table()["english_where"]}
    return moving and bool(forms & where) and not forms & before


def goes_to(toks: list[Token], org: tuple[int, int]) -> bool:
    """Is the organisation at character span ``org`` where the sentence says someone goes:
    its post words, then "(으)로" and a word of moving, or "에" and a word of joining?"""
    after = [t for t in toks if t.start >= org[1]]
    for i, t in enumerate(after[: _table()["reach"] + 1]):
        nxt = {n.form for n in after[i + 1 : i + 4]}
        if t.tag == "JKB" and t.form in {"로", "으로"}:
            return bool(nxt & set(_table()["to_words"]))
        if t.tag == "JKB" and t.form == "에":
            return bool(nxt & set(_table()["at_words"]))
        if t.tag in _TITLE_BRACKETS and i > 0:
            continue
        if not t.tag.startswith(_POST_TAGS):
            return False
    return False


def dated_before(toks: list[Token], at: int) -> bool:
    """A year ("2017년") is written before character ``at``: a move told as past history
    ("2017년에는 카카오브레인으로 옮겨 ... 이끌었다"), not the one the news announces."""
    return any(
        t.tag == "SN" and len(t.form) == 4 and n.form == "년" and n.end <= at
        for t, n in pairwise(toks)
    )


def is_destination(ex, r) -> bool:
    """Does every sentence of relation ``r`` (a WORKED_AT) say its person goes to the
    organisation now, rather than that they were there ("…를 떠나 가온스포츠단 사장으로
    내정됐다"; not "2013년 네이버에 입사해")?"""
    said = [
        (sentence_tokens(ex.sentences[e.sentence_id].text), (s, end))
        for e in r.evidence
        if e.sentence_id in ex.sentences
        for eid, s, end in ex.sentence_entities.get(e.sentence_id, [])
        if eid == r.object
    ]
    return bool(said) and all(
        goes_to(toks, span) and not dated_before(toks, span[0]) for toks, span in said
    )


def destination_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The organisation the sentences about the one person the question names say they go to;
    None when the question asks something else or no sentence says where they go."""
    ex = snap.extraction
    people = people_named(q, ex)
    if len(people) != 1 or not asks_destination(q.tokens):
        return None
    named = {e for e, _ in q.entities}
    found = []
    for sid, text in sentences_about(snap, hits, people[0]):
        toks = sentence_tokens(text)
        for eid, s, e in sorted(ex.sentence_entities.get(sid, []), key=lambda m: m[1]):
            if eid not in named and entity_type(ex, eid) in ORG_TYPES and goes_to(toks, (s, e)):
                found.append((dated_before(toks, s), sid, text, eid, s, e))
    if not found:
        return None
    # the move the news announces first; one told as past history only when no other is
    _, sid, text, eid, s, e = min(found, key=lambda f: f[0])
    return organisation_answer(q, ex, (sid, eid, text[s:e]), hits, hit_for, "destinations")
