"""What search returns: Hit, Answer and EntityView, each with ``to_dict()`` giving the JSON
shapes of interfaces.md."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Answer", "EntityView", "Hit"]


@dataclass
class Hit:
    """One evidence sentence.  ``entities`` carry character offsets inside ``text``;
    ``explain`` says which retrievers found it and how they scored it."""

    sentence_id: str
    doc_id: str
    text: str
    score: float
    entities: list[dict] = field(default_factory=list)
    explain: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "sentence_id": self.sentence_id,
            "doc_id": self.doc_id,
            "text": self.text,
            "score": round(float(self.score), 4),
            "entities": list(self.entities),
            "explain": dict(self.explain),
        }


@dataclass
class Answer:
    question: str
    answer: str | None
    answer_entities: list[dict] = field(default_factory=list)
    evidence: list[Hit] = field(default_factory=list)
    method: str = "none"  # graph | sentence | passage | none
    confidence: float = 0.0
    sentence: str = ""  # the answer as a Korean sentence
    analysis: dict = field(default_factory=dict)
    answer_type: str = ""  # what was asked: person, company, date, yes_no, list, relation, ...

    def to_dict(self) -> dict:
        return {
            "question": self.question,
            "answer": self.answer,
            "answer_entities": list(self.answer_entities),
            "evidence": [h.to_dict() for h in self.evidence],
            "method": self.method,
            "confidence": round(float(self.confidence), 3),
            "sentence": self.sentence,
            "analysis": dict(self.analysis),
            "answer_type": self.answer_type,
        }


@dataclass
class EntityView:
    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: int
    relations: list[dict]
    roles: list[str] = field(default_factory=list)
    merges: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
            "roles": list(self.roles),
            "merges": list(self.merges),
            "relations": list(self.relations),
        }
