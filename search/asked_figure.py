"""A yes/no question on how a figure moved ("효성의 2분기 매출은 늘었나?", "영업이익은 줄었나?")
is answered by the sentence that writes that figure, not by the first sentence naming the
company: earnings news writes each figure in its own clause ("매출은 8% 늘었고, 영업이익은 12%
감소했다"), and the company's name stands in the first only.

The figure nouns and the words a sentence writes them with are the [attributes] table of
resources/answer_types.toml ("영업이익" -> 영업이익; "영업이익률" is another figure); a change
is a verb with an opposite in [yes_no] opposites ("늘" / "줄", "증가" / "감소").
"""

from __future__ import annotations

from kg.names import name_key

from .answer_types import answer_type_tables
from .passages import sentence_tokens
from .polarity import polarity
from .question import Question
from .results import Hit
from .spans import base_tag

__all__ = ["asked_figures", "figure_verdict"]


def asked_figures(text: str) -> list[str]:
    """The words a sentence writes the figures a question names with, spaces aside; the
    longest figure noun only where one holds another ("영업이익률" is no 영업이익).

    >>> asked_figures("한결화학의 2분기 영업 이익은 늘었나?")
    ['영업이익']
    >>> asked_figures("영업이익률은 올랐나?")
    ['영업이익률', '이익률']
    >>> asked_figures("공장을 지었나?")
    []
    """
    table = answer_type_tables()["attributes"]
    key = name_key(text)
    found = [k for k in table if name_key(k) in key]
    kept = [k for k in found if not any(k != o and name_key(k) in name_key(o) for o in found)]
    return list(dict.fromkeys(w for k in kept for w in table[k]))


def _changes(predicate: set[str]) -> set[str]:
    """The question's verbs of change: those with an opposite ("늘", "감소")."""
    pairs = answer_type_tables()["yes_no"]["opposites"]
    return {w for pair in pairs for w in pair} & predicate


def _moved(text: str, changes: set[str]) -> bool:
    """``text`` writes a change, its like or its opposite ("8.3% 증가한", "12% 줄었다"): a
    sentence that only writes the figure ("영업이익 627억원을 올렸다") says nothing of how it
    moved."""
    table = answer_type_tables()["yes_no"]

    def across(pairs, words: set[str]) -> set[str]:
        return {b for x, y in pairs for a, b in ((x, y), (y, x)) if a in words}

    opposite = across(table["opposites"], changes)
    # the opposite's opposites are the change's own words ("줄" -> "증가" -> "감소")
    related = changes | opposite | across(table["opposites"], opposite)
    related |= across(table["alike"], related)
    return any(t.form in related for t in sentence_tokens(text))


def _writes(text: str, words: list[str], figures: list[str]) -> bool:
    """``text`` writes one of the asked figure's ``words`` outside a longer figure word
    ("영업이익률" is no 영업이익 written)."""
    key = name_key(text)
    for w in words:
        k = name_key(w)
        rest = key
        for longer in sorted({name_key(f) for f in figures if k in name_key(f)}, key=len)[::-1]:
            rest = rest.replace(longer, " ") if longer != k else rest
        if k in rest:
            return True
    return False


#: how many sentences back the company a figure's sentence leaves unnamed is looked for (a
#: paragraph of segment figures: "클라우드 부문 ... AI 솔루션 부문 ... 반면 SI 부문 매출은")
_CARRIED_BACK = 8


def _whose(h: Hit, kinds: dict[str, str], aliases: dict[str, list[str]]) -> bool | None:
    """True when ``h`` names one of the question's names, False when it names only another of
    their kinds (another company's figure), None when it names none of that kind."""
    key = name_key(h.text)
    if any(e["id"] in kinds for e in h.entities) or any(
        len(name_key(a)) >= 2 and name_key(a) in key for al in aliases.values() for a in al
    ):
        return True
    if any(e["type"] in set(kinds.values()) for e in h.entities):
        return False
    return None


def _about(h: Hit, kinds: dict[str, str], aliases: dict[str, list[str]], hit_for) -> bool:
    """``h`` is about the question's names: it names one, or names none of their kind and the
    last of their kind named in the sentences before it is one ("현대위아는 ... 299억원을
    기록했다. 같은 기간 매출은 ... 감소했다"), or none of their kind is named before it (the
    article's own company, left to its topic)."""
    if not kinds:
        return True
    own = _whose(h, kinds, aliases)
    if own is not None:
        return own
    doc, _, n = h.sentence_id.rpartition("#")
    if not n.isdigit():
        return False
    for back in range(1, min(_CARRIED_BACK, int(n)) + 1):
        prev = hit_for(f"{doc}#{int(n) - back}")
        if prev is not None and (own := _whose(prev, kinds, aliases)) is not None:
            return own
    return True


def figure_verdict(
    q: Question,
    hits: list[Hit],
    predicate: set[str],
    kinds: dict[str, str] | None = None,
    aliases: dict[str, list[str]] | None = None,
    hit_for=None,
) -> tuple[str, Hit] | None:
    """(예 or 아니오, its sentence) for a question asking whether a figure it names rose or fell,
    read in the first of ``hits`` that writes that figure of the question's names (``kinds``:
    entity id -> type; ``aliases``; a sentence that names none of their kind is theirs when the
    last of that kind named before it is) and states the change or its opposite; None when the
    question names no figure or no change, or no sentence writes one.

    >>> from search.question import Question
    >>> q = Question(text="영업이익은 늘었나?")
    >>> h = Hit(sentence_id="d#1", doc_id="d", text="영업이익은 850억원으로 12% 줄었다.", score=1)
    >>> figure_verdict(q, [h], {"영업", "이익", "늘"})[0]
    'no'
    """
    words = asked_figures(q.text)
    changes = _changes(predicate)
    if not words or not changes:
        return None
    table = answer_type_tables()["attributes"]
    figures = [w for ws in table.values() for w in ws]
    # the change verbs and the figure's own morphemes: the company's name is read elsewhere
    asked = changes | {t.form for t in q.tokens if any(t.form in w for w in words)}
    # the question's words that qualify the figure ("SI 부문 매출"): of the sentences writing
    # the figure, those writing the most of them first (not "클라우드 부문 매출이 ... 늘었다")
    marks = {
        t.form
        for t in q.tokens
        if base_tag(t.tag) in {"NNG", "NNP", "SL"}
        and t.form not in asked
        and not any(s <= t.start < e for s, e in q.spans)
    }
    written = [h for h in hits if _writes(h.text, words, figures) and _moved(h.text, changes)]
    written.sort(key=lambda h: -len(marks & {t.form for t in sentence_tokens(h.text)}))
    for h in written:
        if not _about(h, kinds or {}, aliases or {}, hit_for):
            continue
        verdict = polarity(h.text, asked, opposite_alone=True)
        if verdict in {"yes", "no"}:
            return verdict, h
    return None
