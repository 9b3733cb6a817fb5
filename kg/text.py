"""Normalising Korean text and splitting it into sentences with character offsets."""

from __future__ import annotations

import re
import unicodedata

from .kiwi import kiwi
from .model import Sentence

__all__ = ["MAX_SENTENCE_CHARS", "normalize", "split_sentences", "split_sentences_many"]

# Characters that change nothing a reader sees but break matching: zero-width spaces and joiners,
# the byte-order mark, soft hyphens.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Full-width ASCII (Ａ, ０, （) that Korean input methods produce -> plain ASCII; spaces of all
# widths -> one ordinary space.
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0x202F: 0x20})
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Kiwi analyses a very long run without a sentence end slowly and the embedder reads only its
# first 512 tokens, so a longer stretch is cut at a space near this length.
MAX_SENTENCE_CHARS = 1000


def normalize(text: str) -> str:
    """NFC, no invisible characters, half-width ASCII, Unix line ends.

    >>> normalize("업스테이지\\u200b（Upstage）") == "업스테이지(Upstage)"
    True
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_INVISIBLE).translate(_WIDTH)
    text = _CONTROL.sub(" ", text)
    return unicodedata.normalize("NFC", text)


def _chunks(line: str, start: int):
    """Yield (offset, text) pieces of at most MAX_SENTENCE_CHARS, cut at spaces where possible."""
    while len(line) > MAX_SENTENCE_CHARS:
        cut = line.rfind(" ", MAX_SENTENCE_CHARS // 2, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        yield start, line[:cut]
        line, start = line[cut:], start + cut
    yield start, line


def split_sentences(doc_id: str, text: str) -> list[Sentence]:
    """Split normalised text into sentences: line breaks first (a title line is a sentence of
    its own), then Kiwi's sentence splitter inside each line.

    >>> [s.text for s in split_sentences("d", "제목 -\\n업스테이지는 2020년 설립됐다. 리벨리온은 2020년이다.")]
    ['제목 -', '업스테이지는 2020년 설립됐다.', '리벨리온은 2020년이다.']
    """
    return split_sentences_many([(doc_id, text)])[0]


def split_sentences_many(docs: list[tuple[str, str]]) -> list[list[Sentence]]:
    """``split_sentences`` for many (doc_id, text) pairs in one call, so that Kiwi's thread
    pool works on all their lines together."""
    pieces: list[tuple[int, int, int, str]] = []  # (doc, paragraph, offset, text)
    for d, (_, text) in enumerate(docs):
        offset = 0
        paragraph = 0
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped:
                lead = len(line) - len(line.lstrip())
                for start, chunk in _chunks(stripped, offset + lead):
                    pieces.append((d, paragraph, start, chunk))
                paragraph += 1
            offset += len(line) + 1
    out: list[list[Sentence]] = [[] for _ in docs]
    if not pieces:
        return out
    splits = kiwi().split_into_sents([p[3] for p in pieces])
    for (d, paragraph, start, _), parts in zip(pieces, splits):
        doc_id = docs[d][0]
        sentences = out[d]
        for part in parts:
            body = part.text.strip()
            if not body:
                continue
            lead = len(part.text) - len(part.text.lstrip())
            sentences.append(
                Sentence(
                    id=f"{doc_id}#{len(sentences)}",
                    doc_id=doc_id,
                    index=len(sentences),
                    paragraph=paragraph,
                    start=start + part.start + lead,
                    text=body,
                )
            )
    return out
