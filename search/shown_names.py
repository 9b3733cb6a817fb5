"""How an answer names an entity: as the asker wrote it when the question names it, else as
the article writes it.  The graph may file "네이버" under a lexicon's canonical "Naver" that the
article never writes; a reader of a Korean article expects 네이버 back.  The canonical name is
kept when the article itself writes it (an alias), so an entity keeps one name across answers.

>>> from kg.model import Entity
>>> naver = Entity("naver", "Naver", "Company", aliases=["네이버"])
>>> shown_name(naver, read_as="네이버")
'네이버'
>>> shown_name(Entity("anthropic", "Anthropic", "Company", aliases=["앤스로픽", "Anthropic"]))
'Anthropic'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kg.model import Entity
from kg.names import name_key

from .question import Question

__all__ = ["asked_spelling", "hangul_for", "quoted_whole", "shown_name", "written_spelling"]


def asked_spelling(q: Question | None, eid: str) -> str | None:
    """The entity as the question writes it, when the question names it."""
    if q is None:
        return None
    for (named, _), (start, end) in zip(q.entities, q.spans):
        if named == eid and end > start:
            return q.text[start:end]
    return None


def written_spelling(ex, eid: str, sentences: Iterable[tuple[str, str]]) -> str | None:
    """The entity as the first of ``sentences`` (``(sentence id, text)``) that mentions it
    writes it."""
    for sid, text in sentences:
        for mentioned, start, end in ex.sentence_entities.get(sid, []):
            if mentioned == eid and 0 <= start < end <= len(text):
                return text[start:end]
    return None


def hangul_for(ent: Entity, read_as: str, sentence: str) -> str | None:
    """The Hangul name ``sentence`` writes for ``ent`` when the answer was read from its Latin
    gloss ("누리온클라우드(Nurion Cloud)" read as "Nurion Cloud"): a Korean question's answer
    is shown as the article writes it.

    >>> from kg.model import Entity
    >>> e = Entity("nurion", "Nurion Cloud", "Company", ["Nurion Cloud", "누리온클라우드"])
    >>> hangul_for(e, "Nurion Cloud", "클라우드 기업 누리온클라우드(Nurion Cloud)와")
    '누리온클라우드'
    """
    if not read_as.isascii():
        return None
    return next((a for a in ent.aliases if not a.isascii() and a in sentence), None)


def shown_name(
    ent: Entity,
    q: Question | None = None,
    read_as: str | None = None,
    ex=None,
    sentences: Iterable[tuple[str, str]] = (),
) -> str:
    """The name to show for ``ent``: the asker's spelling; the canonical name when the article
    writes it; the words the answer was read as (``read_as``, a mention of it); its spelling
    in the first of ``sentences`` that mentions it (an edge's evidence); its first alias."""
    asked = asked_spelling(q, ent.id)
    if asked:
        return asked
    keys = {name_key(a) for a in ent.aliases}
    name = ent.aliases[0]
    if not ent.aliases or name_key(ent.name) in keys:
        name = ent.name
    elif read_as and name_key(read_as) in keys:
        name = read_as
    elif ex is not None:
        written = written_spelling(ex, ent.id, sentences)
        if written and name_key(written) in keys:
            name = written
    if ex is None:
        return name
    return quoted_whole(ex, ent.id, name, [sid for sid, _ in sentences])


#: what a quoted title may add to a name cut short before it: a version ("든든" of '든든이 2')
_VERSION_TAIL = re.compile(r"[가-힣]?\s?[0-9][0-9A-Za-z.]*")
_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」"}


def quoted_whole(ex, eid: str, name: str, sids: Iterable[str]) -> str:
    """The whole of a quoted title one of the sentences ``sids`` writes a mention of ``eid``
    at the start of, when the extractor cut a version off it ("든든" of '든든이 2'); ``name``
    otherwise.  (Only the given sentences: a scan of every sentence of a large knowledge base
    would cost each answer milliseconds.)

    >>> from types import SimpleNamespace as NS
    >>> text = "주력 제품은 로봇 '든든이 2'다."
    >>> ex = NS(sentences={"s": NS(text=text)}, sentence_entities={"s": [("dd", 11, 13)]})
    >>> quoted_whole(ex, "dd", "든든", ["s"]), quoted_whole(ex, "other", "든든", ["s"])
    ('든든이 2', '든든')
    """
    for sid in dict.fromkeys(sids):
        for mentioned, start, end in ex.sentence_entities.get(sid, []):
            if mentioned != eid or start < 1:
                continue
            text = ex.sentences[sid].text if sid in ex.sentences else ""
            close = _QUOTES.get(text[start - 1 : start])
            stop = text.find(close, end) if close else -1
            if 0 < stop - end <= 6 and _VERSION_TAIL.fullmatch(text[end:stop]):
                return text[start:stop]
    return name
