"""What a question asks for: its interrogative, its head noun and the kind of answer, read from
Kiwi morphemes with the tables in resources/answer_types.toml.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> a = read_asked(tokens_of(kiwi().tokenize("알렉산더 헤이그는 어느 대통령의 밑에서 국무장관을 지냈는가?")))
>>> a.kind, a.head, a.wh
('person', '대통령', '어느')
>>> read_asked(tokens_of(kiwi().tokenize("헤이그가 군대에서 퇴역한 년도는?"))).kind
'date'
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from .durations import asks_duration
from .english import (
    english_counter,
    english_head,
    english_heads,
    english_kind,
    how_kind,
    measured_much,
)
from .measure_nouns import headline_kind
from .money_heads import money_ending
from .rate_nouns import rate_noun
from .resource_tables import resource_table
from .spans import NOMINAL, Token
from .titles import folded_titles

__all__ = [
    "ANSWER_KINDS",
    "Asked",
    "answer_type_tables",
    "candidate_class",
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


@functools.lru_cache(maxsize=1)
def answer_type_tables() -> dict:
    return resource_table("answer_types.toml")


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


def _is_noun(t: Token) -> bool:
    return t.tag in {"NNG", "NNP", "NNB", "SL"}


def _interrogative(toks: list[Token], whs: dict) -> int:
    """Where the interrogative is (-1: none); a decisive one (누구, 언제, ...) stops the search."""
    wh_i = -1
    for i, t in enumerate(toks):
        # plain verbs and adjectives that share a form are no interrogative; the exact tags on
        # purpose: the interrogative adjective 어떻 ("어떻게 달라졌나?") is Kiwi's VA-I
        if t.form in whs and t.tag not in {"VV", "VA"} | ({"NNG"} if t.form == "수" else set()):
            wh_i = i
            if t.form in {"누구", "누가", "언제", "어디", "몇", "얼마", "who", "when", "where"}:
                break
    # a repeated interrogative asks for a list ("어디 어디에 있나?"): its last one takes the
    # particle and the verb the question reads
    while 0 <= wh_i < len(toks) - 1 and toks[wh_i + 1].form == toks[wh_i].form:
        wh_i += 1
    return wh_i


def _head_index(toks: list[Token], wh: str, wh_i: int, whs: dict) -> tuple[int, str]:
    """The head noun's position (-1: none) and, after 몇, the counter ("몇 번째", "몇 년도")."""
    if wh in {"어느", "어떤", "무슨", "몇"} and wh_i + 1 < len(toks) and _is_noun(toks[wh_i + 1]):
        # a noun after it ("어느 나라 기업") decides too
        return wh_i + 1, toks[wh_i + 1].form if wh == "몇" else ""
    if wh == "몇" and wh_i + 1 < len(toks) and toks[wh_i + 1].form in _symbol_units():
        # "지분은 몇 %인가?": Kiwi tags "%" a symbol, yet it is the counter asked; the head
        # noun stays the one the frame rests on (지분), read below
        unit = toks[wh_i + 1].form
        return _frame_head(toks, wh_i, whs), unit
    return _frame_head(toks, wh_i, whs), ""


def _symbol_units() -> frozenset[str]:
    """Counters written as a symbol ("%"), read after 몇 as a noun would be."""
    return frozenset(u for u in answer_type_tables()["rates"]["units"] if not u.isalpha())


def _frame_head(toks: list[Token], wh_i: int, whs: dict) -> int:
    """The head noun's position before the interrogative (-1: none)."""
    # the noun the frame rests on: "…한 사람의 이름은?" -> 이름; "직위는 무엇인가" -> 직위
    # bare nouns right before the interrogative narrow it ("장소는 경희대 내 어디인가"):
    # they are passed over, the head is the noun before them
    end = wh_i if wh_i >= 0 else len(toks)
    bare = wh_i >= 0
    plural = answer_type_tables()["forms"]["plural_suffix"]
    heads = answer_type_tables()["heads"]
    for i in range(end - 1, -1, -1):
        t = toks[i]
        # a head Kiwi splits into a noun and a suffix ("지분율" -> 지분/NNG 율/XSN)
        suffixed = (
            t.tag == "XSN"
            and i > 0
            and toks[i - 1].end == t.start
            and (toks[i - 1].form + t.form in heads or rate_noun(toks[i - 1].form + t.form))
        )
        if (_is_noun(t) or suffixed) and t.form not in whs:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.tag == "XSN" and nxt.form in plural:
                nxt = toks[i + 2] if i + 2 < len(toks) else None  # "회사들은"
            if i + 1 == wh_i and toks[wh_i].form == "누구" and _is_title(t.form):
                return i  # "누리텍 전임 대표 누구야?": the office asked, no narrowing noun
            if bare and nxt is not None and (i + 1 == wh_i or _is_noun(nxt)):
                continue
            if (
                nxt is None
                or nxt.tag in {"JX", "JKS", "SF", "SP", "VCP", "JKB", "JKO"}
                or (nxt.tag.startswith("S"))
            ):
                return _counted_head(toks, i, heads)
            return -1
        bare = False
        if t.tag.startswith(("V", "E")) and wh_i >= 0:
            break
    return -1


def _is_title(word: str) -> bool:
    return word.casefold() in folded_titles()


def _counted_head(toks: list[Token], i: int, heads: dict) -> int:
    """A counter after a number ends the phrase, the noun counted before them is the head:
    "분사한 자회사 두 곳은 어디 어디인가?" asks for 자회사, no place ([units] count)."""
    counted = (
        i >= 2
        and toks[i].form in answer_type_tables()["units"]["count"]
        and toks[i - 1].tag in {"MM", "SN"}
        and toks[i - 2].form in heads
    )
    return i - 2 if counted else i


def _head(toks: list[Token], head_i: int, tables: dict) -> str:
    """The head noun, made whole with the noun it is written onto (출시/일 -> 출시일), or the
    noun a name belongs to ("모델 이름이 뭐야" -> 모델; the genitive may be left out)."""
    heads = tables["heads"]
    head = toks[head_i].form if head_i >= 0 else ""
    if (
        head_i > 0
        and toks[head_i - 1].tag in {"NNG", "NNP"}
        and toks[head_i - 1].end == toks[head_i].start
    ):
        compound = toks[head_i - 1].form + head
        if compound in heads or _money_ending(compound) or rate_noun(compound):  # "마케팅비"
            head = compound
    if head and head not in heads:
        # a head written onto the name before it ("메디루멘본사", "오디움투자사"): the longest
        # head noun it ends with
        ends = [h for h in heads if len(h) >= 2 and len(head) > len(h) and head.endswith(h)]
        if ends:
            head = max(ends, key=len)
    if head in tables["name_heads"]["names"] and head_i > 0:
        j = head_i - 1 if toks[head_i - 1].tag != "JKG" else head_i - 2
        if j >= 0 and toks[j].form in heads:
            head = toks[j].form
        elif j >= 0 and toks[j].tag in {"NNG", "NNP"} and not _titled(toks[j].form, tables):
            # the name of a thing no table knows ("아파트단지 이름은?", "밴드의 이름은?") asks
            # for that thing's name, not for a person's
            head = toks[j].form
    return head


def _titled(noun: str, tables: dict) -> bool:
    """A noun a person is called by ("함장", "주장", "대통령"): its name is a person's."""
    return noun in tables["candidate_suffixes"]["person_titles"] or (
        noun.endswith("장") and len(noun) >= 2
    )


def _money_ending(head: str) -> bool:
    return money_ending(head)


def _kind(wh: str, head: str, unit: str, tables: dict) -> str:
    """The asked kind from the interrogative and the head noun."""
    kind_wh = tables["interrogatives"].get(wh, "")
    kind_head = tables["heads"].get(head, "") or ("money" if _money_ending(head) else "")
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
    wh_i = _interrogative(toks, whs)
    wh = toks[wh_i].form if wh_i >= 0 else ""
    if wh == "how" and wh_i + 1 < len(toks) and (kind := how_kind(toks[wh_i + 1].form)):
        # "How much can it carry?" asks a weight, no money (search/english.py measured_much)
        if kind == "money" and measured_much([t.form for t in toks[wh_i + 2 :]]):
            kind = "number"
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
    head_i, unit = _head_index(toks, wh, wh_i, whs)
    head = _head(toks, head_i, tables)
    kind = _kind(wh, head, unit, tables)
    kind = headline_kind(toks, wh, head) or kind  # "상업운전시작": a date (measure_nouns.py)
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
    if kind == "where" and _stands_at(toks, wh_i, tables):
        kind = "place"  # "공장은 어디에 있나?", "단지 어디에 생겨?": where a thing stands
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
    if any(t.form in tables["forms"]["before_words"] for t in toks[:wh_i]):
        return False  # "창업하기 전에 어디에 있었나": a former workplace
    verbs = set(tables["where"]["place_verbs"])
    return any(t.form in verbs for t in toks[wh_i + 2 :])


def _relative_date(forms: list[str], units: dict) -> bool:
    """A time the article writes relative to its date, down to where in it ("다음 달 초", "올해
    말", "내년 상반기"; [units] relative_*)."""
    anchors, alone = set(units["relative_anchors"]), set(units["relative_alone"])
    if len(forms) == 1 and forms[0] in alone:
        return True
    middle = anchors | set(units["relative_units"])
    return (
        len(forms) >= 2
        and forms[0] in anchors
        and all(f in middle for f in forms[1:-1])
        and forms[-1] in units["relative_parts"]
    )


def candidate_class(toks: list[Token], entity_type: str = "") -> str:
    """What a candidate answer is, from its morphemes (and its entity type when the knowledge
    graph knows it): date, money, number, person, place, organization, latin, name or thing."""
    tables = answer_type_tables()
    if entity_type == "Date":
        return "date"
    forms = [t.form for t in toks]
    tags = [t.tag for t in toks]
    if "SN" in tags or "NR" in tags:
        units = tables["units"]
        if any(f in units["money"] for f in forms):
            return "money"
        # a date's unit right after its number ("3월", "오후 3시"), not the end of another
        # unit ("35기가와트시": gigawatt-hours)
        if any(
            f in {"년", "월", "일", "세기", "년대", "시"} and k and tags[k - 1] in {"SN", "NR"}
            for k, f in enumerate(forms)
        ):
            return "date"
        return "number"
    if _relative_date(forms, tables["units"]):
        return "date"
    if entity_type in {"Person"}:
        return "person"
    if entity_type in {"Place"}:
        return "place"
    if entity_type in {"Company", "Organization", "Investor"}:
        return "organization"
    if entity_type == "Model":
        return "name"
    last = forms[-1] if forms else ""
    suffixes = tables["candidate_suffixes"]
    if last in suffixes["person_titles"]:
        return "person"
    if all(t in {"SL", "SN", "SP", "SO", "SW"} for t in tags):
        return "latin"
    if "NNP" in tags:
        if last in suffixes["place"]:
            return "place"
        if last in suffixes["organization"]:
            return "organization"
        return "name"
    if last in suffixes["organization"] and len(last) >= 2:
        return "organization"
    if all(t in NOMINAL for t in tags):
        return "thing"
    return "thing"
