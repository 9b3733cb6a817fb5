"""The past cues of one sentence: the organisations a person worked at before, as a sentence
writes them ("배소연 대표는 SBS 음향감독으로 15년을 일한 방송 엔지니어 출신이다", "윤 대표는
카카오와 쿠팡에서 ... 일한 뒤 코드포레스트를 창업했다", "안랩 연구원 출신인 남 대표가 ... 설립했다");
search/past.py answers the questions with them.

A past cue (``출신``, ``...에서 일하다``, ``이끌던``, ``지낸 뒤``: resources/answer_types.toml
``past``) names an organisation before it: the words before ``에서``, or before ``출신`` / ``(으)로``
without the trailing job title (``이마트 데이터분석팀장 출신`` -> 이마트).  The cue belongs to
the person written right after it (``출신인 노승현 대표``, ``이끌던 반지혁 리더``) or else to the
person the clause is about (``윤 대표는 ...``); a person is written by name or by surname and
title (``남 대표``, ``뒤부아 수석연구원``).

>>> from search.passages import sentence_tokens
>>> text = "윤 대표는 카카오와 쿠팡에서 10년 넘게 백엔드 개발자로 일한 뒤 2022년 코드포레스트를 창업했다."
>>> [(o, who) for o, who in past_affiliations(text, sentence_tokens(text), [(0, 4)])]
[('카카오', 0), ('쿠팡', 0)]
>>> text = "네이버에서 로봇 연구 조직을 이끌던 반지혁 리더를 영입했고, 삼성증권 출신 임가을 씨를 선임했다."
>>> refs = [(text.find(n), text.find(n) + 3) for n in ("반지혁", "임가을")]
>>> past_affiliations(text, sentence_tokens(text), refs)
[('네이버', 0), ('삼성증권', 1)]
"""

from __future__ import annotations

from kg.resources import resources

from .answer_types import answer_type_tables
from .career_glosses import period_open, without_gloss
from .org_words import chain_before, org_text, title_owner_end
from .spans import NOMINAL, Token, base_tag, quoted_spans

__all__ = ["past_affiliations", "past_table", "topic_at"]

#: nouns after a cue that do not name its person ("일한 뒤", "지낸 후")
_AFTER = {"뒤", "후", "다음", "끝", "이후"}


def past_table() -> dict:
    return answer_type_tables()["past"]


def _cues(text: str, toks: list[Token], carried: bool = False) -> list[int]:
    """Indexes of the past cues: ``출신``, verbs of working (a noun of 하다 counts when
    하다 follows: ``일한``, ``근무한``), a move told as done (``B로 옮겨``) and, in a sentence
    naming its person (not ``carried``), the end of a stint after 에서 (``A에서 8년간``)."""
    t = past_table()
    out = []
    for i, tok in enumerate(toks):
        if _former_bracket(text, toks, i) is not None or _former_post(toks, i) is not None:
            out.append(i)
        elif tok.form in t["noun_cues"] and tok.tag == "NNG":
            out.append(i)
        elif tok.form in t["move_cues"] + t["join_cues"] and _moved(toks, i):
            out.append(i)
        elif not carried and _stint_end(toks, i):
            out.append(i)
        elif tok.form in t["verb_cues"]:
            glued = i + 1 < len(toks) and toks[i + 1].tag == "XSV"
            if base_tag(tok.tag) == "VV" or (tok.tag == "NNG" and glued):
                out.append(i)
    return out


def _stint_end(toks: list[Token], i: int) -> bool:
    """Token ``i`` ends a count of years or months ("8년간", "10년 동안", "7년"; no year such
    as "2019년") right after an organisation's 에서 ("코스벨 연구소에서 8년간")."""
    t = past_table()
    unit = i - 1 if toks[i].form in t["stint_after"] else i
    if unit < 2 or toks[unit].form not in t["stint_units"] or toks[unit - 1].tag != "SN":
        return False
    if unit == i and i + 1 < len(toks) and toks[i + 1].form in t["stint_after"]:
        return False  # the stint ends on 간 / 동안
    number, before = toks[unit - 1], toks[unit - 2]
    return len(number.form) != 4 and before.tag == "JKB" and before.form == "에서"


def _moved(toks: list[Token], i: int) -> bool:
    """The verb of moving at token ``i`` tells a move done or in sequence ("옮겨", "옮겼다",
    "이직해", "입사 후"), not one announced ("옮긴다", "옮길"): [past] move_tails."""
    if toks[i].tag == "NNG" and i + 1 < len(toks) and toks[i + 1].form in _AFTER:
        return True  # "1984년 현대건설 입사 후": a noun of joining, done before what follows
    after = i + 1 + (toks[i].tag == "NNG")  # "이직/NNG 하/XSV 어/EC"
    if toks[i].tag == "NNG" and not (i + 1 < len(toks) and toks[i + 1].tag == "XSV"):
        return False
    return after < len(toks) and toks[after].form in past_table()["move_tails"]


def _former_bracket(text: str, toks: list[Token], close: int) -> int | None:
    """When token ``close`` ends a bracket that opens with a word of a former post ("권태오
    상무(전 한국인터넷진흥원 침해대응단 수석)"), the index of its first token after that word
    (read from the text: Kiwi may read "전" as 저+ㄴ)."""
    if toks[close].tag != "SSC":
        return None
    sso = next((i for i in range(close - 1, -1, -1) if toks[i].tag in {"SSO", "SSC"}), -1)
    if sso < 0 or toks[sso].tag != "SSO":
        return None
    inside = text[toks[sso].end : toks[close].start]
    word = next((w for w in past_table()["bracket_former"] if inside.startswith(w + " ")), None)
    if word is None:
        return None
    begin = toks[sso].end + len(word) + 1
    return next((i for i in range(sso + 1, close) if toks[i].start >= begin), None)


def _bracketed(toks: list[Token], close: int, refs: list[tuple[int, int]]) -> int | None:
    """The person a bracket of a former post belongs to: the one written last before it, with
    at most a title between ("권태오 상무(전 ...)")."""
    sso = next(i for i in range(close - 1, -1, -1) if toks[i].tag == "SSO")
    return _written_before(toks[sso].start, refs, 8)


def _written_before(at: int, refs: list[tuple[int, int]], reach: int) -> int | None:
    """The person reference ending last before character ``at``, at most ``reach`` before."""
    before = [(at - e, k) for k, (s, e) in enumerate(refs) if e <= at and at - e <= reach]
    return min(before)[1] if before else None


def _former_post(toks: list[Token], end: int) -> int | None:
    """When token ``end`` ends a run of nouns (an organisation and a title) that a former mark
    opens right after a name ("구하진 전 바람전기 부사장을"), the index of the mark ([past]
    bracket_former; Kiwi reads it MM)."""
    if toks[end].tag not in NOMINAL or (end + 1 < len(toks) and toks[end + 1].tag in NOMINAL):
        return None
    first = end
    while first > 0 and toks[first - 1].tag in NOMINAL:
        first -= 1
    mark = first - 1
    if mark < 1 or first == end or toks[mark].tag != "MM":
        return None
    if toks[mark].form not in past_table()["bracket_former"]:
        return None
    return mark if toks[mark - 1].tag in NOMINAL else None


def _clause_start(toks: list[Token], cue: int) -> int:
    """The first token of the clause the cue ends (after a 고 / 며 / comma)."""
    stops = set(past_table()["clause_ends"])
    for i in range(cue - 1, -1, -1):
        if (toks[i].tag == "EC" and toks[i].form in stops) or toks[i].form == ",":
            return i + 1
    return 0


def _orgs_before(text: str, toks: list[Token], cue: int, after: int = 0) -> list[str]:
    """The organisations a cue names, coordinated ones too ("카카오와 쿠팡에서"), in its clause
    and after character ``after`` (where its person is written: "... 만난 배소연 대표는 SBS")."""
    start = _clause_start(toks, cue)
    while start < cue and toks[start].start < after:
        start += 1
    if (opened := _former_bracket(text, toks, cue)) is not None:
        start, at, titled = max(start, opened), cue, True  # "(전 한국인터넷진흥원 수석)"
    elif (mark := _former_post(toks, cue)) is not None:
        return _named_before(text, toks, cue + 1, mark, True)  # "구하진 전 바람전기 부사장"
    elif toks[cue].tag == "NNG" and toks[cue].form in past_table()["noun_cues"]:
        if _studied(toks, cue):
            return []  # "일리노이공대 컴퓨터과학 박사 출신": studied there, no employer
        at, titled = cue, True
    elif toks[cue].form in past_table()["move_cues"] + past_table()["join_cues"]:
        # "프리오바(Priova)로 옮겨", "바람전기에 입사해"
        marks = {"에"} if toks[cue].form in past_table()["join_cues"] else {"로", "으로"}
        to = [i for i in range(start, cue) if toks[i].tag == "JKB" and toks[i].form in marks]
        if any(t.tag == "JKS" for t in toks[start:cue]):
            return []  # another subject moves: "본사가 판교로 이동한 뒤"
        if not to and toks[cue + 1].form in _AFTER:
            return _named_before(text, toks, cue, start, False)  # "현대건설 입사 후"
        if not to:
            return []
        # the words after an earlier step are this one's ("A 입사 후 1988년 B로 이동")
        start = max([start] + [i + 1 for i in range(start, to[-1]) if toks[i].form in _AFTER])
        at, titled = to[-1], True
    elif toks[cue].form in past_table()["object_cues"]:  # "보스턴다이내믹스를 거쳐"
        objects = [i for i in range(start, cue) if toks[i].tag == "JKO"]
        if not objects:
            return []
        at, titled = objects[-1], True
    else:
        places = [i for i in range(start, cue) if toks[i].tag == "JKB"]
        where = [i for i in places if toks[i].form == "에서"]
        at = (where or [i for i in places if toks[i].form in {"로", "으로"}] or [-1])[-1]
        if at < 0:
            return _posts_held(text, toks, cue, start)
        titled = toks[at].form != "에서"
        owned = title_owner_end(toks, places[-1])
        if owned is not None and owned > at:
            at, titled = owned, False  # the nearest: "A에서 ... 지낸 뒤 B의 COO로 일했다" -> B
    return _named_before(text, toks, at, start, titled)


def _studied(toks: list[Token], cue: int) -> bool:
    """The word before the cue is a degree or a word of study ("박사 출신", "박사 과정 출신",
    "학부 졸업"): the organisation before it is a school the person studied at."""
    g = resources().grammar
    return cue > 0 and (toks[cue - 1].form in g.degrees or toks[cue - 1].form in g.studies)


def _posts_held(text: str, toks: list[Token], cue: int, start: int) -> list[str]:
    """The organisations of the posts a verb of holding takes as its object when no 에서 says
    where ("KT클라우드 전략본부장을 지내고", "A사 부사장, B사 부회장 등을 역임한"): each post
    without its title."""
    if toks[cue].form not in past_table()["post_object_cues"]:
        return []
    objects = [i for i in range(start, cue) if toks[i].tag == "JKO"]
    if not objects:
        return []
    # the posts' row runs across commas, which end a clause elsewhere ("A 부사장, B 부회장")
    ends = [i for i in range(start) if toks[i].tag in {"EC", "EF", "ETM", "JX", "JKS"}]
    return _named_before(text, toks, objects[-1], max(ends, default=-1), True)


def _named_before(text: str, toks: list[Token], at: int, start: int, titled: bool) -> list[str]:
    """The organisations of the noun chain before token ``at`` and of the chains coordinated
    before it ("카카오와 쿠팡", "A 부사장, B 부회장"), back to token ``start``."""
    out = []
    while at > start:
        at = period_open(text, toks, at)  # "라쿠모(Rakumo·2019~2022년)를": the name before it
        # not past token ``start`` ("현대건설 입사 후 1988년 B로": the words after 후)
        chain = [t for t in chain_before(toks, at) if t.start >= toks[max(start, 0)].start]
        if not chain:
            # a name Kiwi did not read as one ("화이자에서" -> 화/NNG 이/VCP 자/EC): the word
            word = text[: toks[at].start].rsplit(maxsplit=1)[-1:]
            if word and len(word[0]) >= 2 and text[toks[at].start - 1] != " ":
                out.insert(0, word[0])
            break
        name = without_gloss(org_text(text, chain, titled) or _split_word(text, chain))
        if name:
            out.insert(0, name)
        at = toks.index(chain[0]) - 1  # a coordination before it: "카카오와 쿠팡"
        if not name and at > start and toks[at].tag == "JKG":
            continue  # a unit of common nouns, its owner before 의: "대성정밀의 로봇연구소에서"
        # a bulleted career ("▲A(2009~2016년) ▲B(2016~2020년)를 거쳐") coordinates by its marks
        if at < start or not (toks[at].tag == "JC" or toks[at].form in {"·", ","} | _bullets()):
            break
    return out


def _bullets() -> set[str]:
    """The marks that open the items of a bulleted row (kg grammar ``bullets``, "▲")."""
    return {b for b in resources().grammar.bullets if b not in {"-", "•"}}


def _split_word(text: str, chain: list[Token]) -> str:
    """The whole written word when Kiwi cut a name with a particle inside ("파도게이트에서" ->
    파/도/게이트): the chain starts within a word it does not hold."""
    at = chain[0].start
    if at == 0 or text[at - 1] in " (\"'‘“":
        return ""
    # a bullet opens the item ("▲미리소프트(2008~2013년)", Kiwi: 미리/NNB 소프트/NNG): no part of it
    word = text[: chain[-1].end].rsplit(maxsplit=1)[-1].lstrip("".join(_bullets()))
    return word if len(word) >= 2 else ""


def _owner(toks: list[Token], cue: int, refs: list[tuple[int, int]]) -> int | None:
    """Which of the person references (character spans) a cue belongs to: the one written
    right after it ("출신인 노승현 대표"), else the nearest one before it ("윤 대표는 ...")."""
    i = cue + 1
    while i < len(toks) and toks[i].tag in {"XSV", "VCP", "ETM", "EP", "JKG", "SS", "SW"}:
        i += 1
    if i < len(toks) and toks[i].tag in NOMINAL and toks[i].form not in _AFTER:
        after = toks[i].start
        for k, (s, e) in enumerate(refs):
            if s <= after < e + 1 or 0 <= s - after <= 1:
                return k
        if toks[i].tag != "NNG":
            return None  # another person ("삼성증권 출신 임가을 씨")
        # else what the person was ("...으로 일한 방송 엔지니어 출신이다"): the clause's person
    before = [(toks[cue].start - e, k) for k, (s, e) in enumerate(refs) if e <= toks[cue].start]
    topics = [(d, k) for d, k in before if topic_at(toks, refs[k][1])]
    return min(topics or before)[1] if before else None


def topic_at(toks: list[Token], end: int) -> bool:
    """The person written up to character ``end`` is what the clause is about: a topic or
    subject particle follows the name and its title ("곽 CTO는", "염 교수 연구실에서": no)."""
    rest = [t for t in toks if t.start >= end][:5]
    for t in rest:
        if t.tag in {"JX", "JKS"}:
            return True
        if t.tag not in {"NNG", "NNP", "SL", "SSO", "SSC", "NNB"}:
            return False
    return False


def past_affiliations(
    text: str, toks, refs: list[tuple[int, int]], carried: bool = False
) -> list[tuple[str, int]]:
    """(organisation, index of its person in ``refs``) for every past cue of a sentence whose
    person is one of ``refs``; ``-1`` for a cue of someone not among them.  ``carried``: the
    sentence names no one and goes on about the person of the one before: its verbs only
    ("이후 보칼릭스에서 ... 일하다"; "AI 부문 출신이 ..." is about someone else)."""
    toks = list(toks)
    quoted = quoted_spans(text)
    out = []
    for cue in _cues(text, toks, carried):
        if carried and toks[cue].form in past_table()["noun_cues"]:
            continue
        if any(s <= toks[cue].start < e for s, e in quoted):
            continue  # what someone says ("한국어로 일하는 사람에게") is no biography
        if _former_bracket(text, toks, cue) is not None:
            who = _bracketed(toks, cue, refs)
        elif (mark := _former_post(toks, cue)) is not None:
            who = _written_before(toks[mark].start, refs, 2)  # "구하진 전 ..."
        else:
            who = _owner(toks, cue, refs)
        after = refs[who][1] if who is not None and refs[who][1] <= toks[cue].start else 0
        for org in _orgs_before(text, toks, cue, after):
            found = (org, -1 if who is None else who)
            if found not in out:  # "A에서 3년 일한": the stint and the verb name A once
                out.append(found)
    return out
