"""Whether one sentence states a predicate as happened, denied or only expected.

``polarity`` reads one sentence for a yes/no question's predicate (its morpheme forms): 예 when
stated, 아니오 when negated, contradicted, only planned or not yet happened, 알 수 없음 when others
only expect it.  The question-level decision (which sentence, the graph) is ``search.yes_no``.
"""

from __future__ import annotations

import itertools

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .spans import base_tag, quoted_spans

__all__ = ["polarity"]

# morphemes that carry the predicate of a clause (a noun of 하다/되다 counts: 투자, 인수)
_PREDICATE_TAGS = {"NNG", "VV", "VA", "XR", "NNP"}
#: morphemes after the predicate within which "전이다" says it has not happened ("출시/는/아직/전")
_BEFORE_REACH = 4
# morphemes an opposite is stated by ("뒤지", "밀리", "감소")
_VERBAL = {"NNG", "VV", "VA", "XR"}
# particles that mark a clause's own subject (Kiwi writes 이/가 JKS, 은/는 JX)
_SUBJECT = {"이", "가", "은", "는"}


def polarity(text: str, predicate: set[str], opposite_alone: bool = False) -> str | None:
    """How a sentence answers "did it happen?" for a predicate given by its morpheme forms:
    ``yes``, ``no``, ``unknown`` (others only expect it), or None when it does not state the
    predicate.  Quoted speech is left aside.  With ``opposite_alone``, a sentence that states
    only the predicate's opposite says no ("LiveCodeBench에서는 ... 제미나이에 뒤졌다" for
    "앞섰나?"); a word of the question written before 대신 is what did not happen ("현금 대신
    주식을 주고받는다").

    >>> polarity("네이버는 이번 라운드에 투자하지 않았다.", {"투자"})
    'no'
    >>> polarity("업계에서는 유한양행이 투자를 검토하고 있다는 관측도 나온다.", {"투자"})
    'unknown'
    >>> polarity("SK텔레콤이 마루에 지분을 투자했다.", {"투자"})
    'yes'
    >>> polarity("하늘소프트의 영업이익은 1120억원으로 5% 줄었다.", {"영업", "이익", "늘"})
    'no'
    >>> polarity("당초 참여가 거론됐던 한국해양과학기술원은 이번 협약에서 빠졌다.", {"참여"})
    'no'
    >>> polarity("언론은 A사가 참여한다고 보도했지만, B사는 “논의한 적 없다”고 밝혔다.", {"참여"})
    'no'
    >>> polarity("코딩 평가에서는 52.3점으로 경쟁 모델에 뒤졌다.", {"앞서", "코딩"}, True)
    'no'
    >>> polarity("인수 대금은 현금 대신 주식으로 치른다.", {"현금", "치르"})
    'no'
    >>> polarity("이 사업은 B시가 본사업에 선정되면서 추진된다.", {"선정"})
    'yes'
    >>> polarity("새 모델의 정식 출시는 아직 전이다.", {"출시"})
    'no'
    >>> polarity("A사가 항소 방침을 밝히면서 당분간 큰 변화는 없을 전망이다.", {"항소", "계획"})
    'yes'
    >>> polarity("B사도 수주전에 뛰어들었지만 가격 조건에서 밀린 것으로 전해졌다.", {"수주", "이기"}, True)
    'no'
    """
    table = answer_type_tables()["yes_no"]
    quoted = quoted_spans(text)
    toks = [t for t in sentence_tokens(text) if not any(s <= t.start < e for s, e in quoted)]
    at = next(
        (
            i
            for i, t in enumerate(toks)
            if base_tag(t.tag) in _PREDICATE_TAGS and t.form in predicate
        ),
        None,
    )
    opposite = {b for x, y in table["opposites"] for a, b in ((x, y), (y, x)) if a in predicate}
    if at is None:
        stated = (t.form in opposite - predicate for t in toks if base_tag(t.tag) in _VERBAL)
        return "no" if opposite_alone and any(stated) else None
    forms = [t.form for t in toks]
    instead = set(table["instead"])
    if any(f in predicate and instead & set(forms[i + 1 : i + 2]) for i, f in enumerate(forms)):
        return "no"  # "현금 대신 주식을": the question's thing is what it is not
    if _contradicted(forms[at + 1 :], table):
        return "no"
    after = forms[at + 1 : _other_subject(toks, at, predicate)]  # "…없을 전망": another's
    if any(f in table["negation"] and f not in predicate for f in after):
        return "no"
    if _before_yet(toks[at + 1 :], table):
        return "no"  # "정식 출시는 아직 전이다"
    if any(f in opposite - predicate for f in after):
        return "no"  # "영업이익은 늘었나?" / "영업이익은 5% 줄어"
    if any(f in table["observation"] and f not in predicate for f in after):
        return "unknown"  # "관측이 나온다"; the question's own "전망치를 낮췄나?" is no guess
    if any(f in table["plan"] and f not in predicate for f in _own_clause(toks[at + 1 :])):
        return "no"  # "검토하고 있다" is no to "인수했나?", yes to "검토하고 있나?"
    return "yes"


def _own_clause(after: list) -> list[str]:
    """The morphemes of the predicate's own clause: up to a connective ending that closes it
    ("선정되면서 | 추진된다": the next clause's 추진 is no plan of the 선정)."""
    ends = set(answer_type_tables()["past"]["clause_ends"])
    out = []
    for t in after:
        if t.tag == "EC" and t.form in ends:
            break
        out.append(t.form)
    return out


def _before_yet(after: list, table: dict) -> bool:
    """The predicate is followed closely by a noun of "before" made the predicate ("출시는 아직
    전이다", "상장 전인"): it has not happened yet."""
    near = after[:_BEFORE_REACH]
    return any(
        a.form in table["before_yet"] and a.tag == "NNG" and b.tag == "VCP"
        for a, b in itertools.pairwise(near)
    )


def _other_subject(toks: list, at: int, predicate: set[str]) -> int:
    """Where the clauses after the predicate turn to another subject: the first later clause
    that names its own subject (a noun with 이/가/은/는) and writes no word of the predicate
    ("A사가 항소 방침을 밝히면서 | … 큰 변화는 없을 전망이다": 없 denies the change, not the
    appeal).  A clause with no subject of its own goes on about the same one ("수주전에 뛰어들었지만
    | 가격 조건에서 밀렸다")."""
    ends = set(answer_type_tables()["yes_no"]["clause_ends"])
    starts = [
        i + 1
        for i in range(at, len(toks) - 1)
        if toks[i].tag == "EC" and toks[i].form in ends and toks[i + 1].tag != "VX"  # "하고 있다"
    ]
    for start, end in zip(starts, [*starts[1:], len(toks)]):
        clause = toks[start:end]
        subject = any(
            base_tag(a.tag) in {"NNG", "NNP"} and b.tag in {"JKS", "JX"} and b.form in _SUBJECT
            for a, b in itertools.pairwise(clause)
        )
        if subject and not any(t.form in predicate for t in clause):
            return start
    return len(toks)


def _contradicted(after: list[str], table: dict) -> bool:
    """A report of the predicate the sentence contradicts: "참여한다고 보도했지만, ..."."""
    reported, contrast = set(table.get("reported", [])), set(table.get("contrast", []))
    return any(f in reported and contrast & set(after[i + 1 : i + 4]) for i, f in enumerate(after))
