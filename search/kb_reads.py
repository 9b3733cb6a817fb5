"""The reading side of ``KnowledgeBase``: what one snapshot holds, searched, asked, queried as a
graph and exported.  ``search.kb`` keeps opening, closing and writing.

Every method reads ``self.snapshot()`` once, so one call sees one revision; a class using this
mixin provides ``_live`` (the process's ``Live``) and ``_pin`` (a pinned ``Snapshot`` or None).
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.resolve import Extraction

from . import entity_queries, inventory
from .documents import document_list, document_view
from .embedders import Embedder
from .limits import check_k, check_query, check_query_tokens
from .results import Answer, EntityView, Hit
from .snapshot import Snapshot

__all__ = ["Reads"]


class Reads:
    """Searching, asking, graph queries and exports of the snapshot a knowledge base reads."""

    # ---- what it holds -------------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        """The snapshot this object reads: take it once and read only it to see one revision."""
        return self._pin if self._pin is not None else self._live.current()

    @property
    def revision(self) -> int:
        """The revision this object reads (it grows by one per document changed)."""
        return self.snapshot().revision

    def document_ids(self) -> list[str]:
        """The ids of the documents it holds, sorted."""
        return [d[0] for d in self.snapshot().documents]

    def documents(self) -> list[dict]:
        """Every document with its ``id``, ``title``, ``source``, ``added`` (ISO 8601, UTC),
        ``chars``, and how many ``sentences`` and ``entities`` it holds; by id."""
        return document_list(self.snapshot(), self._live.gen.store)

    def document(self, doc_id: str) -> dict | None:
        """One document: its ``text`` and ``sentences`` (ids, offsets, entity mentions), and the
        ``entities`` it names; None when there is no such document."""
        return document_view(self.snapshot(), self._live.gen.store, doc_id)

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The knowledge graph (networkx MultiDiGraph): entities, relations, lexical layer."""
        return self.snapshot().graph

    @property
    def extraction(self) -> Extraction:
        """The resolved entities, relations and sentences of the snapshot it reads."""
        return self.snapshot().extraction

    @property
    def embedder(self) -> Embedder:
        """The embedder of the generation it reads (the one it was built with)."""
        if self._pin is not None:
            return self._pin.embedder
        return self._live.gen.embedder

    @property
    def generation_dir(self) -> Path:
        """The directory of the live generation (kb.sqlite, vectors.faiss)."""
        return self._live.gen.dir

    def search(self, query: str, k: int = 10) -> list[Hit]:
        """Ranked evidence sentences for a Korean (or any) query.
        ``kb.search("리벨리온 투자", k=5)`` gives the five best sentences, best first.
        """
        query, k = self._checked_query(query), check_k(k)
        snap = self.snapshot()
        from . import answering  # loads with the first question: a build does not need it

        return answering.search(snap, snap.embedder, query, k)

    def ask(self, question: str) -> Answer:
        """Answer a question with its evidence; ``method`` says how (graph, passage or none).
        ``kb.ask("솔라를 개발한 회사는?").answer`` is the answer's name or ``None``.
        """
        snap = self.snapshot()
        from . import answering

        return answering.ask(snap, snap.embedder, self._checked_query(question))

    def query_cost(self, query: str) -> int:
        """What searching or asking ``query`` costs in model tokens to embed: 0 when its vector
        is remembered.  Raises as ``search`` does for a query it refuses.
        ``kb.query_cost("솔라를 개발한 회사는?")`` is about a dozen the first time, then 0.
        """
        query = self._checked_query(query)
        embedder = self._live.gen.embedder
        remembers = getattr(embedder, "remembers", None)
        return 0 if remembers is not None and remembers(query) else embedder.query_tokens(query)

    def _checked_query(self, query: str) -> str:
        query = check_query(query)
        check_query_tokens(self._live.gen.embedder.query_tokens(query))
        return query

    def entity(self, name: str) -> EntityView | None:
        """An entity by id or any alias (Hangul or Latin, with or without particles)."""
        from . import answering

        return answering.entity_view(self.snapshot(), name)

    def example_questions(self) -> list[str]:
        """A few questions this knowledge base can answer, from its best-supported relations."""
        return list(self.snapshot().example_questions)

    # ---- graph queries (search.entity_queries) --------------------------------------------
    def relations(
        self, entity: str, type: str | None = None, direction: str = "both"
    ) -> list[dict]:
        """Relations at an entity (any alias), optionally of one type and direction.
        ``kb.relations("업스테이지", type="DEVELOPED")`` lists what it developed.
        """
        return entity_queries.relations(self.snapshot(), entity, type, direction)

    def neighbourhood(self, entity: str, depth: int = 1) -> nx.MultiDiGraph:
        """The entities within ``depth`` relation hops of an entity, and their relations."""
        return entity_queries.neighbourhood(self.snapshot(), entity, depth)

    def shortest_path(self, source: str, target: str) -> list[dict]:
        """The shortest chain of relations between two entities, with evidence on each hop;
        an empty list when they are not connected."""
        return entity_queries.shortest_path(self.snapshot(), source, target)

    def communities(self) -> list[list[str]]:
        """Topic clusters of entity ids (Louvain), largest first."""
        return entity_queries.communities(self.snapshot())

    def export(
        self,
        fmt: str = "json",
        entity: str | None = None,
        depth: int = 1,
        document: str | None = None,
        lexical: bool = True,
    ) -> str:
        """The graph as json, graphml or cypher; with ``entity``, only its neighbourhood; with
        ``document``, only what that document names and states; ``lexical=False`` leaves out
        the document and sentence nodes."""
        return inventory.export(self.snapshot(), fmt, entity, depth, document, lexical)

    def stats(self) -> dict:
        """Counts of what the knowledge base holds: the ``Stats`` shape (no path on disk),
        with the revision they are of."""
        snap = self.snapshot()
        return inventory.stats(snap, snap.embedder).to_dict()

    def to_dict(self) -> dict:
        """The whole knowledge base as plain data: stats, entities and relations."""
        snap = self.snapshot()
        return inventory.to_dict(snap, snap.embedder)
