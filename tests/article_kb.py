"""A knowledge base of one article a test writes itself (real Kiwi, real e5 embeddings, real
FAISS), for module fixtures::

    @pytest.fixture(scope="module")
    def kb(tmp_path_factory):
        with article_kb(tmp_path_factory, ARTICLE, "nuri", "누리칩 바람 3 공개") as kb:
            yield kb
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from search import KnowledgeBase


@contextmanager
def article_kb(tmp_path_factory, text: str, doc_id: str, title: str) -> Iterator[KnowledgeBase]:
    """A new knowledge base holding ``text`` as document ``doc_id``; closed on leaving."""
    kb = KnowledgeBase.build([], path=tmp_path_factory.mktemp("kb") / doc_id)
    try:
        kb.add_text(text, doc_id=doc_id, title=title)
        yield kb
    finally:
        kb.close()


@contextmanager
def cases_kb(tmp_path_factory, cases, name: str) -> Iterator[KnowledgeBase]:
    """A new knowledge base holding every article of ``cases`` — tuples whose first two items
    are a document id and its text, the text's first line its title; closed on leaving."""
    kb = KnowledgeBase.build([], path=tmp_path_factory.mktemp("kb") / name)
    try:
        for doc_id, text, *_ in cases:
            kb.add_text(text, doc_id=doc_id, title=text.split("\n")[0])
        yield kb
    finally:
        kb.close()
