"""search — embeddings, FAISS, BM25 over Kiwi morphemes, hybrid ranking, question answering and
the KnowledgeBase facade.

>>> from search import KnowledgeBase
>>> kb = KnowledgeBase.build(["data/"], path="data/kb")     # doctest: +SKIP
>>> kb.ask("Claude를 개발한 회사는?").answer               # doctest: +SKIP
'Upstage'
"""
from .embedders import EmbedderError, load_embedder
from .ingest import InputError
from .kb import KnowledgeBase, KnowledgeBaseError
from .results import Answer, EntityView, Hit

__all__ = ["KnowledgeBase", "KnowledgeBaseError", "InputError", "EmbedderError", "Hit", "Answer",
           "EntityView", "load_embedder"]
