"""A thing asked by its kind noun is the name the text writes with that noun: "어떤 게임 엔진으로
만들었나?" is answered by "크로마 엔진 3" (a name, the noun, a version), "어느 공장에서 만드나?"
by "누리켐 여수 2공장", not by the company or the place of the sentence that the reader, trained
on names, would pick.  The noun is the last of those written after 어떤/어느/무슨; the name is the
run of nouns, names and numbers it ends (a number after it: a version), one that holds a name or
a number and that the question does not write itself.

A named kind asked by the noun alone ("싣고 갈 로켓은 무엇인가?", "서비스는 어떤 것들인가?";
[named_kinds] in resources/answer_types.toml) is answered by the names quotes or a gloss mark
with it: "쇼핑 서비스 '하늬몰'", "스타콘3(Starcon 3) 로켓" (every one of a sentence for a list).

>>> from search.passages import sentence_tokens
>>> text = "신작은 반도소프트의 크로마 엔진 3으로 만들어졌다."
>>> headed_name(text, list(sentence_tokens(text)), "엔진")
'크로마 엔진 3'
>>> text = "양극재는 누리켐 여수 2공장에서 만든다."
>>> headed_name(text, list(sentence_tokens(text)), "공장")
'누리켐 여수 2공장'
>>> headed_name("새 공장에서 만든다.", list(sentence_tokens("새 공장에서 만든다.")), "공장") is None
True
"""

from __future__ import annotations

import re

from .answer_types import Asked, answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token

__all__ = ["headed_name", "headed_name_answer", "headed_names"]

#: the interrogatives a kind noun follows ("어떤 엔진", "어느 공장")
_KIND_WH = frozenset({"어떤", "어느", "무슨"})
#: the morphemes a name written with its kind noun is made of
_RUN = frozenset({"NNG", "NNP", "SL", "SN"})
#: ... and those that make it a name rather than a description ("새 공장")
_NAMED = frozenset({"NNP", "SL", "SN"})
#: at most this many morphemes before the noun
_REACH = 4
#: the quotes a name written after its kind noun is put in ("앱 '솔빛지도'")
_QUOTES = frozenset({"'", '"', "‘", "“", "「", "『", "<", "《"})
#: the mark that closes each that differs from its opener
_CLOSERS = {"‘": "’", "“": "”", "「": "」", "『": "』", "<": ">", "《": "》", "(": ")"}
#: at most this many morphemes inside quotes or a gloss in brackets
_QUOTED_REACH = 12
#: the best sentences read
_TOP = 5
#: an answer read from one sentence's wording: below what counts as confident until a refit
_PRIOR = 0.5


def _named_kinds() -> frozenset[str]:
    """The kind nouns of named things ([named_kinds] in resources/answer_types.toml)."""
    return frozenset(answer_type_tables()["named_kinds"]["kinds"])


def _topic_noun(q: Question, asked: Asked) -> str | None:
    """The noun the question's topic ends, right before 어떤/무엇: "서비스는 어떤 것들인가?" -> 서비스."""
    toks, i = q.tokens, asked.wh_index
    if i >= 2 and toks[i - 1].tag == "JX" and toks[i - 2].tag in {"NNG", "NNP"}:
        return toks[i - 2].form
    return None


def _noun_after_wh(q: Question, asked: Asked) -> str | None:
    """The last noun written after 어떤/어느/무슨 ("어떤 게임 엔진으로" -> 엔진); None without."""
    toks, i = q.tokens, asked.wh_index
    if asked.wh not in _KIND_WH or i < 0:
        return None
    k = i + 1
    while k < len(toks) and toks[k].tag in {"NNG", "NNP"}:
        k += 1
    return toks[k - 1].form if k > i + 1 else None


def _kind_noun(q: Question, asked: Asked) -> str | None:
    """The noun a thing is asked by after 어떤/어느/무슨; None."""
    return _noun_after_wh(q, asked) if asked.kind == "thing" else None


def _name_asked_of(q: Question) -> str | None:
    """The kind noun written right before a word that asks its name ("무인기 이름이 뭐야?" ->
    무인기; [named_kinds] name_words): whatever the kind, the thing bears a name; None."""
    words = frozenset(answer_type_tables()["named_kinds"]["name_words"])
    toks = q.tokens
    for i in range(1, len(toks)):
        if toks[i].form in words and toks[i - 1].tag == "NNG" and toks[i - 1].form not in words:
            return toks[i - 1].form
    return None


def _named_kind(q: Question, asked: Asked) -> str | None:
    """A kind of named thing the question asks for by the noun alone ("로켓은 무엇인가?",
    "서비스는 어떤 것들인가?") or with a word for its name ("무인기 이름이 뭐야?"); None."""
    if asked.kind not in {"thing", "model"}:
        return None
    for noun in (asked.head, _topic_noun(q, asked)):
        if noun and noun in _named_kinds():
            return noun
    # a model's name has its own readers (a version after a series: "'그래니트' 시리즈의 최신
    # 버전인 '그래니트 4'"); r10 lost its version to the series when 이름 named the kind
    return _name_asked_of(q) if asked.kind == "thing" else None


def _glued(toks: list[Token], a: int, b: int) -> bool:
    """Tokens ``a`` and ``b`` are written next to each other, a space at most between."""
    return toks[b].start - toks[a].end <= 1


def _closing(toks: list[Token], k: int) -> int:
    """The index of the bracket or quote that closes the one opened at ``k``; -1 without."""
    closer = _CLOSERS.get(toks[k].form, toks[k].form)
    for m in range(k + 1, min(len(toks), k + 1 + _QUOTED_REACH)):
        if toks[m].form == closer:
            return m
    return -1


#: a gloss in brackets closing a quoted name ("'바다매(Badamae)'"): the name is what precedes it
_TRAILING_GLOSS = re.compile(r"\s*\([^()]*\)$")


def _unglossed(name: str) -> str:
    """A quoted name without the gloss that closes it: "바다매(Badamae)" -> 바다매."""
    bare = _TRAILING_GLOSS.sub("", name)
    return bare or name


def _quoted_after(text: str, toks: list[Token], i: int) -> str | None:
    """The quoted name written right after the noun at ``i``, past a gloss in brackets or the
    copula's 인: "장비 '누리에치'", "역할수행게임(RPG) '바람의 성'", "상품인 '누리케어'"; None."""
    k = i + 1
    if k + 1 < len(toks) and toks[k].tag == "VCP" and toks[k + 1].tag == "ETM":
        i, k = k + 1, k + 2  # "통합보험 상품인 '누리케어'": the copula's 인 stands for the noun
    if k < len(toks) and toks[k].form == "(" and _glued(toks, i, k):
        i = _closing(toks, k)  # the gloss's closing bracket stands for the noun
        k = i + 1 if i > 0 else len(toks)
    if k < len(toks) and toks[k].form in _QUOTES and _glued(toks, i, k):
        end = _closing(toks, k)
        if end > k + 1:
            return _unglossed(text[toks[k].end : toks[end].start].strip())
    return None


def _quoted_before(text: str, toks: list[Token], i: int) -> str | None:
    """The quoted name written right before the noun at ``i``, a noun at most between: "'솔빛
    하우스' 아파트 브랜드" -> 솔빛 하우스; None."""
    k = i - 1 if i >= 1 and toks[i - 1].tag == "NNG" and _glued(toks, i - 1, i) else i
    end = k - 1
    if end < 1 or toks[end].tag != "SSC" or not _glued(toks, end, k):
        return None
    opener = next(
        (
            m
            for m in range(end - 1, max(-1, end - 1 - _QUOTED_REACH), -1)
            if toks[m].form in _QUOTES and _closing(toks, m) == end
        ),
        -1,
    )
    if 0 <= opener < end - 1:
        return _unglossed(text[toks[opener].end : toks[end].start].strip())
    return None


#: what follows the kind noun a topic is defined as ("Y는 … 내놓은 무인기로/무인기다")
_DEFINED_BY = frozenset({"로", "으로"})


def _topic_defined(text: str, toks: list[Token], i: int) -> str | None:
    """The topic name a clause defines as the noun at ``i``: "바다매는 누리항공이 2024년 내놓은
    무인기로, …" -> 바다매 (the noun after a relative clause, then 로 or the copula); None."""
    if i < 1 or toks[i - 1].tag != "ETM" or i + 1 >= len(toks):
        return None
    after = toks[i + 1]
    if not (after.tag == "VCP" or (after.tag == "JKB" and after.form in _DEFINED_BY)):
        return None
    p = next((m for m in range(1, i) if toks[m].tag == "JX" and toks[m].form in {"은", "는"}), -1)
    if p < 1 or toks[p - 1].tag not in _RUN:
        return None
    j = _run_start(toks, p - 1)
    if j == 0 and any(toks[m].tag in _NAMED for m in range(j, p)):
        return text[toks[j].start : toks[p - 1].end]
    return None


def _run_start(toks: list[Token], last: int) -> int:
    """Where the run of nouns, names and numbers written right before token ``last`` starts."""
    j = last
    while j > 0 and last - j < _REACH and toks[j - 1].tag in _RUN and _glued(toks, j - 1, j):
        j -= 1
    return j


def _glossed_before(text: str, toks: list[Token], i: int) -> str | None:
    """The name written before a gloss in brackets right before the noun at ``i``: "스타콘3(Starcon
    3) 로켓" -> 스타콘3; None."""
    if i < 2 or toks[i - 1].form != ")" or not _glued(toks, i - 1, i):
        return None
    low = max(0, i - 2 - _QUOTED_REACH)
    opened = next((m for m in range(i - 2, low, -1) if toks[m].form == "("), 0)
    j = _run_start(toks, opened)
    if j < opened and any(toks[m].tag in _NAMED for m in range(j, opened)):
        return text[toks[j].start : toks[opened - 1].end]
    return None


def _named_before(text: str, toks: list[Token], i: int) -> str | None:
    """The name the noun at ``i`` ends, a version after it: "누리켐 여수 2공장", "크로마 엔진
    3"; None when the nouns before it hold no name ("새 공장")."""
    j = _run_start(toks, i)
    k = i + 1 if i + 1 < len(toks) and toks[i + 1].tag == "SN" and _glued(toks, i, i + 1) else i
    if j < i and any(toks[m].tag in _NAMED for m in range(j, k + 1) if m != i):
        return text[toks[j].start : toks[k].end]
    return None


def headed_names(text: str, toks: list[Token], noun: str, marked: bool = False) -> list[str]:
    """Every name ``text`` writes with ``noun`` as its kind, in order: the run of names the noun
    ends (see the module), or, when ``marked``, those quotes or a gloss mark as names: "장비
    '누리에치'", "스타콘3(Starcon 3) 로켓" ("오리온X 로켓" is its maker's, "2세대 칩" no name)."""
    found = []
    for i, t in enumerate(toks):
        if t.form != noun or t.tag != "NNG":
            continue
        if marked:
            name = (
                _quoted_after(text, toks, i)
                or _glossed_before(text, toks, i)
                or _quoted_before(text, toks, i)
                or _topic_defined(text, toks, i)
            )
        else:
            name = _named_before(text, toks, i)
        if name and name not in found:
            found.append(name)
    return found


def headed_name(text: str, toks: list[Token], noun: str) -> str | None:
    """The first name ``text`` writes with ``noun`` as its kind (see the module); None."""
    return next(iter(headed_names(text, toks, noun)), None)


def _about_asked(q: Question, h: Hit, toks: list[Token], noun: str) -> bool:
    """The sentence writes the kind noun and every entity the question names: it is the one
    about the asked thing, even when the noun heads no name there ("신한투자증권은 퇴직연금사업자
    책무 위반으로 …" for "신한투자증권은 어떤 위반으로 …?")."""
    named = {eid for eid, _ in q.entities}
    return (
        bool(named)
        and named <= {e["id"] for e in h.entities}
        and any(t.form == noun and t.tag == "NNG" for t in toks)
    )


def _written_with(q: Question, hits: list[Hit], noun: str, marked: bool) -> tuple[Hit, list[str]]:
    """The first of the best sentences that writes names with ``noun`` the question does not,
    and those names; (None, []) when none does, or when, for a noun after 어떤/어느/무슨, a
    better sentence about the asked entity writes it without a name (a later name is another's)."""
    asked_text = q.text.replace(" ", "")
    for h in hits[:_TOP]:
        toks = list(sentence_tokens(h.text))
        names = headed_names(h.text, toks, noun, marked)
        names = [n for n in names if n.replace(" ", "") not in asked_text]
        if names:
            return h, names
        if not marked and _about_asked(q, h, toks, noun):
            return None, []
    return None, []


def headed_name_answer(
    q: Question, asked: Asked, hits: list[Hit], form: str = "factoid"
) -> tuple[Answer, dict] | None:
    """The name the best sentences write with the kind noun the question asks by: after
    어떤/어느/무슨, any name the noun ends; a named kind asked alone, the names quotes or a gloss
    mark (every one of one sentence, two at least, when ``form`` is a list); None."""
    noun = _kind_noun(q, asked) if form == "factoid" else None
    h, names = _written_with(q, hits, noun, False) if noun else (None, [])
    if names:
        return said_in(q, names[:1], [h], hits, "headed_name", _PRIOR, answer_type="thing")
    # "어떤 칩과 비교됐나?" asks by its own noun above; a named kind only alone or "어떤 것들"
    noun = _named_kind(q, asked) if _noun_after_wh(q, asked) in {None, "것"} else None
    h, names = _written_with(q, hits, noun, True) if noun else (None, [])
    if form == "list" and len(names) >= 2:
        return said_in(q, names, [h], hits, "headed_name", _PRIOR, answer_type="list")
    if form == "factoid" and names:
        return said_in(q, names[:1], [h], hits, "headed_name", _PRIOR, answer_type="thing")
    return None
