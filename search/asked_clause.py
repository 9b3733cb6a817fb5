"""A yes/no question read in its best sentence when the sentence leaves a name to the topic.

News and interviews answer a yes/no question in a sentence that writes the question's own
words after its names ("내부 서버에 설치", "인허가를 신청할 계획", "협의") but leaves the
article's topic unnamed ("은행은 ... 모델을 은행 내부 서버에 설치하기로 했다"), or says it in
the speaker's words ("상장은 아직 생각하지 않고 있습니다.").  When no sentence names every
name, the best-ranked sentence is read for the question's asked words: it must name all of the
question's names but one and write one of those words; the clause that starts at the first of
them (up to a contrast, "협의 중이지만 광주는 아직 계획이 없다") decides 예 or 아니오.
"""

from __future__ import annotations

from kg.kiwi import kiwi
from kg.names import name_key

from .answer_types import answer_type_tables
from .appointments import appointment_table
from .english import english_glosses
from .hit_mentions import mentions
from .passages import sentence_tokens
from .post_holders import names_post
from .question import Question
from .results import Hit
from .spans import Token, base_tag, tokens_of
from .surname_references import person_marks, referred

__all__ = ["about_or_left", "asked_words", "clause_polarity", "topic_left_verdict"]

#: the best-ranked sentences looked at (retrieval puts the answering one first)
_TOP = 2
#: tags of the words a question asks about after its names
_CONTENT = {"NNG", "NNP", "SL", "VV", "VA", "XR"}
#: light verbs and copulas carry no asked word
_LIGHT = {"하", "되", "있", "이", "않", "없"}
#: after a noun, these make it the clause's predicate ("설치/하", "생산/되", "협의/중/이");
#: another noun makes it a modifier ("인수 뒤에도" states no acquisition)
_PREDICATING = {"XSV", "XSA", "VCP", "NNB"}
#: a noun with these before a verb is what the verb makes of its subject, the clause's
#: predicate ("코스닥 상장을 목표로 하다", "흑자로 돌아서다")
_COMPLEMENT = {"로", "으로"}
#: morphemes after an asked word within which its denial stands ("공개/하/지/않",
#: "컨소시엄/이/없", "상장/은/아직/생각/하/지/않")
_REACH = 6
#: particles that make a name the clause's subject or topic (이/가, 은/는)
_SUBJECT = {"JKS", "JX"}


def asked_words(q: Question) -> list[str | frozenset[str]]:
    """The question's content words after its last name ("덴토리는 상장을 준비하고 있나?" ->
    상장, 준비); a question naming nothing gives all of them.  A verb that only says its object
    came about is left out ("흑자를 냈나?" -> 흑자: "흑자로 돌아섰다" says it)."""
    if q.english:
        return _english_asked(q)
    last = max((e for _, e in q.spans), default=0)
    table = answer_type_tables()["yes_no"]
    frame, results = set(table["frame_nouns"]), set(table["result_verbs"])
    return [
        t.form
        for prev, t in zip([None, *q.tokens], q.tokens)
        if t.start >= last
        and base_tag(t.tag) in _CONTENT
        and t.form not in _LIGHT | frame
        and (len(t.form) >= 2 or base_tag(t.tag) in {"VV", "VA"})
        and not (t.form in results and prev is not None and prev.tag == "JKO")
    ]


def _english_asked(q: Question) -> list[frozenset[str]]:
    """The asked words of an English question: for each English word the Korean words it is
    glossed with (search/english.py: "stay" -> 남, 머무르), the verbs' last, as a Korean
    question ends on its predicate ("Will the co-founders stay after the acquisition?" ->
    공동창업자, 인수, 남)."""
    out = []
    for gloss in english_glosses(q.text):
        toks = tokens_of(kiwi().tokenize(gloss))
        forms = frozenset(t.form for t in toks if base_tag(t.tag) in _CONTENT) - _LIGHT
        if forms:
            out.append((any(base_tag(t.tag) in {"VV", "VA", "XSV"} for t in toks), forms))
    return [forms for _, forms in sorted(out, key=lambda x: x[0])]


def _clauses(toks: list[Token]) -> list[list[Token]]:
    """A sentence's morphemes cut at its contrast endings ("협의 중이지만 | 광주는 ...")."""
    contrast = set(answer_type_tables()["yes_no"]["contrast"])
    out: list[list[Token]] = [[]]
    for t in toks:
        out[-1].append(t)
        if t.tag == "EC" and t.form in contrast:
            out.append([])
    return out


def _spellings(word: str | frozenset[str]) -> set[str]:
    """A word (or an English word's glosses) and those the text states it with ([yes_no]
    alike: 액수 ~ 금액)."""
    words = {word} if isinstance(word, str) else set(word)
    alike = answer_type_tables()["yes_no"]["alike"]
    return words | {b for x, y in alike for a, b in ((x, y), (y, x)) if a in words}


def clause_polarity(
    toks: list[Token], words: list[str | frozenset[str]], own: frozenset[str] = frozenset()
) -> str | None:
    """``yes`` / ``no`` for the clause of a sentence's morphemes (quoted speech included) that
    writes most of the asked ``words``; None when it does not decide.  아니오: a negation within
    a few morphemes after an asked word, the clause writing all of them but one; 예: every word
    written, no negation after the first, the last stated as the clause's predicate; a plan
    word not asked about leaves it open ("검토하고 있다" is not "했다").  A negation the
    question writes itself (``own``: "영수증이 없는 소비자에게도 환불해 주나?") is what it asks
    about, no denial ("영수증이 없어도 … 환불해 주겠다")."""
    table = answer_type_tables()["yes_no"]
    negation = set(table["negation"]) - own
    spelled = [_spellings(w) for w in words]
    clause = max(_clauses(toks), key=lambda c: sum(bool(s & {t.form for t in c}) for s in spelled))
    forms = [t.form for t in clause]
    at = [i for i, f in enumerate(forms) if any(f in s for s in spelled)]
    if not at:
        return None
    joined = "".join(forms)  # Kiwi may cut a word the question keeps whole ("인/허가")
    missing = sum(not any(w in joined for w in s) for s in spelled)
    if any(f in negation for i in at for f in forms[i + 1 : i + 1 + _REACH]):
        return "no" if missing <= 1 else None
    after = forms[at[0] + 1 :]
    plan = [f for f in table["plan"] if not any(f in w for w in spelled)]
    if any(f in negation or f in table["observation"] or f in plan for f in after):
        return None
    return "yes" if not missing and _predicated(clause, spelled[-1]) else None


def _predicated(toks: list[Token], last: set[str]) -> bool:
    """The question's last word is the clause's predicate: a verb, or a noun made one ("설치/
    하", "협의/중/이"); one modifying another noun ("인수 뒤에도") is not."""
    i = max((k for k, t in enumerate(toks) if t.form in last), default=None)
    if i is None:
        return False  # written only inside another word ("주관/사" in "주관사")
    if base_tag(toks[i].tag) in {"VV", "VA"}:
        return True
    if i + 2 < len(toks) and toks[i + 1].form in _COMPLEMENT and toks[i + 1].tag == "JKB":
        return base_tag(toks[i + 2].tag) == "VV"  # "상장을 목표로 하고", "흑자로 돌아섰다"
    return i + 1 < len(toks) and toks[i + 1].tag in _PREDICATING


def _other_subject(h: Hit, toks: list[Token], kind: str, named) -> bool:
    """The sentence's subject is another thing of the unnamed name's kind ("세림전자가 픽셀로를
    인수한다" does not say 한화비전 did), or its post ("태산카드 대표는 교체됐다" does not say
    태산건설's was); one merely modifying ("IBM의 그래니트") or the subject
    of a modifying clause ("IBM이 개발한 그래니트") is not."""
    for e in h.entities:
        if e["type"] != kind or e["id"] in named:
            continue
        k = next((k for k, t in enumerate(toks) if t.start >= e["end"]), None)
        # "태산카드 대표는 교체됐다": the organisation's post as the subject counts as it would
        at = e["end"]
        while k is not None and k + 1 < len(toks) and _post(toks[k]) and toks[k].start - at <= 1:
            at, k = toks[k].end, k + 1
        if k is None or toks[k].start != at or toks[k].tag not in _SUBJECT:
            continue
        ending = next((t.tag for t in toks[k + 1 :] if t.tag in {"ETM", "EC", "EF"}), "EF")
        if ending != "ETM":
            return True
    return False


def about_or_left(h: Hit, eid: str, aliases: list[str], kind: str) -> bool:
    """Sentence ``h`` names entity ``eid`` (of type ``kind``), or leaves it to the article's
    topic: no other thing of its kind is the subject ("회사는 …", "1999년 창사 이후 …")."""
    if mentions(h, eid, aliases, kind == "Person"):
        return True
    return not _other_subject(h, sentence_tokens(h.text), kind, {eid: aliases})


def _post(tok: Token) -> bool:
    """A noun of a post ("대표", "병원장") written right after an organisation."""
    return tok.tag.startswith("NN") and (
        tok.form in appointment_table()["posts"] or names_post(tok.form)
    )


def _other_person(h: Hit, toks: list[Token], names: list[str]) -> bool:
    """The sentence's subject is a person written by a name and a title or 씨 that is not the
    unnamed person ("인도네시아 출신인 하산 씨는" is not about 도하린 교수), one the extractor
    may not have taken for a name."""
    marks = person_marks()
    for a, b, c in zip(toks, toks[1:], toks[2:], strict=False):
        if base_tag(a.tag) in {"NNP", "NNG"} and b.form in marks and c.tag in _SUBJECT:
            return not any(referred(h.text, n) for n in names)
    return False


def topic_left_verdict(
    q: Question, hits: list[Hit], aliases: dict[str, list[str]], kinds: dict[str, str]
):
    """(verdict, sentence) read from one of the best sentences for a yes/no question whose
    names it writes all but one of, or None.

    The sentence names every name of the question but at most one (the article's topic, or the
    speaker of an interview; ``kinds``: each name's entity type), whose subject is no other
    thing of that name's type.  It says 아니오 by denying the clause of an
    asked word, 예 by writing them all and stating the last."""
    asked = asked_words(q)
    if not asked:
        return None
    for h in hits[:_TOP]:
        low = name_key(h.text)
        unnamed = [
            eid
            for eid, names in aliases.items()
            if not any(e["id"] == eid for e in h.entities)
            and not any(len(name_key(a)) >= 2 and name_key(a) in low for a in names)
        ]
        toks = sentence_tokens(h.text)
        if any(_other_subject(h, toks, kinds[eid], aliases) for eid in unnamed):
            continue
        if any(kinds[eid] == "Person" and _other_person(h, toks, aliases[eid]) for eid in unnamed):
            continue
        verdict = clause_polarity(toks, asked, frozenset(t.form for t in q.tokens))
        if verdict is None:
            continue
        # a denial that writes every asked word may leave every name to its paragraph ("다만
        # 구체적인 고객사 이름은 밝히지 않았다")
        if len(unnamed) <= 1 or (verdict == "no" and _writes_all(toks, asked)):
            return verdict, h
    return None


def _writes_all(toks: list[Token], words: list[str | frozenset[str]]) -> bool:
    """Every asked word (or a word the text states it with) is written in the sentence."""
    forms = {t.form for t in toks}
    return all(_spellings(w) & forms for w in words)
