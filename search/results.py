"""What search returns: ``Hit``, ``Answer``, ``EntityView`` and ``Stats`` — the one definition of
the JSON shapes of interfaces.md.  ``to_dict()`` gives the JSON (CLI ``--json`` and the HTTP
API share it), the OpenAPI document (``web/openapi.py``) is generated from these classes, and
``docs/interfaces.md`` is tested against them.

The types are pydantic v2 models: pydantic is the maintained standard for typed data in Python
(a compiled core, JSON Schema 2020-12 generation that OpenAPI 3.1 takes as it is, used by
FastAPI and most of the ecosystem), so one class gives the Python object, its validation, its
JSON and its schema.  Nested pieces that code reads as dicts (``hit.entities[0]["id"]``) are
``TypedDict`` s: they stay plain dicts and still have a schema.  Every model is closed
(``extra="forbid"``): a key added in code but not here fails the tests instead of drifting.
"""

from __future__ import annotations

from typing import Literal, NotRequired

from pydantic import BaseModel, ConfigDict, Field, field_serializer, with_config
from pydantic.json_schema import GenerateJsonSchema
from typing_extensions import TypedDict

__all__ = [
    "Answer",
    "DocumentSentence",
    "DocumentSummary",
    "DocumentView",
    "EntityCount",
    "EntitySpan",
    "EntitySummary",
    "EntityView",
    "EvidenceText",
    "Explain",
    "Hit",
    "Merge",
    "QuestionAnalysis",
    "RelationView",
    "ResultSchema",
    "Stats",
]

# closed: a key that is not declared here is an error
_CLOSED = _CLOSED_DICT = ConfigDict(extra="forbid")


class ResultSchema(GenerateJsonSchema):
    """JSON Schema of what the models write: a model field with a default is still in every
    document written (so it is required there), while a TypedDict key marked NotRequired (or
    of a total=False TypedDict) may be missing.  Pydantic's own switch for the first
    (``json_schema_serialization_defaults_required``) also makes the second required."""

    def field_is_required(self, field, total: bool) -> bool:
        if field["type"] == "typed-dict-field":
            return field.get("required", total)
        if self.mode == "serialization":
            return field.get("serialization_exclude_if") is None
        return super().field_is_required(field, total)


@with_config(_CLOSED_DICT)
class EntitySummary(TypedDict):
    """An entity named inside another shape."""

    id: str
    name: str
    type: str  # Company, Person, Model, Organization, Date, Place, ... (Concept when untyped)


@with_config(_CLOSED_DICT)
class EntitySpan(TypedDict):
    """An entity mentioned in a hit's text: ``start``/``end`` are character offsets in it."""

    id: str
    name: str
    type: str
    start: int
    end: int


@with_config(_CLOSED_DICT)
class Explain(TypedDict, total=False):
    """How a hit was scored: each retriever's feature, and the graph signals it carried."""

    dense: float  # cosine to the query
    bm25: float  # sentence BM25 over Kiwi morphemes
    doc_bm25: float  # the sentence's document's BM25
    entities: float  # how many of the question's entities it (or its paragraph) names
    relation: bool  # it is evidence of the relation asked about
    graph: bool  # it was added as the evidence of a graph answer


class Hit(BaseModel):
    """One evidence sentence.  ``entities`` carry character offsets inside ``text``;
    ``explain`` says which retrievers found it and how they scored it."""

    model_config = _CLOSED
    sentence_id: str = Field(examples=["doc-id#12"])
    doc_id: str
    text: str
    score: float
    entities: list[EntitySpan] = Field(default_factory=list)
    explain: Explain = Field(default_factory=dict)

    @field_serializer("score")
    def _round_score(self, score: float) -> float:
        return round(float(score), 4)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


@with_config(_CLOSED_DICT)
class QuestionAnalysis(TypedDict, total=False):
    """What the question was read as asking (empty when it was not read)."""

    entities: list[str]  # ids of the entities it names
    expected_type: str  # the type of answer it wants, or ""
    relation: str  # the relation it asks about, or ""
    side: str  # which end of the relation is the answer: subject | object | ""
    descriptive: bool  # it asks for a description, not a name
    unknown_names: list[str]  # names it uses that the knowledge base does not know


class Answer(BaseModel):
    """An answer with its evidence.  ``answer`` is None and ``method`` "none" when the
    knowledge base holds nothing that answers; ``evidence`` is then still the best hits."""

    model_config = _CLOSED
    question: str
    answer: str | None
    answer_entities: list[EntitySummary] = Field(default_factory=list)
    evidence: list[Hit] = Field(default_factory=list)
    method: Literal["graph", "passage", "sentence", "none"] = "none"
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    sentence: str = ""  # the answer as a Korean sentence
    analysis: QuestionAnalysis = Field(default_factory=dict)
    # what was asked: person, company, organization, investor, model, place, where, date,
    # number, money, thing, list, yes_no, relation, description ("" when not read)
    answer_type: str = ""

    @field_serializer("confidence")
    def _round_confidence(self, confidence: float) -> float:
        return round(float(confidence), 3)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


@with_config(_CLOSED_DICT)
class EvidenceText(TypedDict):
    """A sentence that states a relation."""

    sentence_id: str
    text: str


@with_config(_CLOSED_DICT)
class RelationView(TypedDict):
    """One relation at an entity, seen from it."""

    type: str  # DEVELOPED, FOUNDED, INVESTED_IN, ...
    direction: Literal["out", "in"]  # out: the entity is the subject
    other: EntitySummary
    evidence: list[EvidenceText]
    confidence: float
    role: NotRequired[str]  # a WORKED_AT edge: the person's role as written (대표, CTO)


@with_config(_CLOSED_DICT)
class Merge(TypedDict):
    """Why two names are one entity: the names as written and the rule that merged them."""

    alias: str
    rule: str


class EntityView(BaseModel):
    """One entity with its names and relations."""

    model_config = _CLOSED
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    roles: list[str] = Field(default_factory=list)  # e.g. ["Investor"]
    merges: list[Merge] = Field(default_factory=list)
    relations: list[RelationView]

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


@with_config(_CLOSED_DICT)
class DocumentSummary(TypedDict):
    """One document in the list of what a knowledge base holds."""

    id: str
    title: str
    source: str  # where it came from: a path, "api", "upload"
    added: str  # ISO 8601, UTC
    chars: int  # its text's length
    sentences: int
    entities: int  # how many different entities it names


@with_config(_CLOSED_DICT)
class DocumentSentence(TypedDict):
    """A sentence of a document: ``start``/``end`` are offsets in the document's text; its
    ``entities`` have offsets inside the sentence, as in a Hit."""

    id: str
    index: int
    paragraph: int
    start: int
    end: int
    text: str
    entities: list[EntitySpan]


@with_config(_CLOSED_DICT)
class EntityCount(TypedDict):
    """An entity a document names, and how often."""

    id: str
    name: str
    type: str
    mentions: int


class DocumentView(BaseModel):
    """One document: its text, sentences (ids, offsets, entity mentions) and what it names."""

    model_config = _CLOSED
    id: str
    title: str
    source: str
    added: str
    chars: int
    text: str
    sentences: list[DocumentSentence]
    entities: list[EntityCount]

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")


class Stats(BaseModel):
    """Counts of what a knowledge base holds (``kgsearch stats --json``, ``GET /api/stats``);
    never a path on disk."""

    model_config = _CLOSED
    documents: int
    sentences: int
    entities: int
    relations: int
    entities_by_type: dict[str, int]
    relations_by_type: dict[str, int]
    index_size: int  # vectors in the FAISS index
    index_kind: str  # flat | hnsw
    embedder: str  # the model the knowledge base was built with
    engine: str  # what computes its vectors

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")
