"""What a package, a pass, a set holds: "신라 스테이패스에는 무엇 무엇이 포함되나?" is answered by
the items the best sentence writes before a verb of holding ("유적지 12곳 입장권과 시티투어 버스
이용권을 묶은 상품": both), not by one noun of it.  The verbs of holding — in the question
(포함되나, 구성되나, 담겼나) and in the text (포함, 구성, 묶, 담, 제공) — are data
(resources/answer_types.toml ``[contents]``).

>>> contents_items("이 패스는 유적지 입장권과 시내버스 이용권을 묶은 상품이다.")
['유적지 입장권', '시내버스 이용권']
>>> contents_items("세트는 머핀, 쿠키 및 우유 2잔으로 구성된다.")
['머핀', '쿠키', '우유 2잔']
>>> contents_items("회사는 서울에 본사를 둔다.")
[]
"""

from __future__ import annotations

from .answer_types import Asked, answer_type_tables
from .list_tails import list_tails
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .spans import Token, base_tag

__all__ = ["asks_contents", "contents_answer", "contents_items"]

#: the best sentences read for the items
_TOP = 3
#: morphemes an item is written with ("유적지 12곳 입장권", "'딜라이트풀 이용권'", "우유 2잔")
_ITEM = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SN", "SH", "XSN", "XPN", "SSO", "SSC", "SW"})
#: what joins two items: "A와 B", "A, B", "A 및 B", "A·B"
_JOINS = frozenset({"와", "과", ",", "및", "·", "ㆍ"})
#: the particles between the items and the verb: "…을 묶은", "…으로 구성된", "…이 포함됐다"
_PARTICLES = frozenset({"을", "를", "으로", "로", "이", "가", "까지", "도"})
#: the confidence of the answer: the items a verb of holding takes are what the question asks
PRIOR = 0.6


def _tables() -> dict:
    return answer_type_tables()["contents"]


def asks_contents(q: Question, asked: Asked) -> bool:
    """ "…에는 무엇 무엇이 포함되나?", "…은 무엇으로 구성되나?": an interrogative of a thing
    and, after it, a verb of holding."""
    if asked.wh_index < 0 or asked.wh not in _tables()["interrogatives"]:
        return False
    verbs = set(_tables()["question_verbs"])
    return any(t.form in verbs for t in q.tokens[asked.wh_index + 1 :])


def _joined(t: Token) -> bool:
    return (t.form in _JOINS and t.tag in {"JC", "SP", "MAG", "SW", "SC"}) or (
        t.form == "," and t.tag.startswith("S")
    )


def _nominal(toks: list[Token], i: int) -> bool:
    """Token ``i`` is a verb made a noun inside an item: "악보 내려받/VV 기/ETN 이용권"."""
    if toks[i].tag == "ETN":
        return True
    return base_tag(toks[i].tag) == "VV" and i + 1 < len(toks) and toks[i + 1].tag == "ETN"


def _holding_at(toks: list[Token]) -> int | None:
    """The index of the particle before the sentence's first verb of holding."""
    verbs = set(_tables()["verbs"])
    for i in range(1, len(toks)):
        if toks[i].form in verbs and base_tag(toks[i].tag) in {"VV", "NNG"}:
            if toks[i - 1].form in _PARTICLES and toks[i - 1].tag.startswith("J"):
                return i - 1
    return None


def contents_items(text: str) -> list[str]:
    """The items ``text`` writes before its first verb of holding, split where they are
    joined; [] without such a verb or items."""
    toks = sentence_tokens(text)
    at = _holding_at(toks)
    if at is None:
        return []
    k = at
    while k > 0 and (toks[k - 1].tag in _ITEM or _joined(toks[k - 1]) or _nominal(toks, k - 1)):
        k -= 1
    items, start = [], k
    for i in range(k, at + 1):
        if i == at or _joined(toks[i]):
            if start < i:
                words = toks[start:i]
                while words and words[-1].form in list_tails():
                    words = words[:-1]
                if words:
                    items.append(text[words[0].start : words[-1].end].strip())
            start = i + 1
    return items


def contents_answer(q: Question, asked: Asked, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """The items of the best-ranked sentence that writes some before a verb of holding, when
    the question asks what a thing holds (``asks_contents``); None otherwise."""
    if not asks_contents(q, asked):
        return None
    for h in hits[:_TOP]:
        items = contents_items(h.text)
        if items:
            kind = "list" if len(items) > 1 else "thing"
            return said_in(q, items, [h], hits, "contents", PRIOR, kind)
    return None
