"""Reading inputs: every bad input is rejected with its code, and the rest is still read."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from rapport.pipeline.errors import InputError
from rapport.pipeline.fetch import (
    is_jsonl,
    iter_inputs,
    iter_jsonl,
    looks_like_html,
    read_document,
    validate_published,
)
from rapport.pipeline.types import RawDocument, Rejection

PAGE = "<html><head><title>Talks</title></head><body><p>The dialogue took place.</p></body></html>"


def _write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def _one(path: str, **kwargs: int) -> RawDocument | Rejection:
    items = list(iter_inputs([path], **kwargs))
    assert len(items) == 1
    return items[0]


def test_fetch_html_file_reads_markup(tmp_path: Path) -> None:
    document = _one(_write(tmp_path / "page.html", PAGE))
    assert isinstance(document, RawDocument)
    assert document.html == PAGE
    assert document.text is None
    assert document.origin == str(tmp_path / "page.html")


def test_fetch_text_file_reads_text_without_bom(tmp_path: Path) -> None:
    document = _one(_write(tmp_path / "note.txt", "\ufeffThe dialogue took place in Astana."))
    assert isinstance(document, RawDocument)
    assert document.text == "The dialogue took place in Astana."
    assert document.html is None


def test_fetch_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    document = _one(_write(tmp_path / "note.txt", "Chişinău talks".encode("utf-16")))
    assert isinstance(document, RawDocument)
    assert document.text == "Chişinău talks"


UNDECODABLE = bytes(range(0x80, 0x100)) * 3  # every high byte: no charset reads it as text


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "R001"),
        ("blank.html", b"  \n\t \r\n", "R001"),
        ("nul.txt", b"text\x00with\x00nuls", "R002"),
        ("scan.html", b"%PDF-1.7\n...", "R002"),
        ("photo.html", b"\x89PNG\r\n\x1a\n....", "R002"),
        ("bad.txt", b"caf" + UNDECODABLE, "R003"),
        ("notes.docx", b"PK\x03\x04", "R008"),
        ("missing.html", None, "R009"),
    ],
)
def test_fetch_bad_file_is_rejected_with_code(
    tmp_path: Path, name: str, data: bytes | None, code: str
) -> None:
    path = _write(tmp_path / name, data) if data is not None else str(tmp_path / name)
    rejection = _one(path)
    assert isinstance(rejection, Rejection)
    assert rejection.code == code
    assert rejection.origin == path
    assert rejection.line is None
    assert rejection.message().startswith(f"{path}: {code} ")


def test_fetch_undecodable_reports_byte_offset(tmp_path: Path) -> None:
    rejection = _one(_write(tmp_path / "bad.txt", b"Dialogue in Chi" + UNDECODABLE))
    assert isinstance(rejection, Rejection)
    assert "at byte 15" in rejection.reason
    assert "0x80" in rejection.reason
    assert "no other charset fits" in rejection.reason


@pytest.mark.parametrize(("charset", "text"), [
    ("latin-1", "Talks in São Paulo and Genève: a naïve résumé of the round."),
    ("cp1252", "Café talks – the “dialogue” resumed in Zürich on 3 March."),
    ("cp1252", "Short é"),
    ("cp1251", "Казахстан и США провели диалог по правам человека в Астане."),
    ("cp1250", "Zażółć gęślą jaźń – rozmowy w Warszawie."),
])
def test_fetch_legacy_charsets_are_detected(tmp_path: Path, charset: str, text: str) -> None:
    document = _one(_write(tmp_path / "legacy.txt", text.encode(charset)))
    assert isinstance(document, RawDocument)
    assert document.text == text


def test_fetch_html_decodes_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>café talks</body></html>'
    document = _one(_write(tmp_path / "page.html", page.encode("cp1252")))
    assert isinstance(document, RawDocument)
    assert document.html is not None
    assert "café talks" in document.html


def test_fetch_html_declared_charset_via_http_equiv(tmp_path: Path) -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head><body>Łódź</body></html>'
    document = _one(_write(tmp_path / "page.htm", page.encode("iso-8859-2")))
    assert isinstance(document, RawDocument)
    assert document.html is not None
    assert "Łódź" in document.html


def test_fetch_oversize_file_is_rejected(tmp_path: Path) -> None:
    rejection = _one(_write(tmp_path / "big.txt", "x" * 101), max_bytes=100)
    assert isinstance(rejection, Rejection)
    assert rejection.code == "R004"
    assert "101 bytes" in rejection.reason


def test_fetch_directory_is_recursive_sorted_and_skips_hidden_and_unsupported(
    tmp_path: Path,
) -> None:
    _write(tmp_path / "b.txt", "second")
    _write(tmp_path / "a.html", PAGE)
    _write(tmp_path / "sub" / "c.txt", "third")
    _write(tmp_path / ".hidden.txt", "hidden")
    _write(tmp_path / ".git" / "d.txt", "hidden folder")
    _write(tmp_path / "README.md", "not an input")
    origins = [item.origin for item in iter_inputs([str(tmp_path)])]
    assert origins == [
        str(tmp_path / "a.html"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "c.txt"),
    ]


def test_fetch_keeps_going_after_a_bad_file(tmp_path: Path) -> None:
    paths = [_write(tmp_path / "a.txt", b""), _write(tmp_path / "b.txt", "fine")]
    items = list(iter_inputs(paths))
    assert [type(item).__name__ for item in items] == ["Rejection", "RawDocument"]


@pytest.mark.parametrize(
    ("data", "is_html"), [(PAGE.encode(), True), (b"Plain readout text.", False)]
)
def test_fetch_stdin_sniffs_html_or_text(
    monkeypatch: pytest.MonkeyPatch, data: bytes, is_html: bool
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    document = _one("-")
    assert isinstance(document, RawDocument)
    assert document.origin == "-"
    assert (document.html is not None) is is_html


@pytest.mark.parametrize(
    ("data", "code"), [(b"", "R001"), (b"\x00\x01\x02", "R002"), (b"x" * 11, "R004")]
)
def test_fetch_stdin_bad_input_is_rejected(
    monkeypatch: pytest.MonkeyPatch, data: bytes, code: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    rejection = _one("-", max_bytes=10)
    assert isinstance(rejection, Rejection)
    assert (rejection.origin, rejection.code) == ("-", code)


def _corpus_lines() -> list[str]:
    return [
        json.dumps(
            {"id": "a", "text": "First readout.", "published": "2024-05-21", "outlet": "Daily"}
        ),
        "{not json",
        json.dumps({"id": "c", "title": "no body"}),
        "",  # blank lines are skipped, but still counted
        json.dumps({"id": "e", "html": PAGE, "published": "2024-05"}),
        json.dumps({"id": "f", "text": "x", "published": "21 May 2024"}),
        json.dumps({"id": "g", "text": "x", "published": "2024-02-30"}),
        json.dumps({"id": "h", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 9, "text": "Ninth.", "published": "2024-05-21T10:00:00Z"}),
        json.dumps({"id": "k", "text": "   "}),
        json.dumps({"id": True, "text": "x"}),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz"])
def test_fetch_jsonl_reports_bad_lines_with_numbers_and_reads_the_rest(
    tmp_path: Path, suffix: str
) -> None:
    data = ("\n".join(_corpus_lines()) + "\n").encode()
    path = _write(
        tmp_path / f"corpus{suffix}", gzip.compress(data) if suffix.endswith(".gz") else data
    )
    items = list(iter_inputs([path]))
    outcome = [
        (item.line, item.code) if isinstance(item, Rejection) else item.origin for item in items
    ]
    assert outcome == [
        f"{path}:1",
        (2, "R005"),
        (3, "R006"),
        f"{path}:5",
        (6, "R007"),
        (7, "R007"),
        (8, "R007"),
        (9, "R005"),
        f"{path}:10",
        (11, "R006"),
        (12, "R007"),
    ]
    first, fifth, tenth = (item for item in items if isinstance(item, RawDocument))
    assert (first.id, first.text, first.published, first.outlet) == (
        "a",
        "First readout.",
        "2024-05-21",
        "Daily",
    )
    assert (fifth.html, fifth.published) == (PAGE, "2024-05")
    assert (tenth.id, tenth.published) == ("9", "2024-05-21")
    message = next(item for item in items if isinstance(item, Rejection)).message()
    assert message.startswith(f"{path}:2: R005 malformed JSON line")


def test_fetch_jsonl_resumes_from_start_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "c.jsonl", "\n".join(_corpus_lines()))
    origins = [
        item.origin for item in iter_jsonl(path, start_line=10) if isinstance(item, RawDocument)
    ]
    assert origins == [f"{path}:10"]


def test_fetch_jsonl_undecodable_and_oversize_lines(tmp_path: Path) -> None:
    lines = [
        b'{"id": "a", "text": "caf\xe9"}',
        json.dumps({"id": "b", "text": "y" * 200}).encode(),
        b'{"id": "c", "text": "ok"}',
    ]
    path = _write(tmp_path / "c.jsonl", b"\n".join(lines))
    items = list(iter_jsonl(path, max_bytes=100))
    assert [(i.line, i.code) if isinstance(i, Rejection) else i.id for i in items] == [
        (1, "R003"),
        (2, "R004"),
        "c",
    ]


def test_fetch_jsonl_truncated_gzip_is_reported_after_the_good_lines(tmp_path: Path) -> None:
    data = gzip.compress(
        ("\n".join(json.dumps({"id": str(n), "text": "t" * 50}) for n in range(200))).encode()
    )
    path = _write(tmp_path / "c.jsonl.gz", data[: len(data) // 2])
    items = list(iter_jsonl(path))
    assert isinstance(items[-1], Rejection)
    assert items[-1].code == "R009"
    assert all(isinstance(item, RawDocument) for item in items[:-1])


def test_fetch_is_jsonl_by_suffix() -> None:
    assert is_jsonl("a.jsonl")
    assert is_jsonl("B.JSONL.GZ")
    assert not is_jsonl("a.json")
    assert not is_jsonl("a.html")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2024-05-21", "2024-05-21"),
        ("2024-05", "2024-05"),
        ("2024-05-21T09:00:00+02:00", "2024-05-21"),
    ],
)
def test_fetch_validate_published_accepts_dates(value: str | None, expected: str | None) -> None:
    assert validate_published(value) == expected


@pytest.mark.parametrize("value", ["2024", "2024-13", "2024-02-30", "May 2024", 2024])
def test_fetch_validate_published_rejects_others(value: object) -> None:
    with pytest.raises(InputError) as caught:
        validate_published(value)
    assert caught.value.code == "R007"


def test_fetch_read_document_uses_file_stem_as_id(tmp_path: Path) -> None:
    document = read_document(_write(tmp_path / "001.txt", "text"))
    assert isinstance(document, RawDocument)
    assert document.id == "001"


def test_fetch_looks_like_html() -> None:
    assert looks_like_html(b"\n  <!DOCTYPE html><html>")
    assert not looks_like_html(b"Astana, 20 May")


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_read(tmp_path, monkeypatch) -> None:
    import os

    (tmp_path / "a.txt").write_text("Talks resumed in Hanoi.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "b.txt").write_text("Talks resumed in Astana.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("Talks resumed in Geneva.", encoding="utf-8")
    listing = os.scandir

    def scandir(path):  # as for a folder without read permission (root may read any)
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(iter_inputs([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "Rejection"]
    assert items[2].message() == f"{tmp_path / 'locked'}: R009 unreadable: cannot list the folder: permission denied"
