"""The error a knowledge base raises when it cannot be opened or used as asked.

Bad documents raise ``search.ingest.InputError``, embedder trouble ``EmbedderError``; callers
catch them once, at the edge (the CLI, the HTTP app).
"""

from __future__ import annotations

__all__ = ["KnowledgeBaseError", "UnknownEntityError"]


class KnowledgeBaseError(RuntimeError):
    """The knowledge base cannot be opened or used as asked; the message says how to fix it."""


class UnknownEntityError(KeyError):
    """No entity has the name asked for (a KeyError, whose message reads as written)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""
