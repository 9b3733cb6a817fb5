"""Sentence embedders behind one small protocol, chosen by name (see ``load_embedder``)."""

from .base import Embedder, EmbedderError
from .factory import DEFAULT_EMBEDDER, load_embedder

__all__ = ["DEFAULT_EMBEDDER", "Embedder", "EmbedderError", "load_embedder"]
