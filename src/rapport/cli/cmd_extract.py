"""``rapport extract``: read documents and print the meeting records found in each."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from typing import Any

from rapport.pipeline.fetch import DEFAULT_MAX_BYTES, iter_inputs, iter_jsonl
from rapport.pipeline.types import RawDocument, Rejection

HELP = "extract meeting records from HTML/text files, stdin (-) or a JSONL corpus"
EXAMPLE = "rapport extract readout.html --json --pretty"

Pipeline = tuple[Callable[[Any], Any], Callable[[Any], dict[str, Any]]]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Inputs, output format and the size limit."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help=".html/.htm/.txt file, a directory of them (recursive), or - for stdin",
    )
    parser.add_argument(
        "--jsonl",
        metavar="FILE",
        help='a corpus (.jsonl or .jsonl.gz), one {"id", "text"|"html", "published"?, "url"?, '
        '"outlet"?, "title"?} per line; prints one {"id", "source", "meetings"} line per '
        "input line, in input order (rejected lines are reported on stderr instead)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object per document (the record contract)",
    )
    parser.add_argument("--pretty", action="store_true", help="indent JSON output")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"reject documents larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )


def load_pipeline() -> Pipeline:
    """The extractor and its serialiser (imported late: they load trafilatura and resources)."""
    # the extractor loads trafilatura: here, so `rapport --help` stays fast
    from rapport.pipeline.process import process_document
    from rapport.pipeline.schema import result_to_dict

    return process_document, result_to_dict


def run(args: argparse.Namespace) -> int:
    """Extract every input; exit 1 when any input was rejected or failed, else 0."""
    if not args.paths and not args.jsonl:
        print("rapport extract: give a PATH (or - for stdin) or --jsonl FILE", file=sys.stderr)
        return 2
    process, to_dict = load_pipeline()
    failures = 0
    for document in _inputs(args):
        if isinstance(document, Rejection):
            print(document.message(), file=sys.stderr)
            failures += 1
            continue
        try:
            record = to_dict(process(document))
        except Exception as error:  # one broken document must not stop a corpus; report and go on
            print(
                f"{document.origin}: extraction failed ({type(error).__name__}: {error})",
                file=sys.stderr,
            )
            failures += 1
            continue
        _emit(args, document, record)
    if failures:
        print(f"{failures} input(s) rejected or failed; the others were processed", file=sys.stderr)
    return 1 if failures else 0


def _inputs(args: argparse.Namespace) -> Iterator[RawDocument | Rejection]:
    if args.jsonl:
        yield from iter_jsonl(args.jsonl, max_bytes=args.max_bytes)
    yield from iter_inputs(args.paths, max_bytes=args.max_bytes)


def _emit(args: argparse.Namespace, document: RawDocument, record: dict[str, Any]) -> None:
    indent = 2 if args.pretty else None
    if args.jsonl and document.origin.startswith(f"{args.jsonl}:"):
        line = {
            "id": document.id,
            "source": record.get("source"),
            "meetings": record.get("meetings", []),
        }
        print(json.dumps(line, ensure_ascii=False, indent=indent))
    elif args.json:
        print(json.dumps(record, ensure_ascii=False, indent=indent))
    else:
        print(summary(document.origin, record))
    sys.stdout.flush()


def summary(origin: str, record: dict[str, Any]) -> str:
    """A short human-readable account of one document's records."""
    source = record.get("source") or {}
    meetings = record.get("meetings") or []
    title = f' "{source["title"]}"' if source.get("title") else ""
    published = f" (published {source['published']})" if source.get("published") else ""
    lines = [f"{origin}:{title}{published} — {len(meetings)} meeting(s)"]
    for meeting in meetings:
        place = meeting.get("place") or {}
        values = [
            "-".join(meeting.get("parties") or ["?"]),
            f"round {meeting['round']}" if meeting.get("round") else "round ?",
            meeting.get("date") or "date ?",
            place.get("city") or place.get("country") or "place ?",
            f"{len(meeting.get('chairs') or [])} chair(s)",
            f"{len(meeting.get('themes') or [])} theme(s)",
        ]
        lines.append(
            "  "
            + "  ".join(values)
            + (f"  — {meeting['mechanism']}" if meeting.get("mechanism") else "")
        )
    return "\n".join(lines)
