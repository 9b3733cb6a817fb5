"""What readers of a resolution get: ``Extraction`` (entities, relations, sentences and the entities
each sentence mentions) and ``ResolutionChange`` (what one update changed).  Read-only views:
the sentence tables are shared with the resolution, never copied."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from .facts import Ref
from .model import Entity, Relation, Sentence
from .names import name_key

__all__ = [
    "Extraction",
    "RelKey",
    "ResolutionChange",
    "SentenceEntities",
    "SentenceTable",
    "doc_of",
]

RelKey = tuple[str, str, str]  # (subject id, type, object id), as Relation.key


class Extraction:
    """The resolved entities and relations of a corpus, and its sentences with the entities each
    mentions.  Read-only: a ``Resolution`` gives a new one after each update (sharing what did not
    change), so a reader holding one never sees it change."""

    def __init__(
        self,
        entities: dict[str, Entity] | None = None,
        relations: list[Relation] | None = None,
        sentences: Mapping[str, Sentence] | None = None,
        sentence_entities: Mapping[str, list[tuple[str, int, int]]] | None = None,
        alias_index: dict[str, str] | None = None,
    ):
        self.entities: dict[str, Entity] = entities if entities is not None else {}
        self.relations: list[Relation] = relations if relations is not None else []
        self.sentences: Mapping[str, Sentence] = sentences if sentences is not None else {}
        # sentence id -> [(entity id, start, end)] for highlighting
        self.sentence_entities: Mapping[str, list[tuple[str, int, int]]] = (
            sentence_entities if sentence_entities is not None else {}
        )
        self.alias_index: dict[str, str] = alias_index if alias_index is not None else {}

    def entity_by_name(self, name: str) -> Entity | None:
        """Find an entity by id or by any alias, with or without particles."""
        if name in self.entities:
            return self.entities[name]
        key = name_key(name)
        if key in self.alias_index:
            return self.entities[self.alias_index[key]]
        # strip particles the way a user types them: "업스테이지는", "Microsoft와의"
        for n in range(1, 4):
            if (
                len(key) > n
                and key[:-n] in self.alias_index
                and re.fullmatch(
                    r"(은|는|이|가|을|를|의|와|과|에|도|로|만|에서|으로|와의|과의|에게|이다|입니다|이야)",
                    key[-n:],
                )
            ):
                return self.entities[self.alias_index[key[:-n]]]
        return None


@dataclass(frozen=True)
class ResolutionChange:
    """What one ``Resolution.update`` changed: entity ids whose record was added, changed or
    removed, and relation keys likewise; ``docs`` are the documents added or removed."""

    entities: frozenset[str]
    relations: frozenset[RelKey]
    docs: frozenset[str]


def doc_of(sentence_id: str) -> str:
    """The document a sentence id belongs to ("doc#12" -> "doc")."""
    return sentence_id.rsplit("#", 1)[0]


class SentenceTable(Mapping):
    """Sentence id -> Sentence, over each document's own table (sentence ids are doc#n)."""

    def __init__(self, by_doc: Mapping[str, dict[str, Sentence]]):
        self._by_doc = by_doc

    def __getitem__(self, sentence_id: str) -> Sentence:
        return self._by_doc.get(doc_of(sentence_id), {})[sentence_id]

    def __iter__(self) -> Iterator[str]:
        for doc in sorted(self._by_doc):
            yield from self._by_doc[doc]

    def __len__(self) -> int:
        return sum(len(s) for s in self._by_doc.values())

    def __contains__(self, sentence_id) -> bool:
        return sentence_id in self._by_doc.get(doc_of(str(sentence_id)), {})


class SentenceEntities(Mapping):
    """Sentence id -> [(entity id, start, end)] of the mentions it holds whose entity is typed
    (not a bare Concept), worked out when asked from the mentions and one resolution's
    entities: an entity's new id reaches every sentence without rewriting any."""

    def __init__(self, sentences: SentenceTable, spans: Mapping, entity_of_ref: dict[Ref, Entity]):
        self._sentences, self._spans, self._entity_of_ref = sentences, spans, entity_of_ref

    def __getitem__(self, sentence_id: str) -> list[tuple[str, int, int]]:
        out = []
        for ref, start, end in self._spans.get(doc_of(sentence_id), {}).get(sentence_id, ()):
            e = self._entity_of_ref.get(ref)
            if e is not None and e.type != "Concept":
                out.append((e.id, start, end))
        if not out:
            raise KeyError(sentence_id)
        return out

    def __iter__(self) -> Iterator[str]:
        for sid in self._sentences:
            if sid in self:
                yield sid

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, sentence_id) -> bool:
        try:
            self[sentence_id]
        except KeyError:
            return False
        return True
