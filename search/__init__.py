"""search — embeddings, FAISS, BM25 over Kiwi morphemes, hybrid ranking, question answering and
the KnowledgeBase facade.

>>> import tempfile
>>> from search import KnowledgeBase
>>> kb = KnowledgeBase.build([], path=tempfile.mkdtemp() + "/kb")
>>> kb.add_text("업스테이지는 솔라를 개발했다.", doc_id="news-1")
'news-1'
>>> kb.ask("솔라를 개발한 회사는?").answer
'업스테이지'
"""

from .embedders import EmbedderError, load_embedder
from .errors import KnowledgeBaseError, UnknownEntityError
from .ingest import InputError
from .kb import KnowledgeBase
from .results import Answer, EntityView, Hit, Stats

__all__ = [
    "Answer",
    "EmbedderError",
    "EntityView",
    "Hit",
    "InputError",
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Stats",
    "UnknownEntityError",
    "load_embedder",
]
