"""Questions whose answer is a phrase of the text, not a name: what kind of thing a named X is
("KR-11은 무슨 병 치료제야?" -> the words before 치료 in "간경화 관련 섬유증(LF) 치료 후보물질
'KR-11'"; "X는 어떤 장치인가?" -> "…바꾸는 장치"), the stage it is at ("임상 2상"), how much of
a thing ("수수료는 어느 정도인가?" -> "매출의 한 자릿수 비율"), what an inquiry found caused
something ("…것으로 드러났다").  The reader, trained on names and figures, answers these with
a name.  The question forms and the words the text writes them with are data
(resources/phrases.toml); the spans are cut by search/phrase_spans.py.

Each answer names its path in its signals (``path=phrase`` and its form, ``phrase=kind_of``
...) with a prior that is lower where the phrase is not clearly what the text defines X as;
until a refit of the calibration (bench/fit_calibration.py) weighs the path, its confidence is
the calibration's bias alone (0.63 at 0e962da), below what counts as confident.
"""

from __future__ import annotations

import functools
import re

from kg.names import name_key

from .answer_types import Asked
from .appositions import appositions
from .descriptions import called_answer
from .judged_reasons import asks_told
from .motives import phrase_answer
from .named_as import named_as, naming_nouns
from .phrase_spans import (
    clause_with_head,
    degree_of,
    finding_clause,
    noun_run_before,
    object_as,
    object_of,
)
from .question import Question
from .resource_tables import resource_table
from .results import Hit
from .who_is import article_ids, mentions_of

__all__ = ["phrase_answer_for", "phrase_tables"]

#: the best sentences read for a stage, a level or a cause
_TOP = 5
#: priors: a phrase headed by the noun asked ("…하는 장치"), a name's apposition cut before
#: the noun the question echoes ("지방간염(MASH) 치료"), a phrase a shape found less surely
_PRIOR_HEADED, _PRIOR_CUT, _PRIOR_LOOSE = 0.6, 0.55, 0.4


@functools.lru_cache(maxsize=1)
def phrase_tables() -> dict:
    """resources/phrases.toml: the question forms that ask for a phrase."""
    return resource_table("phrases.toml")


def _topic(q: Question, asked: Asked) -> str | None:
    """The entity the question is about as its topic or subject, right before the
    interrogative ("KR-11은 무슨 …"), else None."""
    i = asked.wh_index
    if i < 1 or q.tokens[i - 1].tag not in {"JX", "JKS"}:
        return None
    start = q.tokens[i - 1].start
    found = [eid for (eid, _), (_, e) in zip(q.entities, q.spans) if e == start]
    return found[0] if len(found) == 1 else None


def _after_head(q: Question, asked: Asked) -> list[str]:
    """The nouns written after the asked noun, before the predicate ("무슨 병 치료제야" ->
    ["치료제"]); None when a verb or another particle follows (then a name is asked)."""
    toks, out = q.tokens, []
    k = asked.head_index + 1
    while k < len(toks) and toks[k].tag == "NNG":
        out.append(toks[k].form)
        k += 1
    if k < len(toks) and toks[k].tag not in {"VCP", "EF", "SF"}:
        return None
    return out


def _next_sentence(ex, sid: str):
    """The sentence after ``sid`` in its paragraph, or None."""
    s = ex.sentences[sid]
    n = ex.sentences.get(f"{s.doc_id}#{s.index + 1}")
    return n if n is not None and n.paragraph == s.paragraph else None


def _echo_cut(run: str, echoes: list[str]) -> str | None:
    """``run`` before the first word that shares its first two letters with a noun the
    question writes after the asked one ("… 치료 후보물질" with 치료제 -> the words before 치료)."""
    for m in re.finditer(r"\S+", run):
        if m.start() and any(m.group()[:2] == e[:2] for e in echoes if len(e) >= 2):
            return run[: m.start()].strip() or None
    return None


def _name_like(phrase: str, names) -> bool:
    """A phrase that is one of the names or a one-word Latin spelling ("오토X(AutoX)")."""
    return name_key(phrase) in {name_key(n) for n in names} or bool(
        re.fullmatch(r"[A-Za-z][A-Za-z0-9.\-]*", phrase)
    )


def _written_before(ex, topic: str, mentions) -> tuple | None:
    """(phrase, sentence id, prior): the noun phrase written before the name where the text
    calls it by one (search/appositions.py), the first that is no name."""
    names = ex.entities[topic].aliases
    for sid in dict.fromkeys(sid for sid, _, _ in mentions):
        others = [(a, b) for eid, a, b in ex.sentence_entities.get(sid, []) if eid != topic]
        for found in appositions(ex.sentences[sid].text, names, others):
            if found.head and not _name_like(found.phrase, names):
                return found.phrase, sid, _PRIOR_CUT
    return None


def _kind_of(q: Question, ex, asked: Asked, topic: str, mentions, hits) -> tuple | None:
    """(phrase, sentence id, prior) saying what kind of thing ``topic`` is: the words before
    the noun the question echoes, else what the text calls it before its name (search/
    descriptions.py), else the predicate ending on the noun asked."""
    echoes = _after_head(q, asked)
    if echoes is None or not asked.head:
        return None
    if echoes:  # "무슨 병 치료제": the words before 치료 in the name's apposition
        for sid, start, _ in mentions:
            run = noun_run_before(ex.sentences[sid].text, start)
            if run and (cut := _echo_cut(run, echoes)):
                return cut, sid, _PRIOR_CUT
        return None
    called = called_answer(q, ex, hits)  # "채색 보조 도구 '툰브러시'"
    if called is not None and not _name_like(called.answer, ex.entities[topic].aliases):
        return called.answer, called.evidence[0].sentence_id, _PRIOR_HEADED
    if found := _written_before(ex, topic, mentions):  # the gloss was a spelling: "X(AutoX)"
        return found
    names = ex.entities[topic].aliases
    table = phrase_tables()["kind_of"]
    heads, skip = [asked.head, *table["alike"].get(asked.head, [])], table["openers"]
    found = []  # "X는 …하는 장치다", or "…하는 장치로," opening the sentence after X's
    for n, (sid, _, end) in enumerate(mentions):
        s, after = ex.sentences[sid], _next_sentence(ex, sid)
        topic_here = bool(re.match(r"\S{0,2}(?:은|는|이란|란)\s", s.text[end:]))
        for i, head in enumerate(heads):
            here = clause_with_head(s.text, head, skip, end) if topic_here else None
            there = clause_with_head(after.text, head, skip) if after is not None else None
            if here:
                found.append(((True, i == 0, -n), here[0], s.id))
            if there and there[1] and not any(a in there[0] for a in names):
                found.append(((False, i == 0, -n), there[0], after.id))
    if not found:
        return None
    (defines, _, _), phrase, sid = max(found, key=lambda f: f[0])
    return phrase, sid, _PRIOR_HEADED if defines else _PRIOR_CUT


def _asks_stage(q: Question, asked: Asked, words: set[str]) -> bool:
    """A question about one name, with an interrogative of a thing and a word of stage, that
    names no stage itself ("임상 3상 진입 때 받을 돈은?" asks an amount)."""
    if asked.kind != "thing" or not asked.wh or len(q.entities) > 1:
        return False
    patterns = phrase_tables()["stage"]["patterns"]
    if any(re.search(p, q.text) for p in patterns):
        return False
    return bool(words & set(phrase_tables()["stage"]["words"]))


def _stage(q: Question, ex, hits: list[Hit], mentions) -> tuple[str, str, float] | None:
    """(stage, sentence id, prior): the first stage written in the name's paragraph from the
    sentence naming it on, else in the best sentences."""
    patterns = [re.compile(p) for p in phrase_tables()["stage"]["patterns"]]
    sids = []
    for sid, _, _ in mentions:
        s = ex.sentences[sid]
        while s is not None:
            sids.append(s.id)
            s = _next_sentence(ex, s.id)
    sids += [h.sentence_id for h in hits[:_TOP]]
    for sid in dict.fromkeys(sids):
        s = ex.sentences.get(sid)
        found = [m for p in patterns if s is not None and (m := p.search(s.text))]
        if found:
            return min(found, key=lambda m: m.start()).group(), sid, _PRIOR_LOOSE
    return None


def _topic_noun(q: Question, asked: Asked) -> str | None:
    """The noun a "어느 정도" question asks about: "로열티는 어느 정도인가?" -> 로열티."""
    i = asked.wh_index
    if i < 2 or q.tokens[i - 1].tag not in {"JX", "JKS"}:
        return None
    t = q.tokens[i - 2]
    return t.form if t.tag == "NNG" else None


def _level(q: Question, ex, asked: Asked, hits: list[Hit]) -> tuple[str, str, float] | None:
    """(phrase, sentence id, prior): P of "P을 <noun>(으)로 받는다", else of "P의 <noun>"
    where P counts, in the best sentences."""
    table = phrase_tables()["level"]
    if asked.head not in table["heads"] or asked.wh not in table["interrogatives"]:
        return None
    noun = _topic_noun(q, asked)
    if noun is None:
        return None
    for h in hits[:_TOP]:
        if noun not in h.text:
            continue
        found = object_as(h.text, noun, table["verbs"]) or degree_of(
            h.text, noun, table["numerals"]
        )
        if found:
            return found, h.sentence_id, _PRIOR_LOOSE
    return None


def _context(ex, sid: str) -> str:
    """A sentence with the one before it in its paragraph (a finding's event is often told
    the sentence before: "도크에서 난 화재로 … 조사 결과 …것으로 드러났다")."""
    s = ex.sentences.get(sid)
    if s is None:
        return ""
    before = ex.sentences.get(f"{s.doc_id}#{s.index - 1}")
    return (before.text if before is not None and before.paragraph == s.paragraph else "") + s.text


def _cause(q: Question, ex, hits: list[Hit]) -> tuple[str, str, float] | None:
    """(clause, sentence id, prior): an inquiry's finding in the best sentences, the one
    told nearest the question's words first, else the best-ranked."""
    table = phrase_tables()["cause"]
    found = []
    for rank, h in enumerate(hits[:3]):
        if clause := finding_clause(h.text, table["finding_verbs"], table["openers"]):
            near = _context(ex, h.sentence_id)
            shared = sum(t.casefold() in near.casefold() for t in q.terms)
            found.append(((shared, -rank), clause, h.sentence_id))
    if not found:
        return None
    _, clause, sid = max(found, key=lambda f: f[0])
    return clause, sid, _PRIOR_LOOSE


def _role(q: Question, ex, asked: Asked, snap, hits: list[Hit]) -> tuple | None:
    """(object, sentence id, prior): what the named X takes with the question's verb
    ("X가 맡는 역할은?" -> P of "X는 P를 … 맡는다")."""
    toks, i = q.tokens, asked.wh_index
    if i < 4 or toks[i - 2].form not in phrase_tables()["role"]["nouns"]:
        return None
    if toks[i - 3].tag != "ETM" or not toks[i - 4].tag.startswith("VV"):
        return None
    named = [eid for eid, particle in q.entities if particle in {"이", "가", "은", "는"}]
    if len(named) != 1 or named[0] not in ex.entities:
        return None
    verb = toks[i - 4].form
    for sid, _, end in mentions_of(ex, named[0], article_ids(snap, hits[:_TOP])):
        if found := object_of(ex.sentences[sid].text, end, verb):
            return found, sid, _PRIOR_LOOSE
    return None


def _read(q: Question, snap, asked: Asked, hits: list[Hit]) -> tuple | None:
    """(phrase, sentence id, prior, form) of the first form the question has that the text
    answers; None when it has none."""
    ex, tables = snap.extraction, phrase_tables()
    words = {t.form.casefold() for t in q.tokens}
    topic = _topic(q, asked) if asked.wh in tables["kind_of"]["interrogatives"] else None
    if topic is not None:
        mentions = mentions_of(ex, topic, article_ids(snap, hits[:_TOP]))
        if mentions and (found := _kind_of(q, ex, asked, topic, mentions, hits)):
            return (*found, "kind_of")
    if _asks_stage(q, asked, words):
        named = [eid for eid, _ in q.entities if eid in ex.entities]
        ids = article_ids(snap, hits[:_TOP]) if named else []
        mentions = mentions_of(ex, named[0], ids) if named else []
        if found := _stage(q, ex, hits, mentions):
            return (*found, "stage")
    if found := _level(q, ex, asked, hits):
        return (*found, "level")
    if found := _role(q, ex, asked, snap, hits):
        return (*found, "role")
    # "왜 생겼다고 설명했나?" asks what someone told (motives.py), not what an inquiry found
    told = asks_told(q.tokens)
    if words & set(tables["cause"]["words"]) and not told and (found := _cause(q, ex, hits)):
        return (*found, "cause")
    if found := _named(q, hits):
        return (*found, "named_as")
    return None


def _named(q: Question, hits: list[Hit]) -> tuple[str, str, float] | None:
    """(X, sentence id, prior) of "X가 약점으로 꼽혀 왔다" for "약점으로 꼽혀 온 것은?", in the
    best-ranked sentence that writes it (named_as.py)."""
    nouns = naming_nouns(q)
    for h in hits[:_TOP] if nouns else []:
        if found := named_as(h.text, nouns):
            return found, h.sentence_id, _PRIOR_HEADED
    return None


def phrase_answer_for(q: Question, snap, asked: Asked, hits: list[Hit]) -> tuple | None:
    """The phrase a "무슨/어떤 N", stage, "어느 정도" or cause question asks for, as an Answer
    with its calibration signals; None when the question is no such form or the text does not
    write the phrase.

    >>> phrase_tables()["kind_of"]["interrogatives"][:2]
    ['무슨', '어떤']
    """
    if not hits:
        return None
    found = _read(q, snap, asked, hits)
    if found is None:
        return None
    phrase, sid, prior, form = found
    near = _context(snap.extraction, sid).casefold()
    if any(n.casefold() not in near for n in q.unknown_names):
        return None  # "울산 도크 화재" asked, the text's finding told of another place
    ans = phrase_answer(q, phrase, snap.extraction.sentences[sid], hits)
    ans.answer_type = "description"
    ans.confidence = prior
    return ans, {"path=phrase": 1.0, f"phrase={form}": 1.0, "prior": prior}
