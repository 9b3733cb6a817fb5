"""The doer of an asked act: "자율주행 셔틀을 운영하는 회사는?" is answered by the subject of
운영 in the sentence that writes it ("▲A는 셔틀을 운영하고 ▲B는 마이크로그리드를 구축한다" -> A),
or by the argument of a verb of duty when the act is the topic ("충전 설비 운영은 C가 맡는다"
-> C), not by another company of the same sentence.

The act is the question's last verb or verbal noun (not a light verb: resources/reader.toml
``predicate.light``), asked only when the question writes no subject of it and the act is not
one done together ("계약을 맺은 곳": the partner answers too).  It is matched to the sentence's
morphemes in the same voice ("선정된" to "선정됐다", never "투자한" to "투자받았다"), in a clause
that writes the question's words about it; the subject is the noun run before the nearest 이/가
(else 은/는) of that clause, with the runs coordinated to it, a subject inside a modifying
clause between them ("X는 Y가 만든 Z를 운영한다") skipped, and of several pairs sharing one verb
the pair that writes the asked words ("설계는 A가, 시공은 B가 맡는다").  Tables:
resources/answer_types.toml ``doers``.

>>> from search.passages import sentence_tokens
>>> q = sentence_tokens("자율주행 셔틀을 운영하는 회사는?")
>>> asked_act(q)
'운영'
>>> text = "▲가람모빌리티는 셔틀 12대를 운영하고 ▲햇살그리드는 마이크로그리드를 구축한다."
>>> [text[s:e] for s, e in doer_spans(text, sentence_tokens(text), "운영")]
['가람모빌리티']
"""

from __future__ import annotations

import functools
import itertools

from kg.names import name_key

from .answer_types import answer_type_tables
from .reader_shape import reader_tables
from .spans import NOMINAL, Token, base_tag
from .titles import folded_titles

__all__ = ["asked_act", "asks_doer", "doer_keys", "doer_spans", "subject_before", "voice_of"]

#: tags that end a clause looking back from the act (a connective or final ending, a bullet)
_CLAUSE_END = {"EC", "EF", "SF"}
#: particles of a subject (이/가) and of a topic (은/는)
_SUBJECT, _TOPIC = "JKS", "JX"


@functools.cache
def _light() -> frozenset[str]:
    return frozenset(reader_tables()["predicate"]["light"])


def _tables() -> dict:
    return answer_type_tables()["doers"]


def asked_act(tokens: list[Token]) -> str:
    """The act a question asks the doer of: its last verb stem or verbal noun made a verb
    ("운영하는" -> 운영, "만드는" -> 만들), "" when it has none."""
    light = _light()
    for i in range(len(tokens) - 1, -1, -1):
        tag = base_tag(tokens[i].tag)
        if tag == "XSV" and i > 0 and tokens[i - 1].tag == "NNG":
            return tokens[i - 1].form
        # Kiwi reads a verb glued to a noun as auxiliary ("시티허브 만드는": 만들/VX); one after
        # a connective ending is one ("만들어 주는")
        auxiliary = tag == "VX" and i > 0 and tokens[i - 1].tag == "EC"
        if tag in {"VV", "VX"} and not auxiliary and tokens[i].form not in light:
            return tokens[i].form
    return ""


def voice_of(toks: list[Token], at: int) -> str:
    """The voice the act at ``at`` is written in: "" active; "+" receiving ("투자/받",
    "이전/받"), whose subject is the one who receives; "-" passive ("선정/되", "만들/어/지"),
    whose subject is the one it is done to — of a transfer, the thing moved ("기술이 B에
    이전됐다"), no receiver (resources/answer_types.toml ``doers.passive``)."""
    table = _tables()["passive"]
    k = at + 1
    suffix = ""
    if k < len(toks) and toks[k].tag.startswith("XSV"):
        suffix = toks[k].form
    elif k + 1 < len(toks) and toks[k].tag == "EC" and toks[k + 1].tag.startswith("VX"):
        suffix = toks[k + 1].form
    if suffix not in table:
        return ""
    return "+" if suffix == "받" else "-"


def asks_doer(tokens: list[Token], wh_index: int) -> tuple[str, list[str]]:
    """The act when a question asks who does it: its answer is the act's subject, so the
    question writes none ("셔틀을 운영하는 회사는?", "누가 주도했나?"; not "오픈AI가 개발한
    모델은?", whose answer is the object), nor asks where it happens ("어디에 생기나?")."""
    act = asked_act(tokens)
    if not act or act in _tables()["reciprocal"]:
        return "", []  # "계약을 맺은 곳": the partner answers as well as the subject
    at = max(i for i, t in enumerate(tokens) if t.form == act)
    for i, t in enumerate(tokens[:at]):
        if i == wh_index:
            if i + 1 < len(tokens) and tokens[i + 1].tag == "JKB":
                return "", []  # "어디에", "어디서": a place asked
            continue
        if i == wh_index + 1 and wh_index >= 0:
            continue  # the interrogative's own particle ("누가")
        if t.tag == _SUBJECT or (t.tag == _TOPIC and t.form in {"은", "는"}):
            return "", []
    return voice_of(tokens, at) + act, _argument(tokens, at, wh_index)


#: the tags of the words a question writes about its act ("자율주행 셔틀을 운영하는")
_WORDS = {"NNG", "NNP", "SL", "SH", "SN"}


def _argument(tokens: list[Token], at: int, wh_index: int) -> list[str]:
    """The words of the act's nearest argument in the question ("이번 인사에서 전무로 승진한"
    -> 전무; "루미 CT 2를 개발한" -> 루미, CT, 2): what the sentence of its doer must write; the
    farther ones (이번 인사) a sentence of the article may leave to its context."""
    k = at - 1
    while k >= 0 and tokens[k].tag.startswith("J"):
        k -= 1  # the argument's particle
    words = []
    while (
        k >= 0 and k != wh_index and (tokens[k].tag in NOMINAL or tokens[k].tag in {"SSO", "SSC"})
    ):
        if tokens[k].tag in _WORDS:
            words.insert(0, tokens[k].form)
        k -= 1
    return words


def doer_keys(cands, passages, act: str, words: list[str], key_of) -> set[str]:
    """The keys of the candidates that name the doer of ``act`` in their sentence, in a clause
    that writes the question's ``words`` about it: the whole subject, or its last name before
    a bound 등 ("초기 투자사 한마루벤처스 등이") or titles."""
    spans: dict[int, list[tuple[int, int]]] = {}
    out = set()
    for c in cands:
        if _tail(c.text):
            continue  # a title alone ("최고기술책임자") names no one
        p = passages[c.passage]
        if c.passage not in spans:
            spans[c.passage] = doer_spans(p.text, p.tokens, act, words)
        for s, e in spans[c.passage]:
            if s <= c.span.start and c.span.end <= e and _tail(p.text[c.span.end : e]):
                out.add(key_of(c))
    return out


def _tail(rest: str) -> bool:
    """What may follow a doer's name inside its subject: nothing, a bound 등 ("한마루벤처스
    등이"), titles ("피재욱 최고기술책임자(CTO)가")."""
    if rest in {"이", "가"}:
        return True  # a subject particle Kiwi glued into a coined name ("윤슬텔레콤이")
    titles = folded_titles()
    words = rest.replace("(", " ").replace(")", " ").split()
    return all(w == "등" or w.casefold() in titles for w in words)


def _run_before(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The characters of the noun run right before token ``k`` (a particle)."""
    i = k
    while i > 0 and (toks[i - 1].tag in NOMINAL or toks[i - 1].tag in {"SSO", "SSC"}):
        i -= 1
    return (toks[i].start, toks[k - 1].end) if i < k else None


def subject_before(toks: list[Token], at: int) -> list[tuple[int, int]]:
    """The subject of the verb at token ``at``: the nearest 이/가 of its clause, else its
    은/는; one inside a modifying clause between them ("Y가 만든 Z를") is skipped."""
    modifiers, topic = 0, []
    for k in range(at - 1, -1, -1):
        t = toks[k]
        if t.tag in _CLAUSE_END or t.form == "▲":
            break
        if t.tag == "ETM":
            modifiers += 1
        elif t.tag == _SUBJECT and modifiers:
            modifiers -= 1
        elif t.tag == _SUBJECT:
            return _with_coordinated(toks, k)
        elif t.tag == _TOPIC and t.form in {"은", "는"} and not topic:
            topic = _with_coordinated(toks, k)
    return topic


def _with_coordinated(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The noun run before particle ``k`` and the runs coordinated before it with 와/과/및 or a
    comma, also across a clause modifying the last ("A 대표와 B에서 일했던 C CTO가")."""
    runs = []
    while (run := _run_before(toks, k)) is not None:
        runs.insert(0, run)
        j = next(i for i in range(k - 1, -1, -1) if toks[i].start == run[0])
        k = _joint_before(toks, j)
        if k is None:
            break
    return runs


def _joint_before(toks: list[Token], j: int) -> int | None:
    """The 와/과/및 or comma joining the run starting at token ``j`` to one before it: right
    before it, or before the clause that modifies it; None when there is none."""
    if j > 0 and (toks[j - 1].tag == "JC" or toks[j - 1].form == ","):
        return j - 1
    if j == 0 or toks[j - 1].tag != "ETM":
        return None
    for i in range(j - 2, -1, -1):
        if toks[i].tag in _CLAUSE_END | {_SUBJECT, _TOPIC, "ETM"}:
            return None
        if toks[i].tag == "JC":
            return i
    return None


def _duty_doer(toks: list[Token], at: int) -> list[tuple[int, int]]:
    """The act written as a topic whose clause is a verb of duty ("운영은 X가 맡는다"): the
    subject of that verb."""
    if at + 1 >= len(toks) or toks[at + 1].tag not in {_TOPIC, _SUBJECT}:
        return []
    duty = set(_tables()["duty_verbs"])
    for k in range(at + 2, len(toks)):
        if toks[k].tag in _CLAUSE_END:
            return []
        if toks[k].form in duty and base_tag(toks[k].tag) in {"VV", "NNG"}:
            return subject_before(toks, k)
    return []


def doer_spans(
    text: str, toks: list[Token], act: str, words: list[str] = ()
) -> list[tuple[int, int]]:
    """The character spans of the doers of ``act`` in a sentence (its morphemes ``toks``)
    whose clause writes every one of ``words`` (what the question says the act is about);
    an act asked in the passive voice is written "-" before its stem ("-선정": 선정된 곳), one
    in the receiving voice "+" ("+이전": 이전받은 곳), and matches only one in that voice."""
    out = []
    voice = act[0] if act[:1] in {"-", "+"} else ""
    act = act[len(voice) :]
    for i, t in enumerate(toks):
        if t.form != act or base_tag(t.tag) not in {"VV", "VX", "NNG"}:
            continue
        if voice_of(toks, i) != voice:
            continue  # "투자받은" is no one's "투자한"; "이전받은" no thing's "이전됐다"
        if t.tag == "NNG" and (i + 1 >= len(toks) or toks[i + 1].tag != "XSV"):
            spans = _duty_doer(toks, i)  # "운영은 X가 맡는다"; "운영 방안" says no doer
        else:
            spans = _gapped(text, toks, i, words)
            if spans is not None:
                out += spans
                continue
            spans = subject_before(toks, i)
        clause = name_key(text[toks[_clause_start(toks, i)].start : _modified_end(toks, i)])
        if all(name_key(w) in clause for w in words):
            out += spans
    return out


def _gapped(text: str, toks: list[Token], at: int, words) -> list[tuple[int, int]] | None:
    """The subject of the pair that writes ``words`` when a clause gives its verb several
    pairs ("확보는 윤슬텔레콤이, 서버 조달은 노스웨이브 클라우드가 맡는다"); None when it gives
    one."""
    start = _clause_start(toks, at)
    cuts = [k for k in range(start + 1, at) if _pair_end(toks, start, k)]
    if not cuts:
        return None
    bounds = [start, *[k + 1 for k in cuts], at]
    out = []
    for a, b in itertools.pairwise(bounds):
        said = name_key(text[toks[a].start : toks[b - 1].end])
        if not all(name_key(w) in said for w in words):
            continue
        if b == at:
            out += subject_before(toks, at)
        elif toks[b - 2].tag == _SUBJECT:
            out += _with_coordinated(toks, b - 2)
        elif toks[b - 2].tag == "JKB":  # "A가 X에, B가 Y에 각각 임명됐다": the pair's subject
            subjects = [i for i in range(a, b - 2) if toks[i].tag == _SUBJECT]
            out += _with_coordinated(toks, subjects[-1]) if subjects else []
        else:
            out += [r for r in [_run_before(toks, b - 1)] if r]
    return out


def _pair_end(toks: list[Token], start: int, k: int) -> bool:
    """Token ``k`` is a comma closing a pair of a topic and its subject ("확보는 윤슬텔레콤이,"),
    the subject's 이/가 read by Kiwi as a particle or glued into a coined name, or of a subject
    and its destination ("A 박사가 X연구원장에,")."""
    if toks[k].form != ",":
        return False
    if toks[k - 1].tag == "JKB" and toks[k - 1].form in {"에", "로", "으로"}:
        return any(t.tag == _SUBJECT for t in toks[start:k])  # "A가 X에,": a subject's pair
    if toks[k - 1].tag not in NOMINAL | {_SUBJECT}:
        return False
    return any(t.tag == _TOPIC and t.form in {"은", "는"} for t in toks[start:k])


def _modified_end(toks: list[Token], at: int) -> int:
    """Where the act's words end: after the noun its clause modifies ("누리가 만든 앱"), else
    after the act."""
    k = at + 1
    while k < len(toks) and toks[k].tag in {"XSV", "EP"}:
        k += 1
    if k >= len(toks) or toks[k].tag != "ETM":
        return toks[at].end
    end = toks[k].end
    while k + 1 < len(toks) and toks[k + 1].tag in NOMINAL:
        k += 1
        end = toks[k].end
    return end


def _clause_start(toks: list[Token], at: int) -> int:
    """The first token of the clause token ``at`` stands in."""
    for k in range(at - 1, -1, -1):
        if toks[k].tag in _CLAUSE_END or toks[k].form == "▲":
            return k + 1
    return 0
