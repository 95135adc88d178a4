"""Stage 0 of the pipeline: read inputs (files, directories, stdin, JSONL corpora) as RawDocuments.

Every input yields either a :class:`RawDocument` or a :class:`Rejection` with a coded reason
(see :mod:`rapport.pipeline.errors`); a bad file or a bad corpus line never stops the rest.
Directories are walked recursively in sorted order, skipping hidden entries and files whose
type is not supported (a README beside the pages is not an error); a file named explicitly
with an unsupported type is rejected (R008).
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, cast

from rapport.pipeline.errors import InputError, reject
from rapport.pipeline.types import RawDocument, Rejection

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Largest document (a file, or one JSONL line) read; anything bigger is rejected with R004."""

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
STDIN = "-"

# Signatures of the binary files people most often drop into a corpus by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_SNIFF_BYTES = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_PUBLISHED = re.compile(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ][0-9:.+\-Z]*)?")
_STRING_FIELDS = ("text", "html", "url", "outlet", "title")


def is_jsonl(path: str) -> bool:
    """Whether ``path`` names a JSONL corpus (``.jsonl`` or gzip-compressed ``.jsonl.gz``)."""
    return path.lower().endswith(JSONL_SUFFIXES)


def is_supported(path: str) -> bool:
    """Whether ``path`` has a type ``iter_inputs`` reads (HTML, text or a JSONL corpus)."""
    return path.lower().endswith(HTML_SUFFIXES + TEXT_SUFFIXES) or is_jsonl(path)


def iter_inputs(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Every document in ``paths`` (files, directories, ``-`` for stdin, JSONL corpora), in order."""
    for path in paths:
        if path == STDIN:
            yield read_stdin(max_bytes=max_bytes)
        elif os.path.isdir(path):
            for found in walk_directory(path):
                if isinstance(found, Rejection):
                    yield found
                else:
                    yield from _iter_file(found, max_bytes)
        elif (missing := unreachable(path)) is not None:
            yield missing
        else:
            yield from _iter_file(path, max_bytes)


def unreachable(path: str) -> Rejection | None:
    """Why ``path`` cannot be opened at all (missing, a symbolic link loop, no permission), or None."""
    try:
        os.stat(path)
    except OSError as error:
        return reject(path, "R009", detail=(error.strerror or str(error)).lower())
    return None


def walk_directory(root: str, accept: Callable[[str], bool] = is_supported) -> Iterator[str | Rejection]:
    """Files under ``root`` whose name ``accept`` takes, recursively, sorted, without hidden files
    or folders; a folder that cannot be listed comes as its Rejection (R009), in its place."""
    failures: list[OSError] = []
    for folder, subfolders, files in os.walk(root, onerror=failures.append):
        yield from _failed(failures)
        subfolders[:] = sorted(name for name in subfolders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and accept(name):
                yield os.path.join(folder, name)
    yield from _failed(failures)


def _failed(failures: list[OSError]) -> Iterator[Rejection]:
    """The folders os.walk could not list since the last call, as Rejections."""
    while failures:
        error = failures.pop(0)
        detail = f"cannot list the folder: {(error.strerror or str(error)).lower()}"
        yield reject(str(error.filename or "?"), "R009", detail=detail)


def _iter_file(path: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    if is_jsonl(path):
        yield from iter_jsonl(path, max_bytes=max_bytes)
    elif path.lower().endswith(HTML_SUFFIXES + TEXT_SUFFIXES):
        yield read_document(path, max_bytes=max_bytes)
    else:
        suffix = os.path.splitext(path)[1] or "(none)"
        yield reject(path, "R008", suffix=suffix)


def read_document(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Rejection:
    """One .html/.htm/.txt file as a RawDocument, or the Rejection saying why it cannot be read."""
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            return reject(path, "R004", size=size, limit=max_bytes)
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        return reject(path, "R009", detail=error.strerror or str(error))
    is_html = path.lower().endswith(HTML_SUFFIXES)
    stem = os.path.splitext(os.path.basename(path))[0]
    return document_from_bytes(data, origin=path, is_html=is_html, doc_id=stem)


def read_stdin(*, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Rejection:
    """Standard input as one document; HTML when it looks like markup, text otherwise."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except OSError as error:
        return reject(STDIN, "R009", detail=error.strerror or str(error))
    if len(data) > max_bytes:
        return reject(STDIN, "R004", size=f"more than {max_bytes}", limit=max_bytes)
    return document_from_bytes(data, origin=STDIN, is_html=looks_like_html(data))


def looks_like_html(data: bytes) -> bool:
    """Whether the start of ``data`` looks like an HTML page rather than plain text."""
    head = data[:_SNIFF_BYTES].lstrip(codecs.BOM_UTF8 + b" \t\r\n").lower()
    return head.startswith((b"<!doctype", b"<html", b"<?xml", b"<head", b"<body", b"<!--")) or (
        b"<html" in head or b"<body" in head or b"<p>" in head
    )


def document_from_bytes(
    data: bytes, *, origin: str, is_html: bool, doc_id: str | None = None
) -> RawDocument | Rejection:
    """The checked, decoded document held in ``data``, or why it cannot be used."""
    try:
        content = decode_document(data, is_html=is_html)
    except InputError as error:
        return error.rejection(origin)
    if is_html:
        return RawDocument(origin=origin, id=doc_id, html=content)
    return RawDocument(origin=origin, id=doc_id, text=content)


def decode_document(data: bytes, *, is_html: bool) -> str:
    """The text of a whole document: rejects empty, binary and undecodable bytes."""
    if not data.strip():
        raise InputError("R001", what="the file")
    if data.startswith(_UTF16_BOMS):
        content = _decode_utf16(data)
    else:
        kind = binary_kind(data)
        if kind is not None:
            raise InputError("R002", kind=kind)
        content = decode_bytes(data, is_html=is_html)
    if not content.strip():
        raise InputError("R001", what="the file")
    return content


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is (by magic number or NUL bytes), or None for text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if b"\x00" in data[:_SNIFF_BYTES]:
        return "contains NUL bytes"
    return None


def decode_bytes(data: bytes, *, is_html: bool) -> str:
    """``data`` decoded as UTF-8 (BOM allowed), else by an HTML page's declared charset, else by
    the charset detected in it (Windows-1252, Latin-1, Windows-1251 ...)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    declared = declared_charset(data) if is_html else None
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass  # the declaration lies too: report the UTF-8 position, the one users can find
    detected = detect_charset(data)
    if detected is not None:
        return data.decode(detected)
    bad_byte = data[utf8_error.start]
    detail = f"byte 0x{bad_byte:02x}"
    if declared is not None:
        detail += f", nor valid {declared} as the page declares"
    raise InputError("R003", offset=utf8_error.start, detail=detail + "; no other charset fits either")


# Legacy Western charsets: where one of them fits as well as the detector's first guess, it is
# the likelier (the detector ranks cp1250 first for "São Paulo", reading "Săo Paulo").
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


def detect_charset(data: bytes) -> str | None:
    """The charset legacy-encoded ``data`` is most likely in (charset-normalizer), or None."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # could_be_from_charset: the charsets that read these bytes as the same text as that match
    tied = {name for m in matches if m.chaos <= best.chaos for name in m.could_be_from_charset}
    if tied & set(_WESTERN):
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            pass  # bytes cp1252 leaves undefined: take the detector's guess
    return str(best.encoding)


def declared_charset(data: bytes) -> str | None:
    """The codec named by an HTML ``<meta charset>`` / ``http-equiv`` declaration, if Python knows it."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _decode_utf16(data: bytes) -> str:
    try:
        return data.decode("utf-16")
    except UnicodeDecodeError as error:
        raise InputError("R003", offset=error.start, detail="invalid UTF-16 after a BOM") from None


def iter_jsonl(
    path: str, start_line: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Each line of a JSONL corpus from ``start_line`` (1-based, to resume) as a document or a Rejection."""
    try:
        handle = _open_binary(path)
    except OSError as error:
        yield reject(path, "R009", detail=error.strerror or str(error))
        return
    line_number = 0
    with handle:
        try:
            for line_number, line in _numbered_lines(handle, max_bytes):
                if line_number < start_line:
                    continue
                if isinstance(line, int):
                    yield reject(path, "R004", line_number, size=line, limit=max_bytes)
                elif line.strip():
                    yield line_document(path, line_number, line)
        except (OSError, EOFError, zlib.error) as error:
            # A truncated or corrupt archive: nothing after this point can be trusted.
            yield reject(
                path, "R009", line_number + 1, detail=f"corrupt or truncated file ({error})"
            )


def _open_binary(path: str) -> IO[bytes]:
    if path.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")  # the caller closes it in a with block


def _numbered_lines(handle: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | int]]:
    """(line number, bytes) per line; an oversize line comes as its size instead, unread."""
    line_number = 0
    while chunk := handle.readline(max_bytes + 1):
        line_number += 1
        if len(chunk) <= max_bytes or chunk.endswith(b"\n"):
            yield line_number, chunk
            continue
        size = len(chunk)
        while chunk and not chunk.endswith(b"\n"):  # skip the rest without holding it
            chunk = handle.readline(max_bytes)
            size += len(chunk)
        yield line_number, size


def line_document(path: str, line_number: int, line: bytes) -> RawDocument | Rejection:
    """Line ``line_number`` of a corpus as a RawDocument, or the coded Rejection of that line."""
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return reject(
            path,
            "R003",
            line_number,
            offset=error.start,
            detail=f"byte 0x{line[error.start]:02x} in the line",
        )
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        return reject(path, "R005", line_number, detail=f"{error.msg} at column {error.colno}")
    except RecursionError:  # the reader recurses once per level: "[[[[..." 100,000 deep
        return reject(path, "R005", line_number, detail="nested too deeply for a record")
    if not isinstance(record, dict):
        return reject(path, "R005", line_number, detail=f"found a JSON {type(record).__name__}")
    try:
        return document_from_record(record, origin=f"{path}:{line_number}")
    except InputError as error:
        return error.rejection(path, line_number)


def document_from_record(record: dict[str, Any], *, origin: str) -> RawDocument:
    """A RawDocument from one corpus record ``{"id", "text" | "html", "published"?, ...}``."""
    values: dict[str, str | None] = {}
    for name in _STRING_FIELDS:
        value = record.get(name)
        if value is not None and not isinstance(value, str):
            raise InputError(
                "R007", field=name, detail=f"expected a string, got {_json_type(value)}"
            )
        values[name] = value
    if not any((values[name] or "").strip() for name in ("text", "html")):
        raise InputError("R006")
    values["url"] = validate_url(values["url"])
    return RawDocument(
        origin=origin,
        id=_record_id(record.get("id")),
        published=validate_published(record.get("published")),
        **values,
    )


def _record_id(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(
            "R007", field="id", detail=f"expected a string or integer, got {_json_type(value)}"
        )
    return str(value)


WEB_SCHEMES = ("http", "https")


def is_web_url(value: str) -> bool:
    """Whether ``value`` is an absolute http(s) address with a host: the only URLs kept or linked."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(value.strip())
    except ValueError:  # an unbalanced [ in the host
        return False
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.netloc) and not any(c.isspace() for c in value.strip())


def validate_url(value: str | None) -> str | None:
    """``value`` trimmed when it is an http(s) address, None when empty; rejects any other scheme."""
    if value is None or not value.strip():
        return None
    if not is_web_url(value):
        raise InputError("R007", field="url", detail=f"{value[:100]!r} is not an http:// or https:// address")
    return value.strip()


def validate_published(value: object) -> str | None:
    """``published`` as ``YYYY-MM-DD`` or ``YYYY-MM`` (a datetime keeps its date); rejects others."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(
            "R007", field="published", detail=f"expected a string, got {_json_type(value)}"
        )
    match = _PUBLISHED.fullmatch(value.strip())
    if match is not None:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month), int(day or 1))
        except ValueError:
            match = None
    if match is None:
        raise InputError(
            "R007", field="published", detail=f"{value!r} is not a date like 2024-05-21 or 2024-05"
        )
    return f"{year}-{month}-{day}" if day else f"{year}-{month}"


def _json_type(value: object) -> str:
    names = {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)
