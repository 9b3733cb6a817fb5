""" "Who is X?" about a person the question names asks what the article calls them: the title
written beside the name ("마크 헨더슨(Mark Henderson) 마이크로소프트 아시아 스타트업 파트너십
총괄은" -> "마이크로소프트 아시아 스타트업 파트너십 총괄"; "신임 대표 채윤호"), not a name of
their sentence.  Of the titles the article writes with the person, the fullest answers ("채윤호
다올엔터 부사장을 ... 채윤호 부사장은": the first).  Titles and the words written before
them ("전 한결화재 부사장") are kg/resources/grammar.toml ``titles``.

>>> from search.passages import sentence_tokens
>>> text = "마크 헨더슨(Mark Henderson) 마이크로소프트 아시아 스타트업 파트너십 총괄은 말했다."
>>> title_after(text, sentence_tokens(text), 6)
'마이크로소프트 아시아 스타트업 파트너십 총괄'
>>> title_after("마크 헨더슨은 말했다.", sentence_tokens("마크 헨더슨은 말했다."), 6) is None
True
>>> text = "허윤재 전 다솜생명 부사장은 말했다."
>>> title_after(text, sentence_tokens(text), 3)
'전 다솜생명 부사장'
>>> text = "협약식에는 다솜생명 영업본부장 허윤재가 나왔다."
>>> title_before(text, sentence_tokens(text), 17)
'다솜생명 영업본부장'
"""

from __future__ import annotations

import re

from kg.resources import resources

from .answer_types import answer_type_tables
from .descriptions import no_answer
from .passages import sentence_tokens
from .past_people import ORG_TYPES, article_sentences
from .post_holders import names_post
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import NOMINAL, Token
from .surname_references import family_asked, family_holder
from .titles import folded_titles

__all__ = ["described", "mentions_of", "title_after", "title_before", "who_is_answer"]


def _in_title(t: Token, names=()) -> bool:
    """A morpheme a person's title is written with: a noun, a word such as 전 or 신임, or a
    piece of an organisation's name (``names``: character spans; "한가람통신" is read 한/MM
    가람 통신)."""
    in_name = any(s <= t.start < e for s, e in names)
    return t.tag in NOMINAL or t.form in resources().grammar.title_modifiers or in_name


def _titled(run: list[Token]) -> tuple[int, int] | None:
    """The run's characters when it holds a noun and ends on a title, or on a noun that names
    a post by its ending ("황해연 현대백화점 판교점장": Kiwi reads 판교점장 as one noun)."""
    if not any(t.tag in NOMINAL for t in run):
        return None
    if run[-1].form.casefold() not in folded_titles() and not names_post(_last_word(run)):
        return None
    return run[0].start, run[-1].end


def _last_word(run: list[Token]) -> str:
    """The morphemes of the run's last word, glued ("기전 PU장": PU 장 -> "PU장")."""
    k = len(run) - 1
    while k and run[k - 1].end == run[k].start:
        k -= 1
    return "".join(t.form for t in run[k:])


def _after(toks: list[Token], end: int, names=()) -> tuple[int, int] | None:
    after = [t for t in toks if t.start >= end]
    i = 0
    if after and after[0].tag == "SSO":
        while i < len(after) and after[i].tag != "SSC":
            i += 1
        i += 1
    run = []
    # a list of people closes with 등 or 외 ("정윤택 재무본부장 등 전무 2명을"): the title ends there
    ends = answer_type_tables()["listed_people"]["closing"]
    while i < len(after) and _in_title(after[i], names) and after[i].form not in ends:
        run.append(after[i])
        i += 1
    return _titled(run) if run else None


def _before(text: str, toks: list[Token], start: int, names=()) -> tuple[int, int] | None:
    before = [t for t in toks if t.end <= start]
    if not before or text[before[-1].end : start] != " ":
        return None
    run: list[Token] = []
    while before and _in_title(before[-1], names) and before[-1].tag != "NNB":
        run.insert(0, before.pop())
    return _titled(run) if run else None


def title_after(text: str, toks: list[Token], end: int) -> str | None:
    """The run of nouns right after character ``end`` (a bracket after the name passed over)
    when it ends on a title; None otherwise."""
    span = _after(toks, end)
    return text[slice(*span)] if span else None


def title_before(text: str, toks: list[Token], start: int) -> str | None:
    """The run of nouns ending one space before character ``start`` when it ends on a
    title ("다솜생명 영업본부장 허윤재"); None otherwise (or when a particle stands between:
    "새 대표에 허윤재")."""
    span = _before(text, toks, start)
    return text[slice(*span)] if span else None


def mentions_of(ex, person: str, sids) -> list[tuple[str, int, int]]:
    """(sentence id, start, end) of every mention of ``person`` in the sentences ``sids``:
    the extractor's, and every other place a sentence writes one of their names ("협약식에는
    허윤재 다솜생명 팀장과": a name the tagger read in one sentence is theirs in the next)."""
    names = sorted(ex.entities[person].aliases, key=len, reverse=True)
    return [
        m for sid in dict.fromkeys(sids) if sid in ex.sentences for m in written(ex, sid, names)
    ]


def written(ex, sid: str, names) -> list[tuple[str, int, int]]:
    """(sid, start, end) of every place sentence ``sid`` writes one of ``names`` as a word's
    beginning (a particle may follow: "허윤재는")."""
    text = ex.sentences[sid].text
    found = {
        (m.start(), m.end())
        for name in names
        if len(name) >= 2
        for m in re.finditer(rf"(?<![\w]){re.escape(name)}", text)
    }
    return [(sid, s, e) for s, e in sorted(found)]


def described(ex, mentions) -> list[tuple[str, str]]:
    """(sentence id, title) for every title written right after or right before one of
    ``mentions`` (sentence id, start, end), in their order; a run of nouns over another
    person's name is not theirs ("허윤재 대표 채윤호 부사장")."""
    out = []
    for sid, start, end in mentions:
        text = ex.sentences[sid].text
        toks = sentence_tokens(text)
        written_here = ex.sentence_entities.get(sid, [])
        people = [(s, e) for eid, s, e in written_here if entity_type(ex, eid) == "Person"]
        people = [(s, e) for s, e in people if (s, e) != (start, end)]
        orgs = [(s, e) for eid, s, e in written_here if entity_type(ex, eid) in ORG_TYPES]
        for span in (_after(toks, end, orgs), _before(text, toks, start, orgs)):
            if span and not any(s < span[1] and span[0] < e for s, e in people):
                out.append((sid, text[slice(*span)]))
    return out


def article_ids(snap, hits: list[Hit]) -> list[str]:
    """The sentence ids of the retrieved sentences' articles, where a person's name is looked
    for (not every sentence of the knowledge base: the scan reads each one's text)."""
    return [sid for sid, _ in article_sentences(snap, hits)]


def entity_type(ex, eid: str) -> str:
    """The type of entity ``eid``; "" for no entity of the extraction."""
    return ex.entities[eid].type if eid in ex.entities else ""


def who_is_answer(q: Question, snap, hits: list[Hit], hit_for) -> tuple[Answer, dict] | None:
    """The fullest title the article writes beside the one person a "who is" question names,
    with its sentence; None when the question names something else too or no title is
    written beside the name."""
    ex = snap.extraction
    person, names = _one_person(q, ex)
    if not names:
        return _family_answer(q, ex, article_ids(snap, hits), hits, hit_for)
    name_words = {w.casefold() for a in names for w in a.split()}
    given = _given_title(q.text, names)  # "채새롬 기자는 누구인가?"
    if any(t not in "".join(given) for t in set(q.terms) - name_words):
        return None  # "Who is the CTO of X?" or "누가 세웠어?": something else is asked
    sids = article_ids(snap, hits)
    if person is not None:
        mentions = mentions_of(ex, person, sids)
    else:
        mentions = [
            m for sid in dict.fromkeys(sids) if sid in ex.sentences for m in written(ex, sid, names)
        ]
    found = described(ex, mentions)
    if given:  # the title the question gives says nothing new: only more of it answers
        found = [f for f in found if {w.casefold() for w in f[1].split()} - given]
        if not found:
            return no_answer(q, hits, "description"), {}
    if not found:
        return None
    sid, title = max(found, key=lambda f: len(f[1]))  # the first of the longest
    return titled_answer(q, ex, person, sid, title, hits, hit_for), _SIGNALS


def _given_title(question: str, names) -> set[str]:
    """The words the question writes between the person's name and 누구 ("박재완 사외이사는
    누구인가?" -> {"사외이사"}): a title it gives, asking what more the article calls them."""
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    m = re.match(rf"\s*(?:{alt})\s+(.+?)(?:은|는|이|가)\s+누구", question)
    return {w.casefold() for w in m.group(1).split()} if m else set()


def _family_answer(q: Question, ex, sids, hits, hit_for) -> tuple[Answer, dict] | None:
    """ "조 사장은 누구인가?": the one full name the article writes with that family name and
    title ("조성민 사장과 이태경 부사장은"), not the person the sentence of "조 사장" names first;
    None when the question is not of that form or the article writes no one such name."""
    asked = family_asked(q.text)
    if asked is None:
        return None
    sids = [sid for sid in dict.fromkeys(sids) if sid in ex.sentences]
    texts = [ex.sentences[sid].text for sid in sids]
    people = [e.name for e in ex.entities.values() if e.type == "Person"]
    name = family_holder(texts, people, *asked)
    said = next(
        (h for sid, t in zip(sids, texts) if name and name in t and (h := hit_for(sid))), None
    )
    if said is None:
        return None
    return said_in(q, [name], [said], hits, "post_holder", _FAMILY_PRIOR, answer_type="person")


def _one_person(q: Question, ex) -> tuple[str | None, list[str]]:
    """The one person a question names, as (entity id, its names); a name the tagger split into
    entities of one word each, a person among them, written together in the question ("제임스
    비모스키는 누구인가?"), as (None, [the whole name]); (None, []) when it names no one person."""
    named = [eid for eid, _ in q.entities if eid in ex.entities]
    if len(named) == 1 and ex.entities[named[0]].type == "Person":
        return named[0], list(ex.entities[named[0]].aliases)
    if len(named) < 2 or all(ex.entities[e].type != "Person" for e in named):
        return None, []  # the tagger may type either word a company ("토마스", "비모스키")
    whole = " ".join(ex.entities[e].name for e in named)
    return (None, [whole]) if whole in q.text else (None, [])


#: the calibration signals of a title read beside a person (the description path)
_SIGNALS = {"path=description": 1.0, "path=who_is": 1.0, "prior": 0.8, "support": 1.0}


def titled_answer(q: Question, ex, person, sid: str, title: str, hits, hit_for) -> Answer:
    """The answer ``title``, said of ``person`` (an entity id, or None for a name the text
    writes but no entity holds) in sentence ``sid``."""
    said = hit_for(sid)
    evidence = [said] if said is not None else []
    rest = [h for h in hits if h.sentence_id != sid]
    return Answer(
        question=q.text,
        answer=title,
        answer_entities=[ex.entities[person].summary()] if person in ex.entities else [],
        evidence=(evidence + rest)[:5],
        method="sentence",
        confidence=0.8,
        sentence=ex.sentences[sid].text,
        analysis=q.to_dict(),
        answer_type="description",
    )


#: a person read from a family name and title: below what counts as confident until a refit
_FAMILY_PRIOR = 0.55
