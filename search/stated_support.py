"""No answer where the text says it does not give the asked thing.

News says outright when it leaves a thing out: "구체적인 인수 금액은 공개하지 않았다", "상장
주관사는 아직 정해지지 않았다", "해킹을 벌인 조직의 정체는 아직 밝혀지지 않았으며, 경찰청이
... 추적하고 있다", "정식 출시 시기는 미정이다".  A question asking that thing ("인수 금액은
얼마인가?", "상장 주관사는?", "해킹한 조직의 이름은?", "언제 정식 출시되나?") would otherwise be
answered by whatever figure, name or date of the right kind the sentences give (경찰청, another
event's date); the text's own word is that there is none to give, so no answer is given, with
the nearest sentences as evidence.

The asked thing is the question's asked noun (search/qualifiers.py ``asked_noun``: "상장
주관사" -> 주관사, "인수 금액" -> 인수) or the head of its asked phrase (search/answer_types.py:
"조직의 이름" -> 조직), or for "언제 ...되나?" the noun of the act asked about (출시); a noun that
says only "a party" or "its name" does not count ([owners]: "투자한 회사는?" asks no 회사 the
text could withhold).  It is withheld when a clause of one of the best sentences, or of the
answer's, writes it with a predicate of withholding (resources/withheld.toml [predicates]);
a denial withholds too what the clause before it reports others to say ([rumours]: "수출
계약을 논의하고 있다는 관측이 나오지만, 회사 측은 '확정된 바 없다'고 말했다").  Clauses end
at a comma or an ending that joins clauses ([clause_endings]), so "A가 B를 인수했지만 금액은
공개하지 않았다" withholds the 금액, never the buyer; and a clause that names
a thing the question does not ("누비 X의 출시 시기는 미정이다") withholds nothing of the asked
one ("누비 원은 언제 출시됐나?").  Yes/no questions are left to their own readers ("금액은
공개됐나?" is answered 아니오 by that very sentence), and so are descriptions but of a party
asked by name (what a thing is may be "소스를 공개하지 않는 모델").

>>> withheld("해킹을 벌인 조직의 정체는 아직 밝혀지지 않았으며, 경찰청이 추적하고 있다.", {"조직"})
True
>>> withheld("다온랩스가 누리소프트를 인수했지만, 금액은 공개하지 않았다.", {"인수"})
False
>>> withheld("다온랩스는 인수 금액을 공개하지 않았다.", {"인수"})
True
"""

from __future__ import annotations

import functools
import re

from .answer_types import read_asked
from .descriptions import no_answer
from .passages import sentence_tokens
from .qualifiers import asked_noun
from .question import Question
from .resource_tables import resource_table
from .results import Answer, Hit

__all__ = ["asked_phrase", "asked_things", "withheld", "withheld_or_none"]

#: the best sentences read for one withholding the asked thing
_TOP = 5
#: the tags of a noun phrase's words ("국내 대기업": 국내/NNG 대/XPN 기업/NNG)
_PHRASE_TAGS = frozenset({"NNG", "NNP", "XPN", "XSN", "SL", "SN"})
#: the kinds of a party asked by name: a sentence given for one ("국내 대기업 한 곳이 투자를
#: 검토하고 있다는 이야기도 나오지만 ...") is read as the answer it stands for, while another
#: description says what a thing is or does ("폐쇄형 모델이란 소스를 공개하지 않는 모델"),
#: which no withholding denies
_PARTIES = frozenset({"company", "organization", "person", "investor"})
#: the morphemes a predicate of withholding may not end inside: a longer noun is another word
_NOUNS = frozenset({"NNG", "NNP", "NNB"})


@functools.cache
def _table() -> tuple[tuple[str, ...], frozenset[str], frozenset[str], frozenset[str]]:
    """[predicates], [clause_endings], [owners] and [rumours] of resources/withheld.toml."""
    t = resource_table("withheld.toml")
    return (
        tuple(t["predicates"]),
        frozenset(t["clause_endings"]),
        frozenset(t["owners"]),
        frozenset(t["rumours"]),
    )


def asked_things(q: Question) -> set[str]:
    """The nouns a question asks by, outside the names it gives: its asked noun, the head of
    its asked phrase, and for a date asked of an act ("언제 출시되나?") the act's noun.

    >>> from search.question import Question
    >>> text = "나르미로보틱스의 상장 주관사는?"
    >>> sorted(asked_things(Question(text, spans=[(0, 7)], tokens=sentence_tokens(text))))
    ['주관사']
    >>> text = "채움 무비는 언제 정식 출시되나요?"
    >>> sorted(asked_things(Question(text, spans=[(0, 5)], tokens=sentence_tokens(text))))
    ['출시']
    """
    _, _, owners, _ = _table()
    toks = q.tokens
    asked = read_asked(toks)

    def named(i: int) -> bool:
        return any(s <= toks[i].start < e for s, e in q.spans)

    words = {asked_noun(q.text, q.spans, toks)}
    if 0 <= asked.head_index < len(toks) and not named(asked.head_index):
        words.add(asked.head.casefold())
    if asked.kind == "date":
        words |= {
            t.form.casefold()
            for i, t in enumerate(toks[:-1])
            if t.tag == "NNG" and toks[i + 1].tag in {"XSV", "XSA"} and not named(i)
        }
    return {w for w in words if len(w) >= 2 and w not in owners}


def asked_phrase(q: Question) -> set[str]:
    """The words (two letters or more) of the question's asked phrase, its head and those
    written before it, names too: "아크로스AI에 투자를 검토 중인 국내 대기업은 어디인가?" ->
    국내, 기업.

    >>> from search.question import Question
    >>> text = "다온소프트가 인수한 일본 스타트업은?"
    >>> sorted(asked_phrase(Question(text, spans=[(0, 5)], tokens=sentence_tokens(text))))
    ['스타트업', '일본']
    """
    toks = q.tokens
    i = read_asked(toks).head_index
    words = set()
    while 0 <= i < len(toks) and toks[i].tag in _PHRASE_TAGS:
        if len(toks[i].form) >= 2:  # a name too: "일본 스타트업" is none of 미국
            words.add(toks[i].form.casefold())
        i -= 1
    return words


def _clauses(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentence's clauses: it is cut after each comma and each
    ending that joins clauses."""
    _, endings, _, _ = _table()
    toks = sentence_tokens(text)
    cuts = [
        t.end
        for t, nxt in zip(toks, [*toks[1:], None], strict=True)
        if (t.tag == "EC" and t.form in endings and not (nxt and nxt.tag == "VX"))
        or (t.tag == "SP" and t.form == ",")
    ]  # "검토하고 있다": 고 before an auxiliary verb joins no clause
    out, start = [], 0
    for end in [*cuts, len(text)]:
        if out and not any(c.isalnum() for c in text[start:end]):
            out[-1] = (out[-1][0], end)  # the comma after an ending closes the same clause
        elif end > start:
            out.append((start, end))
        start = max(start, end)
    return out


def _said(clause: str) -> list[tuple[int, int]]:
    """The spans of the predicates of withholding the clause writes (spaces aside), each a
    word of its own: none begins inside a morpheme, nor ends inside a noun, so the 미정 of
    "미정산 대금을 갚겠다" (미/XPN 정산/NNG: unsettled) withholds nothing, while "언급을 피했다"
    (피하/VV) and "미정이다" do.

    >>> _said("출시 일정은 미정이다"), _said("미정산 대금을 갚겠다")
    ([(7, 9)], [])
    """
    predicates = _table()[0]
    toks = sentence_tokens(clause)
    spans = []
    for p in predicates:
        for m in re.finditer(r"\s*".join(map(re.escape, p)), clause, flags=re.IGNORECASE):
            start, end = m.span()
            if any(t.start < start < t.end for t in toks) or any(
                t.start < end < t.end and t.tag in _NOUNS for t in toks
            ):
                continue
            spans.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # "확정된 바 없다" holds more than one predicate
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _withholds(clause: str, things: set[str], before: str = "", phrase=frozenset()) -> bool:
    """The clause writes one of ``things`` outside a predicate of withholding it writes
    ("공개하지 않았던 신제품" withholds no 공개), or denies with it what the clause ``before`` it
    reports others to say, written with every noun of the asked ``phrase`` ("해외 유통사와
    계약을 논의하고 있다는 관측이 나오지만, 회사 측은 '확정된 바 없다'고 말했다" withholds a
    해외 유통사; "미국 스타트업 인수를 추진한다고 보도했으나" no 일본 스타트업)."""
    _, _, _, rumours = _table()
    said = _said(clause)
    if not said:
        return False
    for start, end in reversed(said):
        clause = f"{clause[:start]}|{clause[end:]}"  # the predicate joins no two words
    flat = re.sub(r"\s+", "", clause).casefold()
    if any(w in flat for w in things):
        return True
    before = re.sub(r"\s+", "", before).casefold()
    return bool(phrase) and any(r in before for r in rumours) and all(w in before for w in phrase)


def withheld(text: str, things: set[str], names=(), phrase=frozenset()) -> bool:
    """A clause of ``text`` writes one of ``things`` with a predicate of withholding, and is
    of the question's own thing: ``names`` are the text's names as (start, end, the question
    gives it); a clause naming others and none of the question's is another thing's ("누비봇이
    개발 중인 '누비 X'의 출시 시기는 미정이다" withholds no date of 누비 원)."""

    def own(start: int, end: int) -> bool:
        inside = [given for s, _, given in names if start <= s < end]
        return not inside or any(inside)

    spans = _clauses(text)
    return any(
        _withholds(text[start:end], things, text[spans[i - 1][0] : start] if i else "", phrase)
        and own(spans[i - 1][0] if i else start, end)
        for i, (start, end) in enumerate(spans)
    )


def _names(q: Question, hit: Hit) -> list[tuple[int, int, bool]]:
    """The hit's names as (start, end, the question gives it), dates aside ("2027년 상장" is
    no other thing)."""
    asked = {eid for eid, _ in q.entities}
    return [(e["start"], e["end"], e["id"] in asked) for e in hit.entities if e["type"] != "Date"]


def withheld_or_none(q: Question, ans: Answer, hits: list[Hit]) -> Answer:
    """``ans``, or no answer when one of the best sentences or the answer's own says the text
    does not give the asked thing ("상장 주관사는 아직 정해지지 않았다")."""
    if ans.method == "none" or ans.answer_type == "yes_no" or q.english:
        return ans
    if ans.answer_type == "description" and read_asked(q.tokens).kind not in _PARTIES:
        return ans
    things = asked_things(q)
    if not things:
        return ans
    # the answer's article only: another article's "금액은 공개하지 않았다" is another deal's
    doc = ans.evidence[0].doc_id if ans.evidence else None
    read = {h.sentence_id: h for h in [*ans.evidence[:1], *hits[:_TOP]] if h.doc_id == doc}
    phrase = asked_phrase(q)
    if any(withheld(h.text, things, _names(q, h), phrase) for h in read.values()):
        return no_answer(q, hits, ans.answer_type)
    return ans
