"""``rapport extract``: output per input, clear messages for bad inputs, and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import sys
from pathlib import Path

import pytest

from rapport.cli.main import main

PAGE = """<html><head><title>EU and Kyrgyzstan hold human rights dialogue</title>
<meta property="og:site_name" content="Bishkek Courier">
<meta property="article:published_time" content="2023-06-13"></head>
<body><nav>Home | World | Share this article</nav><article>
<h1>EU and Kyrgyzstan hold human rights dialogue</h1>
<p>The 12th round of the EU-Kyrgyzstan Human Rights Dialogue took place in Bishkek on 12 June
2023. The EU delegation was led by Anna Lindqvist, Deputy Managing Director for Central Asia at
the European External Action Service, and the Kyrgyz delegation was headed by Deputy Foreign
Minister Azamat Toktorov.</p>
<p>The sides discussed freedom of expression, media freedom and the situation of civil society
organisations, as well as the prevention of torture.</p>
<p>Advertisement</p>
<p>The parties agreed to hold the next round of the dialogue in Brussels in 2024.</p>
</article><footer>Connect with us</footer></body></html>"""

READOUT_TEXT = (
    "The fourth round of the Australia-Vietnam Human Rights Dialogue was held in Canberra on "
    "3 March 2025. The Australian delegation was led by First Assistant Secretary Claire Dunmore "
    "and the Vietnamese delegation was headed by Deputy Foreign Minister Tran Van Hoa. The two "
    "sides discussed the rights of ethnic minorities and labour rights."
)




def _write(path: Path, data: bytes | str) -> str:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def test_extract_json_prints_one_object_per_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [_write(tmp_path / "a.html", PAGE), _write(tmp_path / "b.txt", "No meeting here.")]
    assert main(["extract", *paths, "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [len(json.loads(line)["meetings"]) for line in lines] == [1, 0]
    assert set(json.loads(lines[0])) == {"source", "meetings"}


def test_extract_pretty_indents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", _write(tmp_path / "a.html", PAGE), "--json", "--pretty"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("{\n  ")
    meeting = json.loads(out)["meetings"][0]
    assert meeting["round"] == 12
    assert meeting["parties"] == ["EU", "KG"]
    assert meeting["place"] == {"city": "Bishkek", "country": "KG"}


def test_extract_without_json_prints_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "a.html", PAGE)
    assert main(["extract", path]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{path}:")
    assert "1 meeting(s)" in out
    assert "EU-KG  round 12  2023-06-12  Bishkek" in out


def test_extract_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["extract", "-", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["meetings"]) == 1


def test_extract_empty_stdin_is_rejected(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["extract", "-", "--json"]) == 1
    assert capsys.readouterr().err.startswith("-: R001 empty input")


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.txt", b"", "R001"),
        ("binary.html", b"\x00\x01\x02\x03", "R002"),
        ("garbled.txt", b"caf" + bytes(range(0x80, 0x100)) * 3, "R003"),
        ("big.txt", b"x" * 2048, "R004"),
        ("slides.pptx", b"PK\x03\x04", "R008"),
    ],
)
def test_extract_bad_file_reported_and_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: bytes, code: str
) -> None:
    bad = _write(tmp_path / name, data)
    good = _write(tmp_path / "good.html", PAGE)
    assert main(["extract", bad, good, "--json", "--max-bytes", "1024"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"{bad}: {code} " in captured.err
    assert "1 input(s) rejected or failed" in captured.err


def test_extract_missing_file_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "nope.html"), "--json"]) == 1
    assert "R009 unreadable: no such file or directory" in capsys.readouterr().err


def test_extract_no_input_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract"]) == 2
    assert "give a PATH" in capsys.readouterr().err


@pytest.mark.usefixtures("crash_on_boom")
def test_extract_crashing_document_reported_and_others_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = [_write(tmp_path / "a.txt", "BOOM"), _write(tmp_path / "b.html", PAGE)]
    assert main(["extract", *paths, "--json"]) == 1
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 1
    assert f"{paths[0]}: extraction failed (RuntimeError: extractor crashed)" in captured.err


def _corpus(path: Path, *, compress: bool = False) -> str:
    lines = [
        json.dumps({"id": "r1", "text": READOUT_TEXT, "published": "2025-03-04"}),
        '{"id": "r2", "text": ',
        json.dumps({"id": "r3"}),
        json.dumps({"id": "r4", "text": "x", "published": "yesterday"}),
        json.dumps({"id": "r5", "html": PAGE}),
    ]
    data = ("\n".join(lines) + "\n").encode()
    return _write(path, gzip.compress(data) if compress else data)


@pytest.mark.parametrize("compress", [False, True])
def test_extract_jsonl_one_line_per_input_line_and_bad_lines_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], compress: bool
) -> None:
    path = _corpus(tmp_path / ("c.jsonl.gz" if compress else "c.jsonl"), compress=compress)
    assert main(["extract", "--jsonl", path]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["id"] for r in records] == ["r1", "r5"]
    assert all(set(r) == {"id", "source", "meetings"} for r in records)
    assert records[0]["source"]["published"] == "2025-03-04"
    assert records[0]["meetings"][0]["parties"] == ["AU", "VN"]
    assert records[0]["meetings"][0]["date"] == "2025-03-03"
    errors = captured.err.splitlines()
    assert errors[0].startswith(f"{path}:2: R005 malformed JSON line")
    assert errors[1].startswith(f"{path}:3: R006 missing text")
    assert errors[2].startswith(f"{path}:4: R007 bad field 'published'")
    assert errors[3] == "3 input(s) rejected or failed; the others were processed"


def test_extract_jsonl_all_good_exits_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "c.jsonl", json.dumps({"id": 1, "text": "a dialogue"}) + "\n")
    assert main(["extract", "--jsonl", path]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "1"


def test_extract_real_pipeline_prints_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rapport.cli import cmd_extract

    assert cmd_extract.load_pipeline()[0].__module__ == "rapport.pipeline.process"
    assert main(["extract", _write(tmp_path / "a.html", PAGE), "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["source"] == {
        "title": "EU and Kyrgyzstan hold human rights dialogue",
        "published": "2023-06-13",
        "outlet": "Bishkek Courier",
        "language": "en",
        "text_chars": record["source"]["text_chars"],
    }
    text_meeting = record["meetings"][0]
    assert text_meeting["next_meeting"] == {
        "date": "2024",
        "place": {"city": "Brussels", "country": "BE"},
    }
