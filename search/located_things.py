"""A place edge answers where a thing is only when its sentence places that thing there.

The graph's LOCATED_IN edge says where an organisation sits or keeps something ("부산에 본사를 둔
한바다포트"); "한바다포트가 운영권을 따낸 컨테이너 터미널은 어느 도시에 들어서나?" asks where the
terminal is, and was answered 부산 at 0.91 from that edge, while the same sentence puts the
terminal in 수라바야.  "세진머티리얼즈 2공장은 어느 도시에?" is not answered by the edge of its
first plant ("오창읍에 첫 공장을 두고") nor of its head office.  The thing asked is the noun the
question makes its topic or subject ("터미널은", "2공장은", with a number glued to it); an edge
fits when the words around its place in the sentence — from the mention before the place to
the mention after it — write that noun.

The reader's place candidates are read the same way (search/placed_candidates.py).

Nouns that stand for the organisation itself ("본사는", "회사는") or ask for a location
rather than a thing ("위치는", "연고지는") ask what the edge says: [located_things] in
search/resources/answer_types.toml.

>>> from search.passages import sentence_tokens
>>> q = "한바다포트가 운영권을 따낸 컨테이너 터미널은 어느 도시에 들어서나?"
>>> located_thing(q, sentence_tokens(q), ["한바다포트"])
'터미널'
>>> q = "세진 2공장은 어느 도시에 들어서나?"
>>> located_thing(q, sentence_tokens(q), ["세진"])
'2공장'
>>> q = "세진은 어디에 있나?"
>>> located_thing(q, sentence_tokens(q), ["세진"]), located_thing("세진 본사는?", [], ["세진"])
('', '')
"""

from __future__ import annotations

from .answer_types import answer_type_tables
from .asked_items import written_in

__all__ = ["beside", "located_thing", "placed_with", "stands_alone"]

#: the particles that make a noun the topic or subject of the question's verb
_TOPIC_TAGS = frozenset({"JX", "JKS"})
#: the tags of the nouns a thing is written with ("컨테이너 터미널", "2공장")
_NOUN_TAGS = frozenset({"NNG", "NNP", "SN", "XSN"})
#: the particles that make a name a part of its own in the clause (not "의", "과": a thing or
#: another name of the same phrase follows)
_PARTICLES = ("이", "가", "은", "는", "을", "를", "에", "로", "으로", "부터", "까지", "도")


def located_thing(text: str, tokens, names) -> str:
    """The thing whose place the question ``text`` asks: the last noun before a topic or
    subject particle, not one of ``names`` (the organisation's), with the numbers and nouns
    glued before it ("2공장"); "" when it is the organisation itself or a location ("본사",
    "위치")."""
    toks = list(tokens)
    folded = text.casefold()
    spans = [(at, at + len(n)) for n in names if len(n) >= 2 for at in _found(folded, n.casefold())]
    thing = ""
    for i, t in enumerate(toks):
        if t.tag not in _TOPIC_TAGS or i == 0 or toks[i - 1].tag not in _NOUN_TAGS:
            continue
        j = i - 1
        while j > 0 and toks[j - 1].tag in _NOUN_TAGS and toks[j - 1].end == toks[j].start:
            j -= 1
        if any(s < toks[i - 1].end and toks[j].start < e for s, e in spans):
            continue  # "한바다포트가": the organisation asked about
        thing = "".join(x.form for x in toks[j:i])
    table = answer_type_tables()["located_things"]
    if not thing or any(thing.endswith(w) for w in (*table["own"], *table["locations"])):
        return ""
    return thing


def _found(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``."""
    out, at = [], text.find(name)
    while at >= 0:
        out.append(at)
        at = text.find(name, at + 1)
    return out


def placed_with(ex, rel, place_id: str, thing: str) -> bool:
    """Some evidence sentence of ``rel`` writes ``thing`` beside its mention of the place
    (``beside``): "부산에 본사를 둔 항만 운영사 한바다포트가" writes 본사 there, not 터미널."""
    if not thing:
        return True
    for ev in rel.evidence:
        found = ex.sentence_entities.get(ev.sentence_id, [])
        mentions = [(s, e, ex.entities[o].type) for o, s, e in found if o in ex.entities]
        places = [(s, e) for o, s, e in found if o == place_id]
        if any(beside(ev.text, s, e, mentions, thing) for s, e in places):
            return True
    return False


def beside(text: str, start: int, end: int, mentions, thing: str) -> bool:
    """``text`` writes ``thing`` beside the place at ``start:end``: between the mentions
    ``(start, end, type)`` around it that stand on their own in the clause — a name with a
    particle of its own ("한바다포트(Hanbada Port)가", "2021년부터"); not another place of a row
    ("이천과 김해에 있는") nor a name the thing is written after ("안양시의 해담IDC 데이터센터",
    "상암동 청음 사무실")."""
    bounds = [(s, e) for s, e, kind in mentions if kind != "Place" and stands_alone(text, e)]
    before = max((e for s, e in bounds if e <= start), default=0)
    after = min((s for s, e in bounds if s >= end), default=len(text))
    return written_in(thing, text[before:start] + " " + text[end:after])


def stands_alone(text: str, end: int) -> bool:
    """The name ending at ``end`` takes a particle of its own (past a bracketed gloss)."""
    rest = text[end:]
    if rest.startswith("("):
        close = rest.find(")")
        rest = rest[close + 1 :] if close >= 0 else rest
    return rest.startswith(_PARTICLES)
