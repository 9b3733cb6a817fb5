"""What a thing is used for: "이번 투자금은 어디에 쓰이나?" is answered by what the best sentence
writes before 에 and a verb of use ("확보한 자금은 ▲미국 텍사스주 생산 거점 구축 ▲차세대 모델
'핸디 X4' 개발 ▲연구 인력 채용에 쓰인다": the three bulleted uses; "늘어난 금액은 대부분 경기
이천 HBM 후공정 라인 증설에 쓰겠다고": the one), not by a place.  The verbs of use and the words
that only say how much of it goes there ("대부분") are data: resources/answer_types.toml
``[purposes]``.

>>> purpose_items("늘어난 금액은 대부분 경기 이천 HBM 후공정 라인 증설에 쓰겠다고 설명했다.")
['경기 이천 HBM 후공정 라인 증설']
>>> purpose_items("확보한 자금은 ▲생산 거점 구축 ▲연구 인력 채용에 쓰인다.")
['생산 거점 구축', '연구 인력 채용']
>>> purpose_items("나머지는 해외 진출과 운영 자금에 쓰겠다고 했다.")
['해외 진출과 운영 자금']
>>> purpose_items("300억 원은 공장 증설에, 나머지는 인력 채용에 쓴다.")
['공장 증설', '인력 채용']
>>> purpose_items("매각 대금 가운데 1천억 원은 차입금을 갚는 데 쓸 계획이다.")
['차입금을 갚는 데']
>>> purpose_items("이번 투자금으로 시제품 라인을 만들고, 인력을 뽑을 계획이다.")
['시제품 라인을 만들고, 인력을 뽑을 계획']
>>> purpose_items("회사는 서울에 본사를 둔다.")
[]
"""

from __future__ import annotations

from kg.resources import resources

from .answer_types import Asked, answer_type_tables
from .motives import phrase_answer
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .spans import Token, base_tag

__all__ = ["asks_purpose", "purpose_answer", "purpose_items"]

#: the best sentences read for a use
_TOP = 3
#: morphemes a use is written with ("생산 거점 구축", "'핸디 X4' 개발", "HBM 후공정"; JC: two
#: uses joined, "해외 진출과 운영 자금")
_PHRASE = frozenset({"NNG", "NNP", "NNB", "SL", "SN", "SH", "XSN", "XPN", "SSO", "SSC", "SW", "JC"})


def asks_purpose(q_tokens: list[Token], asked: Asked) -> bool:
    """ "어디에 쓰이나?", "무엇에 사용되나?": an interrogative, 에, a verb of use (whatever kind
    the question's other words suggest: "늘어난 설비투자는 어디에 쓰이나?" is no investor)."""
    table = answer_type_tables()["purposes"]
    i = asked.wh_index
    if asked.wh not in table["interrogatives"] or not 0 <= i < len(q_tokens) - 2:
        return False
    return q_tokens[i + 1].form == "에" and q_tokens[i + 2].form in table["verbs"]


def _use_at(toks: list[Token]) -> int | None:
    """The index of the 에 before the sentence's first verb of use."""
    verbs = set(answer_type_tables()["purposes"]["verbs"])
    for i in range(1, len(toks)):
        if toks[i].form in verbs and toks[i - 1].form == "에" and toks[i - 1].tag == "JKB":
            if base_tag(toks[i].tag) in {"VV", "NNG"}:
                return i - 1
    return None


def _use_before(toks, at: int) -> int:
    """Where the use written before the 에 at ``at`` begins (``at`` itself: none)."""
    lead = set(answer_type_tables()["purposes"]["amount_words"])
    k = at
    while k > 0 and toks[k - 1].tag in _PHRASE and toks[k - 1].form not in lead:
        k -= 1
    return k


#: where a clause written before 데 begins: after a topic, a subject, punctuation, a bullet
_CLAUSE_STOPS = frozenset({"JKS", "SF", "SP", "SS", "SSO", "SSC", "SW"})
_TOPICS = frozenset({"은", "는", "도"})
#: how many morphemes back such a clause may reach
_CLAUSE_REACH = 12


def _clause_use(toks: list[Token]) -> tuple[int, int] | None:
    """ "1천500억 원은 차입금을 갚는 데 쓸 계획이다": the clause before 데 and a verb of use,
    with the 데 (first and last token index), or None."""
    table = answer_type_tables()["purposes"]
    verbs = set(table["verbs"])
    for i in range(2, len(toks)):
        at = toks[i - 1]
        if toks[i].form in verbs and at.form == table["clause_noun"] and at.tag == "NNB":
            if toks[i - 2].tag == "ETM":
                k = i - 2
                while k > 0 and i - k < _CLAUSE_REACH and not _stops(toks[k - 1]):
                    k -= 1
                return (k, i - 1) if k < i - 2 else None
    return None


def _stops(t: Token) -> bool:
    return t.tag in _CLAUSE_STOPS or (t.tag == "JX" and t.form in _TOPICS)


def _funded_plan(toks: list[Token]) -> tuple[int, int] | None:
    """ "이번 투자금으로 시제품 생산 라인을 만들고, 엔지니어를 뽑을 계획이다": what the money
    pays for, from after its (으)로 to the plan noun (token indexes), or None."""
    table = answer_type_tables()["purposes"]
    funds, plans = set(table["funds"]), set(table["plans"])
    for i in range(1, len(toks) - 1):
        if toks[i].tag != "JKB" or toks[i].form not in {"으로", "로"}:
            continue
        if toks[i - 1].form not in funds:
            continue
        for j in range(i + 2, len(toks)):
            if toks[j].tag == "SF":
                break
            if toks[j].form in plans and toks[j - 1].tag == "ETM":
                return i + 1, j
    return None


def _gapped(text: str, toks, at: int) -> list[str]:
    """Uses written earlier for the same verb: "약 400억 원은 A에, 나머지는 B에 쓰겠다" -> [A]."""
    out = []
    for i in range(1, at - 1):
        if toks[i].form == "에" and toks[i].tag == "JKB" and toks[i + 1].form == ",":
            if (k := _use_before(toks, i)) < i:
                out.append(text[toks[k].start : toks[i - 1].end])
    return out


def purpose_items(text: str) -> list[str]:
    """The uses a sentence writes before 에 and a verb of use, split at its bullets, with
    those written earlier for the same verb ("A에, 나머지는 B에 쓰겠다")."""
    toks = sentence_tokens(text)
    at = _use_at(toks)
    k = _use_before(toks, at) if at is not None else None
    if at is None or k == at:
        span = _clause_use(toks) or _funded_plan(toks)
        return [text[toks[span[0]].start : toks[span[1]].end]] if span else []
    phrase = "\n".join([*_gapped(text, toks, k), text[toks[k].start : toks[at - 1].end]])
    marks = set(resources().grammar.bullets) - {"-"}
    for m in marks:
        phrase = phrase.replace(m, "\n")
    return [p.strip() for p in phrase.split("\n") if p.strip()]


def purpose_answer(q: Question, ex, hits: list[Hit]) -> Answer | None:
    """The uses the best-ranked sentence that writes them gives, all of them, or None."""
    for h in hits[:_TOP]:
        items = purpose_items(h.text)
        if items:
            s = ex.sentences.get(h.sentence_id)
            if s is None:
                continue
            ans = phrase_answer(q, ", ".join(items), s, hits)
            ans.answer_type = "list" if len(items) > 1 else "thing"
            return ans
    return None
