"""Who holds a post asked by its noun alone: "한빛정밀 감사위원장" or "임상 책임연구자" is a
headline-style question of a thing (no interrogative, no head the tables know), yet it asks a
person: the one the text writes with that post, "(재판장 도하준 부장판사)", "노은서 위원장",
"위원장은 … 노은서 이사가 맡고 있다", "노은서 교수가 책임연구자를 맡아".  Which nouns name a
post, which do not ("공장", "시장"), are data: resources/answer_types.toml ``[post_holders]``;
the verbs a post is taken or held with are the appointments' (search/appointments.py).

>>> text = "심사단은 7명으로, 위원장은 교수 출신인 노은서 이사가 맡는다."
>>> people = [(text.index("노은서"), text.index("노은서") + 3)]
>>> holder_in(text, "위원장", people)
(23, 26)
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .appointments import appointing, appointment_table, appointment_verbs
from .doers import subject_before
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import NOMINAL, Token
from .surname_references import family_holder, family_reference, full_name_family
from .title_reach import folded_titles

__all__ = [
    "asked_held_post",
    "asked_post",
    "holder_in",
    "names_post",
    "post_holder_answer",
    "taker_of",
]

#: the best sentences read for the post's holder
_TOP = 8
#: the characters between a post and the name written right before or after it ("위원장 노은서")
_BESIDE = 1
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.55


def asked_post(q: Question, asked: Asked) -> str | None:
    """The post a question of a thing with no interrogative asks by its head noun, with the
    nouns written onto it ("책임연구자", "대추위원장"); None when the word names no post or a
    place written the same way ("2공장")."""
    if asked.kind not in {"thing", "person"} or asked.wh_index >= 0 or asked.head_index < 0:
        return None
    end = q.tokens[asked.head_index].end
    word = q.text[_word_start(q.text, end - 1) : end]
    return word if names_post(word) else None


def names_post(word: str) -> bool:
    """Does the noun name a post by its ending ("판교점장", "경영지원본부장"), not a place or a
    thing written the same way ("2공장", "코스닥시장")?

    >>> names_post("판교점장"), names_post("2공장"), names_post("장")
    (True, False, False)
    """
    table = answer_type_tables()["post_holders"]
    if any(word.endswith(w) for w in table["not_posts"]):
        return False
    return any(word.endswith(e) and len(word) > len(e) for e in table["endings"])


def _word_start(text: str, at: int) -> int:
    """The character where the word holding character ``at`` begins ("대추위원장" -> 대)."""
    return text.rfind(" ", 0, at) + 1


def holder_in(text: str, post: str, people: list[tuple[int, int]]):
    """The (start, end) of the person the sentence writes with ``post``: the name right after
    or before it, else, where the sentence writes a verb of appointment ("맡", "위촉"), the
    person nearest it; None when the sentence writes neither.

    >>> text = "심사위원장에는 교수 출신인 노은서 이사가 위촉됐다."
    >>> holder_in(text, "위원장", [(text.index("노은서"), text.index("노은서") + 3)])
    (15, 18)
    """
    held = appointing(sentence_tokens(text))
    for m in _at(text, post):
        start = _word_start(text, m.start())
        beside = [p for p in people if 0 <= p[0] - m.end() <= _BESIDE]
        beside += [p for p in people if 0 <= start - p[1] <= _BESIDE]
        if beside:
            return beside[0]
        if held and people:
            return min(people, key=lambda p: min(abs(p[0] - m.end()), abs(start - p[1])))
    return None


def _written(post: str, hits: list[Hit]) -> str | None:
    """The longest ending of ``post`` a sentence writes at a morpheme's end ("대추위원장" is
    written "위원장은"), two letters at least; None when none writes it."""
    for n in range(len(post), 1, -1):
        if any(_at(h.text, post[-n:]) for h in hits):
            return post[-n:]
    return None


def _at(text: str, post: str) -> list[re.Match]:
    """Where ``text`` writes ``post`` ending at a morpheme's end, not inside a longer noun."""
    found = list(re.finditer(re.escape(post), text))
    if not found:
        return []
    toks = list(sentence_tokens(text))
    ends = {t.end for t in toks}
    return [m for m in found if m.end() in ends]


#: the types of an organisation that owns a post
_ORGS = frozenset({"Company", "Organization"})
#: marks of a post's first holder, written before it as a new holder's marks are ("초대 대표")
_FIRST_MARKS = frozenset({"초대", "현"})
#: the interrogatives of a "who" question
_WHO = frozenset({"누구", "who"})
#: the question's names are read as possible owners of its post; their type is not checked
_ORG_TYPE = "Organization"
#: tags that end the clause a post is taken in
_CLAUSE_END = frozenset({"EC", "EF", "SF"})


def taker_of(
    text: str, post: str, owner: tuple[str, str] = ("", ""), entities=()
) -> tuple[int, int] | None:
    """The (start, end) of the one the sentence says takes ``post`` when the post is the topic
    or the destination of a verb of appointment after it in its clause: the object right
    before the verb ("이사장에 A를 선임했다"), else the verb's subject ("초대 이사장은 염
    명예회장이 맡고", "대표는 … 일한 하도겸이 맡았다"); None when the sentence writes the post
    otherwise.  The post may be written longer as a title ("대표" as "대표이사에는"); with
    ``owner`` (the asked organisation's entity id or "", and its word) a post written after
    another organisation among ``entities`` ("자회사 누리랩스의 대표에는") is not the one asked.

    >>> text = "초대 이사장은 염 명예회장이 맡고, 이사진에는 허수민 교수가 참여한다."
    >>> text[slice(*taker_of(text, "이사장"))]
    '염 명예회장'
    """
    toks = sentence_tokens(text)
    particles = {"은", "는", *appointment_table()["destination"]}
    verbs = appointment_verbs()
    for k in range(len(toks) - 1):
        if toks[k + 1].form not in particles or not toks[k + 1].tag.startswith("J"):
            continue
        if not _writes_post(text, toks, k, post):
            continue
        first = _noun_start(toks, k)
        if any(owner) and not _owned_by(text, toks, first, owner, entities):
            continue  # another organisation's post
        for j in range(k + 2, len(toks)):
            if toks[j].form.startswith(verbs) and toks[j].tag[0] in "NV":
                if toks[j - 1].tag == "JKO":
                    return _run_before(toks, j - 1)  # "이사장에 A를 선임": the object
                if toks[k + 1].form in {"로", "으로"} and (obj := _object_before(toks, first)):
                    return obj  # "A를 신임 대표이사로 내정했다": the object before the post
                runs = subject_before(toks, j)
                return runs[-1] if runs else None
            verb = toks[j].tag.startswith("VV") or toks[j].tag.startswith("XSV")
            if toks[k + 1].form in {"로", "으로"} and verb:
                break  # "대표로 거론됐던 A는": the post is another verb's destination
            if toks[j].form == ",":  # "A가 POST에, B가 POST2에 각각 임명됐다": A's pair
                if first > 0 and toks[first - 1].tag == "JKS":
                    return _run_before(toks, first - 1)
                break
            if toks[j].tag in _CLAUSE_END:
                break
    return None


def _object_before(toks: list[Token], first: int) -> tuple[int, int] | None:
    """The object written before the post at token ``first`` in its clause ("A 부문장(부사장)을
    신임 대표이사로"), None when there is none."""
    for k in range(first - 1, 0, -1):
        if toks[k].tag in _CLAUSE_END:
            return None
        if toks[k].tag == "JKO":
            return _run_before(toks, k)
    return None


def _noun_start(toks: list[Token], k: int) -> int:
    """The first token of the noun written whole that ends at token ``k``."""
    while k > 0 and toks[k - 1].tag in NOMINAL and toks[k - 1].end == toks[k].start:
        k -= 1
    return k


def _writes_post(text: str, toks: list[Token], k: int, post: str) -> bool:
    """The noun run ending at token ``k`` writes ``post``: a word that is it, a post ending
    with it ("대추위원장" of "위원장") or a title beginning with it ("대표이사" of "대표"), with
    only titles after it ("대표이사 사장으로")."""
    first = k
    while first > 0 and toks[first - 1].tag in NOMINAL:
        first -= 1
    words = text[toks[first].start : toks[k].end].split()
    titles = folded_titles()
    for i, word in enumerate(words):
        if word.endswith(post) or (word.startswith(post) and word.casefold() in titles):
            return all(w.casefold() in titles for w in words[i + 1 :])
    return False


def _owned_by(text: str, toks: list[Token], first: int, owner: tuple[str, str], entities) -> bool:
    """The post starting at token ``first`` may be the asked owner's (``owner``: its entity id
    or "", and the word the question writes before its post): written after it, after a mark
    of a new holder ("신임 대표이사로", "초대 이사장은") or after no noun; after another name
    only when the sentence does not write the owner's word ("누리마트 대표이사로, … 누리백화점
    대표이사로": the second is another's)."""
    owner_id, word = owner
    before = _owner_before(text, toks[first].start, entities)
    if before is not None:
        return before == owner_id if owner_id else word not in text
    marks = {*appointment_table()["new_marks"], *_FIRST_MARKS}
    titles = folded_titles()
    k = first - 1  # back over the titles written before ("대표이사 사장으로") and the marks
    while k >= 0 and (toks[k].form in marks or toks[k].form.casefold() in titles):
        k -= 1
    if k < 0 or not toks[k].tag.startswith(("NN", "SL", "SH")):
        return True  # "신임 대표이사로", "…을 대표이사 사장으로"
    words = text[: toks[k].end].split()
    return words[-1].removesuffix("의") == word or word not in text


def _owner_before(text: str, at: int, entities) -> str | None:
    """The id of the organisation written right before character ``at`` (with 의, or a mark of
    a new holder such as 신임 or 초대 between), None when none is."""
    marks = {"의", *appointment_table()["new_marks"], *_FIRST_MARKS}
    for e in entities:
        if e.get("type") not in _ORGS or e["end"] > at:
            continue
        between = text[e["end"] : at].split()
        if all(w in marks for w in between) or text[e["end"] : at].strip() == "의":
            return e.get("id")
    return None


def _run_before(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The characters of the noun run right before the particle at token ``k``, brackets in
    it ("정세온 AI사업부문장(부사장)")."""
    i = k
    while i > 0 and (toks[i - 1].tag in NOMINAL or toks[i - 1].tag in {"SSO", "SSC"}):
        i -= 1
    return (toks[i].start, toks[k - 1].end) if i < k else None


def _person_in(h: Hit, span: tuple[int, int], hits: list[Hit], named) -> str | None:
    """The person the span of a sentence names: a person of its entities, else one written by
    family name and title ("염 명예회장") whose full name another hit writes with that title
    ("염동규 명예회장"); None when it names none, or one the question gives."""
    inside = [e for e in h.entities if e["start"] < span[1] and span[0] < e["end"]]
    people = [e for e in inside if e.get("type") == "Person"]
    if people:
        return (
            None if people[0].get("id") in named else h.text[people[0]["start"] : people[0]["end"]]
        )
    words = h.text[span[0] : span[1]]
    if _name_shaped(words) and words not in named:
        return words  # a name the extraction missed or typed otherwise ("… 일한 하도겸이 맡았다")
    if inside or (reference := family_reference(words)) is None:
        return None
    names = {e["name"] for x in hits for e in x.entities if e.get("type") == "Person"}
    found = family_holder([x.text for x in hits], sorted(names), *reference)
    return found if found is not None and found not in named else None


def asked_held_post(q: Question, asked: Asked) -> str | None:
    """The post a "who" question asks the holder of by its head noun ("합작법인 대표
    누구야?", "레이블의 대표는 누구인가?"): a post by its ending or a title; None otherwise."""
    if asked.kind != "person" or asked.wh not in _WHO or asked.head_index < 0:
        return None
    end = q.tokens[asked.head_index].end
    word = q.text[_word_start(q.text, end - 1) : end]
    return word if names_post(word) or word.casefold() in folded_titles() else None


def _question_owner(q: Question, post: str) -> tuple[str, str]:
    """Whose post the question asks: (the id of the organisation it names right before its post
    or "", the word it writes there): "가람텔레콤 새 대표" -> (its id, 가람텔레콤), "누리마트 새
    대표이사" -> ("", 누리마트); ("", "") when it writes none."""
    at = q.text.rfind(post)
    if at < 0:
        return "", ""
    ents = [
        {"id": eid, "type": _ORG_TYPE, "start": s, "end": e}
        for (eid, _), (s, e) in zip(q.entities, q.spans, strict=False)
    ]
    start = _word_start(q.text, at)
    marks = {*appointment_table()["new_marks"], *_FIRST_MARKS}
    words = [w for w in q.text[:start].split() if w not in marks]
    return _owner_before(q.text, start, ents) or "", words[-1].removesuffix("의") if words else ""


def _name_shaped(word: str) -> bool:
    """A Korean full name by its shape: three Hangul letters after a family name of one, or
    four after one of two ("하도겸", "남궁민수")."""
    family = full_name_family(word)
    return family is not None and (len(word) == 3 or len(family) == 2)


def post_holder_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The person the best sentences write with the post the question asks by its noun alone,
    or the one they say takes the post a "who" question asks; None when the question asks no
    post or no sentence names its holder."""
    keyword = asked_post(q, asked)
    post = _written(keyword, hits[:_TOP]) if keyword else asked_held_post(q, asked)
    if post is None:
        return None
    owner = _question_owner(q, post)
    named = {eid for eid, _ in q.entities} | {q.text[s:e] for s, e in q.spans}
    for h in hits[:_TOP]:
        if (taker := taker_of(h.text, post, owner, h.entities)) is not None:
            name = _person_in(h, taker, hits, named)
            if name is not None:
                return said_in(q, [name], [h], hits, "post_holder", _PRIOR, answer_type="person")
            continue  # the sentence gives the post to someone it does not name as a person
        if not keyword:
            continue  # a "who" question: only a sentence that says who takes the post
        people = [
            (e["start"], e["end"])
            for e in h.entities
            if e.get("type") == "Person" and e.get("id") not in named
        ]
        found = holder_in(h.text, post, people)
        if found is not None:
            name = h.text[found[0] : found[1]]
            return said_in(q, [name], [h], hits, "post_holder", _PRIOR, answer_type="person")
    return None
