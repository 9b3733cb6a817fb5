"""The kind of an unnamed item of a written row, by the noun it ends with: a party (an
organisation or a group of people written by its kind, "전국 지역농협", "유럽 소비자") or a
thing.  A list answer's row (search/whole_rows.py) takes an unnamed party beside named parties
("판매는 전국 지역농협과 유통업체 그린팜상사가 맡는다") and never beside things, where the
item is often the object inside the clause that describes the row's real last item ("'해담
왕교자'와 유럽 소비자를 겨냥해 개발한 '플랜트 교자'를": that is ``described_name``).  The
words are data: resources/row_kinds.toml.

>>> names_party("전국 지역농협"), names_party("삽화가 12명"), names_party("비건 만두")
(True, True, False)
"""

from __future__ import annotations

import functools
import re

from .resource_tables import resource_table
from .results import Hit
from .spans import Token

__all__ = ["described_name", "names_party"]

#: a count written after an item ("삽화가 12명", "가맹점 300곳"): not the noun it ends with
_COUNT = re.compile(r"\s*\d[\d,.]*\s*\S{0,2}$")
#: the marks a name is quoted in
_OPENING = frozenset({"'", '"', "‘", "“", "「", "『", "《", "〈"})
#: how many words may stand between the describing clause's end and the name it describes
#: ("개발한 비건 만두 '플랜트 교자'")
_NEAR = 4


@functools.cache
def _party_words() -> tuple[str, ...]:
    table = resource_table("row_kinds.toml")
    return tuple(table["organisations"] + table["people"])


def names_party(item: str) -> bool:
    """The item, written without a name, ends with a word for an organisation or for people."""
    core = _COUNT.sub("", item.strip()) or item.strip()
    return core.endswith(_party_words())


def described_name(h: Hit, toks: list[Token], end: int) -> tuple[int, int] | None:
    """The span of the name that a clause opening right after character ``end`` describes:
    "유럽 소비자를 겨냥해 개발한 비건 만두 '플랜트 교자'를" -> '플랜트 교자' (a quoted name or an
    entity a few words after the clause's adnominal ending), else None.

    >>> from search.passages import sentence_tokens
    >>> text = "A와 청년층을 노려 내놓은 음료 '새봄'을 판다."
    >>> a, b = described_name(Hit(sentence_id="d#0", doc_id="d", text=text, score=1.0),
    ...                    sentence_tokens(text), 6)
    >>> text[a:b]
    '새봄'
    """
    after = [t for t in toks if t.start >= end]
    if not after or not after[0].tag.startswith("J"):
        return None  # the item ends the row ("A와 B가"): nothing opens after it
    for i, t in enumerate(after):
        if t.tag in {"EF", "SF"} or (t.tag == "SP" and t.form == ","):
            return None  # the sentence or its clause ends before any describing ending
        if t.tag == "ETM":
            return _name_after(h, after[i + 1 :])
    return None


def _name_after(h: Hit, toks: list[Token]) -> tuple[int, int] | None:
    """The first quoted name or entity among ``toks``, the few words before it nouns only."""
    for i, t in enumerate(toks[: _NEAR + 1]):
        ent = next((e for e in h.entities if e["start"] == t.start), None)
        if ent is not None:
            return ent["start"], ent["end"]
        if t.form in _OPENING:
            close = next((u for u in toks[i + 1 :] if u.tag.startswith("SSC")), None)
            return (toks[i + 1].start, close.start) if close and i + 1 < len(toks) else None
        if not t.tag.startswith(("NN", "XP", "XS", "SL", "SN")):
            return None
    return None
