"""A bulleted row answers as a whole: "신규 재무적 투자자로는 ▲하랑벤처스(30억원) ▲에이블파트너스
(25억원) ▲코리아오션벤처스(15억원)가 이름을 올렸다" answers "단단로보틱스 시리즈A 신규 재무적
투자자" with all three, when the words that open the row as its topic (its lead: "신규 재무적
투자자로는") are what the question asks for: the lead's last noun and one more of its words are
the question's.  When the question's words name one item's own words ("품질검사 분야 공급기업"
for "▲스마트공장 분야의 메이크봇 ▲품질검사 분야의 비전큐브·딥인스펙트"), that item only.
Bullets are kg/resources/grammar.toml ``bullets``.

>>> row = bulleted_row("새로 합류한 투자사는 ▲청림캐피털(70억원) ▲바른벤처스(40억원) 등이다.")
>>> row[0], [row[2][a:b] for a, b in row[1]]
('새로 합류한 투자사는', ['청림캐피털', '바른벤처스'])
>>> bulleted_row("대학 3곳과 ▲두산로보틱스 ▲네이버랩스 등 기업 4곳이 참여한다.") is None
True
"""

from __future__ import annotations

from kg.names import name_key
from kg.resources import resources

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .question import Question
from .results import Answer, Hit
from .sentence_answers import said_in
from .shown_names import shown_name
from .spans import base_tag

__all__ = ["bulleted_answer", "bulleted_row", "row_items"]

#: the morphemes of a lead and of a question that say what a row is ("신규", "재무", "투자자")
_CONTENT = frozenset({"NNG", "NNP", "SL", "XR", "MAG"})
#: the entity types a row's items are named by (a place or a date is no member of a row)
_MEMBERS = frozenset({"Company", "Organization", "Person", "Model"})


def bulleted_row(text: str) -> tuple[str, list[tuple[int, int]], str] | None:
    """The lead of a bulleted row, its items (character spans, brackets left out) and the
    text; None when the sentence has no row of two or more items opened as a topic ("X로는
    ▲", "X에는 ▲", "X는 ▲"; not "대학 3곳과 ▲...")."""
    marks = {b for b in resources().grammar.bullets if b not in {"-", "•"}}
    starts = [i for i, ch in enumerate(text) if ch in marks]
    if len(starts) < 2:
        return None
    lead = text[: starts[0]].strip()
    toks = sentence_tokens(lead)
    if not toks or toks[-1].tag != "JX":
        return None
    items = []
    for a, b in zip(starts, [*starts[1:], len(text)]):
        bracket = _bracket(text, a, b)
        items.append((a + 1, bracket if bracket >= 0 else b))
    return lead, items, text


#: quotes that open or close a title inside an item
_QUOTES = "'‘’\"“”"


def _bracket(text: str, a: int, b: int) -> int:
    """The first bracket of the item ``text[a:b]`` that is not inside a quoted title ("▲모델
    '말벗(Malbeot)'을 만든 도담AI(30억원)": the second); -1 when none."""
    at = text.find("(", a, b)
    while at >= 0 and sum(text[a:at].count(c) for c in _QUOTES) % 2:
        at = text.find("(", at + 1, b)
    return at


def row_items(text: str, start: int) -> list[str] | None:
    """The words of every item of the bulleted row whose item holds ``text[start]``, each
    without its particle, for a list asked ("물류센터 세 곳, ▲로테르담 ▲위트레흐트 ▲에인트호번에
    ... 들어간다": the reader found one, the row is the answer); None when no row holds it.

    >>> row_items("센터 세 곳, ▲대전 ▲청주 ▲김해에 들어간다.", 12)
    ['대전', '청주', '김해']
    """
    marks = {b for b in resources().grammar.bullets if b not in {"-", "•"}}
    starts = [i for i, ch in enumerate(text) if ch in marks]
    ends = [*starts[1:], len(text)]
    if len(starts) < 2 or not any(a <= start < b for a, b in zip(starts, ends)):
        return None
    sentence = sentence_tokens(text)  # in context: "에인트호번에" alone is one name to Kiwi
    words = []
    for a, b in zip(starts, ends):
        bracket = text.find("(", a, b)
        first = text[a + 1 : bracket if bracket >= 0 else b].split()
        end = text.find(first[0], a) + len(first[0]) if first else a
        toks = [t for t in sentence if a < t.start < end]
        while toks and (base_tag(toks[-1].tag)[0] in "JEV" or toks[-1].form == "등"):
            toks = toks[:-1]
        if not toks:
            return None
        words.append(text[toks[0].start : toks[-1].end])
    words[-1] = _unglued(words[-1])
    return words


def _unglued(word: str) -> str:
    """The row's last item without a particle Kiwi read into the name ("에인트호번에")."""
    for particle in answer_type_tables()["bullets"]["glued_particles"]:
        if word.endswith(particle) and len(word) - len(particle) >= 2:
            return word[: -len(particle)]
    return word


def _words(text: str) -> set[str]:
    return {t.form.casefold() for t in sentence_tokens(text) if base_tag(t.tag) in _CONTENT}


def _asks_for(q_words: set[str], head: str, lead: str) -> bool:
    """The lead's last noun is what the question asks for (its head noun, or a noun it
    names beside a head such as 곳), and one more of the lead's words is the question's."""
    nouns = [t.form.casefold() for t in sentence_tokens(lead) if t.tag in {"NNG", "NNP", "SL"}]
    generic = answer_type_tables()["bullets"]["generic_heads"]
    if not nouns or nouns[-1] not in q_words:
        return False
    if head and head != nouns[-1] and head not in generic and not head.endswith(nouns[-1]):
        return False  # "선정 기업당 최대 지원액" asks for an amount, not the 선정 기업
    return len((_words(lead) - {nouns[-1]}) & q_words) >= 1


def _members(h: Hit, a: int, b: int) -> list[tuple[str, dict | None, str]]:
    """The names inside one item: its entities ("의료영상 분야의 메디스캔AI" -> 메디스캔AI), else
    the item's last word without its particle ("▲누리텍(10억원)이" -> 누리텍) when the extractor
    named nothing there; each as (key, entity mention or None, words)."""
    found = [
        (e["id"], e, h.text[e["start"] : e["end"]])
        for e in h.entities
        if a <= e["start"] < b and e.get("type") in _MEMBERS
    ]
    if found:
        return [m for m in found if not _argument(h.text, m[1]["end"])] or found
    words = h.text[a:b].split()
    toks = sentence_tokens(words[-1]) if words else []
    while toks and (base_tag(toks[-1].tag)[0] in "JEV" or toks[-1].form == "등"):
        toks = toks[:-1]
    if not toks or toks[0].tag not in {"NNP", "NNG", "SL"}:
        return []
    word = words[-1][: toks[-1].end]
    return [(name_key(word), None, word)] if len(word) >= 2 else []


def _argument(text: str, end: int) -> bool:
    """The name ending at ``end`` is taken by a clause that describes the item, with a case
    particle after it (quotes and a bracket between): "▲번역 모델 '말벗(Malbeot)'을 만든 스타트업
    도담AI" names 도담AI, not 말벗.

    >>> text = "▲모델 '말벗(Malbeot)'을 만든 도담AI ▲게임사 별빛플레이"
    >>> _argument(text, text.index("말벗") + 2), _argument(text, text.index("도담AI") + 4)
    (True, False)
    """
    depth = 0
    for t in sentence_tokens(text):
        if t.start < end:
            continue
        if t.tag == "SSO":
            depth += 1
        elif t.tag == "SSC":
            depth = max(depth - 1, 0)
        elif depth == 0 and not t.tag.startswith("S"):
            return t.tag in {"JKO", "JKS", "JKB", "JKG"}
    return False


def bulleted_answer(q: Question, ex, head: str, hits: list[Hit]) -> tuple[Answer, dict] | None:
    """Every item of the best sentences' row whose lead the question asks for, with that
    sentence; None when no row fits.  ``head``: the question's head noun (Asked.head)."""
    q_words = {t.form.casefold() for t in q.tokens if base_tag(t.tag) in _CONTENT}
    named = {eid for eid, _ in q.entities}
    for h in hits[:5]:
        row = bulleted_row(h.text)
        if row is None or not _asks_for(q_words, head.casefold(), row[0]):
            continue
        items = [(a, b, _members(h, a, b)) for a, b in row[1]]
        if not all(members for _, _, members in items):
            continue  # an item with no name read in it: the row is not read whole
        said = [_words(h.text[a : _item_end(b, members)]) for a, b, members in items]
        common = set.intersection(*said)  # "분야" in every item tells none from another
        asked = q_words - _named_words(q) - common
        own = [it for it, words in zip(items, said) if words & asked]
        members = {k: (m, w) for _, _, ms in own or items for k, m, w in ms if k not in named}
        if len(members) < 2 and not own:
            continue
        source = [(h.sentence_id, h.text)]
        ents = [ex.entities.get(k) if m is not None else None for k, (m, _) in members.items()]
        names = [
            shown_name(e, q, None, ex, source) if e is not None else w
            for (_, w), e in zip(members.values(), ents)
        ]
        ents = [e for e in ents if e is not None]
        return said_in(q, names, [h], hits, "bullets", 0.8, entities=ents)
    return None


def _item_end(b: int, members) -> int:
    """Where an item's own words end: at its last name (the last item runs on into the
    sentence's predicate: "▲KDB산업은행 등으로부터 누적 620억원을 투자받았다")."""
    ends = [m["end"] for _, m, _ in members if m is not None]
    return max(ends) if ends else b


def _named_words(q: Question) -> set[str]:
    """The words of the names the question gives (never what tells one item from another)."""
    return {name_key(q.text[s:e]).casefold() for s, e in q.spans} | {
        t.form.casefold() for t in q.tokens if any(s <= t.start < e for s, e in q.spans)
    }
