"""Reading web archives: HTML responses become documents, broken records become Rejections."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rapport.ingest.warc import is_warc, iter_corpus, iter_warc
from rapport.pipeline.types import RawDocument, Rejection

pytestmark = pytest.mark.pure

PAGE = b"<html><head><title>T%d</title></head><body><p>Page number %d.</p></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK",
              content_type: str = "text/html; charset=utf-8", extra: tuple[tuple[str, str], ...] = ()) -> object:
    headers = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def _crawl(writer: WARCWriter) -> None:
    """A small crawl: 3 pages among records that are not documents."""
    writer.write_record(writer.create_warcinfo_record("t.warc", {"software": "test"}))
    request = writer.create_warc_record("https://a.example/1", "request", payload=io.BytesIO(b"GET /1 HTTP/1.1\r\n\r\n"))
    writer.write_request_response_pair(request, _response(writer, "https://a.example/1", PAGE % (1, 1)))
    writer.write_record(_response(writer, "https://a.example/missing", b"<html>gone</html>", status="404 Not Found"))
    writer.write_record(_response(writer, "https://a.example/logo.png", b"\x89PNG\r\n\x1a\n...", content_type="image/png"))
    writer.write_record(_response(writer, "https://a.example/robots.txt", b"User-agent: *", content_type="text/plain"))
    writer.write_record(_response(writer, "https://a.example/2", PAGE % (2, 2), content_type="application/xhtml+xml"))
    writer.write_record(_response(writer, "https://a.example/moved", b"", status="301 Moved Permanently"))
    body = gzip.compress(PAGE % (3, 3))
    writer.write_record(_response(writer, "https://a.example/3", body, extra=(("Content-Encoding", "gzip"),)))


@pytest.fixture(params=[".warc", ".warc.gz"])
def make_warc(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[..., Path]:
    """A function writing a WARC (plain, then gzipped) with ``build(writer)`` and returning its path."""

    def make(build: Callable[[WARCWriter], None] = _crawl, name: str = "crawl") -> Path:
        path = tmp_path / f"{name}{request.param}"
        with path.open("wb") as handle:
            build(WARCWriter(handle, gzip=request.param.endswith(".gz")))
        return path

    return make


def _docs(items: list[RawDocument | Rejection]) -> list[RawDocument]:
    return [item for item in items if isinstance(item, RawDocument)]


def test_iter_warc_reads_html_responses_with_status_200_only(make_warc: Callable[..., Path]) -> None:
    items = list(iter_warc(str(make_warc())))
    assert [doc.url for doc in _docs(items)] == [f"https://a.example/{n}" for n in (1, 2, 3)]
    assert all(isinstance(item, RawDocument) for item in items)


def test_iter_warc_documents_carry_html_origin_and_record_id(make_warc: Callable[..., Path]) -> None:
    path = make_warc()
    docs = _docs(list(iter_warc(str(path))))
    assert [doc.origin for doc in docs] == [f"{path}:2", f"{path}:7", f"{path}:9"]  # warcio writes the response before its request
    assert "Page number 3." in (docs[2].html or "")  # gzip content encoding undone
    assert docs[0].text is None
    assert len(docs[0].id or "") == 36  # the WARC-Record-ID's uuid


def test_iter_warc_start_record_skips_earlier_records(make_warc: Callable[..., Path]) -> None:
    path = make_warc()
    assert [doc.url for doc in _docs(list(iter_warc(str(path), start_record=4)))] == [
        "https://a.example/2", "https://a.example/3"]


def test_iter_warc_decodes_by_the_http_charset(make_warc: Callable[..., Path]) -> None:
    def build(writer: WARCWriter) -> None:
        body = "<html><body><p>Zürich, São Paulo</p></body></html>".encode("latin-1")
        writer.write_record(_response(writer, "https://b.example/", body, content_type="text/html; charset=ISO-8859-1"))

    (doc,) = _docs(list(iter_warc(str(make_warc(build)))))
    assert "Zürich, São Paulo" in (doc.html or "")


def test_iter_warc_rejects_empty_and_oversize_pages_and_goes_on(make_warc: Callable[..., Path]) -> None:
    def build(writer: WARCWriter) -> None:
        writer.write_record(_response(writer, "https://c.example/empty", b"   "))
        writer.write_record(_response(writer, "https://c.example/big", b"<p>" + b"x" * 5000 + b"</p>"))
        writer.write_record(_response(writer, "https://c.example/ok", PAGE % (1, 1)))

    path = make_warc(build)
    items = list(iter_warc(str(path), max_bytes=1000))
    assert [(item.code, item.line) for item in items if isinstance(item, Rejection)] == [("R001", 1), ("R004", 2)]
    assert [doc.origin for doc in _docs(items)] == [f"{path}:3"]


def test_iter_warc_rejects_a_corrupt_record_and_reads_the_rest(make_warc: Callable[..., Path]) -> None:
    path = make_warc(lambda w: [w.write_record(_response(w, f"https://d.example/{n}", PAGE % (n, n))) for n in range(5)])
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 24] = b"X" * 24
    path.write_bytes(bytes(data))
    items = list(iter_warc(str(path)))
    rejections = [item for item in items if isinstance(item, Rejection)]
    assert len(rejections) == 1
    assert rejections[0].code == "R009"
    assert rejections[0].message().startswith(f"{path}:{rejections[0].line}: R009")
    assert len(_docs(items)) == 4
    assert [doc.origin for doc in _docs(items)][-1] == f"{path}:5"


@pytest.mark.parametrize("cut", [30, 120, 250])
def test_iter_warc_rejects_the_record_cut_by_a_truncated_archive(make_warc: Callable[..., Path], cut: int) -> None:
    path = make_warc(lambda w: [w.write_record(_response(w, f"https://e.example/{n}", PAGE % (n, n))) for n in range(3)])
    path.write_bytes(path.read_bytes()[:-cut])
    items = list(iter_warc(str(path)))
    assert [doc.origin for doc in _docs(items)] == [f"{path}:1", f"{path}:2"]
    assert [(item.code, item.line) for item in items if isinstance(item, Rejection)] == [("R009", 3)]


def test_iter_warc_rejects_a_missing_file(tmp_path: Path) -> None:
    (item,) = iter_warc(str(tmp_path / "nothing.warc.gz"))
    assert isinstance(item, Rejection)
    assert item.code == "R009"


@pytest.mark.parametrize(("name", "expected"), [("a.warc", True), ("A.WARC.GZ", True), ("a.jsonl.gz", False)])
def test_is_warc_by_suffix(name: str, expected: bool) -> None:
    assert is_warc(name) is expected


def test_iter_corpus_walks_folders_with_archives_among_other_inputs(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.jsonl").write_text('{"id": "1", "text": "one"}\n{"id": "2", "text": "two"}\n')
    (tmp_path / "README.md").write_text("not an input")
    with (tmp_path / "sub" / "c.warc.gz").open("wb") as handle:
        _crawl(WARCWriter(handle, gzip=True))
    (tmp_path / "sub" / "d.html").write_text("<html><body><p>page</p></body></html>")
    origins = [item.origin for item in iter_corpus([str(tmp_path), str(tmp_path / "none.warc")])]
    warc = tmp_path / "sub" / "c.warc.gz"
    assert origins == [f"{tmp_path}/a.jsonl:1", f"{tmp_path}/a.jsonl:2", f"{warc}:2", f"{warc}:7", f"{warc}:9",
                       f"{tmp_path}/sub/d.html", f"{tmp_path}/none.warc"]
