"""Bounds on what one call may ask of a knowledge base, and the checks that enforce them with a
message a user can act on.

>>> check_query("  솔라를 개발한 회사는? ")
'솔라를 개발한 회사는?'
>>> check_k(0)
Traceback (most recent call last):
...
ValueError: k must be between 1 and 100
"""

from __future__ import annotations

import re

from .ingest import InputError

__all__ = [
    "MAX_DOCUMENT_CHARS",
    "MAX_K",
    "MAX_QUERY_CHARS",
    "MAX_QUERY_TOKENS",
    "check_document_text",
    "check_k",
    "check_query",
    "check_query_tokens",
    "check_unicode",
    "estimate_sentences",
]

MAX_QUERY_CHARS = 1000
#: what the embedding model reads of a query at most; a longer one would be cut without a word
MAX_QUERY_TOKENS = 512
MAX_DOCUMENT_CHARS = 5_000_000
MAX_K = 100


def check_unicode(value: str | None, what: str) -> None:
    """InputError when ``value`` holds a lone surrogate: valid in JSON ("\\ud800") and in a
    Python string, but no character, so it cannot be stored, searched or printed.

    >>> check_unicode("앤스로픽" + chr(0xD800), "title")
    Traceback (most recent call last):
    ...
    search.ingest.InputError: 'title' holds a lone surrogate (U+D800 at character 4), which is not text
    """
    if value is None:
        return
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(
            f"{what!r} holds a lone surrogate (U+{ord(value[e.start]):04X} at character "
            f"{e.start}), which is not text"
        ) from None


def check_query(query) -> str:
    """The query without surrounding white space; ValueError when empty or too long."""
    if not isinstance(query, str) or not query.strip():
        raise ValueError("the query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise ValueError(f"the query has {len(query)} characters; the limit is {MAX_QUERY_CHARS}")
    check_unicode(query, "query")
    return query.strip()


def check_query_tokens(tokens: int) -> None:
    """InputError when a query is longer than the model reads (its tokens counted by the
    embedder; Korean runs about 1.9 characters a token).

    >>> check_query_tokens(535)
    Traceback (most recent call last):
    ...
    search.ingest.InputError: the query is 535 model tokens long; the limit is 512 (about 950 Korean characters): shorten it
    """
    if tokens > MAX_QUERY_TOKENS:
        raise InputError(
            f"the query is {tokens} model tokens long; the limit is {MAX_QUERY_TOKENS} "
            "(about 950 Korean characters): shorten it"
        )


_SENTENCE_END = re.compile(r"[.!?。？！]+[\"'”’)\]]*(?:\s+|$)|\n")


def estimate_sentences(text: str) -> int:
    """About how many sentences a text has (the pieces between sentence ends and line breaks;
    within a tenth of what Kiwi finds on news and encyclopedia text), cheaply enough to decide
    before any analysis how to ingest it.

    >>> estimate_sentences("업스테이지는 솔라를 개발했다. 리벨리온은 2020년 설립됐다.\\n제목")
    3
    """
    return sum(1 for piece in _SENTENCE_END.split(text) if piece.strip())


def check_k(k) -> int:
    """How many hits to return, as an int; ValueError outside 1..MAX_K."""
    if not 1 <= int(k) <= MAX_K:
        raise ValueError(f"k must be between 1 and {MAX_K}")
    return int(k)


def check_document_text(text) -> None:
    """InputError when a document's text is empty or over MAX_DOCUMENT_CHARS."""
    if not isinstance(text, str) or not text.strip():
        raise InputError("the document text is empty")
    check_unicode(text, "text")
    if len(text) > MAX_DOCUMENT_CHARS:
        raise InputError(
            f"the document has {len(text):,} characters, over the limit of "
            f"{MAX_DOCUMENT_CHARS:,}; split it into smaller documents"
        )
