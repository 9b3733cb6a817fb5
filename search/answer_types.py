"""What a question asks for: its interrogative, its head noun and the kind of answer, read from
Kiwi morphemes with the tables in resources/answer_types.toml.  Where the interrogative and the
head noun are is read in search.question_heads; what kind a candidate answer is, in
search.candidate_kinds; answer_type_tables (search.answer_tables) stays importable from here,
the name most readers of the tables use.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> a = read_asked(tokens_of(kiwi().tokenize("알렉산더 헤이그는 어느 대통령의 밑에서 국무장관을 지냈는가?")))
>>> a.kind, a.head, a.wh
('person', '대통령', '어느')
>>> read_asked(tokens_of(kiwi().tokenize("헤이그가 군대에서 퇴역한 년도는?"))).kind
'date'
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .answer_tables import answer_type_tables
from .durations import asks_duration
from .english import (
    asks_change_size,
    english_counter,
    english_head,
    english_heads,
    english_kind,
    glossed_copula_head,
    glossed_head,
    how_kind,
    measured_much,
)
from .lead_asks import asks_lead
from .measure_nouns import headline_kind
from .money_heads import money_ending
from .party_nouns import asked_party_kind
from .price_asks import interrogative_asks_price
from .question_heads import head_index, head_noun, interrogative_index
from .rate_nouns import rate_noun
from .spans import Token
from .time_words import time_forms

__all__ = [
    "ANSWER_KINDS",
    "Asked",
    "answer_type_tables",
    "particle_class",
    "read_asked",
]

ANSWER_KINDS = (
    "person",
    "organization",
    "company",
    "investor",
    "model",
    "place",
    "where",
    "date",
    "number",
    "money",
    "thing",
    "description",
)
# what follows the interrogative, as a particle class the candidate's particle is compared with
_PARTICLE_CLASS = {
    "JKS": "subject",
    "JX": "topic",
    "JKO": "object",
    "JKB": "adverbial",
    "JKG": "genitive",
    "VCP": "copula",
    "JC": "conjunction",
}


@dataclass(frozen=True)
class Asked:
    """The answer a question wants: ``kind`` (one of ANSWER_KINDS), the interrogative ``wh`` and
    its token index, the ``head`` noun, the counter ``unit`` after 몇, and the particle class
    right after the interrogative (``누가`` -> subject, ``무엇을`` -> object, ``누구인가`` ->
    copula)."""

    kind: str = "thing"
    wh: str = ""
    wh_index: int = -1
    head: str = ""
    head_index: int = -1
    unit: str = ""
    wh_particle: str = ""
    skip: frozenset[int] = field(default_factory=frozenset)  # token indexes of the frame


def particle_class(tok: Token | None) -> str:
    if tok is None:
        return "none"
    if tok.tag in _PARTICLE_CLASS:
        return _PARTICLE_CLASS[tok.tag]
    if tok.tag.startswith(("S",)):
        return "punct"
    if tok.tag.startswith(("V", "XSV", "XSA")):
        return "verb"
    if tok.tag.startswith("E"):
        return "ending"
    return "other"


def _kind(wh: str, head: str, unit: str, tables: dict) -> str:
    """The asked kind from the interrogative and the head noun."""
    kind_wh = tables["interrogatives"].get(wh, "")
    kind_head = tables["heads"].get(head, "") or ("money" if money_ending(head) else "")
    kind_head = kind_head or ("number" if rate_noun(head) else "")  # "찬성률", unlisted
    if wh == "몇":
        return "date" if unit in tables["units"]["date"] else "number"
    if wh in {"얼마", "얼마나"}:
        return "money" if kind_head == "money" else "number"
    if kind_wh in {"person", "date"}:
        return kind_wh
    if kind_wh == "where":
        return kind_head if kind_head in {"company", "organization", "place"} else "where"
    if kind_wh == "description":
        return "description"
    return kind_head or kind_wh or "thing"


def read_asked(toks: list[Token]) -> Asked:
    """Read the interrogative, head noun and kind of a question's answer."""
    tables = answer_type_tables()
    whs, heads = tables["interrogatives"], tables["heads"]
    written = " ".join(t.form for t in toks)  # as cased: an English name's words (english.py)
    toks = [Token(t.form.lower(), t.tag, t.start, t.end) if t.tag == "SL" else t for t in toks]
    wh_i = interrogative_index(toks, whs)
    wh = toks[wh_i].form if wh_i >= 0 else ""
    if wh == "how" and wh_i + 1 < len(toks) and (kind := how_kind(toks[wh_i + 1].form)):
        # "How much can it carry?" asks a weight, no money (search/english.py measured_much)
        if kind == "money" and measured_much([t.form for t in toks[wh_i + 2 :]]):
            kind = "number"
        if kind == "money" and asks_change_size(toks[wh_i - 1].form if wh_i > 0 else ""):
            kind = "number"  # "By how much will X raise prices?": "7.2%" as well (english.py)
        unit = english_counter([t.form for t in toks[wh_i + 2 : wh_i + 5]])  # "users" -> 명
        return Asked(kind, wh, wh_i, "", -1, unit, "", frozenset({wh_i, wh_i + 1}))
    if wh in {"which", "what"}:
        # "Which OpenAI model ...", "What company ...": the first head noun after it decides
        for j in range(wh_i + 1, min(len(toks), wh_i + 4)):
            if h := english_head(toks[j].form) or (toks[j].form in heads and toks[j].form):
                return Asked(heads[h], wh, wh_i, toks[j].form, j, "", "", frozenset())
        # "What is Dandan Robotics' main product?": the first English head noun after "is"
        latin = [j for j in range(wh_i + 1, len(toks)) if toks[j].tag == "SL"]
        if len(latin) > 1 and toks[latin[0]].form in {"is", "was", "are", "were"}:
            if found := english_heads([toks[j].form for j in latin]):  # no "last year"
                j = latin[found[0]]
                h = english_head(toks[j].form)
                return Asked(heads[h], wh, wh_i, toks[j].form, j, "", "", frozenset())
        # "What was X's debut song?": a 데뷔곡; "What was the exchange rate …?": a 환율 (english.py)
        if h := glossed_head(written) or glossed_copula_head(written, heads):
            return Asked(heads.get(h, "thing"), wh, wh_i, h, -1, "", "", frozenset())
    head_i, unit = head_index(toks, wh, wh_i, whs)
    head = head_noun(toks, head_i, tables)
    kind = _kind(wh, head, unit, tables)
    kind = asked_party_kind(toks, wh, wh_i, head_i, kind)  # "최대주주는?": a party (party_nouns.py)
    kind = headline_kind(toks, wh, head) or kind  # "상업운전시작": a date (measure_nouns.py)
    kind = "investor" if asks_lead(toks, wh) else kind  # "X시리즈B주도" (lead_asks.py)
    kind = "money" if interrogative_asks_price(toks, wh_i) else kind  # "지분을 얼마에 인수하나?"
    if kind == "date" and wh == "몇":
        if asks_duration(toks, wh_i, unit):
            kind = "number"  # "계약 기간은 몇 년인가?": a length of time, not a year
    if wh in {"who", "where"}:  # "Who publishes ...?" asks a company (search/english.py)
        kind = english_kind(wh, written, kind)
    wh_particle = ""
    if wh_i >= 0:
        nxt = toks[wh_i + 1] if wh_i + 1 < len(toks) else None
        if wh in {"누가"}:
            wh_particle = "subject"
        elif wh in {"어느", "어떤", "무슨", "몇"} and head_i >= 0:
            nxt = toks[head_i + 1] if head_i + 1 < len(toks) else None
            wh_particle = particle_class(nxt)
        else:
            wh_particle = particle_class(nxt)
    if _argument_wh(toks, wh, wh_i, head_i, tables):
        kind = "thing"  # "조만석 사장은 무엇이 … 이어졌다고 했나?": 사장 says who, not what
    if kind in {"where", "company", "organization"} and _stands_at(toks, wh_i, tables):
        # "공장은 어디에 있나?", "단지 어디에 생겨?": where a thing stands; "연구소는 어디에
        # 있나?" too, though 연구소 names an organisation (it is the topic, not the asked noun)
        kind = "place"
    skip = {i for i in (wh_i, head_i) if i >= 0}
    return Asked(kind, wh, wh_i, head, head_i, unit, wh_particle, frozenset(skip))


def _argument_wh(toks: list[Token], wh: str, wh_i: int, head_i: int, tables: dict) -> bool:
    """무엇/뭐 with a case particle of its own ("무엇이", "무엇을", "뭘", "무엇에"): it is an
    argument of the question's verb, and the noun before it is the one who says or does it
    ("김 대표는 무엇을 꼽았나?"), no head of the thing asked ([forms] argument_whs)."""
    if wh not in tables["forms"]["argument_whs"] or not 0 <= head_i < wh_i < len(toks) - 1:
        return False
    return toks[wh_i + 1].tag in {"JKS", "JKO", "JKB"}


def _stands_at(toks: list[Token], wh_i: int, tables: dict) -> bool:
    """어디 with 에, then a verb of where a thing stands or is built ([where] place_verbs): a
    place, not a company ("어디에 투자했나" stays a company or a place)."""
    nxt = toks[wh_i + 1] if 0 <= wh_i < len(toks) - 1 else None
    if nxt is None or nxt.form != "에":
        return False
    if time_forms(toks[:wh_i]) & set(tables["forms"]["before_words"]):
        return False  # "창업하기 전에 어디에 있었나": a former workplace
    verbs = set(tables["where"]["place_verbs"])
    return any(t.form in verbs for t in toks[wh_i + 2 :])
