"""The error a knowledge base raises when it cannot be opened or used as asked.

Bad documents raise ``search.ingest.InputError``, embedder trouble ``EmbedderError``; callers
catch them once, at the edge (the CLI, the HTTP app).
"""

from __future__ import annotations

__all__ = ["KnowledgeBaseBusyError", "KnowledgeBaseError", "UnknownEntityError", "damaged"]


class KnowledgeBaseError(RuntimeError):
    """The knowledge base cannot be opened or used as asked; the message says how to fix it."""


def damaged(path, what: str) -> KnowledgeBaseError:
    """The error for a knowledge base file that cannot be used: which, why, and the repair.
    ``path`` is a file of a generation (``<kb>/gen-000001/kb.sqlite``) or of the directory."""
    from pathlib import Path

    path = Path(path)
    root = path.parent.parent if path.parent.name.startswith("gen-") else path.parent
    return KnowledgeBaseError(
        f"{path} is damaged: {what}; `kgsearch check --kb {root} --repair` rebuilds what can "
        "be rebuilt"
    )


class UnknownEntityError(KeyError):
    """No entity has the name asked for (a KeyError, whose message reads as written)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class KnowledgeBaseBusyError(KnowledgeBaseError):
    """Another process held the writer lock for longer than the caller would wait."""
