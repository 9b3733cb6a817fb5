"""kg — Korean text to a knowledge graph.

Text flows one way: documents -> sentences -> mentions -> entities -> relations -> graph.

>>> from kg import analyze_document, resolve, build_graph
>>> analysis = analyze_document("news-1", "업스테이지(Upstage)는 Solar를 개발했다.")
>>> extraction = resolve([analysis])
>>> [(r.type, r.subject, r.object) for r in extraction.relations]
[('DEVELOPED', 'upstage', 'solar')]
"""

from .analysis import DocumentAnalysis, analyze_document, analyze_documents
from .graph import build_graph
from .model import Document, Entity, Evidence, Mention, Relation, Sentence
from .resolve import Extraction, resolve
from .text import normalize, split_sentences

__all__ = [
    "Document",
    "DocumentAnalysis",
    "Entity",
    "Evidence",
    "Extraction",
    "Mention",
    "Relation",
    "Sentence",
    "analyze_document",
    "analyze_documents",
    "build_graph",
    "normalize",
    "resolve",
    "split_sentences",
]
