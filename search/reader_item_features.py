"""Whose and which figure a candidate is: features of the item or party its own clause names
against the one the question names.  News writes figures of several items in one sentence or
side by side ("시리즈B 120억원 유치…로봇 '파도 2' 공급 확대", "A에 과징금 8억원 … B에도 과태료
200만원"); a figure (or a name) is the answer only when its clause is about the asked item.
Each is a feature the reader's fit weighs (search/reader_model.py), none a filter:

- ``item_named_clause`` / ``item_named_sentence``: a name the question uses stands in the
  candidate's clause, or only elsewhere in its sentence;
- ``item_other_clause`` / ``item_other_only``: another entity of the kind the question names
  stands in the clause (not one written in a clause with the question's named entity: a party
  of its act, as the seller of what it bought); the sentence names only such others, none the
  question's;
- ``item_clause_match`` / ``item_clause_none``: the share of the question's words its clause
  writes, or none of them ("시리즈B 120억원 유치" of a headline for "파도 2의 가격은?");
- ``item_label=asked|other`` (figures): the noun written right before the figure ("과징금 3억원",
  "매출은 84억원") is one of the question's words, or another noun;
- ``item_qual=agrees|contradicts|silent`` (figures): the figure's qualifiers
  (search/figure_qualifiers.py) against the question's, when it names any.

A clause runs between connective and final endings, commas and ellipses.

>>> from kg.kiwi import kiwi
>>> from search.spans import tokens_of
>>> toks = tokens_of(kiwi().tokenize("A사는 공장을 짓고, B사는 120억원을 투자한다."))
>>> clauses = clause_ids(toks)
>>> clauses[0] == clauses[1], clauses[0] == clauses[-2]
(True, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .spans import Span, Token

if TYPE_CHECKING:  # the reader's passages (search/reader.py)
    from .reader import Passage, QuestionReading

__all__ = [
    "ItemContext",
    "asked_of",
    "beside_item",
    "clause_ids",
    "item_context",
    "item_features",
    "qualifier_verdict",
]

#: tags that end a clause: connective and final endings, sentence marks, an ellipsis
_ENDS = frozenset({"EC", "EF", "SF", "SE"})
#: a noun of a figure's label ("과징금", "시리즈B", "매출")
_NOUN = frozenset({"NNG", "NNP", "SL", "SH"})
#: what may stand between a label and its figure: particles, a determiner ("매출은 총 84억원")
_BETWEEN = frozenset({"JX", "JKS", "JKB", "MM", "MAG"})
#: the candidate classes of figures (search/answer_types.candidate_class)
FIGURES = frozenset({"date", "number", "money"})


def clause_ids(toks: list[Token]) -> list[int]:
    """The clause of each token: a new one after an ending that joins clauses (not one an
    auxiliary verb follows: "늘어 났다"), a comma, a sentence mark or an ellipsis."""
    out, k = [], 0
    for i, t in enumerate(toks):
        out.append(k)
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        tag = t.tag.split("-")[0]
        if tag in _ENDS and not (nxt is not None and nxt.tag.startswith("VX")):
            k += 1
        elif tag == "SP" and t.form == ",":
            k += 1
    return out


#: the tags of the nouns that name the question's item when the knowledge graph has no
#: entity of it ("다온로지스에 부과된 과징금은?": Kiwi reads the coined 다온로지스 as NNG)
_ITEM_NOUN = frozenset({"NNG", "NNP", "SL", "SH"})
#: what makes a noun a verb's ("부과된": 부과), no item
_VERBAL = ("XSV", "XSA")
#: the entity types that are no item or party of a figure: a date says when ("2027년부터 총
#: 960억 원이 들어가며": the sum's own time, not another item's figure)
_NO_ITEM = frozenset({"Date"})


class ItemContext:
    """What a passage holds of the question's item: its clauses, the tokens that write the
    question's item (its entities' mentions, its item_words), the mentions of other entities
    of their kind, and the qualifiers the question names."""

    def __init__(
        self, p: Passage, named: set[str], words: set[str], kinds, r, asked: dict, parties=()
    ):
        self.asked = asked  # the qualifiers the question names (asked_of)
        self.clauses = clause_ids(p.tokens)
        # the question's words the passage writes, by clause: (token, the word)
        self.said: dict[int, list[tuple[int, str]]] = {}
        for k, t in enumerate(p.tokens):
            if t.form.casefold() in r.terms:
                self.said.setdefault(self.clauses[k], []).append((k, t.form.casefold()))
        self.own: set[int] = {k for k, t in enumerate(p.tokens) if t.form.casefold() in words}
        self.others: list[int] = []  # the first token of each mention of another of the kind
        mentions = [
            (e, [k for k, t in enumerate(p.tokens) if e["start"] <= t.start < e["end"]])
            for e in p.entities
        ]
        # an entity written in one clause with the question's named entity is a party of that
        # clause's act, no other item ("소리나무는 다온미디어가 가진 음원 950곡을 인수했다":
        # the seller 다온미디어 for "소리나무가 인수한 음원은 몇 곡인가?")
        acting = {self.clauses[k] for e, ks in mentions if e.get("id") in named for k in ks}
        for e, ks in mentions:
            if not ks:
                continue
            if e.get("id") in named:
                self.own.update(ks)
            elif (
                self._of_kind(e.get("type"), kinds)
                and e.get("id") not in parties
                and not self.own & set(ks)
                and not any(self.clauses[k] in acting for k in ks)
            ):
                self.others.append(ks[0])

    @staticmethod
    def _of_kind(entity_type: str | None, kinds: frozenset[str]) -> bool:
        """Whether an entity of ``entity_type`` is another item of the question's kinds: of
        one of them, or, when the question names no entity, any item but a date."""
        return entity_type in kinds if kinds else entity_type not in _NO_ITEM


def item_context(r: QuestionReading, passages: list[Passage], named: set[str]) -> list[ItemContext]:
    """Every passage's ItemContext; the kinds are the entity types the question's names are
    written with in any of the passages (any type when none is).  When the question names no
    entity, one a passage writes in a clause with the question's whole item is that item's
    party, no other item ("바름로보틱스는 … 스마트 물류 단지를 짓는다" for "스마트 물류 단지
    총사업비": 바름로보틱스 paying a part of its sum is no other item's figure)."""
    kinds = frozenset(
        e.get("type", "") for p in passages for e in p.entities if e.get("id") in named
    )
    words, asked = item_words(r), asked_of(r)
    parties = frozenset() if kinds else beside_item(passages, words)
    return [ItemContext(p, named, words, kinds, r, asked, parties) for p in passages]


def beside_item(passages: list[Passage], words: set[str]) -> frozenset[str]:
    """The ids of the entities written in a clause that writes every one of ``words`` (the
    question's item, item_words), in any of the passages.

    >>> from kg.kiwi import kiwi
    >>> from search.reader import Passage
    >>> from search.spans import tokens_of
    >>> text = "바름로보틱스는 세종시와 함께 스마트 물류 단지를 짓는다."
    >>> ents = [{"start": 0, "end": 6, "id": "b"}, {"start": 8, "end": 11, "id": "s"}]
    >>> toks = tokens_of(kiwi().tokenize(text))
    >>> sorted(beside_item([Passage("d#0", text, toks, entities=ents)], {"스마트", "단지"}))
    ['b', 's']
    """
    out: set[str] = set()
    for p in passages if words else ():
        clauses = clause_ids(p.tokens)
        written: dict[int, set[str]] = {}
        for k, t in enumerate(p.tokens):
            if t.form.casefold() in words:
                written.setdefault(clauses[k], set()).add(t.form.casefold())
        whole = {c for c, ws in written.items() if ws == words}
        for e in p.entities:
            if any(
                clauses[k] in whole
                for k, t in enumerate(p.tokens)
                if e["start"] <= t.start < e["end"]
            ):
                out.add(e.get("id"))
    return frozenset(out)


def item_words(r: QuestionReading) -> set[str]:
    """The question's nouns that name its item: not the asked head, no verb's noun, no
    interrogative ("다온로지스에 부과된 과징금은 얼마인가?": 다온로지스)."""
    toks = r.tokens
    return {
        t.form.casefold()
        for i, t in enumerate(toks)
        if t.tag in _ITEM_NOUN
        and len(t.form) > 1
        and i != r.asked.wh_index
        and t.form not in (r.asked.head or "")
        and t.form.casefold() in r.terms
        and not (i + 1 < len(toks) and toks[i + 1].tag.startswith(_VERBAL))
    }


def _written(toks: list[Token]) -> str:
    """The question's words as written again from its morphemes (spaces where it had them)."""
    out, end = [], None
    for t in toks:
        out.append((" " if end is not None and t.start > end else "") + t.form)
        end = t.end
    return "".join(out)


def asked_of(r: QuestionReading) -> dict:
    """The qualifiers the question names (search/figure_qualifiers.asked_qualifiers)."""
    from .figure_qualifiers import asked_qualifiers  # it reads the reader's candidates

    return asked_qualifiers(_written(r.tokens))


def qualifier_verdict(asked: dict, text: str, s: Span) -> str:
    """The figure at ``s`` of ``text`` against the question's qualifiers: "agrees" (it writes
    one), "contradicts" (another of the kind), "silent"; "" when the question names none.

    >>> text = "평균 경쟁률은 66.9대 1, 최고 경쟁률은 214대 1이었다."
    >>> at = text.index("214")
    >>> qualifier_verdict({"statistic": frozenset({"mean"})}, text, Span("214대 1", at, at + 6, 0, 0))
    'contradicts'
    """
    from .figure_qualifiers import contradicts, figure_qualifiers, figure_start

    if not asked:
        return ""
    at = figure_start(text, s.start, s.end)
    if at < 0:
        return "contradicts"  # "5년" of "5년 만기": a qualifier's number
    written = figure_qualifiers(text, at, s.end)
    if contradicts(asked, written):
        return "contradicts"
    agrees = any(len(v) == 1 and written.get(k, frozenset()) & v for k, v in asked.items())
    return "agrees" if agrees else "silent"


def _label(toks: list[Token], clauses: list[int], first: int) -> list[Token]:
    """The nouns written right before a figure's number at token ``first`` in its clause,
    particles and determiners between ("과징금 3억원": 과징금; "매출은 총 84억원": 매출)."""
    k = first - 1
    while k >= 0 and clauses[k] == clauses[first] and toks[k].tag in _BETWEEN:
        k -= 1
    out = []
    while k >= 0 and clauses[k] == clauses[first] and toks[k].tag in _NOUN:
        out.append(toks[k])
        k -= 1
    return out


def item_features(
    f: dict[str, float],
    s: Span,
    cls: str,
    p: Passage,
    ctx: ItemContext,
    r: QuestionReading,
) -> None:
    """The features of the module's docstring for the candidate ``s`` of class ``cls``."""
    figure = cls in FIGURES
    kind = "fig" if figure else "other"
    clause = {ctx.clauses[s.first], ctx.clauses[s.last]}
    own = [k for k in ctx.own if not s.first <= k <= s.last]
    others = [k for k in ctx.others if not s.first <= k <= s.last]
    if any(ctx.clauses[k] in clause for k in own):
        f[f"item_named_clause&{kind}"] = 1.0
    elif own:
        f[f"item_named_sentence&{kind}"] = 1.0
    if any(ctx.clauses[k] in clause for k in others):
        f[f"item_other_clause&{kind}"] = 1.0
    if others and not own:
        f[f"item_other_only&{kind}"] = 1.0
    said = {w for c in clause for k, w in ctx.said.get(c, ()) if not s.first <= k <= s.last}
    share = sum(r.terms[w] for w in said) / r.total
    f[f"item_clause_match&{kind}"] = share
    if not said:
        f[f"item_clause_none&{kind}"] = 1.0
    if not figure:
        return
    number = next((k for k in range(s.first, s.last + 1) if p.tokens[k].tag == "SN"), s.first)
    label = _label(p.tokens, ctx.clauses, number)
    if label:
        asked = any(t.form.casefold() in r.terms for t in label)
        f["item_label=asked" if asked else "item_label=other"] = 1.0
    if cls != "date" and (verdict := qualifier_verdict(ctx.asked, p.text, s)):
        f[f"item_qual={verdict}"] = 1.0
