"""Reading documents from disk: .txt, .md, .jsonl files or folders of them.

Korean files come in UTF-8 and, from older Windows tools, CP949/EUC-KR: both are read.  Markup
(HTML tags, Markdown syntax) is reduced to its text.  Anything else gets an ``InputError`` that
names the file and what is wrong with it.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "MAX_FILE_BYTES",
    "SUFFIXES",
    "InputError",
    "SourceDocument",
    "decode_bytes",
    "read_bytes",
    "read_paths",
    "strip_markup",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".markdown", ".jsonl")


class InputError(ValueError):
    """A document that cannot be ingested; the message says which and why."""


@dataclass(frozen=True)
class SourceDocument:
    id: str
    text: str
    title: str = ""
    source: str = ""


def decode_bytes(raw: bytes, name: str = "input") -> str:
    """UTF-8 (with or without BOM), else CP949 (which covers EUC-KR).

    >>> decode_bytes("업스테이지".encode("cp949"))
    '업스테이지'
    """
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file (it holds NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            return raw.decode("cp949")
        except UnicodeDecodeError:
            raise InputError(
                f"{name}: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) and not "
                "CP949/EUC-KR either; convert it to UTF-8"
            ) from None


_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]{1,500}>", re.S | re.I)


def strip_markup(text: str, markdown: bool = False) -> str:
    """Text without HTML tags and entities (and Markdown syntax when ``markdown``)."""
    if "<" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = re.sub(r"<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text, flags=re.I)
        text = _TAG.sub(" ", text)
        text = html.unescape(text)
    if markdown:
        text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
        text = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
        text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+", "", text, flags=re.M)
        text = re.sub(r"(\*\*|__|\*|_|`)(\S.*?\S|\S)\1", r"\2", text)
    return text


def _read_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(
            f"{path}: {size / 1e6:.1f} MB is over the {MAX_FILE_BYTES // 2**20} MB "
            "limit for one file; split it into smaller documents"
        )
    return path.read_bytes()


def _title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:120]


def read_paths(paths, root: Path | None = None) -> list[SourceDocument]:
    """Documents from files and folders; a folder contributes every .txt/.md/.jsonl below it.
    A document's id is its path relative to the folder given (without suffix), or the file's
    stem for a file given directly; JSONL lines use their "id" field."""
    docs: list[SourceDocument] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            for f in files:
                try:
                    docs.extend(_read_one(f, f.relative_to(p).with_suffix("").as_posix()))
                except FileNotFoundError:
                    continue  # removed between the listing and the read: the folder's now
        elif p.is_file():
            docs.extend(_read_one(p, p.stem))
        else:
            raise InputError(f"{p}: no such file or folder")
    seen: dict[str, str] = {}
    for d in docs:
        if d.id in seen:
            raise InputError(
                f"document id {d.id!r} comes from both {seen[d.id]} and {d.source}; "
                "give the documents distinct names or ids"
            )
        seen[d.id] = d.source
    return docs


def _check_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            f"{path}: unsupported file type {suffix or '(none)'}; use {', '.join(SUFFIXES)}"
        )
    return suffix


def _read_one(path: Path, doc_id: str) -> list[SourceDocument]:
    _check_suffix(path)
    return read_bytes(path, _read_file(path), doc_id)


def read_bytes(
    name: str | Path, raw: bytes, doc_id: str | None = None, source: str | None = None
) -> list[SourceDocument]:
    """The documents of one file's content, read as ``read_paths`` reads a file of that name
    (an upload, say): its suffix decides the format, the id is ``doc_id`` or the name's stem.

    >>> [(d.id, d.text) for d in read_bytes("뉴스.md", "**업스테이지**는 솔라를 개발했다.".encode())]
    [('뉴스', '업스테이지는 솔라를 개발했다.')]
    """
    path = Path(name)
    suffix = _check_suffix(path)
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(
            f"{path}: {len(raw) / 1e6:.1f} MB is over the {MAX_FILE_BYTES // 2**20} MB "
            "limit for one file; split it into smaller documents"
        )
    text = decode_bytes(raw, str(path))
    if suffix == ".jsonl":
        return _read_jsonl(text, path)
    text = strip_markup(text, markdown=suffix in {".md", ".markdown"})
    if not text.strip():
        raise InputError(f"{path}: the file is empty (nothing but white space)")
    return [SourceDocument(doc_id or path.stem, text, _title(text), source or str(path))]


def _read_jsonl(text: str, path: Path) -> list[SourceDocument]:
    docs, bad = [], []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError):  # not JSON, nested too deeply, huge integers
            bad.append(n)
            continue
        if (
            not isinstance(obj, dict)
            or not isinstance(obj.get("text"), str)
            or not obj["text"].strip()
        ):
            bad.append(n)
            continue
        doc_id = str(obj.get("id") or f"{path.stem}-{n}")
        docs.append(
            SourceDocument(
                doc_id,
                strip_markup(obj["text"]),
                str(obj.get("title") or _title(obj["text"])),
                f"{path}:{n}",
            )
        )
    if bad:
        shown = ", ".join(map(str, bad[:20])) + (" ..." if len(bad) > 20 else "")
        raise InputError(
            f"{path}: line(s) {shown} are not JSON objects with a non-empty "
            '"text" field; fix or remove them'
        )
    if not docs:
        raise InputError(f"{path}: the file holds no documents")
    return docs
