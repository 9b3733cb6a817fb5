"""The things kg talks about: documents, sentences, mentions, entities, relations, evidence.

Plain dataclasses that turn into plain dicts (``asdict``) for storage and JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "Document",
    "Entity",
    "Evidence",
    "Mention",
    "Number",
    "Relation",
    "RelationCandidate",
    "Sentence",
]

# The entity types an extraction produces.  `Investor` is a role: an entity that invested keeps
# its main type (Company, Person) and carries Investor in `roles`.
ENTITY_TYPES = (
    "Company",
    "Organization",
    "Person",
    "Model",
    "Investor",
    "Date",
    "Place",
    "Concept",
)
RELATION_TYPES = (
    "DEVELOPED",
    "FOUNDED",
    "FOUNDED_IN",
    "WORKED_AT",
    "INVESTED_IN",
    "PARTNER_OF",
    "ACQUIRED",
    "APPLIED_TO",
    "INTEGRATED_INTO",
    "BASED_ON",
    "RELEASED_IN",
    "COMPARED_WITH",
    "VERSION_OF",
    "LOCATED_IN",
)


@dataclass(frozen=True)
class Document:
    id: str
    text: str
    title: str = ""
    source: str = ""


@dataclass(frozen=True)
class Sentence:
    """One sentence; ``start`` is its character offset in the document's normalised text."""

    id: str
    doc_id: str
    index: int
    paragraph: int
    start: int
    text: str


class Number(StrEnum):
    """How many things a coreference stands for: '이 회사' one, '이들' a list, '두 회사' a pair."""

    ONE = "one"
    PLURAL = "plural"
    PAIR = "pair"


@dataclass
class Mention:
    """A name (or date, or a pronoun such as '이 회사') in a sentence, without its particle.

    ``start``/``end`` are character offsets inside the sentence.  ``votes`` are type votes from
    context cues; ``particle`` is the particle that follows ('은', '를', '의', ...), ``role`` its
    Kiwi tag (JKS, JKO, JX, JKB, JKG, JC) — the grammar that relation rules read.
    """

    sentence_id: str
    start: int
    end: int
    text: str
    kind: str = "name"  # name | date | coref
    votes: dict[str, float] = field(default_factory=dict)
    particle: str = ""
    role: str = ""
    rule: str = ""  # which detector found it
    date: str = ""  # a date mention's normalised value: '2024', '2024-03' or '2024-03-05'
    number: Number = Number.ONE  # a coreference: how many things it stands for
    antecedents: list[int] = field(default_factory=list)  # a coreference: mention indices

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def voted_type(self) -> str:
        """The type its votes favour ('' without votes)."""
        return max(self.votes, key=self.votes.get) if self.votes else ""

    @classmethod
    def from_dict(cls, d: dict) -> Mention:
        """A mention as ``asdict`` stored it; also reads analyses stored before ``value`` was
        split into ``date``, ``number`` and ``antecedents`` (one string held all three)."""
        d = dict(d)
        legacy = d.pop("value", None)
        if legacy is not None:
            if d.get("kind") == "date":
                d["date"] = legacy
            elif d.get("kind") == "coref" and legacy:
                d["antecedents"] = [int(x) for x in legacy.split(",") if x.isdigit()]
            if d.get("rule") == "pair":
                d["number"] = Number.PAIR
            elif d.get("rule") == "plural-pronoun":
                d["number"] = Number.PLURAL
        d["number"] = Number(d.get("number", Number.ONE))
        d["antecedents"] = list(d.get("antecedents", []))
        return cls(**d)


@dataclass
class RelationCandidate:
    """A relation stated by one sentence between two mentions (indices into the document's
    mention list).  Entity typing and resolution later decide whether it stands."""

    type: str
    subject: int
    object: int
    sentence_id: str
    rule: str
    confidence: float
    role: str = ""  # a person's title as written, for WORKED_AT ("대표", "CTO")


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    roles: list[str] = field(default_factory=list)  # e.g. ["Investor"]
    merges: list[dict] = field(default_factory=list)  # [{"alias", "rule"}]: why names are one
    value: str = ""  # normalised date value

    def summary(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type}


@dataclass
class Evidence:
    sentence_id: str
    text: str
    rule: str = ""
    subject_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None

    def to_dict(self) -> dict:
        d = {"sentence_id": self.sentence_id, "text": self.text, "rule": self.rule}
        if self.subject_span:
            d["subject_span"] = list(self.subject_span)
        if self.object_span:
            d["object_span"] = list(self.object_span)
        return d


@dataclass
class Relation:
    type: str
    subject: str  # entity id
    object: str  # entity id
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    role: str = ""  # WORKED_AT: the person's title as written

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.type, self.object)
