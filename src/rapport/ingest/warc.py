"""Read web archives (``.warc``, ``.warc.gz``): each HTML page a crawler fetched is one document.

Only ``response`` records with HTTP status 200 and an HTML content type (``text/html``,
``application/xhtml+xml``) are documents; requests, metadata, redirects, errors, images and
the like are skipped without a word. Records are numbered from 1 in file order, counting every
record, so ``path:N`` names one (its origin) and a re-run can start at a record number as it
starts at a JSONL line. A record that cannot be read becomes a Rejection with its number and
reading goes on: after a corrupt stretch the reader looks for the next record that starts
cleanly, so one bad record in a crawl does not lose the rest.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterable, Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from rapport.pipeline.errors import InputError, reject
from rapport.pipeline.fetch import (
    DEFAULT_MAX_BYTES,
    decode_document,
    is_supported,
    is_web_url,
    iter_inputs,
    walk_directory,
)
from rapport.pipeline.types import RawDocument, Rejection

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_BLOCK = 1 << 20
# warcio reports a damaged stream with these; a header cut short surfaces as AttributeError.
_READ_ERRORS = (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError, AttributeError)


def is_warc(path: str) -> bool:
    """Whether ``path`` names a web archive (``.warc`` or ``.warc.gz``)."""
    return path.lower().endswith(WARC_SUFFIXES)


def iter_corpus(
    paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Every document in ``paths`` as ``fetch.iter_inputs`` reads them, web archives included."""
    for path in paths:
        if os.path.isdir(path):
            for found in walk_directory(path, accept=_is_corpus_file):
                if isinstance(found, Rejection):
                    yield found
                else:
                    yield from _iter_path(found, max_bytes)
        else:
            yield from _iter_path(path, max_bytes)


def _iter_path(path: str, max_bytes: int) -> Iterator[RawDocument | Rejection]:
    if is_warc(path) and os.path.isfile(path):
        yield from iter_warc(path, max_bytes=max_bytes)
    else:
        yield from iter_inputs([path], max_bytes=max_bytes)


def _is_corpus_file(name: str) -> bool:
    """Whether a file found in a folder is read: a supported document or a web archive."""
    return is_supported(name) or is_warc(name)


def iter_warc(
    path: str, start_record: int = 1, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[RawDocument | Rejection]:
    """Each HTML page of the archive at ``path``, from record ``start_record`` on, or why it cannot be read."""
    try:
        handle = open(path, "rb")  # noqa: SIM115 -- closed by the with block below
    except OSError as error:
        yield reject(path, "R009", detail=error.strerror or str(error))
        return
    with handle:
        yield from _iter_records(handle, path, start_record, max_bytes)


def _iter_records(
    handle: IO[bytes], path: str, start_record: int, max_bytes: int
) -> Iterator[RawDocument | Rejection]:
    """Walk the records, resynchronising after a corrupt stretch; numbers count every record."""
    magic = _GZIP_MAGIC if path.lower().endswith(".gz") else _WARC_MAGIC
    number, start, reported = 0, 0, False
    while start >= 0:
        handle.seek(start)
        records = ArchiveIterator(handle, check_digests=True)
        try:
            for record in records:
                number += 1
                item = record_document(path, number, record, max_bytes) if number >= start_record else None
                # A record already rejected as damaged is the corrupt stretch: do not report it twice.
                reported = isinstance(item, Rejection) and item.code == "R009"
                if item is not None:
                    yield item
            if _ends_early(handle, records.offset) and number + 1 >= start_record:
                yield reject(path, "R009", number + 1, detail="truncated WARC record: the archive ends inside it")
            return
        except _READ_ERRORS as error:
            if not reported:  # one rejection per corrupt stretch, however many false starts
                number += 1
                reported = True
                if number >= start_record:
                    yield reject(path, "R009", number, detail=f"corrupt WARC record ({_short(error)})")
            # The iterator's offset is where the failing record began: look for the next one after it.
            start = _next_start(handle, records.offset + 1, magic)


def _ends_early(handle: IO[bytes], offset: int) -> bool:
    """Whether bytes other than blank lines follow ``offset``, where warcio saw the archive end."""
    handle.seek(offset)
    return bool(handle.read(_SCAN_BLOCK).strip())


def _next_start(handle: IO[bytes], offset: int, magic: bytes) -> int:
    """The offset of the next record start (gzip member or ``WARC/1.`` line) at or after ``offset``, or -1."""
    handle.seek(offset)
    carry = b""
    base = offset
    while block := handle.read(_SCAN_BLOCK):
        data = carry + block
        found = data.find(magic)
        if found >= 0:
            return base - len(carry) + found
        carry = data[-(len(magic) - 1) :]
        base += len(block)
    return -1


def record_document(path: str, number: int, record: Any, max_bytes: int) -> RawDocument | Rejection | None:
    """Record ``number`` as a RawDocument when it is an HTML page fetched with status 200, else None or why not."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    headers = record.http_headers
    if headers.get_statuscode() != "200":
        return None
    mime, charset = _content_type(headers.get_header("Content-Type") or "")
    try:
        if mime not in HTML_TYPES:
            _drain(record)  # not a page; but a record cut short may have been one
            return None
        content = _decode(_read_payload(record, max_bytes), charset)
    except InputError as error:
        return error.rejection(path, number)
    except _READ_ERRORS as error:
        return reject(path, "R009", number, detail=f"broken WARC record ({_short(error)})")
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>")
    return RawDocument(
        origin=f"{path}:{number}",
        id=record_id.removeprefix("urn:uuid:") or None,
        html=content,
        url=_web_url(record.rec_headers.get_header("WARC-Target-URI")),
    )


def _web_url(value: str | None) -> str | None:
    """The archived page's address when it is http(s) (the only URLs kept), else None."""
    return value.strip() if value and is_web_url(value) else None


def _drain(record: Any) -> None:
    """Read a record to its end, so that one cut short by the end of the archive is told apart."""
    while record.raw_stream.read(_SCAN_BLOCK):
        pass
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise InputError("R009", detail="truncated WARC record: the archive ends inside it")


def _read_payload(record: Any, max_bytes: int) -> bytes:
    """The page's bytes (transfer and content encodings undone), checked whole and within the limit."""
    data: bytes = record.content_stream().read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("R004", size=f"more than {max_bytes}", limit=max_bytes)
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise InputError("R009", detail="truncated WARC record: the archive ends inside it")
    if record.digest_checker.passed is False:
        problems = "; ".join(record.digest_checker.problems)
        raise InputError("R009", detail=f"damaged WARC record: {problems}")
    return data


def _decode(data: bytes, charset: str | None) -> str:
    """The page as text: the HTTP header's charset first, then UTF-8 and the page's own declaration."""
    if charset and charset.replace("-", "").replace("_", "") not in {"utf8", "usascii"}:
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown header charset: the page may still say the truth itself
        else:
            if text.strip():
                return decode_document(text.encode("utf-8"), is_html=True)
    return decode_document(data, is_html=True)


def _content_type(value: str) -> tuple[str, str | None]:
    """The media type (lower case) and the charset parameter of a Content-Type header."""
    parts = [part.strip() for part in value.split(";")]
    charset = None
    for part in parts[1:]:
        name, _, param = part.partition("=")
        if name.strip().lower() == "charset":
            charset = param.strip().strip("\"'").lower() or None
    return parts[0].lower(), charset


def _short(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text[:120]
